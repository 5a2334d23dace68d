import Foundation
import Testing
import TestSupport
@testable import LesartStance

/// The rule registry: ids are indices, names are unique and documented as part of the JSONL
/// contract, every family runs once in the pass order, confidences are those of the records.
@Suite("Stance rule registry")
struct StanceRuleRegistryTests {
    @Test("each rule's id is its index in the registry and round-trips through the catalog")
    func ids() throws {
        let lexicon = try StanceLexicon()
        for (index, rule) in StanceRule.all.enumerated() {
            #expect(Int(rule.id) == index, "\(rule.name)")
            #expect(StanceRule(id: rule.id) == rule)
            #expect(lexicon.ruleName(of: rule.id) == rule.name)
        }
        #expect(StanceRule(id: UInt16(StanceRule.all.count)) == nil)
        #expect(Set(StanceRule.all.map(\.name)).count == StanceRule.all.count)
    }

    @Test("every rule id is documented in README.md's stance record contract")
    func documented() throws {
        let readme = try String(contentsOf: Fixtures.packageRoot.appendingPathComponent("README.md"), encoding: .utf8)
        guard let start = readme.range(of: "The `rule` ids are part of the contract") else {
            Issue.record("README.md has no paragraph on the rule ids")
            return
        }
        let paragraph = readme[start.lowerBound...].prefix(1500)
        for rule in StanceRule.all {
            #expect(paragraph.contains("`\(rule.name)`"), "README.md does not document rule id \(rule.name)")
        }
    }

    @Test("every family runs once, and every family has a rule")
    func passes() {
        #expect(StanceRuleFamily.passes.count == StanceRuleFamily.allCases.count)
        #expect(Set(StanceRuleFamily.passes.map { "\($0)" }).count == StanceRuleFamily.allCases.count)
        for family in StanceRuleFamily.allCases {
            #expect(StanceRule.all.contains { $0.family == family }, "\(family)")
        }
    }

    @Test("confidence: a resolved holder never raises it")
    func confidence() {
        for rule in StanceRule.all {
            let named = rule.confidence.value(holderResolved: false)
            let resolved = rule.confidence.value(holderResolved: true)
            #expect(named > 0 && named <= 1 && resolved <= named, "\(rule.name)")
        }
    }

    @Test("the catalog's cue indices: cues, the relation entry, evaluation words, in that order")
    func catalog() throws {
        let lexicon = try StanceLexicon()
        let cues = lexicon.cueCount
        #expect(lexicon.catalogIndex(.relation) == UInt32(cues))
        #expect(lexicon.lemma(of: lexicon.catalogIndex(.relation)) == "Beziehungen")
        #expect(lexicon.lemma(of: lexicon.catalogIndex(.entry(0))) == lexicon.cues[0].lemma)
        #expect(lexicon.lemma(of: lexicon.catalogIndex(.evaluation(0))) == lexicon.evaluations[0].lemma)
        for cue in [CatalogCue.entry(3), .relation, .evaluation(2)] {
            #expect(CatalogCue(index: cue.index(cueCount: cues), cueCount: cues, evaluationCount: 5) == cue)
        }
        #expect(CatalogCue(index: UInt32(cues + 6), cueCount: cues, evaluationCount: 5) == nil)
    }
}
