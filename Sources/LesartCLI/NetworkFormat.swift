import ArgumentParser
import LesartReports

/// What `lesart network` writes.
enum NetworkFormat: String, ExpressibleByArgument, CaseIterable {
    /// Edge list (and nodes.csv with --output).
    case csv
    case graphml
    /// One row per stance record with CAMEO codes.
    case events
    /// A report page with the network drawn as SVG.
    case html
}

extension TimeBucket: ExpressibleByArgument {}
