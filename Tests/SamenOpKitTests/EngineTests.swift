import Foundation
import Testing
@testable import SamenOpKit

@Suite("Engine")
struct EngineTests {
    @Test("the safety value is clamped to the scale")
    func clamp() {
        #expect(PhaseBands.standard.phase(for: 42) == .herstel)
        #expect(PhaseBands.standard.phase(for: -3) == .acuut)
    }
}
