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

    /// Where the identifier `finding` of the parsed `value` is in the file, searching from the
    /// value's start: the positions of its non-whitespace scalars.
    ///
    /// If the identifier occurs several times in the value, the n-th occurrence in the value
    /// is the n-th from the value's start in the file.
    func locate(_ finding: PrivacyFinding, in value: String, from start: Int) -> [Int]? {
        let pattern = Array(value[finding.range].unicodeScalars)
        let valueScalars = Array(value.unicodeScalars)
        let findingStart = value.unicodeScalars.distance(from: value.startIndex, to: finding.range.lowerBound)
        let earlier = (0..<findingStart).count { Self.match(pattern, in: valueScalars, at: $0) != nil }
        var seen = 0
        for searchStart in [start, 0] {
            var p = searchStart
            while p < scalars.count {
                if scalars[p] == pattern[0], let positions = Self.match(pattern, in: scalars, at: p) {
                    if seen == earlier || searchStart == 0 { return positions }
                    seen += 1
                }
                p += 1
            }
        }
        return nil
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
