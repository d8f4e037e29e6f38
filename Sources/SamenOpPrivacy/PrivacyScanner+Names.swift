import SamenOpScript
import SamenOpModel
import SamenOpText
/// Detectors for names and addresses: a name after a form of address, first names and
/// surnames from ``DutchNames``, and a street with a house number.
extension PrivacyScanner {
    /// Forms of address (lowercased, without the dot) that are followed by a surname.
    static let titles: Set<String> = [
        "mevrouw", "mevr", "mw", "meneer", "mijnheer", "dhr", "heer", "juffrouw", "juf", "meester",
        "dokter", "dr", "mr", "mrs", "ms", "miss", "mister", "madam",
    ]

    /// Tussenvoegsels (name particles) that may stand between a title and a surname.
    static let particles: Set<String> = [
        "van", "de", "der", "den", "het", "'t", "ter", "ten", "la", "le", "du", "da", "di", "del", "el",
        "al", "von", "vd", "v.d.",
    ]

    /// Capitalised words that follow a title but are not names (`Mevrouw De Burgemeester`,
    /// a sentence that goes on after `meneer`).
    static let notNames: Set<String> = [
        "De", "Het", "Een", "Hij", "Zij", "Ze", "Ik", "Wij", "We", "Jij", "Je", "U", "Uw", "Die", "Dat",
        "Dit", "Deze", "En", "Maar", "Of", "Want", "Dus", "Toen", "Als", "Nu", "Er", "Hier", "Daar",
        "The", "A", "An", "He", "She", "It", "They", "You", "And", "But", "Or", "So", "Then", "When",
        "Burgemeester", "Officier", "Agent", "Wijkagent", "Dokter", "Doctor", "Rechter", "Voogd",
        "Gezinsvoogd", "Politie", "Police", "Mayor", "Officer", "Judge", "Moeder", "Vader", "Mother",
        "Father", "Oma", "Opa", "Buurvrouw", "Buurman", "Neighbour", "Naam", "Name", "X", "Y", "Z",
    ]

    /// A name after a form of address: `mevrouw Jansen`, `dhr. J. de Vries`, `Mrs Smith`.
    /// A single capital (`mevrouw X`, `meneer K.`) is the usual anonymous form and passes.
    static func titledNames(in t: PrivacyText) -> [Candidate] {
        var found: [Candidate] = []
        let words = t.words
        // Every title starts with one of these letters; most words are skipped here.
        for (n, word) in words.enumerated() where word.count <= 8 && "mdhjMDHJ".contains(t.chars[word.lowerBound]) {
            let raw = t.string(word)
            let lower = raw.lowercased()
            guard titles.contains(lower) else { continue }
            // `MW` (maatschappelijk werk) and `MS` are abbreviations, not titles.
            if raw.count >= 2, raw == raw.uppercased() { continue }
            let before = n > 0 ? t.string(words[n - 1]).lowercased() : ""
            if lower == "heer", before != "de" { continue }
            // `de juf van Daan`, `the doctor`: with an article the title is an ordinary noun
            // (a listed name after it is still found as a name).
            if lower != "heer", ["de", "het", "een", "the", "a"].contains(before) { continue }
            var j = word.upperBound
            if t[j] == "." { j += 1 }
            guard t.isSpace(j) else { continue }
            while t.isSpace(j) { j += 1 }
            let nameStart = j
            // Initials: `A.` `J.P.`
            while t.isUpperASCII(j) || (t[j]?.isUppercase ?? false), t[j + 1] == "." {
                j += 2
                while t.isSpace(j) { j += 1 }
            }
            j = skipParticles(t, j)
            guard let end = nameWord(t, at: j) else { continue }
            var nameEnd = end
            // A second name part (`meneer Jan Jansen`, `mevrouw Fatima el Amrani`).
            var k = nameEnd
            if t[k] == " " {
                k = skipParticles(t, k + 1)
                if let second = nameWord(t, at: k) { nameEnd = second }
            }
            found.append(Candidate(kind: .titledName, start: nameStart, end: nameEnd))
        }
        return found
    }

    /// `j` moved past lowercase name particles and the spaces after them.
    private static func skipParticles(_ t: PrivacyText, _ start: Int) -> Int {
        var j = start
        while t.isLetter(j) || t[j] == "'" {
            var end = j + 1
            while t.isLetter(end) || t[end] == "'" || t[end] == "." { end += 1 }
            guard particles.contains(t.string(j..<end).lowercased()), t.isSpace(end) else { break }
            j = end
            while t.isSpace(j) { j += 1 }
        }
        return j
    }

    /// The end of a capitalised name word at `j` (a capital, then at least one lowercase
    /// letter), unless the word is one of ``notNames``.
    private static func nameWord(_ t: PrivacyText, at j: Int) -> Int? {
        guard let first = t[j], first.isUppercase, t[j + 1]?.isLowercase == true else { return nil }
        let end = t.wordEnd(at: j)
        guard !notNames.contains(t.string(j..<end)), !organisationWords.contains(t.string(j..<end)) else { return nil }
        return end
    }

