import Testing
import LesartCore
import LesartTokenization
import TestSupport

/// One table row for the tokenizer tables: an input, the exact tokens expected and,
/// optionally, the kinds of some of them.
///
/// `expected` is written as the tokens separated by single spaces: tokens never contain
/// whitespace (an invariant), so `"z. B. Äpfel ."` means `["z.", "B.", "Äpfel", "."]`.
/// `convention == nil` means the case holds in both conventions and is run in both.
struct TokenCase: Sendable, CustomTestStringConvertible {
    let text: String
    let expected: [String]
    let kinds: [KindCheck]
    let convention: Convention?
    /// Set when it is genuinely unclear which tokenization is right; the case then runs
    /// inside `withKnownIssue` and the reason is printed.
    let unsure: String?

    struct KindCheck: Sendable {
        let token: String
        let kind: TokenKind
    }

    init(_ text: String, _ expected: String, _ kinds: [(String, TokenKind)] = [],
         only convention: Convention? = nil, unsure: String? = nil) {
        self.text = text
        self.expected = expected.split(separator: " ").map(String.init)
        self.kinds = kinds.map { KindCheck(token: $0.0, kind: $0.1) }
        self.convention = convention
        self.unsure = unsure
    }

    /// Convenience for the common single kind check.
    init(_ text: String, _ expected: String, _ token: String, _ kind: TokenKind,
         only convention: Convention? = nil, unsure: String? = nil) {
        self.init(text, expected, [(token, kind)], only: convention, unsure: unsure)
    }

    var conventions: [Convention] { convention.map { [$0] } ?? Convention.allCases }

    var testDescription: String {
        let tag = convention.map { " [\($0.rawValue)]" } ?? ""
        return String(reflecting: text) + tag
    }
}

/// Tokenizes `text` with a fresh session.
func tokenize(_ text: String, convention: Convention = .empirist, usesFastPath: Bool = true) throws -> Document {
    let tokenizer = Tokenizer(profile: Fixtures.german, convention: convention, usesFastPath: usesFastPath)
    let session = try tokenizer.makeSession()
    var document = Document(text: text)
    session.tokenize(&document)
    return document
}

/// Runs one table row in each of its conventions: exact token strings, then kinds.
func check(_ row: TokenCase, sourceLocation: SourceLocation = #_sourceLocation) throws {
    for convention in row.conventions {
        let document = try tokenize(row.text, convention: convention)
        let actual = document.tokens.map { document.text(of: $0) }
        let body = {
            #expect(actual == row.expected,
                    "TOKENS [\(convention.rawValue)] input: \(String(reflecting: row.text)) expected: \(row.expected.joined(separator: " ␣ ")) actual: \(actual.joined(separator: " ␣ "))",
                    sourceLocation: sourceLocation)
            for check in row.kinds {
                guard let index = actual.firstIndex(of: check.token) else {
                    if actual == row.expected {
                        Issue.record("kind check names \(String(reflecting: check.token)), which is not an expected token",
                                     sourceLocation: sourceLocation)
                    }
                    continue
                }
                let kind = document.tokens[index].kind
                #expect(kind == check.kind,
                        "KIND [\(convention.rawValue)] input: \(String(reflecting: row.text)) token: \(check.token) expected: \(check.kind.name) actual: \(kind.name)",
                        sourceLocation: sourceLocation)
            }
        }
        if let reason = row.unsure {
            withKnownIssue("unsure which tokenization is right: \(reason)", isIntermittent: true) { body() }
        } else {
            body()
        }
    }
}
