import Testing
@testable import SamenOpText
@testable import SamenOpModel
@testable import SamenOpScript
@testable import SamenOpEngine
@testable import SamenOpReport
@testable import SamenOpStore
@testable import SamenOpPrivacy

@Suite("Privacy: names and addresses")
struct PrivacyNameTests {
    @Test("a name after a form of address", arguments: [
        ("mevrouw Jansen belt", "Jansen"), ("Gesprek met dhr. J. de Vries.", "J. de Vries"),
        ("de heer Bakker", "Bakker"), ("mw. Yilmaz", "Yilmaz"), ("Mrs Smithers called", "Smithers"),
        ("Mr. Okafor", "Okafor"), ("juf Annelies zag het", "Annelies"), ("meneer Jan Zwart", "Jan Zwart"),
        ("Mevrouw De Wilde", "De Wilde"), ("mevr.\n  Krol", "Krol"),
    ])
    func titled(text: String, name: String) {
        #expect(findings(text) == ["titled-name \(name)"])
    }

    @Test("an initial, a placeholder, a role or the next sentence after a title is no name", arguments: [
        "mevrouw X belt", "meneer K. zegt", "mevrouw [naam]", "meneer is boos", "MW heeft contact",
        "sprak met meneer. Hij was boos", "mevrouw de burgemeester", "Mevrouw De Burgemeester",
        "MS als diagnose", "de meester vertelt", "mevrouw van het Wijkteam", "we spraken mevrouw in Utrecht",
        "meneer van Veilig Thuis", "mevrouw van de GGZ",
    ])
    func titledNearMiss(text: String) {
        #expect(findings(text) == [])
    }

    @Test("first names and surnames from the list", arguments: [
        ("Vanmiddag belde Sanne over haar moeder.", "first-name Sanne"),
        ("De broer van Mohammed was er ook.", "first-name Mohammed"),
        ("Het gezin Jansen is bekend.", "surname Jansen"),
        ("De familie van den Berg woont er al jaren.", "surname van den Berg"),
        ("Volgens de Vries klopt dat.", "surname de Vries"),
        ("De buurman zag Roos huilen.", "first-name Roos"),
        ("Gezin Yılmaz, drie kinderen.", "surname Yılmaz"),
        ("De juf van Daan ziet hem stil.", "first-name Daan"),
    ])
    func listed(text: String, expected: String) {
        #expect(findings(text) == [expected])
    }

    @Test("ordinary words, organisations and roles are not names", arguments: [
        "Roos bloeit in de tuin.", "Bakker is een beroep.", "Veilig Thuis belt de politie.", "Politie ter plaatse.",
        "Opgenomen in het Sophia Kinderziekenhuis.", "Hij gaat naar de Bakker op de hoek.", "Wandeling langs de Maas.",
        "Raad voor de Kinderbescherming en Openbaar Ministerie.", "GGZ, Jeugdbescherming en het wijkteam.",
        "Mark de plek op de kaart.", "Ze spreekt Frans.", "De Wijkagent en de Gezinsvoogd.", "SANNE",
    ])
    func listedNearMiss(text: String) {
        #expect(findings(text) == [])
    }

    @Test("a street with a house number", arguments: [
        ("woont aan de Dorpsstraat 12.", "Dorpsstraat 12"), ("Kerkweg 3a", "Kerkweg 3a"),
        ("Oude Gracht 101", "Gracht 101"),
    ])
    func address(text: String, address: String) {
        #expect(findings(text) == ["address \(address)"])
    }

    @Test("a house number alone, school years and plan numbers are not addresses", arguments: [
        "huisnummer 12", "groep 7", "Veiligheidsplan 2", "de straat 12", "Straat 12",
    ])
    func addressNearMiss(text: String) {
        #expect(findings(text) == [])
    }

    @Test("an e-mail address", arguments: [("mail j.jansen@example.nl.", "j.jansen@example.nl"), ("a+b@c-d.com", "a+b@c-d.com")])
    func email(text: String, address: String) {
        #expect(findings(text) == ["email \(address)"])
    }

