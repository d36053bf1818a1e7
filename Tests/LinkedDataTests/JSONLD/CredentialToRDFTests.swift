import LinkedData
import TestSupport
import Testing

/// A real Open Badges 3.0 credential with the official contexts (VC 2.0 + OB 3.0.3), through the same
/// path eddsa-rdfc-2022 takes: safe-mode toRdf, then RDFC-1.0.
@Suite(.enabled(if: Vectors.isAvailable, Vectors.missingComment))
struct CredentialToRDFTests {
    static let folder = "openbadges/1edtech-ob3-ldp-test-vector/ob3/"

    let loader: VectorContextLoader
    let processor: JSONLDProcessor

    init() throws {
        loader = try VectorContextLoader()
        processor = JSONLDProcessor(loader: loader, options: JSONLDOptions(safeMode: true))
    }

    @Test func credentialCanonicalizesToTheVector() throws {
        let credential = try Vectors.json(Self.folder + "credential-unsigned.json")
        let quads = try processor.toRDF(credential)
        let canonical = try RDFCanonicalizer().canonicalize(quads)
        #expect(canonical.string == (try Vectors.text(Self.folder + "document-canon.nq")))
    }

    @Test func warmCallsGiveTheSameDatasetAndLoadEachContextOnce() throws {
        let counting = TableLoader(try Self.contextTable())
        let processor = JSONLDProcessor(loader: counting, options: JSONLDOptions(safeMode: true))
        let credential = try Vectors.json(Self.folder + "credential-unsigned.json")
        let first = try processor.toRDF(credential)
        for _ in 0..<5 { #expect(try processor.toRDF(credential) == first) }
        #expect(counting.callCount("https://www.w3.org/ns/credentials/v2") == 1)
        #expect(counting.callCount("https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json") == 1)
    }

    @Test func concurrentUseGivesTheSameDataset() async throws {
        let credential = try Vectors.json(Self.folder + "credential-unsigned.json")
        let expected = try RDFCanonicalizer().canonicalize(try processor.toRDF(credential)).string
        let processor = self.processor
        let results = await withTaskGroup(of: String?.self) { group in
            for _ in 0..<8 {
                group.addTask {
                    var last: String? = nil
                    for _ in 0..<20 {
                        guard let quads = try? processor.toRDF(credential),
                              let canonical = try? RDFCanonicalizer().canonicalize(quads) else { return nil }
                        last = canonical.string
                    }
                    return last
                }
            }
            var all: [String?] = []
            for await result in group { all.append(result) }
            return all
        }
        #expect(results.count == 8)
        for result in results { #expect(result == expected) }
    }

    @Test func expandedCredentialHasFullIRIs() throws {
        let credential = try Vectors.json(Self.folder + "credential-unsigned.json")
        let expanded = try processor.expand(credential)
        let node = try #require(expanded[0])
        #expect(node["@id"]?.stringValue == "http://example.com/credentials/3527")
        let types = node["@type"]?.arrayValue?.compactMap(\.stringValue) ?? []
        #expect(Set(types) == ["https://www.w3.org/2018/credentials#VerifiableCredential",
                               "https://purl.imsglobal.org/spec/vc/ob/vocab.html#OpenBadgeCredential"])
        #expect(node["https://www.w3.org/2018/credentials#validFrom"]?[0]?["@type"]?.stringValue
            == "http://www.w3.org/2001/XMLSchema#dateTime")
    }

    @Test func unsignedAdditionUnderAProtectedContextIsRefused() throws {
        var credential = try Vectors.json(Self.folder + "credential-unsigned.json")
        // A term the contexts do not define: VC 2.0's @vocab would map it to an issuer-dependent IRI,
        // so it is not dropped; a term mapped to null in an added context is.
        credential["@context"] = .array((credential["@context"]?.arrayValue ?? []) + [["sneaky": .null]])
        credential["sneaky"] = "added after signing"
        do {
            _ = try processor.toRDF(credential)
            Issue.record("expected a safe mode violation")
        } catch {
            #expect(error.code == .safeModeViolation)
            #expect(error.location == "/sneaky")
        }
    }

    @Test func typeScopedProtectedTermsWinOverALaterRedefinition() throws {
        // VC 2.0 defines `issuer` in the protected type-scoped context of VerifiableCredential, which is
        // applied after the document's contexts: the redefinition has no effect on the credential.
        var credential = try Vectors.json(Self.folder + "credential-unsigned.json")
        credential["@context"] = .array((credential["@context"]?.arrayValue ?? []) + [["issuer": "https://evil.example/issuer"]])
        let canonical = try RDFCanonicalizer().canonicalize(try processor.toRDF(credential))
        #expect(canonical.string == (try Vectors.text(Self.folder + "document-canon.nq")))
    }

    @Test func redefiningAProtectedTermIsRefused() throws {
        var credential = try Vectors.json(Self.folder + "credential-unsigned.json")
        credential["@context"] = .array((credential["@context"]?.arrayValue ?? []) + [["VerifiableCredential": "https://evil.example/VC"]])
        do {
            _ = try processor.toRDF(credential)
            Issue.record("expected a protected term redefinition")
        } catch {
            #expect(error.code == .protectedTermRedefinition)
        }
    }

    static func contextTable() throws -> [String: JSON] {
        let loader = try VectorContextLoader()
        var table: [String: JSON] = [:]
        for url in loader.files.keys { table[url] = try loader.load(url).document }
        return table
    }
}
