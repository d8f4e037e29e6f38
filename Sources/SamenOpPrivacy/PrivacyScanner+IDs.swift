import SamenOpScript
import SamenOpModel
import SamenOpText
/// Names in ids: `id: familie-jansen`, a scene `gesprek-sanne`. Ids are shown in listings,
/// stored with every session and printed in reports, so a name there leaks as far as one in
/// the text. Ids are lowercase slugs, so each part is compared with the lists capitalised.
extension PrivacyScanner {
    /// The ids of the scenario, its scenes, cards and roles, each where it is written.
    static func ids(of scenario: Scenario) -> [Located<String>] {
        [scenario.id] + scenario.scenes.map { Located($0.id, at: $0.location) }
            + scenario.cards.map { Located($0.id, at: $0.location) }
            + scenario.roles.map { Located($0.id, at: $0.location) }
    }

    /// Findings in the ids of `scenario`, placed at the name inside each id.
    static func placeIDs(_ scenario: Scenario, source: PrivacySource) -> [Placed] {
        var placed: [Placed] = []
        for id in ids(of: scenario) where !id.value.isEmpty {
            // The id as written at its position (a quoted key starts one further).
            var start = source.offset(line: id.location.line, column: id.location.column)
            let scalars = Array(id.value.unicodeScalars)
            if PrivacySource.match(scalars, in: source.scalars, at: start) == nil {
                start += 1
                guard PrivacySource.match(scalars, in: source.scalars, at: start) != nil else { continue }
            }
            for (kind, range) in names(inID: id.value) {
                let positions = Array(start + range.lowerBound..<start + range.upperBound)
                let identifier = positions.map { Character(source.scalars[$0]) }
                let (line, column) = source.position(of: positions[0])
                placed.append(Placed(
                    kind: kind, masked: PrivacyMask.mask(String(identifier), kind: kind),
                    location: SourceLocation(file: scenario.file, line: line, column: column), positions: positions,
                    visible: PrivacyMask.visibility(of: identifier, kind: kind)))
            }
        }
        return placed
    }

    /// The names in a slug such as `familie-de-vries`, as scalar offsets: first names and
    /// surnames from the lists that are not also ordinary words.
    static func names(inID id: String) -> [(PrivacyKind, Range<Int>)] {
        var parts: [(text: String, range: Range<Int>)] = []
        var offset = 0
        for part in id.unicodeScalars.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "-" || $0 == "_" }) {
            var view = String.UnicodeScalarView()
            view.append(contentsOf: part)
            parts.append((String(view), offset..<offset + part.count))
            offset += part.count + 1
        }
        var found: [(PrivacyKind, Range<Int>)] = []
        for (n, part) in parts.enumerated() where !part.text.isEmpty && !DutchNames.ordinaryWords.contains(part.text) {
            let capitalised = part.text.prefix(1).uppercased() + part.text.dropFirst()
            if let prefixes = DutchNames.surnameIndex[capitalised],
                let prefix = prefixes.sorted(by: { $0.count > $1.count }).first(where: { prefix in
                    prefix.count <= n && zip(prefix, parts[(n - prefix.count)..<n]).allSatisfy { $0 == $1.text }
                }) {
                found.append((.surname, parts[n - prefix.count].range.lowerBound..<part.range.upperBound))
            } else if DutchNames.firstNameSet.contains(capitalised) {
                found.append((.firstName, part.range))
            }
        }
        return found
    }
}
