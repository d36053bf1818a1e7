import OpenBadges
import TestSupport
import Testing

/// The spec's examples and the 1EdTech validator's OB 3.0 fixtures, decoded and written back.
@Suite("OB 3.0 examples and validator fixtures")
struct VectorRoundTripTests {
    static let examplesFolder = "ob-spec/examples"
    static let fixturesFolder = "openbadges/1edtech-dc-public-validator/vc-test-resources/ob30"

    static var exampleFiles: [String] {
        (try? Vectors.files(in: examplesFolder, withExtension: "json")) ?? []
    }

    /// The JSON fixtures of the OB 3.0 folder and its subfolders (`bit-string-list/`, `sd/`).
    static var fixtureFiles: [String] {
        var files = (try? Vectors.files(in: fixturesFolder, withExtension: "json")) ?? []
        for folder in ["bit-string-list", "sd"] {
            files += (try? Vectors.files(in: fixturesFolder + "/" + folder, withExtension: "json")) ?? []
        }
        return files
    }

    /// Fixtures whose structure is not that of an OB 3.0 credential, with the first problem Laurel must
    /// report. Most are the validator's deliberate negatives; `simple-err-issued` and `simple-noproof`
    /// test other things upstream but leave out the required `credentialSubject.achievement`.
    static let expectedFailures: [String: BadgeDecodingError] = [
        "simple-err-context.json": BadgeDecodingError(
            .unsupportedBaseContext(found: "\"https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json\""), at: "/@context/0"),
        "simple-err-credential-subject-achievement-result-description-type.json": BadgeDecodingError(
            .missingTypeValue(expected: ["ResultDescription"], found: ["InvalidResultDescription"]),
            at: "/credentialSubject/achievement/resultDescription/2/type"),
        "simple-err-credential-subject-identifier-type.json": BadgeDecodingError(
            .missingTypeValue(expected: ["IdentityObject"], found: ["InvalidIdentityObject"]),
            at: "/credentialSubject/identifier/0/type"),
        "simple-err-credential-subject-profile-type.json": BadgeDecodingError(
            .missingTypeValue(expected: ["Profile"], found: ["InvalidProfile"]), at: "/credentialSubject/source/type"),
        "simple-err-credential-subject-result-type.json": BadgeDecodingError(
            .missingTypeValue(expected: ["Result"], found: ["InvalidResult"]), at: "/credentialSubject/result/1/type"),
        "simple-err-credential-subject-type.json": BadgeDecodingError(
            .missingTypeValue(expected: ["AchievementSubject"], found: ["InvalidAchievementSubject"]), at: "/credentialSubject/type"),
        "simple-err-evidence-type.json": BadgeDecodingError(
            .missingTypeValue(expected: ["Evidence"], found: ["InvalidEvidence"]), at: "/evidence/1/type"),
        "simple-err-issued.json": BadgeDecodingError(.missingProperty, at: "/credentialSubject/achievement"),
        "simple-err-issuer-otheridentifier-type.json": BadgeDecodingError(
            .missingTypeValue(expected: ["IdentifierEntry"], found: ["InvalidIdentifierEntry"]), at: "/issuer/otherIdentifier/1/type"),
        "simple-err-issuer-parentorg-type.json": BadgeDecodingError(
            .missingTypeValue(expected: ["Profile"], found: ["InvalidProfile"]), at: "/issuer/parentOrg/type"),
        "simple-err-issuer-type.json": BadgeDecodingError(
            .missingTypeValue(expected: ["Profile"], found: ["InvalidProfile"]), at: "/issuer/type"),
        "simple-err-issuer.json": BadgeDecodingError(.missingProperty, at: "/issuer"),
        "simple-err-type.json": BadgeDecodingError(
            .missingTypeValue(expected: ["AchievementCredential", "OpenBadgeCredential", "EndorsementCredential"],
                              found: ["VerifiableCredential", "OtherCredential"]), at: "/type"),
        "simple-noproof.json": BadgeDecodingError(.missingProperty, at: "/credentialSubject/achievement"),
    ]

    static func name(_ path: String) -> String { String(path.split(separator: "/").last ?? "") }

    @Test("every spec example decodes and round-trips unchanged", .enabled(if: Vectors.isAvailable, Vectors.missingComment))
    func examples() throws {
        let files = Self.exampleFiles
        #expect(files.count == 7)
        for file in files {
            let input = try Vectors.json(file)
            var warnings: [DecodingWarning] = []
            let credential = try AnyCredential(json: input, warnings: &warnings)
            #expect(warnings.isEmpty, "\(file): \(warnings)")
            let output = credential.json
            // The examples are already in the form Laurel writes, so nothing may change.
            #expect(output == input, "\(file): \(JSONComparison.differences(input, output))")
            // Decoding the output gives the same value, and writing it again the same bytes.
            let again = try AnyCredential(json: output)
            #expect(again == credential, "\(file)")
            #expect(again.json.serialized() == output.serialized(), "\(file)")
        }
    }

    @Test("unknown properties at every level survive, in order", .enabled(if: Vectors.isAvailable, Vectors.missingComment))
    func unknownProperties() throws {
        for file in Self.exampleFiles {
            let input = JSONComparison.injectingUnknowns(try Vectors.json(file))
            let output = try AnyCredential(json: input).json
            #expect(output == input, "\(file): \(JSONComparison.differences(input, output).prefix(5))")
            let problems = JSONComparison.injectedOrderProblems(input: input, output: output)
            #expect(problems.isEmpty, "\(file): \(problems.prefix(5))")
        }
    }

