import LesartCore
import LesartTokenization

/// State nouns that refer to the last named country ("das [Land]", "des international
/// isolierten [Landes]", "die [Atommacht]").
extension EntityScan {
    /// A state noun at `i` after a definite article: the last named country, when the
    /// nearest sentence naming countries names exactly one (see ``lastSingleState``) and
    /// it is the state the document is about, if one is ("im Westen des Landes" after
    /// "Grenzgebiete zum Irak" in a report on Iran stays unresolved).
    func stateReference(_ noun: ActorNoun, at i: Int, _ selected: [EntityCandidate], _ context: DescriptionContext) -> EntityCandidate? {
        guard hasDefiniteArticle(before: i, context), !hasNameAfter(i, context),
              let (state, antecedent) = lastSingleState(before: i, selected, context),
              context.documentState == nil || context.documentState == state else { return nil }
        return EntityCandidate(start: i, end: i + 1, label: noun.label, form: .reference, entry: state, source: .reference,
                               antecedentStart: antecedent.start)
    }

    /// The state of the nearest sentence (this one before `i`, or one of the two before)
    /// that names countries as places, with its last mention there, when that sentence names
    /// one state; or, when it names several, one state only by name as a subject would
    /// stand (no demonym, no part of a compound: `US-Luftangriff`), not after a preposition ("mit Südkorea") nor an article other than a sentence's first
    /// or `die`/`das` ("Militärmanöver der USA"), so "Als Reaktion auf Militärmanöver der
    /// USA mit Südkorea verschärft Nordkorea …" leaves Nordkorea. Nil otherwise.
    func lastSingleState(before i: Int, _ selected: [EntityCandidate],
                         _ context: DescriptionContext) -> (state: UInt32, antecedent: EntityCandidate)? {
        let here = context.sentence[i]
        var nearest: Int32? = nil
        var found: [(state: UInt32, antecedent: EntityCandidate)] = []
        for c in selected.reversed() where c.end <= i {
            let sentence = context.sentence[c.start]
            if let n = nearest, sentence != n { break }
            guard here - sentence <= 2, c.label == .location, let country = country(of: c) else {
                if here - sentence > 2 { break }
                continue
            }
            nearest = sentence
            found.append((country, c))
        }
        if let first = found.first, found.allSatisfy({ $0.state == first.state }) { return first }
        let subjects = found.filter { $0.antecedent.form == .name && isSubjectLike($0.antecedent) }
        guard let first = subjects.first, subjects.allSatisfy({ $0.state == first.state }) else { return nil }
        return first
    }

    /// The last mention of the nearest sentence among the two before `i`'s that names a
    /// state in any way (a name, demonym, organ or a person acting for it), when every such
    /// mention there stands for one state, none is a city or region (whose government is
    /// local) and the last is in no prepositional phrase ("aus der Türkei"); nil
    /// otherwise, and nil when `i`'s own sentence names a state before it: "Russland hat …
    /// Druck auf das Regime auszuüben" is not Russia's own. Stricter than
    /// ``lastSingleState``: a government noun has no subject test to fall back on.
    func soleActingState(before i: Int, _ mentions: [EntityCandidate], _ context: DescriptionContext) -> EntityCandidate? {
        let here = context.sentence[i]
        var last: EntityCandidate? = nil
        for c in mentions.reversed() where c.end <= i {
            let sentence = context.sentence[c.start]
            if here - sentence > 2 { break }
            if let found = last, sentence != context.sentence[found.start] { break }
            guard let state = country(of: c) else { continue }
            guard sentence != here, c.entry != Entity.noEntry, gazetteer.entryIsActor[Int(c.entry)] else { return nil }
            guard let found = last else { last = c; continue }
            if country(of: found) != state { return nil }
        }
        guard let found = last, !isInPrepositionalPhrase(found), !isDateline(found) else { return nil }
        return found
    }

    /// Whether a mention may be a clause's subject by the words around it: not a dateline
    /// ("Seoul – …"), not after a preposition (`rule-words.txt`), not after an article
    /// inside the sentence other than the subject articles `die`, `das`.
    func isSubjectLike(_ c: EntityCandidate) -> Bool {
        let p = c.start - 1
        guard p >= 0, !sentenceStart[c.start] else { return !isDateline(c) }
        let roles = roles(p)
        if roles.contains(.preposition) { return false }
        return !roles.contains(.article) || sentenceStart[p] || roles.contains(.subjectArticle)
    }

    /// A place at the start of a sentence with a dash after it: a dateline ("Seoul – Als
    /// Reaktion …", "Kinshasa - Bei Kämpfen …"), where the report comes from.
    func isDateline(_ c: EntityCandidate) -> Bool {
        guard sentenceStart[c.start], c.end < tokens.count, tokens[c.end].kind == .punctuation else { return false }
        let dash = bytes[tokens[c.end].byteRange]
        return dash.elementsEqual("-".utf8) || dash.elementsEqual("–".utf8) || dash.elementsEqual("—".utf8)
    }

    /// A body's head noun at `i` after a definite article ("vom [Rat]", "die [Kommission]"):
    /// the organisation named last, at most three sentences back, whose name ends in the
    /// noun (`UNO-Menschenrechtsrat`, `Europäische Kommission`); nil when a genitive or a
    /// name follows ("der Rat der Stadt") or no such body was named.
    func bodyReference(_ noun: ActorNoun, at i: Int, _ selected: [EntityCandidate], _ context: DescriptionContext) -> EntityCandidate? {
        guard hasDefiniteArticle(before: i, context), !hasNameAfter(i, context), !hasGenitiveAfter(i) else { return nil }
        let head = headStem(i)
        guard head.count >= 3 else { return nil }
        let antecedent = lastMention(before: i, selected, context) { c in
            guard c.label == .organisation, c.form == .name || c.form == .part, c.entry != Entity.noEntry,
                  gazetteer.entryIsActor[Int(c.entry)] else { return false }
            let last = self.bytes[self.tokens[c.end - 1].byteRange].lazy.map { $0 | 0x20 }
            return last.count >= head.count && last.suffix(head.count).elementsEqual(head)
        }
        guard let antecedent, context.sentence[i] - context.sentence[antecedent.start] <= 3 else { return nil }
        return EntityCandidate(start: i, end: i + 1, label: noun.label, form: .reference, entry: antecedent.entry,
                               source: .reference, antecedentStart: antecedent.start)
    }

    /// The lowercase stem of the noun at `i` without a genitive ending (`Rates`, `Rats` → `rat`).
    func headStem(_ i: Int) -> [UInt8] {
        var w = bytes[tokens[i].byteRange].map { $0 | 0x20 }
        if w.count > 4, w.suffix(2).elementsEqual("es".utf8) {
            w.removeLast(2)
        } else if w.count > 3, w.last == UInt8(ascii: "s") {
            w.removeLast()
        }
        return w
    }
}
