// The Lesart library: one import for the document model, the stages and the writers.
@_exported import LesartCore
@_exported import LesartEntities
@_exported import LesartFormats
@_exported import LesartStance
@_exported import LesartTokenization
