/// A clause of a sentence: a token range and the word that opened it.
struct Clause {
    var start: Int
    var end: Int
    /// Index of the subordinator that opens the clause (`dass`, `um`, `ohne`), if any.
    var opener: Int?
    /// Entity index of the clause's subject, once found.
    var subject: Int?
    /// The subject is a pronoun (`es`, `das Land`) resolved to an earlier actor.
    var subjectResolved = false
    /// The clause opens with a finite verb whose subject is the previous clause's
    /// ("… und unterstützt die Hamas", "…, unterstützt aber Moldau").
    var elided = false
}
