import SamenOpEngine
import SamenOpModel
import SamenOpText
/// Renders a reflection as the machine-readable `samenop-report/1` document.
///
/// Field names and nesting follow the scoring contract exactly, since scripts and other tools
/// read them; keys are written in the contract's order. Fields beyond the contract (allowed by
/// it): `session.acceptedPrivacyRisk`, `elements.missed[].step`, the objects in
/// `kernvragen.orderIssues`, `stoppedAt` for an unfinished session, and in team sessions
/// `steps[].replacedVotes` and `team` (disagreements, votes per role, cards held back;
/// `null` outside a team session; `team.roles` is kept for scripts, `team.knowledge` is what each
/// role knew and when it was shared), `session.shuffleSeed` (the seed of the option order, `null`
/// for the authored order); in the review of a past case `steps[].then`, the option
/// done then at that step (`null` when it was not on screen).
public enum JSONReport {
    /// The format name written in every report.
    public static let format = "samenop-report/1"

    /// The report as pretty-printed JSON, ending in a newline.
    public static func render(_ reflection: Reflection) -> String {
        document(reflection).rendered() + "\n"
    }

    static func document(_ r: Reflection) -> JSONValue {
        .object([
            ("format", .string(format)),
            ("scenario", .object([
                ("id", .string(r.scenario.id.value)),
                ("title", .string(r.scenario.title.value)),
                ("language", .string(r.scenario.language.rawValue)),
                ("sha256", .string(r.scenario.sha256)),
            ])),
            ("session", session(r)),
            ("steps", .array(r.steps.map { step(r, $0) })),
            ("phase", .object([
                ("aligned", .int(r.phase.aligned)),
                ("ahead", .int(r.phase.ahead)),
                ("behind", .int(r.phase.behind)),
                ("untagged", .int(r.phase.untagged)),
                // `phase.skips` are the steps with verdict `ahead`, which always have a phase.
                ("skips", .array(r.steps.filter { $0.isDecision && $0.verdict == .ahead }.compactMap { step in
                    step.choice.phase.map { phase in
                        .object([
                            ("step", .int(step.index)), ("scene", .string(step.scene.id)),
                            ("situation", .string(step.situationPhase.rawValue)),
                            ("choice", .string(phase.value.rawValue)),
                        ])
                    }
                })),
            ])),
            ("kernvragen", .object([
                ("covered", .ints(r.kernvragen.covered.map(\.rawValue))),
                ("missing", .ints(r.kernvragen.missing.map(\.rawValue))),
                ("firstStep", .object(r.kernvragen.covered.compactMap { q in
                    r.kernvragen.firstStep[q].map { (String(q.rawValue), JSONValue.int($0)) }
                })),
                ("orderIssues", .array(r.kernvragen.orderIssues.map {
                    .object([("issue", .string($0.id)), ("step", .int($0.step)), ("scene", .string($0.scene))])
                })),
            ])),
            ("elements", .object([
                ("shown", .object(Element.allCases.compactMap { e in
                    r.elements.shown[e].map { (e.rawValue, JSONValue.int($0)) }
                })),
                ("missed", .array(r.elements.missed.map {
                    .object([("element", .string($0.element.rawValue)), ("scene", .string($0.scene)), ("step", .int($0.step))])
                })),
                ("neverShown", .strings(r.elements.neverShown.map(\.rawValue))),
            ])),
            ("pitfalls", .array(r.pitfalls.map {
                .object([("pitfall", .string($0.pitfall.rawValue)), ("scene", .string($0.scene)), ("step", .int($0.step))])
            })),
            ("expert", agreement(r.expert)),
            ("actual", r.actual.map(agreement) ?? .null),
            ("veiligheid", .object([
                ("start", .int(r.trajectory.first ?? 0)),
                ("end", .int(r.trajectory.last ?? 0)),
                ("trajectory", .ints(r.trajectory)),
            ])),
            ("structural", .bool(r.structural)),
            ("structuralLink", structuralLink(r.structuralLink)),
            ("ending", r.ending.map { .object([("scene", .string($0.id)), ("outcome", .optional($0.outcome?.value))]) } ?? .null),
            ("team", r.team.map(team) ?? .null),
            ("stoppedAt", r.ending == nil
                ? .object([
                    ("scene", .string(r.currentScene.id)), ("stage", .string(r.currentScene.stage.value.rawValue)),
                    ("notes", .strings(r.pendingNotes)),
                ])
                : .null),
        ])
    }

    static func session(_ r: Reflection) -> JSONValue {
        let seed: JSONValue = r.header.shuffleSeed.map { .int(Int(truncatingIfNeeded: $0)) } ?? .null
        return .object([
            ("id", .string(r.header.id)),
            ("mode", .string(r.header.mode.rawValue)),
            ("startedAt", .string(ReportDate.iso(r.header.startedAt))),
            ("finishedAt", .optional(r.finishedAt.map(ReportDate.iso))),
            ("participants", .array(r.participants.map { .object([("name", .string($0.name)), ("role", .string($0.role))]) })),
            ("acceptedPrivacyRisk", .bool(r.header.acceptedPrivacyRisk)),
            ("shuffleSeed", seed),
        ])
    }

