import LesartCore

/// One thread's workers for every stage of a ``Pipeline``. Not shareable between threads;
/// reuse it for many documents.
public final class PipelineSession {
    private var workers: [any StageWorker]

    init(workers: [any StageWorker]) {
        self.workers = workers
    }

    /// Runs every stage on `document`, in order.
    public func annotate(_ document: inout Document) throws {
        for index in workers.indices {
            let handedOn = document.handedOnWordIDs.table
            try workers[index].process(&document)
            // Word ids a stage hands on serve the stage right after it, no later one: a
            // stage in between may have changed the tokens.
            if let handedOn, document.handedOnWordIDs.table == handedOn { document.handedOnWordIDs = HandedOnWordIDs() }
        }
        // Nor do they leave the session.
        if document.handedOnWordIDs.table != nil { document.handedOnWordIDs = HandedOnWordIDs() }
    }

    /// Annotates a text and returns the document.
    public func annotate(text: String, id: String? = nil) throws -> Document {
        var document = Document(id: id, text: text)
        try annotate(&document)
        return document
    }
}
