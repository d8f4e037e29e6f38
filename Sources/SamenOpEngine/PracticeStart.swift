import SamenOpModel
import SamenOpText

/// Where a practice session starts and which variables it presets
/// (`start ID bij SCENE zet VAR=WAARDE ...`).
///
/// An author testing the end of a long scenario should not have to play it all. The start is
/// kept in the ``SessionHeader`` rather than as an event, so that replay, undo and resume
/// (which all start a fresh ``Session`` from the header) begin at the same scene with the same
/// values, and a report can say the session was practice. Presets are a list, not a
/// dictionary, so the stored header is the same bytes each time.
public struct PracticeStart: Codable, Sendable, Hashable {
    /// One preset variable.
    public struct Preset: Codable, Sendable, Hashable {
        public var variable: String
        public var value: Value
        public init(variable: String, value: Value) {
            self.variable = variable
            self.value = value
        }
    }

    public var scene: String
    public var presets: [Preset]

    public init(scene: String, presets: [Preset]) {
        self.scene = scene
        self.presets = presets
    }

    /// What can be wrong with a practice start on a given scenario.
    public enum Problem: Error, Equatable, Sendable {
        case unknownScene(String)
        case unknownVariable(String)
        /// The value's type differs from the variable's (name, expected type).
        case wrongType(String, ValueType)
    }

    /// The first problem with this start on `scenario`, or `nil` when it can be played.
    public func problem(in scenario: Scenario) -> Problem? {
        guard scenario.scene(scene) != nil else { return .unknownScene(scene) }
        for preset in presets {
            guard let variable = scenario.variable(preset.variable) else { return .unknownVariable(preset.variable) }
            if variable.initial.type != preset.value.type { return .wrongType(preset.variable, variable.initial.type) }
        }
        return nil
    }

    /// The scenario's initial values with the presets applied (`veiligheid` kept on its scale).
    public func variables(in scenario: Scenario) -> [String: Value] {
        var values = scenario.initialValues
        for preset in presets where values[preset.variable] != nil {
            if preset.variable == safetyVariable, case .int(let v) = preset.value {
                values[preset.variable] = .int(v.clamped(to: safetyRange))
            } else {
                values[preset.variable] = preset.value
            }
        }
        return values
    }
}
