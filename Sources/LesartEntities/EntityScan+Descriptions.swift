import LesartCore
import LesartTokenization

/// Role descriptions and references: common nouns of `actor-nouns.txt` that stand for an
/// actor named elsewhere. Runs after the names are resolved, on the tokens no name covers.
///
/// - An organ with a state modifier names that state's organ, form `description`, its
///   antecedent the modifier: "die spanische [Regierung]", "Irans [Revolutionsführer]",
///   "die [Regierung] in Damaskus", "die [Regierung] Spaniens"; a compound with its state
///   listed ("[Kremlchef]") names it alone. Before a person's name the name is the mention
///   ("der russische Präsident Wladimir Putin").
/// - A bare organ after a definite article ("die [Armee]", "der [Präsident]") or a
///   `Regierungs-` compound ("[Regierungstruppen]") refers to the state the document is
///   about: the country named at least twice and twice as often as any other.
/// - A state noun after a definite article ("das [Land]", "des international isolierten
///   [Landes]") refers to the last named country, when the nearest sentence that names
///   countries (this one before the noun, or one of the two before) names exactly one.
/// - A group noun after a definite article ("die [Rebellen]") refers to the last armed
///   group named in the document. A generic group noun with nothing to refer to is an
///   actor of its own, with a denominal adjective before it: "[prorussische Separatisten]",
///   "[ugandische Rebellen]", "[Jihadisten]".
/// Unresolved is better than wrong: anything else yields no mention.
extension EntityScan {
    /// What the pass knows about the mentions before the current token.
    struct DescriptionContext {
        /// Per token, the index in `selected` of the mention covering it, or -1.
        var owner: [Int32]
        /// Per token, its sentence number.
        var sentence: [Int32]
        /// The country entry the document is about, if one dominates.
        var documentState: UInt32?
    }

    /// Adds descriptions and references to `selected` (sorted by start, no overlaps).
    func addDescriptions(to selected: inout [EntityCandidate]) {
        guard !gazetteer.actorNouns.isEmpty else { return }
        var first = -1
        for i in tokens.indices where roles(i).contains(.actorNoun) { first = i; break }
        guard first >= 0 else { return }
        var context = descriptionContext(selected)
        var added: [EntityCandidate] = []
        var removed = Set<Int>()
        for i in first..<tokens.count where roles(i).contains(.actorNoun) && context.owner[i] < 0 {
            guard tokens[i].kind == .word, tokens[i].flags.contains(.capitalized),
                  let noun = gazetteer.actorNouns[Int(wordIDs[i])] else { continue }
            let found: EntityCandidate?
            switch noun.kind {
            case .organ, .government, .attributive: found = organ(noun, at: i, selected, added, context)
            case .state: found = stateReference(noun, at: i, selected, context)
            case .body: found = bodyReference(noun, at: i, selected, context)
            case .group, .generic: found = group(noun, at: i, selected, added, context, removed: &removed)
            }
            guard let candidate = found else { continue }
            added.append(candidate)
            for t in candidate.start..<candidate.end { context.owner[t] = Int32.max }
        }
        guard !added.isEmpty else { return }
        var merged: [EntityCandidate] = []
        merged.reserveCapacity(selected.count + added.count)
        for (k, c) in selected.enumerated() where !removed.contains(k) { merged.append(c) }
        merged.append(contentsOf: added)
        merged.sort { $0.start < $1.start }
        selected = merged
    }