    @Test("validator fixtures: each decodes, or fails with its expected error",
          .enabled(if: Vectors.isAvailable, Vectors.missingComment))
    func fixtures() throws {
        let files = Self.fixtureFiles
        #expect(files.count == 36)
        var decoded = 0, failed = 0
        for file in files {
            let name = Self.name(file)
            let input = try Vectors.json(file)
            let expected = Self.expectedFailures[name]
            do {
                let credential = try AnyCredential(json: input)
                decoded += 1
                #expect(expected == nil, "\(name) decoded; expected \(expected.map(String.init(describing:)) ?? "")")
                let output = credential.json
                // Up to VC 1.1 → 2.0 and single value → array, the output says what the input said.
                let want = JSONComparison.wrappingSingles(JSONComparison.upgradingToVC2(input))
                let got = JSONComparison.wrappingSingles(output)
                #expect(want == got, "\(name): \(JSONComparison.differences(want, got).prefix(5))")
                // The output is a fixed point: read again and written again, it is the same.
                #expect(try AnyCredential(json: output).json.serialized() == output.serialized(), "\(name)")
            } catch {
                failed += 1
                #expect(error == expected, "\(name): \(error)")
                // The pointer names a real place (the parent, for a missing property).
                let place = error.reason == .missingProperty ? JSONPointer(tokens: error.pointer.tokens.dropLast()) : error.pointer
                #expect(place.resolve(in: input) != nil, "\(name): \(error.pointer) resolves to nothing")
            }
        }
        #expect(decoded == files.count - Self.expectedFailures.count)
        #expect(failed == Self.expectedFailures.count)
    }

    @Test("VC 1.1 fixtures are read as 1.1 and written as 2.0", .enabled(if: Vectors.isAvailable, Vectors.missingComment))
    func vc11() throws {
        let input = try Vectors.json(Self.fixturesFolder + "/simple_v1.json")
        let credential = try AchievementCredential(json: input)
        #expect(credential.dataModel == .v1_1)
        #expect(credential.openBadgesContext == "https://purl.imsglobal.org/spec/ob/v3p0/context.json")
        #expect(credential.validFrom.text == input["issuanceDate"]?.stringValue)
        let output = credential.json
        #expect(output["issuanceDate"] == nil)
        #expect(output["validFrom"] == input["issuanceDate"])
        #expect(output["@context"] == [
            "https://www.w3.org/ns/credentials/v2", "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json",
            "https://w3id.org/security/suites/ed25519-2020/v1",
        ])
        let v2 = try AchievementCredential(json: output)
        #expect(v2.dataModel == .v2_0)
        #expect(v2.validFrom == credential.validFrom)

        let complete = try AchievementCredential(json: try Vectors.json(Self.fixturesFolder + "/complete_v1.json"))
        #expect(complete.dataModel == .v1_1)
        #expect(complete.validUntil?.text == "2020-01-01T00:00:00Z")
        #expect(complete.credentialSubject.identifier.map(\.identityType) == ["email", "email"])
        // Its embedded VC 1.1 endorsements have no id, which an EndorsementCredential needs: each is kept
        // verbatim with its error, and the credential around them still reads.
        let creatorEndorsements = try #require(complete.achievement.creator?.endorsement)
        #expect(creatorEndorsements.count == 2)
        #expect(creatorEndorsements.map(\.error) == [
            BadgeDecodingError(.missingProperty, at: "/credentialSubject/achievement/creator/endorsement/0/id"),
            BadgeDecodingError(.missingProperty, at: "/credentialSubject/achievement/creator/endorsement/1/id"),
        ])
        let raw = try Vectors.json(Self.fixturesFolder + "/complete_v1.json")
        #expect(complete.json["credentialSubject"]?["achievement"]?["creator"]?["endorsement"]
            == raw["credentialSubject"]?["achievement"]?["creator"]?["endorsement"])
        var warnings: [DecodingWarning] = []
        _ = try AchievementCredential(json: raw, warnings: &warnings)
        let invalid = warnings.filter { if case .invalidEndorsement = $0.kind { true } else { false } }
        #expect(invalid.map(\.pointer.description) == [
            "/issuer/endorsement/0", "/credentialSubject/achievement/creator/endorsement/0",
            "/credentialSubject/achievement/creator/endorsement/1", "/credentialSubject/achievement/endorsement/0",
            "/endorsement/0",
        ])
    }

    @Test("single values are read where arrays are usual", .enabled(if: Vectors.isAvailable, Vectors.missingComment))
    func singleValues() throws {
        // The revoked-credential fixture writes type, proof, achievement.type... as single values.
        let credential = try AchievementCredential(json: try Vectors.json(Self.fixturesFolder + "/credential-status-revoked.json"))
        #expect(credential.issuer.profile?.type == ["Profile"])
        #expect(credential.credentialSubject.type == ["AchievementSubject"])
        #expect(credential.credentialSubject.achievement.type == ["Achievement"])
        #expect(credential.credentialSubject.source?.address?.type == ["Address"])
        #expect(credential.proof.count == 1)
        #expect(credential.proof.first?.type == "Ed25519Signature2020")
        let output = credential.json
        #expect(output["proof"]?.arrayValue?.count == 1)
        #expect(output["credentialSubject"]?["type"] == ["AchievementSubject"])
        #expect(output["credentialStatus"]?.objectValue != nil)
    }
}
