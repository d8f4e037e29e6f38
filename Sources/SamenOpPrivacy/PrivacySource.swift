import SamenOpScript
import SamenOpModel
import SamenOpText
/// A scenario file's text as Unicode scalars, to turn positions in a parsed YAML value back
/// into the file's lines and columns.
///
/// Columns count Unicode scalars from 1, as Yams (libyaml) does. A parsed value differs from
/// its source only in whitespace (a folded or multi-line scalar turns a line break and the
/// next line's indentation into one space; a block scalar drops its indentation), so an
/// identifier is found in the source by matching its characters exactly and any run of
/// whitespace in it against any run of whitespace, line breaks included.
struct PrivacySource {
    let scalars: [Unicode.Scalar]
    /// The offset of the first scalar of each line.
    let lineStarts: [Int]

    init(_ source: String) {
        scalars = Array(source.unicodeScalars)
        var starts = [0]
        for (i, s) in scalars.enumerated() where s == "\n" { starts.append(i + 1) }
        lineStarts = starts
    }

    /// The offset of a 1-based line and column, clamped to the file.
    func offset(line: Int, column: Int) -> Int {
        guard line >= 1 else { return 0 }
        guard line <= lineStarts.count else { return scalars.count }
        return min(lineStarts[line - 1] + max(column, 1) - 1, scalars.count)
    }

    /// The 1-based line and column of an offset.
    func position(of offset: Int) -> (line: Int, column: Int) {
        var low = 0, high = lineStarts.count - 1
        while low < high {
            let mid = (low + high + 1) / 2
            if lineStarts[mid] <= offset { low = mid } else { high = mid - 1 }
        }
        return (low + 1, offset - lineStarts[low] + 1)
    }

    /// The offsets of the non-whitespace scalars of `pattern` when it matches `scalars` at `start`.
    static func match(_ pattern: [Unicode.Scalar], in scalars: [Unicode.Scalar], at start: Int) -> [Int]? {
        var positions: [Int] = []
        var i = 0, q = start
        while i < pattern.count {
            if pattern[i].properties.isWhitespace {
                while i < pattern.count, pattern[i].properties.isWhitespace { i += 1 }
                guard q < scalars.count, scalars[q].properties.isWhitespace else { return nil }
                while q < scalars.count, scalars[q].properties.isWhitespace { q += 1 }
                continue
            }
            guard q < scalars.count, scalars[q] == pattern[i] else { return nil }
            positions.append(q)
            q += 1
            i += 1
        }
        return positions
    }

    /// Where each of `findings` (in text order) of the parsed `value` is in the file,
    /// searching from the value's start: the positions of each identifier's non-whitespace
    /// scalars, or `nil` when it cannot be found.
    ///
    /// Between two findings, the identifier may occur in the value without being a finding
    /// (`Bakker` at the start of a sentence); it occurs as often in the file between the same
    /// two points, so the file's matches are skipped as often. Each stretch is searched
    /// once, which keeps a long text with many findings linear.
    func locate(_ findings: [PrivacyFinding], in value: String, from start: Int) -> [[Int]?] {
        let valueScalars = Array(value.unicodeScalars)
        var textCursor = 0
        var sourceCursor = start
        var textIndex = value.startIndex
        var textOffset = 0
        return findings.map { finding in
            textOffset += value.unicodeScalars.distance(from: textIndex, to: finding.range.lowerBound)
            textIndex = finding.range.lowerBound
            let pattern = Array(value[finding.range].unicodeScalars)
            guard let first = pattern.first else { return nil }
            let skip = (textCursor..<max(textOffset, textCursor)).count { p in
                valueScalars[p] == first && Self.match(pattern, in: valueScalars, at: p) != nil
            }
            textCursor = textOffset + pattern.count
            var seen = 0
            var p = sourceCursor
            while p < scalars.count {
                if scalars[p] == first, let positions = Self.match(pattern, in: scalars, at: p) {
                    if seen == skip {
                        sourceCursor = (positions.last ?? p) + 1
                        return positions
                    }
                    seen += 1
                }
                p += 1
            }
            // Not where expected (an escape in a quoted text): the first place it occurs at all.
            return (0..<scalars.count).lazy.compactMap { q in
                self.scalars[q] == first ? Self.match(pattern, in: self.scalars, at: q) : nil
            }.first
        }
    }

    /// Where the whole parsed `value` is written, searching a little way from `start` (past a
    /// quote or a block scalar's indicator); `nil` when the value does not appear literally
    /// (escapes in a quoted scalar).
    func span(of value: String, from start: Int) -> ClosedRange<Int>? {
        let pattern = Array(value.unicodeScalars)
        guard let first = pattern.firstIndex(where: { !$0.properties.isWhitespace }) else { return nil }
        let trimmed = Array(pattern[first...])
        var p = start
        while p < min(scalars.count, start + 200) {
            if scalars[p] == trimmed[0], let positions = Self.match(trimmed, in: scalars, at: p), let last = positions.last {
                return p...last
            }
            p += 1
        }
        return nil
    }

    /// A copy of the file in which the scalars at `positions` are replaced by a mask bullet
    /// (line breaks and columns stay where they were).
    func masking(_ positions: Set<Int>) -> String {
        var result = String.UnicodeScalarView()
        for (i, s) in scalars.enumerated() {
            result.append(positions.contains(i) ? "•" : s)
        }
        return String(result)
    }
}
