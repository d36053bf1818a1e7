import BadgeVerifier
import OpenBadges
import TestSupport
import Testing

/// 1EdTech's RS256 VC-JWT samples (../shared/vectors/ob-spec/vcjwt-rs256). They carry their RSA key in
/// the `jwk` header, an https issuer, and no `sub` claim although the subject has an id.
@Suite(.enabled(if: Vectors.isAvailable, Vectors.missingComment))
struct VCJWTVectorTests {
    let verifier = Verifier(options: VerifierOptions(now: try? DateTime("2026-06-01T12:00:00Z")))

    func report(_ name: String) async throws -> VerificationReport {
        await verifier.verify(try Vectors.bytes("ob-spec/vcjwt-rs256/\(name)"))
    }

    @Test(arguments: ["simple-jwt_png.jwt", "simple-jwt_svg.jwt"])
    func vc2SamplesVerifyWithWarnings(name: String) async throws {
        let report = try await report(name)
        #expect(report.outcome == .validWithWarnings, "\(report.text())")
        #expect(report.has(.signatureValid))
        #expect(report.has(.jwtClaims))
        #expect(Set(report.checks.filter { $0.severity == .warning }.map(\.code)) == [.keyEmbedded, .jwtSubjectMissing])
        #expect(report.summary.dataModel == "Open Badges 3.0, VC 2.0")
    }

    @Test(arguments: ["simple-jwt_v1_png.jwt", "simple-jwt_v1_svg.jwt"])
    func vc11SamplesVerifyWithTheVCClaimWarning(name: String) async throws {
        let report = try await report(name)
        #expect(report.outcome == .validWithWarnings, "\(report.text())")
        #expect(report.has(.signatureValid))
        #expect(report.has(.jwtVCClaim))
        #expect(report.has(.dataModelV1))
        #expect(report.summary.dataModel == "Open Badges 3.0, VC 1.1")
    }

    /// The fifth sample names no key, so its signature cannot be checked (indeterminate on its own); its
    /// credential also uses a draft context instead of an OB 3.0 one (and lacks the required
    /// `credentialSubject.achievement`), which makes it invalid: a failed check outranks one that could
    /// not run.
    @Test func sampleWithoutKeyIsInvalidForItsStructure() async throws {
        let report = try await report("simple_jwt.jwt")
        #expect(report.outcome == .invalid, "\(report.text())")
        #expect(report.has(.keyMissing))
        #expect(report.checks(.keyMissing).first?.severity == .indeterminate)
        #expect(report.checks(.structureInvalid).first?.message.contains("(at /@context)") == true, "\(report.text())")
        #expect(!report.has(.signatureValid))
    }

    @Test func aChangedClaimBreaksTheSampleSignature() async throws {
        var text = try Vectors.text("ob-spec/vcjwt-rs256/simple-jwt_png.jwt")
        let parts = text.split(separator: ".").map(String.init)
        var payload = try JSON.parse(Array(try base64URLDecode(parts[1])))
        payload["name"] = "Forged badge"
        text = [parts[0], base64URLEncode(payload.serialized()), parts[2]].joined(separator: ".")
        let report = await verifier.verify(jwt: text)
        #expect(report.outcome == .invalid)
        #expect(report.has(.signatureInvalid))
    }
}

// Test-local base64url, independent of BadgeCrypto's.
func base64URLEncode(_ bytes: [UInt8]) -> String {
    let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_")
    var out = ""
    var i = 0
    while i < bytes.count {
        let chunk = bytes[i..<min(i + 3, bytes.count)]
        var n = 0
        for (j, b) in chunk.enumerated() { n |= Int(b) << (16 - 8 * j) }
        for j in 0..<(chunk.count + 1) { out.append(alphabet[(n >> (18 - 6 * j)) & 63]) }
        i += 3
    }
    return out
}

func base64URLDecode(_ text: String) throws -> [UInt8] {
    let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_".utf8)
    var out: [UInt8] = []
    var buffer = 0, bits = 0
    for c in text.utf8 {
        guard let v = alphabet.firstIndex(of: c) else { throw DecodeError() }
        buffer = buffer << 6 | v
        bits += 6
        if bits >= 8 { bits -= 8; out.append(UInt8((buffer >> bits) & 0xFF)) }
    }
    return out
}

struct DecodeError: Error {}
