import Foundation
import LaurelJSON
import TestSupport
import Testing

/// RFC 8785 vectors: ../shared/vectors/jcs-rfc8785.
@Suite(.enabled(if: Vectors.isAvailable, Vectors.missingComment))
struct JCSVectorTests {
    static let names = ["arrays", "french", "structures", "unicode", "values", "weird"]

    @Test(arguments: names)
    func canonicalizesInputToOutput(name: String) throws {
        let input = try Vectors.json("jcs-rfc8785/input/\(name).json")
        let expected = try Vectors.bytes("jcs-rfc8785/output/\(name).json")
        #expect(JCS.canonicalize(input) == expected)
        // The hex listing says the same in bytes; check the two agree.
        let hex = try Vectors.text("jcs-rfc8785/outhex/\(name).txt")
        let bytes = hex.split(whereSeparator: { $0 == " " || $0 == "\n" }).compactMap { UInt8($0, radix: 16) }
        #expect(bytes == expected)
    }

    /// The first 100,000 lines of the ES6 number sequence: IEEE-754 bits in hex, then the expected text.
    @Test func es6NumberSerialization() throws {
        let gz = Vectors.url("jcs-rfc8785/es6testfile_100k.txt.gz")
        let unpacked = try Subprocess.run(URL(fileURLWithPath: "/bin/sh"), ["-c", "gzip -dc \"$0\"", gz.path])
        try #require(unpacked.status == 0, "gzip failed: \(unpacked.stderrText)")
        var lines = 0
        var failures: [String] = []
        for line in unpacked.stdoutText.split(separator: "\n") {
            guard let comma = line.firstIndex(of: ","), let bits = UInt64(line[..<comma], radix: 16) else {
                Issue.record("malformed vector line: \(line)")
                continue
            }
            lines += 1
            let value = Double(bitPattern: bits)
            let expected = line[line.index(after: comma)...]
            let actual = ECMAScriptNumber.format(value)
            if actual != expected, failures.count < 10 { failures.append("\(line[..<comma]): got \(actual), want \(expected)") }
            // Numbers built from doubles serialize the same way through the JSON value.
            if lines % 997 == 0, let json = JSON.number(value) {
                #expect(String(decoding: JCS.canonicalize(json), as: UTF8.self) == expected)
            }
        }
        #expect(lines == 100_000)
        #expect(failures.isEmpty, "\(failures)")
    }
}
