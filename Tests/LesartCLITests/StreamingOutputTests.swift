import Dispatch
import Foundation
import Testing
import TestSupport

/// `lesart annotate --jobs 2` as a streaming mapper: a record is written while the input
/// is still open, not held until more input or the end of input arrives.
@Suite("lesart annotate: streaming output")
struct StreamingOutputTests {
    @Test("with several threads, a finished record reaches the reader while standard input stays open")
    func recordBeforeEndOfInput() throws {
        let process = Process()
        process.executableURL = try CLI.executable.get()
        process.arguments = ["annotate", "--jobs", "2", "--quiet", "--stages", "entities"]
        let input = Pipe()
        let output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        defer {
            try? input.fileHandleForWriting.close()
            process.waitUntilExit()
        }
        input.fileHandleForWriting.write(Data(#"{"id": "eins", "text": "Moskau drohte Kiew."}"#.utf8 + [0x0A]))
        // Standard input stays open: the record must come without it being closed.
        let reader = output.fileHandleForReading
        let received = LockedValue<Data>(Data())
        let done = DispatchSemaphore(value: 0)
        DispatchQueue.global().async {
            var line = Data()
            while !line.contains(0x0A) {
                let chunk = reader.availableData
                if chunk.isEmpty { break }
                line.append(chunk)
            }
            received.withLock { $0 = line }
            done.signal()
        }
        let timedOut = done.wait(timeout: .now() + 60 * CLI.timeoutScale) == .timedOut
        #expect(!timedOut, "no record while the input stayed open")
        let line = String(decoding: received.withLock { $0 }, as: UTF8.self)
        #expect(line.hasPrefix(#"{"id":"eins","text":"Moskau drohte Kiew.""#))
        #expect(line.contains(#""actor":"Russland""#))
    }
}
