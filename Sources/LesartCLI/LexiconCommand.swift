import ArgumentParser

/// `lesart lexicon`: work with the lexicons.
struct LexiconCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lexicon",
        abstract: "Check the lexicons.",
        subcommands: [LexiconCheckCommand.self]
    )
}
