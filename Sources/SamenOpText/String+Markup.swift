extension String {
    /// Escaped for HTML, SVG and XML text and attribute values: `&`, `<`, `>`, `"` and `'`.
    ///
    /// One escaper for every page samenop writes (report, map, proofing copy, cohort report,
    /// the room's pages), since scenario text and participants' names reach all of them.
    package var htmlEscaped: String {
        guard utf8.contains(where: Self.needsEscape) else { return self }
        var out = ""
        out.reserveCapacity(utf8.count + 16)
        for scalar in unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    private static func needsEscape(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "&"), UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "\""), UInt8(ascii: "'"): true
        default: false
        }
    }
}