    static func structuralLink(_ link: StructuralLink) -> JSONValue {
        .object([("visited", .bool(link.visited)), ("connected", .bool(link.connected)), ("steps", .ints(link.steps))])
    }

    static func vote(_ vote: Vote) -> JSONValue {
        .object([
            ("name", .string(vote.name)), ("role", .string(vote.role)),
            ("shown", .int(vote.shown)), ("choice", .int(vote.choice)),
            ("reason", .optional(vote.reason)),
        ])
    }

    /// Team sessions: disagreements and how they ended, votes per role, cards held back.
    static func team(_ t: TeamFigures) -> JSONValue {
        .object([
            ("disagreements", .array(t.disagreements.map { d in
                .object([
                    ("step", .int(d.step)), ("scene", .string(d.scene)),
                    ("choice", .int(d.choice)), ("shown", .int(d.shown)),
                    ("tally", .array(d.tally.map {
                        .object([("choice", .int($0.choice)), ("shown", .int($0.shown)), ("votes", .int($0.votes))])
                    })),
                    ("changes", .array(d.changes.map {
                        .object([("name", .string($0.name)), ("role", .string($0.role)),
                                 ("fromShown", .int($0.fromShown)), ("toShown", .int($0.toShown))])
                    })),
                    ("resolution", .string(d.resolution.rawValue)),
                ])
            })),
            ("roles", .array(t.roles.map {
                .object([("role", .string($0.role)), ("votes", .int($0.votes)), ("expert", .int($0.expert)),
                         ("steps", .ints($0.steps)), ("expertSteps", .ints($0.expertSteps))])
            })),
            ("heldCards", .array(t.heldCards.map {
                .object([("card", .string($0.card)), ("role", .string($0.role)), ("heldAt", .ints($0.heldAt)),
                         ("sharedBy", $0.sharedBy.map(JSONValue.int) ?? .null), ("shared", .bool($0.shared))])
            })),
            ("knowledge", .array(t.knowledge.map { role in
                .object([("role", .string(role.role)), ("cards", .array(role.cards.map {
                    .object([("card", .string($0.card)), ("revealedAt", $0.revealedAt.map(JSONValue.int) ?? .null),
                             ("sharedAt", $0.sharedAt.map(JSONValue.int) ?? .null), ("shared", .bool($0.shared))])
                }))])
            })),
        ])
    }

    static func agreement(_ a: Agreement) -> JSONValue {
        .object([("matched", .int(a.matched)), ("decisions", .int(a.decisions))])
    }

    static func step(_ r: Reflection, _ s: StepReflection) -> JSONValue {
        var pairs: [(String, JSONValue)] = [
            ("index", .int(s.index)),
            ("scene", .string(s.scene.id)),
            ("stage", .string(s.stage.rawValue)),
            ("time", .optional(s.scene.time?.value)),
            ("choice", .int(s.choice.number)),
            ("shown", .int(s.shown)),
            ("text", .string(s.choice.text.value)),
            ("phase", .object([
                ("situation", .string(s.situationPhase.rawValue)),
                ("choice", .optional(s.choice.phase?.value.rawValue)),
                ("verdict", .string(s.verdict.rawValue)),
            ])),
            ("kernvragen", .ints(s.choice.kernvragen.map(\.value.rawValue))),
            ("elements", .strings(s.choice.elements.map(\.value.rawValue))),
            ("pitfalls", .strings(s.choice.pitfalls.map(\.value.rawValue))),
            ("expert", .bool(s.choice.expert)),
            ("actual", .optional(s.matchesActual)),
            ("veiligheid", .object([("before", .int(s.safetyBefore)), ("after", .int(s.safetyAfter))])),
            ("decisionMs", .int(s.decisionMs)),
            ("notes", .strings(s.notes)),
            ("votes", .array(s.currentVotes.map(vote))),
            ("decision", .bool(s.isDecision)),
            ("order", .ints(s.order)),
        ]
        if r.actual != nil {
            // Review of a past case: what was done then at this step, beside the choice now.
            pairs.append(("then", s.matchesActual == nil ? .null : s.actualChoice.map { then in
                .object([("choice", .int(then.number)), ("shown", .int(s.shownNumber(of: then) ?? then.number)),
                         ("text", .string(then.text.value))])
            } ?? .null))
        }
        if r.isTeam {
            pairs.append(("dissent", .bool(s.dissent)))
            pairs.append(("replacedVotes", .array(s.votes.filter(\.replaced).map(vote))))
        }
        return .object(pairs)
    }
}
