import LesartCore

/// Which entities can be the holder or the target of a stance. Actors are states, their
/// capitals and organs, international organisations and armed or political groups, and
/// persons acting for one of them (STANCE.md, "Holder and target"). A person the roster does
/// not map to a state or group is a private person; a city that is no seat of government, a
/// region or an area is a place.
extension StanceScan {
    /// Whether entity `i` can hold a stance.
    func canHold(_ i: Int) -> Bool {
        let entity = entities[i]
        switch entity.label {
        case .person:
            // "Ivica Dacic" unknown to the roster: a private person as far as Lesart knows.
            return names.actor(i) != names.canonical(i)
        case .location:
            return !isPlaceOnly(i)
        default:
            return true
        }
    }

    /// Whether entity `i` can be the target of a stance with `label`: an actor, or a place
    /// inside a state when it is attacked or threatened ("Russland beschießt Charkiw").
    func canBeTarget(_ i: Int, label: StanceLabel) -> Bool {
        if entities[i].label == .person { return canHold(i) }
        return label == .threat || !isPlaceOnly(i)
    }

    /// A city that is no capital or seat (`seats.txt`), a region of a state or a geographic
    /// area, named as itself (its demonym "syrische" stands for the state). A contested
    /// region that the gazetteer makes an actor of its own (Krim) and a de facto state
    /// (`seats.txt`: Abchasien, Transnistrien) are actors.
    func isPlaceOnly(_ i: Int) -> Bool {
        guard entities[i].form != .derived, let id = names.identifier(i) else { return false }
        if id.hasPrefix("loc:city:") { return !lexicon.seats.contains(id) }
        if id.hasPrefix("loc:region:") { return names.actor(i) != names.canonical(i) }
        return id.hasPrefix("loc:geo:") && !lexicon.seats.contains(id)
    }
}
