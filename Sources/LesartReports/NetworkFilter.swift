/// Which stance records `lesart network` counts: by label, modality, polarity and actor
/// (a record passes `actors` when its holder or its target is one of them); and the
/// smallest total count an edge needs to be written.
public struct NetworkFilter: Sendable {
    /// nil: every label.
    public var labels: Set<String>?
    /// nil: every modality.
    public var modalities: Set<String>?
    /// nil: every polarity.
    public var polarities: Set<String>?
    /// nil: every actor.
    public var actors: Set<String>?
    public var minCount: Int

    public init(labels: Set<String>? = nil, modalities: Set<String>? = nil, polarities: Set<String>? = ["affirmed"],
                actors: Set<String>? = nil, minCount: Int = 1) {
        self.labels = labels
        self.modalities = modalities
        self.polarities = polarities
        self.actors = actors
        self.minCount = minCount
    }

    /// Whether `stance` is counted.
    public func accepts(_ stance: RecordStance) -> Bool {
        if let labels, !labels.contains(stance.label) { return false }
        if let modalities, !modalities.contains(stance.modality) { return false }
        if let polarities, !polarities.contains(stance.polarity) { return false }
        if let actors, !actors.contains(stance.holder.actor), !actors.contains(stance.target.actor) { return false }
        return true
    }
}
