import SamenOpText
/// A position in a scenario file, 1-based, as a trainer's editor shows it.
///
/// Every model value that came from a file keeps one, so that checks that run long after
/// parsing can still point at the exact key or value (`FILE:LINE:COLUMN`).
public struct SourceLocation: Hashable, Sendable, Codable, CustomStringConvertible {
    /// The path as the user gave it (not made absolute), so messages match what they typed.
    public var file: String
    public var line: Int
    public var column: Int

    public init(file: String, line: Int, column: Int) {
        self.file = file
        self.line = line
        self.column = column
    }

    public var description: String { "\(file):\(line):\(column)" }
}

/// A value together with where it was written.
public struct Located<Value: Sendable & Hashable>: Sendable, Hashable {
    public var value: Value
    public var location: SourceLocation

    public init(_ value: Value, at location: SourceLocation) {
        self.value = value
        self.location = location
    }
}