    @Test("an @ without a domain is not an e-mail address", arguments: ["@wijkteam", "info at site dot nl", "x@y", "a@b.c"])
    func emailNearMiss(text: String) {
        #expect(findings(text) == [])
    }
}

@Suite("Privacy: ordinary case text")
struct PrivacyCaseTextTests {
    @Test("a realistic scene without identifiers has no findings")
    func cleanScene() {
        let text = """
            Vr 23:40. De meldkamer krijgt een 112-melding: een buurvrouw hoort geschreeuw en een kind \
            huilen. De politie gaat erop af; Veilig Thuis (0800-2000) is bereikbaar. Moeder [naam] (34) \
            heeft een blauwe plek; de kinderen (8 jaar en groep 7) slapen. In 2023 was er een melding, \
            het OM is in 2021 ingeschakeld. Huisverbod 10 dagen, te verlengen tot 28 dagen. \
            Veiligheid 3 op de schaal. Schuld € 1.200 bij de energieleverancier; week 3 volgt een \
            gesprek met het wijkteam, GGZ en de Raad voor de Kinderbescherming. Er waren 3 kinderen, \
            2 agenten en 45 minuten later 15 procent minder spanning; huisnummer 12, stap 1.2.3.
            """
        #expect(findings(text) == [])
    }

    @Test("every kind in one text, in text order")
    func everyKind() {
        let text = "Mevrouw Jansen (BSN 123456782, 06-12345678, 3011 AB, Dorpsstraat 12) mailt m@x.nl op 12-03-2015."
        #expect(findings(text) == [
            "titled-name Jansen", "bsn 123456782", "phone 06-12345678", "postcode 3011 AB", "address Dorpsstraat 12",
            "email m@x.nl", "date 12-03-2015",
        ])
    }
}

@Suite("Privacy: masking")
struct PrivacyMaskTests {
    @Test("numbers keep two characters at each end, other identifiers at most their first")
    func masks() {
        #expect(PrivacyMask.mask("123456782", kind: .bsn) == "12•••••82")
        #expect(PrivacyMask.mask("06-12345678", kind: .phone) == "06-••••••78")
        #expect(PrivacyMask.mask("Jansen", kind: .surname) == "J•••••")
        #expect(PrivacyMask.mask("Ali", kind: .firstName) == "•••")
        #expect(PrivacyMask.mask("3011 AB", kind: .postcode) == "3••• ••")
        #expect(PrivacyMask.mask("06\n    12345678", kind: .phone) == "06 ••••••78")
    }

    @Test("a diagnostic never contains the identifier", arguments: [
        "BSN 123456782", "06-12345678", "3011 AB", "j.jansen@example.nl", "NL91ABNA0417164300", "12-ABC-3",
        "12-03-2015", "mevrouw Jansen", "Sanne", "van den Berg", "Dorpsstraat 12", "mw. Ali",
    ])
    func neverInFull(text: String) throws {
        let finding = try #require(PrivacyScanner.scan(text: text).first)
        let identifier = String(text[finding.range])
        let diagnostic = PrivacyScanner.diagnostic(finding.kind, masked: finding.masked, at: nil)
        for language in Language.allCases {
            #expect(!diagnostic.message(in: language).contains(identifier))
            #expect(!(diagnostic.hint(in: language) ?? "").contains(identifier))
            #expect(diagnostic.message(in: language).contains(finding.masked))
        }
    }
}

@Suite("Privacy: strings")
struct PrivacyStringsTests {
    @Test("every kind has a label and a hint in Dutch and English, and a distinct code")
    func strings() {
        for kind in PrivacyKind.allCases {
            for key in ["privacy.kind.\(kind.rawValue)", "privacy.hint.\(kind.rawValue)"] {
                let entry = Strings.table[key]
                #expect(entry != nil, "\(key)")
                #expect(entry?.nl.isEmpty == false && entry?.en.isEmpty == false, "\(key)")
            }
            #expect(Strings.table["privacy.hint.\(kind.rawValue)"]?.nl.contains("{0}") == true)
        }
        let codes = PrivacyKind.allCases.map(\.code)
        #expect(Set(codes).count == codes.count)
        #expect(codes.allSatisfy { $0 >= "SO100" && $0 <= "SO119" })
    }
}
