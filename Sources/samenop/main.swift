import SamenOpCLI

SamenOp.main()
