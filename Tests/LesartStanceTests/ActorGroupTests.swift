import Testing
@testable import LesartStance

@Suite("Actor group")
struct ActorGroupTests {
    @Test("an actor group keeps its actors in order past its inline capacity")
    func actorGroup() {
        var group = ActorGroup()
        #expect(group.isEmpty)
        let actors = [3, 14, 15, 92, 65, 35, 89, 79, 32, 38, 46]
        for actor in actors { group.append(actor) }
        #expect(Array(group) == actors)
        #expect(group.count == actors.count)
        #expect(Array(group.dropFirst()) == Array(actors.dropFirst()))
        #expect(Array(ActorGroup(7)) == [7])
    }
}
