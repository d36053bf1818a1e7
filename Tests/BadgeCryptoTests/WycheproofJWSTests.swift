import BadgeCrypto
import LaurelJSON
import Testing
import TestSupport

/// Wycheproof `json_web_signature_test.json`: compact JWS verification against JWK key sets.
///
/// Groups whose key is meant for EdDSA, ES256 or RS256 (or an EC/RSA key without `alg`) are in scope:
/// every test gives its expected result. The other groups (HS256, RS384/512, PS256/384/512, ES512) are
/// out of scope: their invalid tests must be rejected, and their valid tests must be refused by
/// policy (the algorithm or key type is not allowed), never by a failed signature check.
@Suite(.enabled(if: Vectors.isAvailable, Vectors.missingComment))
struct WycheproofJWSTests {
    enum Outcome {
        case verified
        case rejected(String, policy: Bool)
    }

    /// Parse, then import the key, then verify: so that an HS256 token is refused for its algorithm
    /// even when its key (kty "oct") would be refused too.
    func outcome(of jws: JSON, keyJSON: JSON) -> Outcome {
        guard case .string(let compact) = jws else {
            return .rejected("JSON serialization (only compact JWS is read)", policy: false)
        }
        let parsed: CompactJWS
        do {
            parsed = try CompactJWS.parse(compact)
        } catch {
            switch error {
            case .hmacNotSupported: return .rejected("HMAC algorithm refused", policy: true)
            case .algorithmNotAllowed(let alg): return .rejected("algorithm \(alg) not allowed", policy: true)
            case .unsecuredJWS: return .rejected("alg none refused", policy: false)
            // Laurel's base64url is stricter than Wycheproof's HS256 group assumes: tcId 372 marks a
            // '?' inside the header text "valid" because the MAC covers the raw text. Laurel refuses
            // any character outside the alphabet, by rule, before looking at the algorithm.
            case .invalidBase64URL(let segment, _):
                return .rejected("strict base64url refused the \(segment.rawValue)", policy: true)
            default: return .rejected("malformed: \(error)", policy: false)
            }
        }
        let key: JWK
        do {
            key = try JWK(json: keyJSON)
        } catch {
            return .rejected("key refused: \(error)", policy: true)
        }
        do {
            try parsed.verify(with: key)
            return .verified
        } catch {
            if case .keyNotPermitted = error { return .rejected("key use not permitted", policy: false) }
            return .rejected("\(error)", policy: false)
        }
    }

    @Test func jsonWebSignature() throws {
        let document = try Vectors.json("jose-jws/wycheproof/json_web_signature_test.json")
        var inScope = (passed: 0, total: 0, valid: 0, invalid: 0)
        var outOfScope = (passed: 0, total: 0, valid: 0, invalid: 0)
        var reasons: [String: Int] = [:]
        for group in try #require(document["testGroups"]?.arrayValue) {
            let keyJSON = try #require(group["public"] ?? group["private"])
            let keyAlg = keyJSON["alg"]?.stringValue
            let kty = keyJSON["kty"]?.stringValue
            let scoped = keyAlg.map { ["EdDSA", "ES256", "RS256"].contains($0) } ?? ["EC", "RSA", "OKP"].contains(kty ?? "")
            for test in try #require(group["tests"]?.arrayValue) {
                let id = test["tcId"]?.intValue ?? -1
                let expectedValid = test["result"]?.stringValue == "valid"
                let result = outcome(of: try #require(test["jws"]), keyJSON: keyJSON)
                let passed: Bool
                switch (scoped, expectedValid, result) {
                case (true, true, .verified), (_, false, .rejected): passed = true
                case (false, true, .rejected(_, let policy)): passed = policy
                default: passed = false
                }
                #expect(passed, "tcId \(id) (\(test["comment"]?.stringValue ?? "")): \(result)")
                if case .rejected(let reason, _) = result {
                    let key = "\(scoped ? "in scope" : "out of scope") \(expectedValid ? "valid" : "invalid"): \(reason.prefix(60))"
                    reasons[key, default: 0] += 1
                }
                if scoped {
                    inScope.total += 1
                    if expectedValid { inScope.valid += 1 } else { inScope.invalid += 1 }
                    if passed { inScope.passed += 1 }
                } else {
                    outOfScope.total += 1
                    if expectedValid { outOfScope.valid += 1 } else { outOfScope.invalid += 1 }
                    if passed { outOfScope.passed += 1 }
                }
            }
        }
        #expect(inScope.total + outOfScope.total == document["numberOfTests"]?.intValue)
        print("wycheproof json_web_signature_test.json in scope (EdDSA/ES256/RS256 keys): \(inScope.passed)/\(inScope.total) passed (valid \(inScope.valid), invalid \(inScope.invalid))")
        print("wycheproof json_web_signature_test.json out of scope (HS*/RS384/RS512/PS*/ES512 keys): \(outOfScope.passed)/\(outOfScope.total) as required (valid refused by policy \(outOfScope.valid), invalid rejected \(outOfScope.invalid))")
        for (reason, count) in reasons.sorted(by: { $0.key < $1.key }) { print("  \(count) × \(reason)") }
        #expect(inScope.passed == inScope.total)
        #expect(outOfScope.passed == outOfScope.total)
    }
}
