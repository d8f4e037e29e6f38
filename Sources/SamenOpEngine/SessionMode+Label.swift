import SamenOpText

extension Localizer {
    /// The mode's label ("zelfstudie", "self-study"), under `mode.ID` in the translation files.
    public func label(_ mode: SessionMode) -> String { self(TextKey("mode." + mode.rawValue)) }
}