    /// Words that open an organisation's name, never a person's in these texts.
    static let organisationWords: Set<String> = [
        "Veilig", "Raad", "Openbaar", "Jeugdbescherming", "Politie", "Wijkteam", "Jeugdzorg", "Gemeente",
        "Ziekenhuis", "School", "Huisarts", "Huisartsenpost", "Kinderbescherming", "Rechtbank", "Reclassering",
        "Leger", "Blijf", "Schuldhulp", "Sociaal", "Team", "Centrum", "Crisisdienst", "Opvang", "Vrouwenopvang",
        "Verslavingszorg", "Zorg", "Meldkamer", "Ambulance", "Brandweer", "Wijkverpleging", "Buurtzorg",
    ]

    /// First names and surnames from ``DutchNames``: capitalised, and, where the name is also an
    /// ordinary word (`Roos`, `Bakker`, `Mark`), not at the start of a sentence.
    static func listedNames(in t: PrivacyText) -> [Candidate] {
        var found: [Candidate] = []
        let words = t.splitWords
        for (n, word) in words.enumerated() where t[word.lowerBound]?.isUppercase == true {
            let raw = t.string(word)
            guard raw.dropFirst().contains(where: \.isLowercase) else { continue }
            let ambiguous = DutchNames.ordinaryWords.contains(raw.lowercased())
            if ambiguous, t.isSentenceStart(word.lowerBound) { continue }
            if let prefixes = DutchNames.surnameIndex[raw] {
                // The longest particle sequence written before the core (`van den Berg`).
                let match = prefixes.sorted { $0.count > $1.count }.first { prefix in
                    guard prefix.count <= n else { return false }
                    return prefix.enumerated().allSatisfy { m, particle in
                        let before = words[n - prefix.count + m]
                        return t.string(before).lowercased() == particle
                            && (before.upperBound..<words[n - prefix.count + m + 1].lowerBound).allSatisfy { t.isSpace($0) }
                    }
                }
                // `de Bakker`, `de Maas`, `het Bos`: an article before a bare word makes it a
                // trade, a river or a place, not a person.
                if let match, !match.isEmpty || !followsArticle(t, words, n) {
                    let start = match.isEmpty ? word.lowerBound : words[n - match.count].lowerBound
                    found.append(Candidate(kind: .surname, start: start, end: word.upperBound))
                    continue
                }
            }
            if DutchNames.firstNameSet.contains(raw), !followsArticle(t, words, n) {
                found.append(Candidate(kind: .firstName, start: word.lowerBound, end: word.upperBound))
            }
        }
        return found
    }

    /// Whether the word before word `n` is an article (`de`, `het`, `een`, `the`, `a`).
    private static func followsArticle(_ t: PrivacyText, _ words: [Range<Int>], _ n: Int) -> Bool {
        guard n > 0 else { return false }
        return ["de", "het", "een", "the", "a", "an"].contains(t.string(words[n - 1]).lowercased())
    }

    /// Organisation names that contain a person's name (`Sophia Kinderziekenhuis`) or look
    /// like one; names inside them are not findings.
    static func organisations(in t: PrivacyText) -> [Range<Int>] {
        var ranges: [Range<Int>] = []
        let text = t.chars
        for name in DutchNames.organisations {
            let pattern = Array(name)
            guard pattern.count <= text.count else { continue }
            for i in 0...(text.count - pattern.count) where text[i] == pattern[0] && text[i..<i + pattern.count].elementsEqual(pattern) {
                ranges.append(i..<i + pattern.count)
            }
        }
        return ranges
    }

    /// Endings of Dutch street names.
    static let streetSuffixes = [
        "straat", "laan", "weg", "plein", "gracht", "kade", "singel", "dijk", "dreef", "steeg",
        "markt", "plantsoen", "hof", "park", "erf", "pad",
    ]

    /// A street with a house number: `Dorpsstraat 12`, `Kerkweg 3a`, `Oude Gracht 101-2`.
    static func addresses(in t: PrivacyText) -> [Candidate] {
        var found: [Candidate] = []
        let words = t.words
        for (n, word) in words.enumerated() where word.count > 2 && t[word.lowerBound]?.isUppercase == true {
            guard t[word.upperBound] == " ", t.isDigit(word.upperBound + 1) else { continue }
            let raw = t.string(word)
            let lower = raw.lowercased()
            // `Oude Gracht 12`: the suffix alone is a street after another capitalised word.
            let afterName = n > 0 && (t[words[n - 1].lowerBound]?.isUppercase ?? false)
            guard streetSuffixes.contains(where: { lower.hasSuffix($0) && (lower.count > $0.count || afterName) }) else { continue }
            let numberStart = word.upperBound + 1
            guard t[word.upperBound] == " ", t.isDigit(numberStart), t[numberStart] != "0" else { continue }
            let digits = t.digitRun(at: numberStart)
            guard digits <= 5 else { continue }
            var end = numberStart + digits
            if t.isLetter(end), !t.isLetter(end + 1) { end += 1 }
            guard t.endsToken(end) else { continue }
            found.append(Candidate(kind: .address, start: word.lowerBound, end: end))
        }
        return found
    }
}
