import ArgumentParser

/// What `lesart annotate` reads: whole text files, or JSON lines `{"id", "text"}`.
enum InputFormat: String, ExpressibleByArgument, CaseIterable {
    case text
    case jsonl
}
