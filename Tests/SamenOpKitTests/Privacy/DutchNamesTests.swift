import Testing
@testable import SamenOpText
@testable import SamenOpModel
@testable import SamenOpScript
@testable import SamenOpEngine
@testable import SamenOpReport
@testable import SamenOpStore
@testable import SamenOpPrivacy

@Suite("Privacy: name lists")
struct DutchNamesTests {
    @Test("the lists hold several hundred names, each once, each capitalised")
    func lists() {
        let first = DutchNames.lines(DutchNames.firstNames)
        let last = DutchNames.lines(DutchNames.surnames)
        #expect(first.count >= 350)
        #expect(last.count >= 200)
        #expect(Set(first).count == first.count)
        #expect(Set(last).count == last.count)
        #expect(first.allSatisfy { $0.first?.isUppercase == true })
        #expect(last.allSatisfy { $0.split(separator: " ").last?.first?.isUppercase == true })
        #expect(DutchNames.surnameIndex["Berg"]?.contains(["van", "den"]) == true)
    }

    @Test("organisations, roles and the vocabulary are not in the lists")
    func notNames() {
        let names = Set(DutchNames.lines(DutchNames.firstNames)).union(DutchNames.surnameIndex.keys)
        for word in ["Politie", "Veilig", "Thuis", "Wijkteam", "Raad", "Openbaar", "Ministerie", "Jeugdbescherming",
                     "Moeder", "Vader", "Buurvrouw", "Wijkagent", "Burgemeester", "Melding", "Acuut", "Herstel"] {
            #expect(!names.contains(word), "\(word)")
        }
    }
}
