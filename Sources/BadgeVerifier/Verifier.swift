import LaurelJSON
import OpenBadges

/// Verifies Open Badges credentials and explains the verdict.
///
/// Takes what a partner was handed — a JSON credential, a VC-JWT, a baked PNG or SVG — detects what it
/// is, runs the checks that apply in the order of the OB 3.0 "Verification and Validation" section, and
/// returns a `VerificationReport`. Never throws: every problem, including unreadable input, is a check
/// in the report.
public struct Verifier: Sendable {
    public var options: VerifierOptions
    /// Keys resolved by earlier verifications with this verifier (and its copies).
    let keyCache: KeyCache
    /// Key documents (DID documents, key sets) read by earlier verifications, for a bounded time.
    let documentCache: DocumentCache
    /// Who an OB 2.0 badge must have been awarded to; set through `verify(_:expectedRecipient:)`.
    var ob2ExpectedRecipient: OB2.ExpectedRecipient?
    /// Decides whether a fetched status list credential is genuine; nil for the verifier's own proof and
    /// date checks.
    public var statusListCredentialVerifier: (any StatusListCredentialVerifier)?
    /// Limits of the status check.
    public var statusPolicy = StatusPolicy()

    public init(options: VerifierOptions = VerifierOptions(), keyCache: KeyCache = KeyCache(),
                documentCache: DocumentCache = DocumentCache())
    {
        self.options = options
        self.keyCache = keyCache
        self.documentCache = documentCache
    }

    /// The key resolver of this verifier: its fetcher and its caches. Proof checks (VC-JWT, Data
    /// Integrity) resolve verification methods through it.
    public var keyResolver: KeyResolver {
        KeyResolver(fetcher: options.fetcher, keyCache: keyCache, documentCache: documentCache,
                    controllerDocuments: options.controllerDocuments)
    }

    /// Verifies the bytes of a file or of standard input.
    public func verify(_ input: [UInt8]) async -> VerificationReport {
        var state = VerificationState(format: .unknown, options: options, now: currentTime())
        guard input.count <= VerifierOptions.maxInputBytes else {
            state.add(.failed(.inputTooLarge,
                              "The input is \(input.count) bytes, more than the \(VerifierOptions.maxInputBytes) bytes Laurel reads."))
            return report(state)
        }
        await verify(input, state: &state)
        return report(state)
    }

    /// Verifies a VC-JWT given as text.
    public func verify(jwt: String) async -> VerificationReport { await verify(Array(jwt.utf8)) }

    func verify(_ input: [UInt8], state: inout VerificationState) async {
        if let format = ImageSniffer.format(of: input) {
            state.format = format == .png ? .png : .svg
            do {
                guard let payload = try Unbaker.unbake(input).payload else {
                    state.add(.failed(.inputUnrecognized, "The \(format) image does not carry a credential (it is not a baked badge)."))
                    return
                }
                await verifyPayload(payload.bytes, kind: payload.kind, state: &state)
            } catch {
                state.add(.failed(.inputUnreadable, "The \(format) image could not be read: \(error).",
                                  evidence: ["code": .string(error.code)]))
            }
            return
        }
        let trimmed = Array(input.trimmingWhitespace())
        guard !trimmed.isEmpty else {
            state.add(.failed(.inputUnreadable, "The input is empty: there is no credential to check."))
            return
        }
        guard let kind = PayloadKind.classify(trimmed) ?? Self.jwsLike(trimmed) else {
            state.add(.failed(.inputUnrecognized,
                              "Laurel does not recognise this input: it is not a JSON credential, a signed credential (JWT), or a baked PNG or SVG badge."))
            return
        }
        await verifyPayload(trimmed, kind: kind, state: &state)
    }

    func verifyPayload(_ bytes: [UInt8], kind: PayloadKind, state: inout VerificationState) async {
        switch kind {
        case .compactJWS:
            if state.format == .unknown { state.format = .vcJWT }
            // A signed OB 2.0 badge is a JWS too; its payload says which it is.
            let steps = Self.isOB2JWS(bytes) ? ob2SignedSteps(bytes) : jwtSteps(bytes, structure: true)
            await VerificationPipeline(steps).run(&state)
        case .json:
            if state.format == .unknown { state.format = .json }
            do {
                state.credentialJSON = try JSON.parse(bytes)
            } catch {
                state.add(.failed(.inputNotJSON, "The credential is not valid JSON: \(error.description)."))
                return
            }
            if let json = state.credentialJSON, OB2.Generation.of(json) != nil {
                await VerificationPipeline(ob2DocumentSteps(fetchedFrom: nil)).run(&state)
                return
            }
            await VerificationPipeline(jsonSteps()).run(&state)
        case .url:
            if state.format == .unknown { state.format = .url }
            await verifyHosted(url: String(decoding: bytes, as: UTF8.self), state: &state)
        }
    }

