import LinkedData
import TestSupport
import Testing

/// The contexts that real signed credentials name are the ones Laurel bundles.
@Suite("Vectors name bundled contexts", .enabled(if: Vectors.isAvailable, Vectors.missingComment))
struct ContextVectorCoverageTests {
    @Test("every context the signature vectors name is bundled, except the known unmapped one")
    func vectorsUseBundledContexts() throws {
        let vectors = try ContextVectors.all()
        var used: Set<String> = []
        for vector in vectors {
            for url in vector.contextURLs where !BundledContexts.contains(url) {
                #expect(ContextVectors.unbundled.contains(url), "\(vector.path) names \(url), which is not bundled")
            }
            used.formUnion(vector.contextURLs)
        }
        let covered = vectors.filter(\.usesOnlyBundledContexts)
        #expect(vectors.count == 81)
        #expect(covered.count == 62)
        // The contexts these vectors exercise through the N-Quads comparison.
        let exercised: Set<String> = [
            "https://www.w3.org/2018/credentials/v1", "https://www.w3.org/ns/credentials/v2",
            "https://www.w3.org/ns/credentials/examples/v2",
            "https://w3id.org/security/data-integrity/v1", "https://w3id.org/security/suites/ed25519-2020/v1",
            "https://purl.imsglobal.org/spec/ob/v3p0/context.json",
            "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.1.json",
            "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.2.json",
            "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json",
            "https://purl.imsglobal.org/spec/ob/v3p0/extensions.json",
            "https://purl.imsglobal.org/spec/clr/v2p0/context-2.0.1.json",
        ]
        #expect(used.subtracting(ContextVectors.unbundled) == exercised)
    }
}
