/// Where the walk left from a name through its noun phrase stopped, and what it passed
/// (``StanceScan/walkLeft(from:index:in:)``).
struct MentionWalk {
    /// The token the walk stopped at: the preposition or verb governing the phrase, or one
    /// before the clause start.
    var k: Int
    /// Marked as accusative or dative by a determiner it passed ("den Iran").
    var objective = false
    /// Steps taken (the walk gives up after six).
    var steps = 0
    /// The name stands inside a larger noun phrase ("gegen Stellungen des IS", "die Miliz IS"):
    /// the phrase's preposition and case mark it (``StanceScan/isPossessionHead(_:after:)``).
    var possessed = false
    /// Every noun the phrase passes names an organ acting for the actor ("die Regierung
    /// Russlands" can hold a stance; "Stellungen des IS" cannot).
    var organsOnly = true
}
