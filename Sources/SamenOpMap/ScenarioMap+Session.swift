import SamenOpEngine
import SamenOpModel
import SamenOpText

extension ScenarioMap.Overlay {
    /// The path of `session`: every step taken, numbered as the report's timeline numbers
    /// them (undone ones included, marked), and the scenes of the active path.
    public init(session: Session) {
        let steps = session.state.steps.enumerated().map { i, step in
            ScenarioMap.Overlay.Step(number: i + 1, scene: step.scene, choice: step.choice, undone: step.undone)
        }
        var visited = session.state.activeSteps.map(\.scene)
        visited.append(session.state.currentScene)
        self.init(sessionID: session.state.header.id, steps: steps, visited: visited)
    }
}

extension ScenarioMap {
    /// The map of the session's scenario with the session's path laid over it.
    public init(session: Session) {
        self.init(session.scenario, overlay: Overlay(session: session))
    }
}
