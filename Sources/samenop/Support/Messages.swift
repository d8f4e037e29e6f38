import SamenOpKit

extension EngineError {
    /// The message for the person at the keyboard, in their language.
    func message(_ l: Localizer) -> String {
        switch self {
        case .choiceOutOfRange(_, _, let count): REPL.rangeMessage(count, l)
        case .finished: l("repl.finished", REPLCommand.report.name(in: l.language), REPLCommand.undo.name(in: l.language))
        case .nothingToUndo: l("repl.engine.nothingToUndo")
        case .emptyNote: l("repl.engine.emptyNote")
        case .notTeamSession: l("team.engine.notTeam", REPLCommand.start.name(in: l.language))
        case .unknownParticipant(let name): l("team.engine.unknownParticipant", name, REPLCommand.join.name(in: l.language))
        case .unknownRole(let role): l("team.engine.unknownRole", role)
        case .duplicateParticipant(let name): l("team.engine.duplicateParticipant", name)
        case .unknownCard(let card): l("team.engine.unknownCard", card)
        case .cardNotRevealed(let card): l("team.engine.cardNotRevealed", card)
        case .cardNotRoleBound(let card): l("team.engine.cardNotRoleBound", card)
        case .alreadyShared(let card): l("team.engine.alreadyShared", card)
        case .replayMismatch(let step, let scene, let expected): l("repl.engine.replayMismatch", step, scene, expected)
        }
    }
}

extension StoreError {
    /// The message for the person at the keyboard, in their language.
    ///
    /// `fromShell` points an unknown session to `samenop sessions` instead of the REPL's
    /// `sessies`, so the hint names a command that works where it was typed.
    func message(_ l: Localizer, fromShell: Bool = false) -> String {
        switch self {
        case .notAStore(let path): l("repl.store.notAStore", path)
        case .newerVersion(let path): l("repl.store.newer", path)
        case .readOnly(let path): l("repl.store.readOnly", path)
        case .diskFull(let path): l("repl.store.full", path)
        case .permissionDenied(let path): l("repl.store.permission", path)
        case .unknownSession(let id): l(fromShell ? "cli.store.unknownSession" : "repl.store.unknownSession", id)
        case .ambiguousSession(let id, let matches): l("repl.store.ambiguous", id, matches.joined(separator: ", "))
        case .failed(let path, let reason): l("repl.store.failed", path, reason)
        }
    }
}
