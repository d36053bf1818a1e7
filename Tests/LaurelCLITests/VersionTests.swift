import Foundation
import Testing

@Suite struct VersionTests {
    @Test func printsVersion() throws {
        let result = try LaurelBinary.run(["--version"])
        #expect(result.status == 0)
        #expect(result.stdoutText.trimmingCharacters(in: .whitespacesAndNewlines).split(separator: ".").count == 3)
    }
}
