import Testing
@testable import SamenOpCLI
