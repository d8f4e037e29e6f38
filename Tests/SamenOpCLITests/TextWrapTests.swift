import Testing
@testable import SamenOpCLI

/// Wrapping for the terminal: words are never split and lines keep their breaks.
@Suite("Text wrap")
struct TextWrapTests {
    @Test("text within the width stays as it is; a word that would pass the edge goes to the next line")
    func widths() {
        #expect(TextWrap.wrap("kort", width: 80) == "kort")
        #expect(TextWrap.wrap("aaa bbb", width: 7) == "aaa bbb")
        #expect(TextWrap.wrap("aaa bbb ccc", width: 7) == "aaa bbb\nccc")
        #expect(TextWrap.wrap("aaa bbb ccc", width: 6) == "aaa\nbbb\nccc")
        #expect(TextWrap.wrap("een  twee", width: 80) == "een twee")
    }

    @Test("the first line starts with `first`, the others with `indent`")
    func indents() {
        #expect(TextWrap.wrap("een twee drie vier", width: 12, first: "  1. ", indent: "     ") ==
                "  1. een\n     twee\n     drie\n     vier")
        #expect(TextWrap.wrap("een twee", width: 80, first: "» ", indent: "  ") == "» een twee")
        // Later paragraphs are continuation lines too.
        #expect(TextWrap.wrap("een\ntwee", width: 80, first: "» ", indent: "  ") == "» een\n  twee")
    }

    @Test("a word longer than the width is never split")
    func longWords() {
        #expect(TextWrap.wrap("a verylongwordthatexceeds b", width: 10) == "a\nverylongwordthatexceeds\nb")
        #expect(TextWrap.wrap("verylongwordthatexceeds", width: 5, first: "- ", indent: "  ") == "- verylongwordthatexceeds")
    }

    @Test("line breaks and empty lines in between are kept, trailing ones dropped, without trailing spaces")
    func breaks() {
        #expect(TextWrap.wrap("een\ntwee", width: 80) == "een\ntwee")
        #expect(TextWrap.wrap("een\n\ntwee", width: 80, indent: "  ") == "een\n\n  twee")
        #expect(TextWrap.wrap("een\n\n", width: 80) == "een")
        #expect(TextWrap.wrap("", width: 80, first: "  ") == "")
    }

    @Test("columns count characters, not bytes: accents and emoji are one column each")
    func unicode() {
        #expect(TextWrap.wrap("ééé ëëë", width: 7) == "ééé ëëë")
        #expect(TextWrap.wrap("scène déjà vu", width: 11) == "scène déjà\nvu")
        #expect(TextWrap.wrap("👩‍👩‍👧 ab cd", width: 4) == "👩‍👩‍👧 ab\ncd")
    }

    @Test("a person and their role joined by a middle dot never break apart")
    func middleDot() {
        #expect(TextWrap.wrap("xxxxx Anna · Wijkteam", width: 12) == "xxxxx\nAnna · Wijkteam")
        #expect(TextWrap.wrap("Anna · Wijkteam, Bram · Politie", width: 20) == "Anna · Wijkteam,\nBram · Politie")
    }

    @Test("Markdown: prose, list items and quotes wrap; headings, tables and fenced blocks stay")
    func markdown() {
        #expect(TextWrap.markdown("- een twee drie", width: 10) == "- een twee\n  drie")
        #expect(TextWrap.markdown("12. een twee drie", width: 10) == "12. een\n    twee\n    drie")
        #expect(TextWrap.markdown("  - een twee drie", width: 10) == "  - een\n    twee\n    drie")
        #expect(TextWrap.markdown("> een twee drie", width: 10) == "> een twee\n> drie")
        #expect(TextWrap.markdown("een twee drie", width: 10) == "een twee\ndrie")
        let kept = "# Een kop die te lang is\n| a | b | c | d | e |\n```\nveel te lange regel hier\n```"
        #expect(TextWrap.markdown(kept, width: 10) == kept)
    }
}
