import SamenOpScript
import SamenOpModel
import SamenOpText
/// A kind of identifying information that the privacy check looks for.
///
/// Each kind has its own stable diagnostic code (`SO100`...`SO110`; `SO111`-`SO119` are kept
/// free for later kinds) and the placeholder a team should write instead, so that every past
/// case in a library uses the same placeholders.
public enum PrivacyKind: String, CaseIterable, Sendable, Hashable, Codable {
    case bsn
    case phone
    case postcode
    case email
    case iban
    case licencePlate = "licence-plate"
    case date
    case titledName = "titled-name"
    case firstName = "first-name"
    case surname
    case address

    /// The stable diagnostic code, documented in `Docs/diagnostics.md`.
    public var code: String {
        switch self {
        case .bsn: "SO100"
        case .phone: "SO101"
        case .postcode: "SO102"
        case .email: "SO103"
        case .iban: "SO104"
        case .licencePlate: "SO105"
        case .date: "SO106"
        case .titledName: "SO107"
        case .firstName: "SO108"
        case .surname: "SO109"
        case .address: "SO110"
        }
    }

    /// The placeholder to write instead of the identifier (Dutch in every scenario language,
    /// so that one convention holds across a team's library).
    public var placeholder: String {
        switch self {
        case .bsn: "[BSN]"
        case .phone: "[telefoon]"
        case .postcode: "[postcode]"
        case .email: "[e-mail]"
        case .iban: "[rekeningnummer]"
        case .licencePlate: "[kenteken]"
        case .date: "[datum]"
        case .titledName, .firstName, .surname: "[naam]"
        case .address: "[adres]"
        }
    }

    /// Kinds that are mostly digits: their masks may keep two characters at each end, which
    /// helps an author find the number without revealing it.
    var isNumeric: Bool {
        switch self {
        case .bsn, .phone, .iban: true
        default: false
        }
    }
}
