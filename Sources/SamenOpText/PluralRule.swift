/// How a language picks the plural form of a counted text.
///
/// The categories are CLDR's (`zero`, `one`, `two`, `few`, `many`, `other`); a translation file
/// names its rule in `language.plural` and writes one entry per category it uses
/// (`list.scenes_one`, `list.scenes_other`). The rules here cover the usual families; a language
/// whose rule is missing adds a case here and nothing else.
public enum PluralRule: String, Sendable, CaseIterable {
    /// No plural forms (Turkish in counted phrases, Chinese, Japanese): always `other`.
    case other
    /// `one` for exactly 1, else `other` (Dutch, English, German, Swedish, ...).
    case oneOther = "one-other"
    /// `one` for 0 and 1, else `other` (French, Portuguese).
    case zeroAndOneOther = "one-other-with-zero"
    /// `one` for 1, `few` for 2-4, else `other` (Czech, Slovak).
    case oneFewOther = "one-few-other"
    /// `one` for 1, 21, 31 (not 11), `few` for 2-4, 22-24 (not 12-14), else `many` (Russian,
    /// Ukrainian, Polish-like counting).
    case oneFewMany = "one-few-many"

    /// The category of `n` under this rule.
    public func category(_ n: Int) -> String {
        let n = n.magnitude
        switch self {
        case .other: return "other"
        case .oneOther: return n == 1 ? "one" : "other"
        case .zeroAndOneOther: return n <= 1 ? "one" : "other"
        case .oneFewOther: return n == 1 ? "one" : (2...4).contains(n) ? "few" : "other"
        case .oneFewMany:
            let (ten, hundred) = (n % 10, n % 100)
            if ten == 1 && hundred != 11 { return "one" }
            if (2...4).contains(ten) && !(12...14).contains(hundred) { return "few" }
            return "many"
        }
    }

    /// Every category this rule can give, for the test that a file has all of them.
    public var categories: [String] {
        switch self {
        case .other: ["other"]
        case .oneOther, .zeroAndOneOther: ["one", "other"]
        case .oneFewOther: ["one", "few", "other"]
        case .oneFewMany: ["one", "few", "many"]
        }
    }
}
