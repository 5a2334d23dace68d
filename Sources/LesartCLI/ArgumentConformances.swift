import ArgumentParser
import Lesart

extension OutputFormat: ExpressibleByArgument {}
extension Convention: ExpressibleByArgument {}
extension OffsetUnit: ExpressibleByArgument {}
