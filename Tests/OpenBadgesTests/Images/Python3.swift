import Foundation
import TestSupport
import Testing

/// A Python 3 interpreter for the cross-checks that need only its standard library (`zlib` for PNG,
/// `xml.etree`/expat for SVG): `$LAUREL_PYTHON`, else the oracle venv, else `python3` on the PATH. Tests
/// that use it are skipped, with a message saying so, when there is none; when CI requires the oracles
/// (`LAUREL_REQUIRE_ORACLES=1`) they run and fail instead.
enum Python3 {
    static let executable: URL? = {
        let fileManager = FileManager.default
        if let path = ProcessInfo.processInfo.environment["LAUREL_PYTHON"], !path.isEmpty,
            fileManager.isExecutableFile(atPath: path) {
            return URL(fileURLWithPath: path)
        }
        if fileManager.isExecutableFile(atPath: Oracle.python.path) { return Oracle.python }
        let searchPath = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin"
        for directory in searchPath.split(separator: ":") {
            let candidate = URL(fileURLWithPath: String(directory)).appendingPathComponent("python3")
            if fileManager.isExecutableFile(atPath: candidate.path) { return candidate }
        }
        return nil
    }()

    static var isAvailable: Bool { executable != nil || Oracle.isRequired }

    static var missingComment: Comment {
        Comment(rawValue: "python3 not found ($LAUREL_PYTHON, .ci/venv or PATH): the independent decoder cross-check is skipped")
    }

    struct Missing: Error, CustomStringConvertible {
        var description: String { "python3 is required (LAUREL_REQUIRE_ORACLES=1) but was not found" }
    }

    /// Runs `script` (passed with `-c`) with `input` on standard input and returns its standard output,
    /// recording an issue when it exits with a failure.
    static func run(_ script: String, input: [UInt8], sourceLocation: SourceLocation = #_sourceLocation) throws -> String {
        guard let executable else { throw Missing() }
        let result = try Subprocess.run(executable, ["-c", script], input: input)
        #expect(result.status == 0, "python3 failed: \(result.stderrText)", sourceLocation: sourceLocation)
        return result.stdoutText
    }

    /// Byte strings framed for a script: each as a 4-byte big-endian length and its bytes.
    static func frame(_ items: [[UInt8]]) -> [UInt8] {
        var output: [UInt8] = []
        for item in items {
            let count = UInt32(item.count)
            output += [UInt8(count >> 24), UInt8((count >> 16) & 0xFF), UInt8((count >> 8) & 0xFF), UInt8(count & 0xFF)]
            output += item
        }
        return output
    }

    /// The Python side of ``frame(_:)``: defines `items`, the list of byte strings read from standard input.
    static let readFramedInput = """
        import sys, struct
        data = sys.stdin.buffer.read()
        items = []
        offset = 0
        while offset < len(data):
            (length,) = struct.unpack('>I', data[offset:offset + 4])
            items.append(data[offset + 4:offset + 4 + length])
            offset += 4 + length

        """
}
