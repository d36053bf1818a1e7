import LaurelJSON
import LinkedData
import TestSupport
import Testing

/// Each bundled document equals its official copy as JSON: the same keys and values at every level,
/// strings byte for byte, member order aside. Equal context documents define the same terms, so this
/// is stronger than comparing the N-Quads a few credentials produce with each.
@Suite("Bundled contexts equal the official copies", .enabled(if: Vectors.isAvailable, Vectors.missingComment))
struct BundledContextEquivalenceTests {
    @Test("the bundled URLs are exactly the URLs the official map lists")
    func sameURLs() throws {
        let mapped = try OfficialContexts.mappedFiles().map(\.url)
        #expect(mapped.count == 26)
        #expect(Set(BundledContexts.urls) == Set(mapped))
        #expect(BundledContexts.urls.count == Set(BundledContexts.urls).count, "a URL is listed twice")
    }

    @Test("the bundled document equals the official copy", arguments: BundledContexts.urls)
    func equalsOfficialCopy(url: String) throws {
        let official = try #require(try OfficialContexts.document(for: url), "no official copy mapped for \(url)")
        let bundled = try #require(BundledContexts.document(for: url))
        let difference = jsonDifference(bundled, official)
        #expect(difference == nil, "\(url) differs at \(difference ?? "")")
    }
}
