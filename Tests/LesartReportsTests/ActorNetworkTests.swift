import Foundation
import Testing
@testable import LesartReports

/// Aggregation: counts per holder → target and label, mentions, filters, buckets, order.
@Suite("ActorNetwork")
struct ActorNetworkTests {
    typealias F = NetworkFixtures

    static let records = [
        F.record("1", actors: ["Borduria", "Syldavien", "Borduria"],
                 stances: [F.stance("Borduria", "Syldavien", "threat", lemma: "drohen"),
                           F.stance("Borduria", "Syldavien", "threat", lemma: "angreifen", modality: "reported")]),
        F.record("2", actors: ["Syldavien", "Borduria", "Nuevo Rico"],
                 stances: [F.stance("Syldavien", "Borduria", "distancing", lemma: "kritisieren"),
                           F.stance("Nuevo Rico", "Syldavien", "support", polarity: "negated"),
                           F.stance("Borduria", "Syldavien", "threat", lemma: "drohen")]),
    ]

    @Test("edges count records per holder, target and label; nodes count mentions; negated left out by default")
    func counts() {
        var network = ActorNetwork()
        for record in Self.records { network.add(record) }
        let edges = network.keptEdges()
        #expect(edges.map { "\($0.source)>\($0.target):\($0.label)=\($0.count)" }
                == ["Borduria>Syldavien:threat=3", "Syldavien>Borduria:distancing=1"])
        #expect(edges[0].byModality[0] == 2 && edges[0].byModality[1] == 1)
        let nodes = network.nodes(for: edges)
        #expect(nodes.map(\.actor) == ["Borduria", "Nuevo Rico", "Syldavien"])
        #expect(nodes.map(\.mentions) == [3, 1, 2])
        #expect(nodes[0].outgoing == 3 && nodes[0].incoming == 1)
        #expect(network.stancesSeen == 5 && network.stancesCounted == 4)
    }

    @Test("the result does not depend on the order of the records")
    func orderIndependent() {
        var forward = ActorNetwork(), backward = ActorNetwork()
        for record in Self.records { forward.add(record) }
        for record in Self.records.reversed() { backward.add(record) }
        #expect(forward.keptEdges() == backward.keptEdges())
        #expect(forward.nodes(for: forward.keptEdges()) == backward.nodes(for: backward.keptEdges()))
    }

    @Test("filters: labels, modality, polarity, actors and min-count")
    func filters() {
        func edges(_ filter: NetworkFilter) -> [String] {
            var network = ActorNetwork(filter: filter)
            for record in Self.records { network.add(record) }
            return network.keptEdges().map { "\($0.source)>\($0.target):\($0.label)=\($0.count)" }
        }
        #expect(edges(NetworkFilter(labels: ["distancing"])) == ["Syldavien>Borduria:distancing=1"])
        #expect(edges(NetworkFilter(modalities: ["reported"])) == ["Borduria>Syldavien:threat=1"])
        #expect(edges(NetworkFilter(polarities: ["negated"])) == ["Nuevo Rico>Syldavien:support=1"])
        #expect(edges(NetworkFilter(polarities: nil, actors: ["Nuevo Rico"])) == ["Nuevo Rico>Syldavien:support=1"])
        #expect(edges(NetworkFilter(minCount: 2)) == ["Borduria>Syldavien:threat=3"])
    }

    @Test("time buckets: one edge per bucket; min-count applies to the total over buckets")
    func buckets() {
        var network = ActorNetwork(filter: NetworkFilter(minCount: 3))
        network.add(Self.records[0], bucket: "2026-01")
        network.add(Self.records[1], bucket: "2026-02")
        #expect(network.isDated)
        let edges = network.keptEdges()
        #expect(edges.map { "\($0.bucket ?? "-"):\($0.count)" } == ["2026-01:2", "2026-02:1"])
    }

    @Test("memory: the same records again add counts, not edges or actors")
    func bounded() {
        var network = ActorNetwork(filter: NetworkFilter(polarities: nil))
        for _ in 0..<1000 { for record in Self.records { network.add(record) } }
        #expect(network.size.actors == 3)
        #expect(network.size.edges == 3)
        #expect(network.keptEdges().first?.count == 3000)
    }
}
