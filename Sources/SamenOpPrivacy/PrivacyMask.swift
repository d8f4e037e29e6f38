import SamenOpScript
import SamenOpModel
import SamenOpText
/// Hides an identifier while keeping it recognisable to the author who wrote it.
///
/// Numbers (BSN, phone, IBAN) of eight or more digits keep their first two and last two
/// characters; everything else keeps at most its first letter or digit, and short values keep
/// nothing. Separators (spaces, dots, dashes, `@`) stay, and the mask has exactly as many
/// characters as the identifier, so a masked copy of a source line keeps its columns.
public enum PrivacyMask {
    /// The bullet that replaces a hidden letter or digit.
    public static let bullet: Character = "•"

    /// For each character of `identifier`, whether it stays visible.
    static func visibility(of identifier: [Character], kind: PrivacyKind) -> [Bool] {
        let alnum = identifier.indices.filter { identifier[$0].isLetter || identifier[$0].isNumber }
        var keep = Set<Int>()
        if kind.isNumeric, alnum.count >= 8 {
            keep.formUnion(alnum.prefix(2))
            keep.formUnion(alnum.suffix(2))
        } else if alnum.count >= 4, let first = alnum.first {
            keep.insert(first)
        }
        return identifier.indices.map { i in
            let c = identifier[i]
            return !(c.isLetter || c.isNumber) || keep.contains(i)
        }
    }

    /// The masked form of `identifier`; runs of whitespace (a line break in a folded scalar)
    /// become one space.
    public static func mask(_ identifier: String, kind: PrivacyKind) -> String {
        var collapsed: [Character] = []
        for c in identifier {
            if c.isWhitespace {
                if collapsed.last != " " { collapsed.append(" ") }
            } else {
                collapsed.append(c)
            }
        }
        let visible = visibility(of: collapsed, kind: kind)
        return String(zip(collapsed, visible).map { $1 ? $0 : bullet })
    }
}
