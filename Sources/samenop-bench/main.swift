import SamenOpKit
print("samenop-bench")
