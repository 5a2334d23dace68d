import Lesart
import Testing
@testable import LesartEntities

/// The tests ``EntityScan/run()`` makes before calling a rule (``EntityScan/mayStartPerson(at:lastHyphen:)``,
/// ``EntityScan/mayDeriveFromPlace(_:)``, ``EntityScan/mayFindPlaceByShape(_:previousRoles:)``) against the rules themselves: a rule skipped by its
/// test would have found nothing, at every token of text made to set the rules off.
@Suite("Rule gates")
struct RuleGateTests {
    static let text = """
        Heidi Klum kam. „Nein“, sagte Pfister. A. Wiegemann und Nico G. trafen Elisabeth II. in Berlin. \
        US-Präsident Trump, Ministerpräsident Boris Rhein, der ex-präsident und Karl-Heinz Müller kamen. \
        Gestern kam Judith. Die preußische Armee, südbadischen Weine, mesopotamische Funde, politischen Streit. \
        Der Gütersloher Rat und die Itzehoer Bürger in TOKIO, Süditalien und Oberitaliens Küste. \
        Die Schulstraße in Taiskirchen am Tegeler See an der A 7 und der B 96 bei Eutingen-Weitingen. \
        Die EU-Kommission, Mecklenburg- Vorpommern, der Hamburger und die Berliner Zeitung, THW Kiel. \
        erklärte Hill, erklärte er. Mit Hans Peter von der Leyen, dem Kremlchef und dem Amerikaner.
        """

    /// Runs `body` with a scan of ``text`` over the bundled gazetteer.
    static func withScan(_ body: (EntityScan) -> Void) throws {
        try EntityScanFixture.withScan(text, body)
    }

    @Test("a person rule finds nothing where mayStartPerson is false")
    func personGate() throws {
        var persons = 0
        try Self.withScan { scan in
            for i in scan.tokens.indices {
                let hyphen = scan.lastHyphen(in: scan.tokens[i].byteRange)
                var found: [EntityCandidate] = []
                scan.addPerson(at: i, lastHyphen: hyphen, to: &found)
                persons += found.count
                if !found.isEmpty { #expect(scan.mayStartPerson(at: i, lastHyphen: hyphen), "token \(i)") }
            }
        }
        #expect(persons >= 8)
    }

    @Test("a word derived from a place passes mayDeriveFromPlace, and the place rules find the same with the test")
    func derivedPlaceGate() throws {
        var derived = 0
        var shaped = 0
        try Self.withScan { scan in
            for i in scan.tokens.indices where scan.tokens[i].kind == .word {
                let range = scan.tokens[i].byteRange
                let mayDerive = scan.mayDeriveFromPlace(range)
                if scan.derivedFromPlace(i) != nil {
                    derived += 1
                    #expect(mayDerive, "token \(i)")
                }
                var gated: [EntityCandidate] = []
                var ungated: [EntityCandidate] = []
                scan.addPlaceByForm(at: i, mayDeriveFromPlace: mayDerive, to: &gated)
                scan.addPlaceByForm(at: i, mayDeriveFromPlace: true, to: &ungated)
                #expect(gated.map(\.start) == ungated.map(\.start) && gated.map(\.end) == ungated.map(\.end), "token \(i)")
                // A lowercase word passed over by run() finds no place by form.
                if !scan.tokens[i].flags.contains(.capitalized) && !mayDerive { #expect(ungated.isEmpty, "token \(i)") }
                // A capitalised word passed over by run() finds no place by form either.
                if !mayDerive && !scan.mayFindPlaceByShape(range, previousRoles: i > 0 ? scan.roles(i - 1) : []) {
                    #expect(ungated.isEmpty, "token \(i)")
                } else if !ungated.isEmpty {
                    shaped += 1
                }
            }
        }
        #expect(derived >= 3)
        #expect(shaped >= 8)
    }
}
