import SamenOpText

/// Labels of the fixed vocabularies in the localizer's language.
///
/// The ids are the file format's; the labels live in the translation files under the id
/// (`stage.erop-af`), and `TranslationFileTests` checks every id of every vocabulary.
extension Localizer {
    public func label(_ stage: Stage) -> String { self(TextKey("stage." + stage.rawValue)) }
    public func label(_ phase: Phase) -> String { self(TextKey("phase." + phase.rawValue)) }
    public func label(_ question: CoreQuestion) -> String { self(TextKey("kernvraag.\(question.rawValue)")) }
    public func label(_ element: Element) -> String { self(TextKey("element." + element.rawValue)) }
    public func label(_ pitfall: Pitfall) -> String { self(TextKey("pitfall." + pitfall.rawValue)) }
    public func label(_ profile: Profile) -> String { self(TextKey("profile." + profile.rawValue)) }
}
