import LesartCore
import Testing
@testable import LesartEntities

/// ``EntityScan/index(ofStart:in:)``, the bisection that links a repeated surname to the
/// full name it repeats.
@Suite("Candidate index by start")
struct CandidateIndexTests {
    @Test("every start is found at its position; other tokens at none")
    func bisection() {
        for starts in [[], [0], [4], [0, 3, 5, 9], Array(stride(from: 1, to: 60, by: 3))] {
            let selected = starts.map {
                EntityCandidate(start: $0, end: $0 + 1, label: .person, form: .name, entry: Entity.noEntry, source: .personByRule)
            }
            for token in 0..<64 {
                let expected = starts.firstIndex(of: token).map(UInt32.init)
                #expect(EntityScan.index(ofStart: token, in: selected) == expected, "\(starts) \(token)")
            }
        }
    }
}
