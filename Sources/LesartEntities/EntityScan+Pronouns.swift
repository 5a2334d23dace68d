import LesartCore
import LesartTokenization

/// Personal pronouns that stand for an earlier actor, form `reference` (runs after the
/// descriptions, on the resolved mentions). The window is the sentence before the
/// pronoun and its own sentence up to it; unresolved is better than wrong:
///
/// - `er`, `ihm`, `ihn` → the last person named in the window, when every person named
///   there is that one ("Außenminister X nannte … . Es werde …, schrieb [er].") and no
///   indefinite pronoun stands between ("Wenn jemand …, muss [er] …"); a person in
///   apposition counts as its head; a subject `er` is not a person of its own clause
///   ("Schäuble warf [er] vor").
/// - `sie` with a plural verb ("[Sie] wurden 1995 gegründet", "nehmen [sie] teil") → the
///   last plural actor of the window (`plural-actors.txt`, or a group noun in the plural:
///   "die Rebellen"), when the plural actors named there are one and it is a subject (a
///   plural verb right after or before it: "Die Taliban haben", "sind iranische
///   Revolutionsgarden").
///
/// - singular `sie` ("sie sagte") → the one person of the window when the text marks her
///   as a woman ("Frau X", "Kanzlerin X", "die Präsidentin") and no other name stands
///   between; `er` never refers to such a person.
///
/// The polite `Sie` inside a sentence is left alone.
extension EntityScan {
    /// Adds pronoun references to `selected` (sorted by start, no overlaps).
    func addPronouns(to selected: inout [EntityCandidate]) {
        var added: [EntityCandidate] = []
        var sentenceStarts = (previous: 0, current: 0)
        for i in tokens.indices {
            if sentenceStart[i] { sentenceStarts = (sentenceStarts.current, i) }
            let roles = roles(i)
            guard !roles.isDisjoint(with: [.masculinePronoun, .pronounSie]), tokens[i].kind == .word else { continue }
            let window = mentions(in: sentenceStarts.previous..<i, of: selected)
            let antecedent: EntityCandidate?
            if roles.contains(.masculinePronoun) {
                antecedent = soleMention(in: window, of: selected) {
                    $0.label == .person && $0.form != .part && !self.isApposition($0, in: selected)
                }.flatMap { isWoman($0, in: selected) ? nil : $0 }
            } else if isPlural(pronounAt: i), sentenceStart[i] || tokens[i].flags.contains(.lowercase) {
                antecedent = soleMention(in: window, of: selected, where: isPluralActor).flatMap { isPluralSubject($0) ? $0 : nil }
            } else if sentenceStart[i] || tokens[i].flags.contains(.lowercase), isSingular(pronounAt: i) {
                // Singular "sie": the one person of the window, when the text says she is a woman
                // and no other name stands between (a feminine state or body could be meant).
                antecedent = soleMention(in: window, of: selected) { $0.label == .person && $0.form != .part }.flatMap { person in
                    guard isWoman(person, in: selected),
                          !selected[mentions(in: person.end..<i, of: selected)].contains(where: { $0.label != .person }) else { return nil }
                    return person
                }
            } else {
                antecedent = nil
            }
            // A subject pronoun and a person of its own clause are co-arguments, not one person.
            if let found = antecedent, roles.contains(.nominativePronoun), !sentenceStart[i],
               !(found.end..<i).contains(where: { tokens[$0].kind == .punctuation }), found.start >= sentenceStarts.current {
                continue
            }
            guard let antecedent, antecedent.entry != Entity.noEntry || antecedent.isGroup,
                  !(antecedent.end..<i).contains(where: { self.roles($0).contains(.indefinitePronoun) }) else { continue }
            var reference = EntityCandidate(start: i, end: i + 1, label: antecedent.label, form: .reference,
                                            entry: antecedent.entry, source: .reference, antecedentStart: antecedent.start)
            reference.isGroup = antecedent.isGroup
            added.append(reference)
        }
        guard !added.isEmpty else { return }
        selected = (selected + added).sorted { $0.start < $1.start }
    }

