// The reference for `samenop-bench startup`: the smallest Swift program that imports
// Foundation and uses it, so that the start-up ratio measures what samenop adds to any
// Foundation program (loading its modules, the translation file, argument parsing, the REPL).
import Foundation

_ = readLine()
print(ProcessInfo.processInfo.processIdentifier > 0 ? "hello" : "")
