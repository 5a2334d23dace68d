import Testing
import LesartCore

/// `Document`, `Token`, `Sentence` and `TokenKind`: the document model.
@Suite("Document model")
struct DocumentTests {
    /// "Größe zählt. Ja!" with hand-computed byte offsets:
    /// G r ö(2) ß(2) e = 0..<7, ␠, z ä(2) h l t = 8..<14, . = 14..<15, ␠, J a = 16..<18, ! = 18..<19.
    static func sample() -> Document {
        var document = Document(id: "doc-1", text: "Größe zählt. Ja!")
        document.tokens = [
            Token(start: 0, end: 7, kind: .word, flags: [.spaceAfter, .capitalized, .paragraphStart]),
            Token(start: 8, end: 14, kind: .word, flags: [.lowercase]),
            Token(start: 14, end: 15, kind: .punctuation, flags: [.spaceAfter]),
            Token(start: 16, end: 18, kind: .word, flags: [.capitalized]),
            Token(start: 18, end: 19, kind: .punctuation),
        ]
        document.sentences = [Sentence(firstToken: 0, endToken: 3), Sentence(firstToken: 3, endToken: 5)]
        return document
    }

    @Test("init(id:text:) keeps the text exactly")
    func initFromText() {
        let text = "Grüße\r\n\u{FEFF}aus 北京 😀\u{0}"
        let document = Document(id: "a.txt", text: text)
        #expect(document.id == "a.txt")
        #expect(document.utf8 == Array(text.utf8))
        #expect(document.text == text)
        #expect(document.tokens.isEmpty)
        #expect(document.sentences.isEmpty)
        #expect(Document(text: "x").id == nil)
    }

    @Test("init(id:validatedUTF8:) keeps the bytes exactly")
    func initFromBytes() {
        let bytes = Array("Äpfel, Birnen & 🍐".utf8)
        let document = Document(id: nil, validatedUTF8: bytes)
        #expect(document.id == nil)
        #expect(document.utf8 == bytes)
        #expect(document.text == "Äpfel, Birnen & 🍐")
        #expect(Document(validatedUTF8: []).text == "")
    }