    /// The checks of a JSON credential with embedded proofs (OB 3.0 §8.3): the Open Badges model's reading,
    /// the Data Integrity proofs and their keys, the validity window.
    func jsonSteps() -> [any VerificationStep] {
        [StructureStep(), DataIntegrityStep(resolver: keyResolver), statusStep(), ValidityWindowStep()]
    }

    /// Only the Data Integrity layer of a JSON credential, without reading it with the Open Badges model:
    /// what `laurel bench ld` measures as "verify". Not for deciding whether to trust a credential;
    /// `verify(_:)` does that.
    @_spi(Benchmarks)
    public func verifyDataIntegrityLayer(_ document: JSON) async -> VerificationReport {
        var state = VerificationState(format: .json, options: options, now: currentTime())
        state.credentialJSON = document
        await VerificationPipeline([DataIntegrityStep(resolver: keyResolver)]).run(&state)
        return report(state)
    }

    /// The VC-JWT checks (OB 3.0 §8.2.4): the JWS, the key and its controller, the signature, the claims
    /// against the credential, the validity window; with `structure`, also the Open Badges model's reading
    /// of the credential; with `status` (the default when `structure` is set), its revocation status.
    func jwtSteps(_ compact: [UInt8], structure: Bool, status: Bool? = nil) -> [any VerificationStep] {
        var steps: [any VerificationStep] = [JWTEnvelopeStep(compact: compact), JWTCredentialStep()]
        if structure { steps.append(StructureStep()) }
        steps += [JWTKeyStep(resolver: keyResolver, cache: keyCache), JWTSignatureStep(), JWTClaimsStep()]
        if status ?? structure { steps.append(statusStep()) }
        steps.append(ValidityWindowStep())
        return steps
    }

    /// The status check, after the proof and before the validity window. A status list credential is
    /// checked with the same proof and date steps (see `PipelineStatusListCredentialVerifier`).
    func statusStep() -> StatusStep {
        StatusStep(listVerifier: statusListCredentialVerifier ?? PipelineStatusListCredentialVerifier(verifier: self),
                   policy: statusPolicy)
    }

    /// Only the VC-JWT layer, without reading the credential with the Open Badges model: what
    /// `laurel bench jwt` measures as "VC-JWT verify". Not for deciding whether to trust a credential;
    /// `verify(_:)` does that.
    @_spi(Benchmarks)
    public func verifyVCJWTLayer(_ compact: [UInt8]) async -> VerificationReport {
        var state = VerificationState(format: .vcJWT, options: options, now: currentTime())
        await VerificationPipeline(jwtSteps(compact, structure: false)).run(&state)
        return report(state)
    }

    /// Text of base64url characters and dots is an attempt at a compact JWS, even when its segments are
    /// wrong: the JWS parser then says precisely what is wrong with it.
    static func jwsLike(_ bytes: [UInt8]) -> PayloadKind? {
        var dots = 0
        for byte in bytes {
            switch byte {
            case UInt8(ascii: "."): dots += 1
            case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
                 UInt8(ascii: "-"), UInt8(ascii: "_"), UInt8(ascii: "="): continue
            default: return nil
            }
        }
        return dots > 0 ? .compactJWS : nil
    }

    /// The verification instant; nil only if the system clock cannot be read, which the date check
    /// reports rather than guessing.
    func currentTime() -> DateTime? {
        if let now = options.now { return now }
        return try? DateTime.now()
    }

    func report(_ state: VerificationState) -> VerificationReport {
        let model: String? = state.credential.map { credential in
            let kind = credential.achievement == nil ? "Open Badges 3.0 endorsement" : "Open Badges 3.0"
            return "\(kind), VC \(credential.dataModel.rawValue)"
        }
        let summary = VerificationReport.Summary(ob2: state.credentialJSON) ?? .init(credential: state.credentialJSON, dataModel: model)
        return VerificationReport(format: state.format, summary: summary, checks: state.checks, credential: state.credentialJSON)
    }
}

/// Recognises image formats by their first bytes.
enum ImageSniffer {
    static func format(of bytes: [UInt8]) -> ImageFormat? {
        if bytes.starts(with: [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]) { return .png }
        let head = bytes.prefix(512).trimmingWhitespace()
        if head.first == UInt8(ascii: "<") {
            // XML declaration, comment, DOCTYPE or the root element: the unbaker checks that it is SVG.
            return .svg
        }
        return nil
    }
}

extension BidirectionalCollection where Element == UInt8 {
    func trimmingWhitespace() -> SubSequence {
        let isSpace: (UInt8) -> Bool = { $0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }
        guard let start = firstIndex(where: { !isSpace($0) }), let end = lastIndex(where: { !isSpace($0) }) else {
            return self[endIndex...]
        }
        return self[start...end]
    }
}
