import LesartCore

/// Which entities can be the holder or the target of a stance. Actors are states, their
/// capitals and organs, international organisations and armed or political groups, and
/// persons acting for one of them (STANCE.md, "Holder and target"); the entity stage marks
/// them (``Document/isActor(_:)``: a person the roster does not map to a state or group is a
/// private person; a city that is no seat of government, a region or an area is a place).
extension StanceScan {
    /// Whether entity `i` can hold a stance.
    func canHold(_ i: Int) -> Bool { names.isActor(i) }

    /// Whether entity `i` can be the target of a stance with `label`: an actor, or a place
    /// named as itself when it is attacked or threatened ("Russland beschießt Charkiw" is a
    /// threat to the state the place belongs to).
    func canBeTarget(_ i: Int, label: StanceLabel) -> Bool {
        if names.isActor(i) { return true }
        let entity = entities[i]
        return label == .threat && entity.label == .location && entity.form == .name
    }

    /// "ein Belgier wurde festgenommen", "verhaftete zwei deutsche Journalisten": the target of
    /// an arrest cue (class `arrest`) named only by a nationality is a private person; the
    /// demonym test of the object slots decides (``isDemonymOfThing(_:)``).
    func isNationalityOnly(_ target: Int, arrestedBy occurrence: CueOccurrence) -> Bool {
        isListed(occurrence.token, .arrest) && isDemonymOfThing(target)
    }
}
