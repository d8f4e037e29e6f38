import SamenOpText
import SamenOpModel
import SamenOpScript
import SamenOpEngine
import SamenOpReport
import SamenOpStore
import SamenOpPrivacy

extension EngineError {
    /// The message for the person at the keyboard, in their language.
    func message(_ l: Localizer) -> String {
        switch self {
        case .choiceOutOfRange(_, _, let count): REPL.rangeMessage(count, l)
        case .finished: l(.replFinished, REPLCommand.report.name(in: l.language), REPLCommand.undo.name(in: l.language))
        case .nothingToUndo: l(.replEngineNothingToUndo)
        case .emptyNote: l(.replEngineEmptyNote)
        case .notTeamSession: l(.teamEngineNotTeam, REPLCommand.start.name(in: l.language))
        case .unknownParticipant(let name): l(.teamEngineUnknownParticipant, name, REPLCommand.join.name(in: l.language))
        case .unknownRole(let role): l(.teamEngineUnknownRole, role)
        case .duplicateParticipant(let name): l(.teamEngineDuplicateParticipant, name)
        case .unknownCard(let card): l(.teamEngineUnknownCard, card)
        case .cardNotRevealed(let card): l(.teamEngineCardNotRevealed, card)
        case .cardNotRoleBound(let card): l(.teamEngineCardNotRoleBound, card)
        case .alreadyShared(let card): l(.teamEngineAlreadyShared, card)
        case .replayMismatch(let step, let scene, let expected): l(.replEngineReplayMismatch, step, scene, expected)
        case .scaleNotAsked: l(.roomScaleNotAsked)
        case .scaleOutOfRange(let value): l(.roomScaleOutOfRange, value)
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
        case .notAStore(let path): l(.replStoreNotAStore, path)
        case .newerVersion(let path): l(.replStoreNewer, path)
        case .readOnly(let path): l(.replStoreReadOnly, path)
        case .diskFull(let path): l(.replStoreFull, path)
        case .permissionDenied(let path): l(.replStorePermission, path)
        case .unknownSession(let id): l(fromShell ? .cliStoreUnknownSession : .replStoreUnknownSession, id)
        case .ambiguousSession(let id, let matches): l(.replStoreAmbiguous, id, matches.joined(separator: ", "))
        case .failed(let path, let reason): l(.replStoreFailed, path, reason)
        case .sessionOpenElsewhere(let id): l(.replStoreOpenElsewhere, id)
        case .sessionMovedOn(let id): l(.replStoreMovedOn, id)
        }
    }
}
