import BadgeCrypto
import LaurelJSON
import OpenBadges

extension Verifier {
    /// Verifies a badge and checks that an OB 2.0 assertion was awarded to `expectedRecipient` (an
    /// `email:`, `url:`, `telephone:` or `id:` value). OB 3.0 credentials are verified as by
    /// `verify(_:)`; the recipient check applies to OB 2.0 badges.
    public func verify(_ input: [UInt8], expectedRecipient: OB2.ExpectedRecipient) async -> VerificationReport {
        var copy = self
        copy.ob2ExpectedRecipient = expectedRecipient
        return await copy.verify(input)
    }

    /// Verifies the hosted OB 2.0 badge published at `url`.
    public func verify(url: String) async -> VerificationReport { await verify(Array(url.utf8)) }

    /// The OB 2.0 pipeline for a document already in `state.credentialJSON` (a JSON file, a baked
    /// payload, or what a URL returned).
    func ob2DocumentSteps(fetchedFrom: String?) -> [any VerificationStep] {
        let session = OB2Session()
        return [OB2ReadStep(session: session, fetchedFrom: fetchedFrom)] + ob2CheckSteps(session, signed: false)
    }

    /// The OB 2.0 pipeline for a signed badge: the JWS, its payload, then the same checks.
    func ob2SignedSteps(_ compact: [UInt8]) -> [any VerificationStep] {
        let session = OB2Session()
        return [JWTEnvelopeStep(compact: compact), OB2PayloadStep(), OB2ReadStep(session: session, fetchedFrom: nil)]
            + ob2CheckSteps(session, signed: true)
    }

    /// The checks of OB 2.0 "Verification", in order: how the badge is verified, the issuer's copy of a
    /// hosted badge, the badge class and issuer, the hosting scope or the key and signature, revocation,
    /// dates, recipient.
    func ob2CheckSteps(_ session: OB2Session, signed: Bool) -> [any VerificationStep] {
        [
            OB2MethodStep(session: session, signed: signed), OB2HostedStep(session: session), OB2BadgeClassStep(session: session),
            OB2IssuerStep(session: session), OB2ScopeStep(session: session), OB2KeyStep(session: session),
            OB2SignatureStep(session: session), OB2RevocationStep(session: session), OB2DatesStep(session: session),
            OB2RecipientStep(session: session, expected: ob2ExpectedRecipient), OB2AssembleStep(session: session),
        ]
    }

    /// Fetches the badge a URL points to (a hosted OB 2.0 assertion, from a link or a baked SVG's
    /// `verify` attribute) and verifies what comes back.
    func verifyHosted(url: String, state: inout VerificationState) async {
        let fetched: FetchedDocument
        do {
            fetched = try await state.options.fetcher.fetch(url, accept: OB2Fetch.accept)
        } catch {
            let evidence: JSONObject = ["url": .string(url), "detail": .string(error.description)]
            switch error {
            case .httpStatus(410, _):
                state.add(.failed(.ob2Revoked, "The issuer has revoked this badge: its address, \(url), answers \"410 Gone\".", evidence: evidence))
            case .httpStatus(404, _):
                state.add(.failed(.ob2HostedMissing, "There is no badge at \(url) (\"404 Not Found\").", evidence: evidence))
            default:
                state.add(.undecided(.ob2HostedUnreachable, "Laurel could not fetch the badge at \(url): \(error.description).", evidence: evidence))
            }
            return
        }
        let json: JSON
        do {
            json = try JSON.parse(fetched.bytes)
        } catch {
            state.add(.failed(.inputNotJSON, "The address \(url) does not return a badge: \(error.description).", evidence: ["url": .string(url)]))
            return
        }
        if json["revoked"]?.boolValue == true {
            let reason = json["revocationReason"]?.stringValue
            state.add(.failed(.ob2Revoked, OB2RevocationStep.revoked(by: "The issuer has revoked this badge", reason: reason),
                              evidence: ["url": .string(url)]))
            return
        }
        state.credentialJSON = json
        if OB2.Generation.of(json) != nil {
            await VerificationPipeline(ob2DocumentSteps(fetchedFrom: url)).run(&state)
        } else {
            await VerificationPipeline(jsonSteps()).run(&state)
        }
    }

    /// Whether a compact JWS carries an OB 2.0 (or 1.x) assertion rather than a VC-JWT, judged from its
    /// payload before anything is verified; the pipeline then verifies everything.
    static func isOB2JWS(_ compact: [UInt8]) -> Bool {
        let segments = compact.split(separator: UInt8(ascii: "."), omittingEmptySubsequences: false)
        guard segments.count == 3, segments[1].count <= JWSLimits.default.maxPayloadBytes * 4 / 3 + 4,
              let payload = try? Base64URL.decode(String(decoding: segments[1], as: UTF8.self)),
              let json = try? JSON.parse(payload) else { return false }
        return OB2.Generation.of(json) != nil
    }
}
