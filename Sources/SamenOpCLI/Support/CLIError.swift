import ArgumentParser
import Foundation

/// A command that cannot go on: what to say on standard error, and the exit status.
///
/// Commands throw it instead of printing and then exiting, so that every failure is said in
/// exactly one place (``SamenOp/main()``), once, and a command can be run and checked in a test
/// without ending the process. The statuses are those of `product.md`: 1 the input was wrong,
/// 2 a usage error.
package struct CLIError: Error, Equatable, CustomStringConvertible {
    /// The text for standard error, possibly several lines; empty when everything was already
    /// said as the command's output (`check` and `list` name each broken file themselves).
    package var message: String
    package var status: Int32

    /// A failure to say; status 1 (wrong input) unless given.
    package init(_ message: String, status: Int32 = 1) {
        self.message = message
        self.status = status
    }

    /// A failure whose details the command has already printed: only the exit status is left.
    package static func failed(status: Int32 = 1) -> CLIError { CLIError("", status: status) }

    package var description: String { message }

    /// Says the message on standard error (one newline at the end) and ends the process.
    func exit() -> Never {
        if !message.isEmpty { Terminal.printError(message) }
        Foundation.exit(status)
    }
}
