import OpenBadges
import Testing

/// Payloads and helpers shared by the baking tests.
enum BakingSamples {
    /// A small OB 3.0 credential. Its name holds `]]>` (which must survive CDATA), a carriage return
    /// (which XML line-end normalisation would otherwise turn into a line feed) and non-ASCII text.
    static let credentialJSON: [UInt8] = Array(
        """
        {"@context":["https://www.w3.org/ns/credentials/v2","https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json"],\
        "id":"urn:uuid:8a0f2a6c-1b7e-4c3d-9d62-3f1a6d2c9b10","type":["VerifiableCredential","OpenBadgeCredential"],\
        "issuer":{"id":"did:key:z6MkjZRZv3aez3r18pB1RBFJR1kwUVJ5jHt92JmQwXbd5hwi","type":["Profile"],"name":"Laurel Volunteers"},\
        "validFrom":"2025-03-01T00:00:00Z","name":"Facilitator ]]> Badge \\u00e9 — Facilitación",
        \r\n"credentialSubject":{"type":["AchievementSubject"],"achievement":{"id":"urn:example:a","type":["Achievement"],"name":"Facilitation"}}}
        """.utf8)

    /// An OB 2.0 hosted assertion: its `id` is where it is hosted.
    static let assertionJSON: [UInt8] = Array(
        """
        {"@context":"https://w3id.org/openbadges/v2","type":"Assertion","id":"https://example.org/assertions/123?lang=en&v=2",\
        "recipient":{"type":"email","hashed":false,"identity":"alice@example.org"},"issuedOn":"2016-12-31T23:59:59+00:00",\
        "verification":{"type":"hosted"},"badge":"https://example.org/badges/5"}
        """.utf8)

    /// A compact JWS by shape (header `{"alg":"EdDSA","typ":"JWT"}`); the signature is not checked here.
    static let jws = "eyJhbGciOiJFZERTQSIsInR5cCI6IkpXVCJ9.eyJ2YyI6eyJ0eXBlIjpbIlZlcmlmaWFibGVDcmVkZW50aWFsIl19fQ.c2lnbmF0dXJlLWJ5dGVz-_"

    static let hostedURL = "https://example.org/assertions/123?lang=en&v=2"

    /// Unbakes and insists on a payload.
    static func unbaked(_ image: [UInt8], sourceLocation: Testing.SourceLocation = #_sourceLocation) throws -> UnbakedPayload {
        let result = try Unbaker.unbake(image)
        guard let payload = result.payload else {
            Issue.record("expected a baked image, got \(result)", sourceLocation: sourceLocation)
            throw BakingError(.emptyPayload)
        }
        return payload
    }

    /// The error `body` throws; records an issue when it throws nothing or when its code is not `code`.
    @discardableResult
    static func expectError(
        _ code: String, sourceLocation: Testing.SourceLocation = #_sourceLocation, _ body: () throws -> Void
    ) -> BakingError? {
        do {
            try body()
            Issue.record("expected the error \(code), but nothing was thrown", sourceLocation: sourceLocation)
            return nil
        } catch let error as BakingError {
            #expect(error.code == code, "\(error)", sourceLocation: sourceLocation)
            return error
        } catch {
            Issue.record("expected a BakingError \(code), got \(error)", sourceLocation: sourceLocation)
            return nil
        }
    }

    /// Runs `body` and returns its duration in seconds.
    static func seconds(_ body: () -> Void) -> Double {
        let elapsed = ContinuousClock().measure(body)
        return Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
    }

    /// Occurrences of `needle` in `haystack`.
    static func count(_ needle: String, in haystack: [UInt8]) -> Int {
        let pattern = Array(needle.utf8)
        guard !pattern.isEmpty, haystack.count >= pattern.count else { return 0 }
        var found = 0
        for index in 0...(haystack.count - pattern.count) where haystack[index..<(index + pattern.count)].elementsEqual(pattern) {
            found += 1
        }
        return found
    }

    /// `haystack` with the first occurrence of `needle` removed (unchanged when absent).
    static func removingFirst(_ needle: String, from haystack: [UInt8]) -> [UInt8] {
        let pattern = Array(needle.utf8)
        guard haystack.count >= pattern.count else { return haystack }
        for index in 0...(haystack.count - pattern.count) where haystack[index..<(index + pattern.count)].elementsEqual(pattern) {
            return Array(haystack[..<index]) + Array(haystack[(index + pattern.count)...])
        }
        return haystack
    }

    /// `haystack` with every occurrence of `needle` replaced.
    static func replacingAll(_ needle: String, with replacement: String, in haystack: [UInt8]) -> [UInt8] {
        let pattern = Array(needle.utf8)
        var output: [UInt8] = []
        var index = 0
        while index < haystack.count {
            if index + pattern.count <= haystack.count && haystack[index..<(index + pattern.count)].elementsEqual(pattern) {
                output += Array(replacement.utf8)
                index += pattern.count
            } else {
                output.append(haystack[index])
                index += 1
            }
        }
        return output
    }
}
