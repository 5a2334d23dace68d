import Lesart

extension ParallelAnnotator {
    /// The one loop of `annotate` and `tokenize`: `reader` reads on a thread of its own, the
    /// annotating threads check, parse, annotate and render, and `run` writes in input order
    /// on this thread (with one job, all of it on this thread, document by document).
    func annotate(_ reader: AnnotateReader, lossy: Bool, into run: AnnotateRun) {
        let worker = AnnotateWorker(writer: run.documentWriter, lossy: lossy)
        stream(window: StreamWindow(documents: max(256, 128 * jobs), bytes: max(4 << 20, jobs << 20)),
               read: { submit in reader.read(submit) },
               process: { item, session in worker.process(item, session: session) },
               idle: run.idle,
               write: run.write)
        run.finish()
    }
}
