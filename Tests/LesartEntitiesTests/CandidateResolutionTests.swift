import LesartCore
import Testing
@testable import LesartEntities

/// The resolution step of ``EntityScan``: the longest candidate wins; on one span the
/// source of the higher ``CandidatePriority``.
@Suite("Candidate resolution")
struct CandidateResolutionTests {
    static func candidate(_ start: Int, _ end: Int, _ source: CandidateSource) -> EntityCandidate {
        EntityCandidate(start: start, end: end, label: .person, form: .name, entry: Entity.noEntry, source: source)
    }

    @Test("priorities are ordered listed, listed by form, rule, guess")
    func priorityOrder() {
        #expect(CandidatePriority.listed < .listedByForm && CandidatePriority.listedByForm < .rule && CandidatePriority.rule < .guess)
        #expect(CandidateSource.listedName.priority == .listed)
        #expect(CandidateSource.compoundPart.priority == .listedByForm)
        #expect(CandidateSource.listedCompound.priority == .rule)
        #expect(CandidateSource.loneFirstName.priority == .guess)
    }

    @Test("on one span the higher priority wins, whatever the order of collection")
    func sameSpan() {
        for order in [[CandidateSource.loneFirstName, .listedName, .personByRule], [.personByRule, .loneFirstName, .listedName]] {
            var candidates = order.map { Self.candidate(3, 4, $0) }
            let selected = EntityScan.resolve(&candidates)
            #expect(selected.map(\.source) == [.listedName])
        }
        var compound = [Self.candidate(0, 1, .listedCompound), Self.candidate(0, 1, .compoundPart)]
        #expect(EntityScan.resolve(&compound).map(\.source) == [.compoundPart])
    }

    @Test("a longer candidate wins over a shorter one of higher priority")
    func longerWins() {
        var candidates = [Self.candidate(2, 3, .listedName), Self.candidate(2, 4, .personByRule),
                          Self.candidate(3, 6, .placeAfterCue)]
        // "2..<4" starts first and is longest at 2, but "3..<6" starts inside it and reaches further.
        let selected = EntityScan.resolve(&candidates)
        #expect(selected.map { [$0.start, $0.end] } == [[2, 3], [3, 6]])
    }
}