    @Test("reset(id:validatedUTF8:) gives a new document that keeps its arrays' memory")
    func resetKeepsMemory() {
        var document = Self.sample()
        document.idIsJSON = true
        document.carriedFields = Array(#""source":"taz""#.utf8)
        document.chunk = TextChunk(index: 2, utf8Offset: 10, scalarOffset: 9, utf16Offset: 9)
        document.handedOnWordIDs = HandedOnWordIDs(table: ObjectIdentifier(Int.self), ids: [1, 2, 3, 4, 5])
        let tokenRoom = document.tokens.capacity
        let bytes = Array("Neu.".utf8)
        document.reset(id: "doc-2", validatedUTF8: bytes)
        #expect(document.id == "doc-2")
        #expect(!document.idIsJSON)
        #expect(document.carriedFields.isEmpty)
        #expect(document.chunk == nil)
        #expect(document.utf8 == bytes)
        #expect(document.text == "Neu.")
        #expect(document.tokens.isEmpty && document.sentences.isEmpty)
        #expect(document.entities.isEmpty && document.stances.isEmpty)
        #expect(document.entityCatalog == nil && document.stanceCatalog == nil)
        #expect(document.handedOnWordIDs.table == nil && document.handedOnWordIDs.ids.isEmpty)
        #expect(document.tokens.capacity >= tokenRoom)
    }

    @Test("text(of: Token) slices the buffer")
    func tokenText() {
        let document = Self.sample()
        #expect(document.utf8.count == 19)
        #expect(document.tokens.map { document.text(of: $0) } == ["Größe", "zählt", ".", "Ja", "!"])
        #expect(document.text(ofBytes: 8..<14) == "zählt")
        #expect(document.text(ofBytes: 0..<0) == "")
        #expect(document.text(ofBytes: 0..<19) == document.text)
    }

    @Test("Sentences: byteRange, text and tokens")
    func sentences() {
        let document = Self.sample()
        let first = document.sentences[0], second = document.sentences[1]
        #expect(document.byteRange(of: first) == 0..<15)
        #expect(document.byteRange(of: second) == 16..<19)
        #expect(document.text(of: first) == "Größe zählt.")
        #expect(document.text(of: second) == "Ja!")
        #expect(Array(document.tokens(of: first)) == Array(document.tokens[0..<3]))
        #expect(Array(document.tokens(of: second)).map { document.text(of: $0) } == ["Ja", "!"])
        // The slice keeps the document's token indices.
        #expect(document.tokens(of: second).startIndex == 3)
        #expect(document.tokens(of: second).endIndex == 5)
    }

    @Test("A sentence's text includes the whitespace between its tokens")
    func sentenceWithInnerWhitespace() {
        var document = Document(text: "  Hallo \n\t Welt  ")
        document.tokens = [Token(start: 2, end: 7, kind: .word), Token(start: 11, end: 15, kind: .word)]
        document.sentences = [Sentence(firstToken: 0, endToken: 2)]
        #expect(document.text(of: document.sentences[0]) == "Hallo \n\t Welt")
        #expect(document.byteRange(of: document.sentences[0]) == 2..<15)
    }

    @Test("An empty sentence has an empty range and text")
    func emptySentence() {
        let document = Self.sample()
        let empty = Sentence(firstToken: 2, endToken: 2)
        #expect(empty.tokenRange.isEmpty)
        #expect(document.byteRange(of: empty).isEmpty)
        #expect(document.text(of: empty) == "")
        #expect(document.tokens(of: empty).isEmpty)
    }

    @Test("Token basics")
    func tokenBasics() {
        let token = Token(start: 3, end: 9, kind: .number)
        #expect(token.byteRange == 3..<9)
        #expect(token.flags == [])
        #expect(token.kind == .number)
        #expect(token == Token(start: 3, end: 9, kind: .number, flags: []))
        #expect(token != Token(start: 3, end: 9, kind: .number, flags: .spaceAfter))
        #expect(token != Token(start: 3, end: 9, kind: .ordinal))
        #expect(Set([token, token, Token(start: 0, end: 1, kind: .word)]).count == 2)
        #expect(MemoryLayout<Token>.size <= 12)
    }

    @Test("Sentence basics")
    func sentenceBasics() {
        let sentence = Sentence(firstToken: 4, endToken: 10)
        #expect(sentence.tokenRange == 4..<10)
        #expect(sentence == Sentence(firstToken: 4, endToken: 10))
        #expect(sentence != Sentence(firstToken: 4, endToken: 11))
    }

    @Test("TokenFlags are distinct bits")
    func flags() {
        let all: [TokenFlags] = [.spaceAfter, .lineStart, .paragraphStart, .capitalized, .lowercase]
        #expect(Set(all.map(\.rawValue)).count == all.count)
        for flag in all { #expect(flag.rawValue.nonzeroBitCount == 1) }
        var flags: TokenFlags = [.spaceAfter, .capitalized]
        #expect(flags.contains(.spaceAfter))
        flags.remove(.spaceAfter)
        #expect(!flags.contains(.spaceAfter))
        #expect(flags == .capitalized)
    }

    @Test("Every TokenKind has a distinct lowercase name")
    func kindNames() {
        let names = TokenKind.allCases.map(\.name)
        #expect(names.count == 14)
        #expect(Set(names).count == names.count)
        for kind in TokenKind.allCases {
            #expect(!kind.name.isEmpty)
            #expect(kind.name == kind.name.lowercased())
            #expect(kind.name.unicodeScalars.allSatisfy { ("a"..."z").contains($0) }, "\(kind.name)")
            #expect(kind.name == String(describing: kind))
            #expect(TokenKind(rawValue: kind.rawValue) == kind)
        }
        #expect(TokenKind.word.name == "word")
        #expect(TokenKind.punctuation.name == "punctuation")
        #expect(TokenKind.emoji.name == "emoji")
        #expect(TokenKind.abbreviation.name == "abbreviation")
    }
}