    /// The indices of the mentions of `selected` that lie within the tokens `range`.
    func mentions(in range: Range<Int>, of selected: [EntityCandidate]) -> Range<Int> {
        var low = 0
        var high = selected.count
        while low < high {
            let middle = (low + high) / 2
            if selected[middle].start < range.lowerBound { low = middle + 1 } else { high = middle }
        }
        var end = low
        while end < selected.count, selected[end].end <= range.upperBound { end += 1 }
        return low..<end
    }

    /// The last mention of `window` that `accepts`, when every accepted mention of the
    /// window stands for the same actor (same entry; or refers to it).
    func soleMention(in window: Range<Int>, of selected: [EntityCandidate],
                     where accepts: (EntityCandidate) -> Bool) -> EntityCandidate? {
        var found: EntityCandidate? = nil
        for k in window.reversed() where accepts(selected[k]) {
            guard let last = found else { found = selected[k]; continue }
            let other = selected[k]
            let same = last.entry != Entity.noEntry ? other.entry == last.entry : last.antecedentStart == other.start
            if !same { return nil }
        }
        return found
    }

    /// Whether `sie` at `i` is plural: its finite verb, after it at a clause start ("Sie
    /// wurden", ", sie haben"), else before it ("nehmen sie"), is a plural form (in -en,
    /// or `plural-verb`), not a word of `no-verb` (`gegen sie`).
    func isPlural(pronounAt i: Int) -> Bool {
        let opensClause = sentenceStart[i] || (i > 0 && tokens[i - 1].kind == .punctuation)
        let verb = opensClause ? i + 1 : i - 1
        guard verb >= 0, verb < tokens.count, tokens[verb].kind == .word, tokens[verb].flags.contains(.lowercase) else {
            return false
        }
        return isPluralVerb(verb)
    }

    /// Whether `sie` at `i` is singular: its finite verb (placed as for ``isPlural(pronounAt:)``)
    /// is a lowercase word that is no plural form and no `no-verb` ("sie sagte", "sagte sie").
    /// After the verb only a reporting verb makes it the subject ("…, sagte sie"; not "Ich
    /// würde sie wieder treffen").
    func isSingular(pronounAt i: Int) -> Bool {
        let opensClause = sentenceStart[i] || (i > 0 && tokens[i - 1].kind == .punctuation)
        let verb = opensClause ? i + 1 : i - 1
        guard verb >= 0, verb < tokens.count, tokens[verb].kind == .word, tokens[verb].flags.contains(.lowercase),
              !roles(verb).contains(.noVerb), !roles(verb).contains(.preposition) else { return false }
        return !isPluralVerb(verb) && (opensClause || roles(verb).contains(.speechVerb))
    }

    /// Whether the person of a mention is a woman by the words the text gives: a title before
    /// the name ("Frau Merkel", "Kanzlerin Angela Merkel"), a description by an office in -in
    /// ("die [Präsidentin]"), or such a mention of the same person earlier in the document.
    func isWoman(_ c: EntityCandidate, in selected: [EntityCandidate]) -> Bool {
        func cued(_ m: EntityCandidate) -> Bool {
            guard m.label == .person else { return false }
            if m.form == .description { return isFeminineOffice(m.start) }
            let p = m.start - 1
            return p >= 0 && !sentenceStart[m.start] && (roles(p).contains(.femaleTitle) || isFeminineOffice(p))
        }
        if cued(c) { return true }
        guard c.entry != Entity.noEntry || c.antecedentStart != nil else { return false }
        // The earlier mentions, the nearest 200 at most (a bound for very long documents).
        let upper = mentions(in: c.start..<c.start, of: selected).lowerBound
        return selected[max(0, upper - 200)..<upper].contains { m in
            m.end <= c.start && (c.entry != Entity.noEntry ? m.entry == c.entry : m.start == c.antecedentStart) && cued(m)
        }
    }