    /// Owners, sentence numbers and the dominant state of the document.
    func descriptionContext(_ selected: [EntityCandidate]) -> DescriptionContext {
        var owner = [Int32](repeating: -1, count: tokens.count)
        // Mentions per country: a document names few countries, counted in a short list (no
        // dictionary to hash into and grow).
        var counts: [(key: UInt32, value: Int)] = []
        for (k, c) in selected.enumerated() {
            for t in c.start..<c.end { owner[t] = Int32(k) }
            if let country = stateOf(c) {
                if let j = counts.firstIndex(where: { $0.key == country }) { counts[j].value += 1 } else { counts.append((country, 1)) }
            }
        }
        var sentence = [Int32](repeating: 0, count: tokens.count)
        var number: Int32 = -1
        for t in tokens.indices {
            if sentenceStart[t] { number += 1 }
            sentence[t] = max(number, 0)
        }
        let ranked = counts.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }
        var dominant: UInt32? = nil
        if let best = ranked.first, best.value >= 2, ranked.count == 1 || best.value >= 2 * ranked[1].value {
            dominant = best.key
        }
        return DescriptionContext(owner: owner, sentence: sentence, documentState: dominant)
    }

    /// The country entry a mention stands for (a country, its capital, a demonym, a state
    /// institution, a person acting for it), or nil.
    func country(of c: EntityCandidate) -> UInt32? {
        guard let country = stateOf(c), gazetteer.entryIsActor[Int(c.entry)] || c.form == .derived else { return nil }
        return country
    }

    /// The country a mention belongs to, actor or not (`Mariupol`, `Ostukraine` → Ukraine):
    /// what the text is talking about.
    func stateOf(_ c: EntityCandidate) -> UInt32? {
        guard c.entry != Entity.noEntry else { return nil }
        let country = gazetteer.countryOfEntry[Int(c.entry)]
        return country == Entity.noEntry ? nil : country
    }

    /// An organ noun at `i`: a description of the state its modifier names, or a reference
    /// to the document's state when bare after a definite article; a government noun in a
    /// document no state dominates refers to the state of the nearest sentence (``soleActingState``).
    func organ(_ noun: ActorNoun, at i: Int, _ selected: [EntityCandidate], _ added: [EntityCandidate],
               _ context: DescriptionContext) -> EntityCandidate? {
        // Before a name the name is the mention: "der russische Präsident Wladimir Putin".
        if i + 1 < tokens.count, context.owner[i + 1] >= 0, context.owner[i + 1] != Int32.max,
           tokens[i].flags.contains(.spaceAfter) {
            let next = selected[Int(context.owner[i + 1])]
            if next.start == i + 1, next.label == .person || next.label == .organisation { return nil }
        }
        // Before an unknown name the office is that person's or club's: "den dänischen Vertreter
        // SönderjyskE"; bare, "des Königs Servio Tullio" (a state adjective or genitive
        // still names the state: "dem griechischen Staatspräsidenten Prokopis Pavlopoulos").
        let unknownNameAfter = noun.label == .person && hasUnknownNameAfter(i, context)
        if unknownNameAfter && noun.kind == .attributive { return nil }
        if let state = noun.state {
            return EntityCandidate(start: i, end: i + 1, label: noun.label, form: .description, entry: state, source: .description)
        }
        if let modifier = stateModifier(of: i, selected, context), let actor = country(of: modifier) ?? body(of: modifier) {
            return EntityCandidate(start: i, end: i + 1, label: noun.label, form: .description, entry: actor, source: .description,
                                   antecedentStart: modifier.start)
        }
        guard noun.kind != .attributive, !unknownNameAfter, hasDefiniteArticle(before: i, context) || hasOrganPrefix(i),
              !hasGenitiveAfter(i) else {
            return nil
        }
        guard let state = context.documentState else {
            // No state dominates: the government is that of the state just named, as for
            // "das Land" ("… Atomtest des Landes. Der Sicherheitsrat … gegen das Regime").
            guard noun.kind == .government, hasDefiniteArticle(before: i, context), !hasNameAfter(i, context),
                  !hasOwnerAfter(i),
                  let antecedent = soleActingState(before: i, recentMentions(before: i, selected, added, context), context),
                  let state = country(of: antecedent) else { return nil }
            return EntityCandidate(start: i, end: i + 1, label: noun.label, form: .reference, entry: state, source: .reference,
                                   antecedentStart: antecedent.start)
        }
        // The last state named must be the document's state too: recency and salience agree.
        // A place named as where something happens ("ein Treffen in Kairo") may stand
        // between: then the last state named otherwise counts.
        let last = lastMention(before: i, selected, context, where: { stateOf($0) != nil })
        let lastActing = last.flatMap { isLocative($0) } == true
            ? lastMention(before: i, selected, context, where: { stateOf($0) != nil && !isLocative($0) }) : nil
        guard last.flatMap(stateOf) == state || lastActing.flatMap(stateOf) == state,
              let antecedent = lastMention(before: i, selected, context, where: { $0.label == .location && country(of: $0) == state })
                ?? lastMention(before: i, selected, context, where: { country(of: $0) == state }) else { return nil }
        return EntityCandidate(start: i, end: i + 1, label: noun.label, form: .reference, entry: state, source: .reference,
                               antecedentStart: antecedent.start)
    }

    /// The entry of a named international body or group that acts (`EU`, `NATO`, `Hamas`),
    /// or nil: the owner of an office as a state is ("der Vertreter der EU").
    func body(of c: EntityCandidate) -> UInt32? {
        guard c.label == .organisation, c.form == .name, c.entry != Entity.noEntry, gazetteer.entryIsActor[Int(c.entry)] else {
            return nil
        }
        return c.entry
    }

    /// The mention that makes the noun at `i` a state's organ: a demonym or a genitive name
    /// right before it ("spanische", "Irans", "Irans oberster"), or after it a genitive name
    /// ("Spaniens") or "in" and a seat of government ("in Damaskus").
    func stateModifier(of i: Int, _ selected: [EntityCandidate], _ context: DescriptionContext) -> EntityCandidate? {
        func mention(at t: Int) -> EntityCandidate? {
            guard t >= 0, t < tokens.count, context.owner[t] >= 0, context.owner[t] != Int32.max else { return nil }
            return selected[Int(context.owner[t])]
        }
        if let before = mention(at: i - 1), before.end == i,
           before.form == .derived || (before.form == .name && endsInGenitive(before)) {
            return before
        }
        if i >= 2, isLowercaseAdjective(i - 1), let before = mention(at: i - 2), before.end == i - 1,
           before.form == .name, endsInGenitive(before) {
            return before
        }
        if let after = mention(at: i + 1), after.start == i + 1, after.form == .name, after.label == .location,
           endsInGenitive(after), tokens[i].flags.contains(.spaceAfter) {
            return after
        }
        // A genitive owner after it: "der Präsident der Vereinigten Staaten", "der Vertreter der EU".
        if i + 2 < tokens.count, tokens[i].flags.contains(.spaceAfter), roles(i + 1).contains(.genitiveArticle),
           let owner = mention(at: i + 2), owner.start == i + 2, owner.form == .name, country(of: owner) ?? body(of: owner) != nil {
            return owner
        }
        if let leader = leader(of: i, mention(at:)) { return leader }
        // A seat of government, not a country: "die Truppen in Afghanistan" are stationed there.
        if i + 2 < tokens.count, roles(i + 1).contains(.seatPreposition), let after = mention(at: i + 2), after.start == i + 2,
           after.form == .name, after.entry != Entity.noEntry, gazetteer.entryIsActor[Int(after.entry)],
           !gazetteer.entryIsCountry[Int(after.entry)] {
            return after
        }
        return nil
    }

    /// A group noun at `i`: after a definite article, the last armed group of the document;
    /// a generic noun with nothing to refer to is a group of its own.
    func group(_ noun: ActorNoun, at i: Int, _ selected: [EntityCandidate], _ added: [EntityCandidate],
               _ context: DescriptionContext, removed: inout Set<Int>) -> EntityCandidate? {
        if hasNameAfter(i, context) { return nil }  // "Rebellengruppe ADF", "die Miliz Ansar Dine"
        let hasAdjective = i > 0 && !sentenceStart[i] && tokens[i - 1].flags.contains(.spaceAfter) && isDenominalAdjective(i - 1)
        if !isCounted(i), hasDefiniteArticle(before: i, context) || (noun.kind == .generic && !hasAdjective) {
            let isGroup = { (c: EntityCandidate) in
                (c.entry != Entity.noEntry && self.gazetteer.entryIsArmedGroup[Int(c.entry)]) || c.isGroup
            }
            let earlier = lastMention(before: i, selected, context, where: isGroup)
            let description = added.last(where: { $0.isGroup && $0.end <= i })
            let antecedent = [earlier, description].compactMap { $0 }.max { $0.start < $1.start }
            if let antecedent {
                var reference = EntityCandidate(start: i, end: i + 1, label: noun.label, form: .reference,
                                                entry: antecedent.entry, source: .reference, antecedentStart: antecedent.start)
                reference.isGroup = true
                return reference
            }
        }
        guard noun.kind == .generic, tokens[i].end - tokens[i].start > 0 else { return nil }
        var start = i
        if hasAdjective {
            let k = context.owner[i - 1]
            if k < 0 {
                start = i - 1
            } else if k != Int32.max, selected[Int(k)].start == i - 1, selected[Int(k)].end == i, selected[Int(k)].form == .derived {
                removed.insert(Int(k))  // "ugandische Rebellen": the rebels, not Uganda
                start = i - 1
            }
        }
        var description = EntityCandidate(start: start, end: i + 1, label: noun.label, form: .description,
                                          entry: Entity.noEntry, source: .description)
        // Counted members ("23 mutmaßliche Rebellen") name no group a later noun refers to.
        description.isGroup = !isCounted(i)
        return description
    }

    /// The mentions of `selected` and `added` from the start of the sentence two before
    /// `i`'s up to `i`, sorted by start: the window ``soleActingState`` reads.
    func recentMentions(before i: Int, _ selected: [EntityCandidate], _ added: [EntityCandidate],
                        _ context: DescriptionContext) -> [EntityCandidate] {
        var first = i
        while first > 0, context.sentence[first - 1] >= context.sentence[i] - 2 { first -= 1 }
        let window = first..<i
        return (selected[mentions(in: window, of: selected)] + added[mentions(in: window, of: added)]).sorted { $0.start < $1.start }
    }
}
