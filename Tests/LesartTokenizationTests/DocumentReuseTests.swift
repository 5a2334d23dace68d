import Testing
import LesartCore
import LesartTokenization
import TestSupport

/// A document reused with `Document.reset` for text after text: the tokenizer copies the
/// tokens into the kept array, and the results are those of a new document.
@Suite("Reused documents")
struct DocumentReuseTests {
    /// Over a megabyte: a new document gets its tokens written straight into a new array.
    static let large = String(repeating: "Der Rat tagte am 3. Okt. in Wien, „wie immer“. ", count: 24_000)

    @Test("a reset document gets the tokens and sentences of a new one, large and small texts in turn",
          arguments: [true, false])
    func resetMatchesNew(usesFastPath: Bool) throws {
        let tokenizer = Tokenizer(profile: Fixtures.german, usesFastPath: usesFastPath)
        let session = try tokenizer.makeSession()
        let splitter = SentenceSplitter(profile: Fixtures.german)
        let texts = [Self.large, "Kurz: ein Satz. Noch einer!", "", Self.large, "Ende."]
        var reused = Document(validatedUTF8: [])
        var largestRoom = 0
        for text in texts {
            reused.reset(id: "r", validatedUTF8: Array(text.utf8))
            session.tokenize(&reused)
            splitter.split(&reused)
            var fresh = Document(id: "r", text: text)
            try tokenizer.makeSession().tokenize(&fresh)
            splitter.split(&fresh)
            #expect(reused.tokens == fresh.tokens)
            #expect(reused.sentences == fresh.sentences)
            #expect(reused.text == text)
            // The room of the largest text so far stays with the document.
            #expect(reused.tokens.capacity >= largestRoom)
            largestRoom = max(largestRoom, reused.tokens.capacity)
        }
        #expect(largestRoom >= 24_000 * 14)
    }

    @Test("tokenizing a document again replaces its tokens")
    func tokenizeTwice() throws {
        let session = try Tokenizer(profile: Fixtures.german).makeSession()
        var document = Document(text: "Das ist ein Test. Und noch einer.")
        session.tokenize(&document)
        let first = document.tokens
        session.tokenize(&document)
        #expect(document.tokens == first)
        #expect(first.count == 9)
    }

    @Test("a copy of a reused document keeps its own tokens")
    func copyIsIndependent() throws {
        let session = try Tokenizer(profile: Fixtures.german).makeSession()
        var document = Document(text: "Erster Text hier.")
        session.tokenize(&document)
        let copy = document
        document.reset(validatedUTF8: Array("Zweiter.".utf8))
        session.tokenize(&document)
        #expect(copy.tokens.count == 4)
        #expect(copy.text(of: copy.tokens[0]) == "Erster")
        #expect(document.tokens.count == 2)
        #expect(document.text(of: document.tokens[0]) == "Zweiter")
    }
}