    /// Whether token `k` is a capitalised office or title noun in -in (`Kanzlerin`, `Präsidentin`).
    func isFeminineOffice(_ k: Int) -> Bool {
        guard tokens[k].kind == .word, tokens[k].flags.contains(.capitalized),
              !roles(k).isDisjoint(with: [.actorNoun, .roleWord]) else { return false }
        let w = bytes[tokens[k].byteRange]
        return w.count > 4 && w.suffix(2).elementsEqual("in".utf8)
    }

    /// Whether token `k` may be a plural finite verb: lowercase, in -en or `plural-verb`,
    /// not `no-verb`.
    func isPluralVerb(_ k: Int) -> Bool {
        guard k >= 0, k < tokens.count, tokens[k].kind == .word, tokens[k].flags.contains(.lowercase) else { return false }
        let roles = roles(k)
        if roles.contains(.pluralVerb) { return true }
        let w = bytes[tokens[k].byteRange]
        return w.count > 3 && w.suffix(2).elementsEqual("en".utf8) && !roles.contains(.noVerb)
    }

    /// Whether the mention is the subject of a plural verb right after it (a closing
    /// bracket between: "(ADF) sind") or right before it (one adjective between: "sind
    /// iranische Revolutionsgarden").
    func isPluralSubject(_ c: EntityCandidate) -> Bool {
        var after = c.end
        while after < tokens.count, bytes[tokens[after].byteRange].elementsEqual([UInt8(ascii: ")")]) { after += 1 }
        if isPluralVerb(after) { return true }
        var before = c.start - 1
        if before > 0, tokens[before].flags.contains(.lowercase), bytes[tokens[before].byteRange].last == UInt8(ascii: "e") {
            before -= 1
        }
        return isPluralVerb(before)
    }

    /// A mention of an actor named in the plural: a name or reference of an entry of
    /// `plural-actors.txt` (not a part or demonym: `US-Außenminister` is one person), or a
    /// group description or reference whose noun is plural (`Rebellen`, `Kämpfer`).
    func isPluralActor(_ c: EntityCandidate) -> Bool {
        if c.entry != Entity.noEntry, c.form == .name || c.form == .reference, gazetteer.entryIsPlural[Int(c.entry)] {
            return true
        }
        guard c.isGroup else { return false }
        let w = bytes[tokens[c.end - 1].byteRange]
        return w.count > 3 && (w.suffix(2).elementsEqual("en".utf8) || w.suffix(2).elementsEqual("er".utf8))
    }

    /// Whether a person found by rule (no entry) stands in apposition to a person named
    /// before it with an actor, between commas: "Der Vertreter der EU im Rat, der dänische
    /// Diplomat Peter Sörensen, sagte" — the same person, so a pronoun may take the head.
    func isApposition(_ c: EntityCandidate, in selected: [EntityCandidate]) -> Bool {
        guard c.label == .person, c.entry == Entity.noEntry, c.form == .name, c.end < tokens.count, isComma(c.end) else {
            return false
        }
        // Back over a title noun, adjectives and an article to the opening comma.
        var k = c.start - 1
        var skipped = 0
        while k > 0, skipped < 4, !isComma(k), !sentenceStart[k + 1] {
            guard tokens[k].kind == .word else { return false }
            k -= 1
            skipped += 1
        }
        guard k > 0, isComma(k), !sentenceStart[k + 1] else { return false }
        // The head: the last person with an entry before that comma in its sentence, with no
        // comma between.
        var first = k
        while first > 0, !sentenceStart[first] { first -= 1 }
        let range = mentions(in: first..<k, of: selected)
        guard let head = selected[range].last(where: { $0.label == .person && $0.entry != Entity.noEntry }) else { return false }
        return !(head.end..<k).contains(where: isComma)
    }

    /// Whether token `k` is a comma.
    func isComma(_ k: Int) -> Bool {
        tokens[k].kind == .punctuation && bytes[tokens[k].byteRange].elementsEqual([UInt8(ascii: ",")])
    }
}
