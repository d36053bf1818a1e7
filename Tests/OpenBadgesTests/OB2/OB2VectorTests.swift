import OpenBadges
import TestSupport
import Testing

/// Every OB 2.0 document of the shared vectors decodes into its class, or fails with a clear error.
@Suite("Open Badges 2.0 vectors", .enabled(if: Vectors.isAvailable, Vectors.missingComment))
struct OB2VectorTests {
    /// The hosted documents of the validator's fixtures, and the class each is read as.
    @Test(arguments: [
        ("robotics-badge.json", "BadgeClass"), ("badgeclass1.json", "BadgeClass"), ("organization.json", "Issuer"),
        ("issuer-with-allowed-origins.json", "Issuer"), ("key1.json", "CryptographicKey"), ("key3.json", "CryptographicKey"),
        ("revocation-list.json", "RevocationList"), ("empty-revocation-list.json", "RevocationList"),
        ("endorsement-1.json", "Endorsement"), ("badgeclass-with-complex-image.json", "BadgeClass"),
        ("badge-with-data-image.json", "BadgeClass"), ("issuer-invalid-type.json", "Criteria"),
    ])
    func validatorAssetsDecode(file: String, className: String) throws {
        let document = try OB2Fixtures.document(try OB2Fixtures.json(OB2Fixtures.assets + file))
        #expect(document.className == className)
    }

    @Test func validatorAssertionsAndKeysCarryWhatVerificationNeeds() throws {
        guard case .cryptographicKey(let key) = try OB2Fixtures.document(try OB2Fixtures.json(OB2Fixtures.assets + "key1.json")),
              case .profile(let issuer) = try OB2Fixtures.document(try OB2Fixtures.json(OB2Fixtures.assets + "organization.json")),
              case .revocationList(let list) = try OB2Fixtures.document(try OB2Fixtures.json(OB2Fixtures.assets + "revocation-list.json"))
        else {
            Issue.record("unexpected classes")
            return
        }
        #expect(key.owner == issuer.id)
        #expect(issuer.publicKey.map(\.id) == [key.id])
        #expect(key.publicKeyPem?.hasPrefix("-----BEGIN PUBLIC KEY-----") == true)
        #expect(list.entry(forAssertion: "https://example.org/beths-robotics-badge-revoked.json")?.revocationReason == "A good reason, for sure")
        #expect(list.entry(forAssertion: "urn:uuid:6deb4a00-ebce-4b28-8cc2-afa705ef7be4") != nil)
    }

    @Test func theSpecificationsWholeExamplesDecode() throws {
        let classes = [
            "01-Assertion.json": "Assertion", "02-Profile.json": "Issuer", "05-CryptographicKey.json": "CryptographicKey",
            "06-RevocationList.json": "RevocationList", "16-Endorsement.json": "Endorsement", "17-Endorsement.json": "Endorsement",
        ]
        for (file, className) in classes {
            #expect(try OB2Fixtures.document(try OB2Fixtures.json(OB2Fixtures.specExamples + file)).className == className, "\(file)")
        }
        guard case .assertion(let signed) = try OB2Fixtures.document(try OB2Fixtures.json(OB2Fixtures.specExamples + "04-example-signed-badge-assertion.json")) else {
            Issue.record("the signed example is not an assertion")
            return
        }
        #expect(signed.verification.method == .signed && signed.verification.creator == "https://example.org/publicKey.json")
    }

    /// The examples that show one property (criteria, evidence, image, related versions) are fragments:
    /// the property decodes, the fragment as a whole fails with the pointer of what is missing.
    @Test func theSpecificationsFragmentsDecodeOrSayWhatIsMissing() throws {
        let criteria = try OB2.Criteria(json: try #require(try OB2Fixtures.json(OB2Fixtures.specExamples + "08-Criteria.json")["criteria"]))
        #expect(criteria.id == "https://example.org/robotics-badge.html")
        let evidence = try OB2.Evidence(json: try #require(try OB2Fixtures.json(OB2Fixtures.specExamples + "10-Evidence.json")["evidence"]))
        #expect(evidence.id == "https://example.org/beths-robot-work.html")
        let image = try OB2.Image(json: try #require(try OB2Fixtures.json(OB2Fixtures.specExamples + "12-Image.json")["image"]))
        #expect(image.caption == "A pretty badge, with many happy trees." && image.author == "https://en.wikipedia.org/wiki/Bob_Ross")
        for file in ["08-Criteria.json", "09-Evidence.json", "11-Image.json", "13-badgeclass-version-control.json",
                     "14-Internationalization.json", "15-Internationalization.json", "07-revoked-hosted-assertion.json"] {
            let error = OB2Fixtures.decodingError(try OB2Fixtures.json(OB2Fixtures.specExamples + file))
            #expect(error?.pointer == "/type", "\(file): \(String(describing: error))")
        }
        // The header of the signed example is not a badge object at all.
        #expect(OB2.Generation.of(try OB2Fixtures.json(OB2Fixtures.specExamples + "03-example-signed-badge-assertion.json")) == nil)
    }

    @Test func validatorCoreComponentsAreSortedByGeneration() throws {
        let expected: [String: OB2.Generation] = [
            "0_5_assertion.json": .legacy(.v0_5), "0_5_1_assertion.json": .legacy(.v0_5),
            "1_0_basic_assertion.json": .legacy(.v1_0), "1_0_assertion_with_errors.json": .legacy(.v1_0),
            "1_0_basic_assertion_with_extra_properties.json": .legacy(.v1_0),
            "1_1_basic_assertion.json": .legacy(.v1_1), "1_1_basic_badgeclass.json": .legacy(.v1_1), "1_1_basic_issuer.json": .legacy(.v1_1),
            "2_0_basic_assertion.json": .openBadges2, "2_0_basic_badgeclass.json": .openBadges2, "2_0_basic_issuer.json": .openBadges2,
        ]
        for (file, generation) in expected {
            #expect(OB2.Generation.of(try OB2Fixtures.json(OB2Fixtures.components + file)) == generation, "\(file)")
        }
        for file in ["2_0_basic_assertion.json", "2_0_basic_badgeclass.json", "2_0_basic_issuer.json"] {
            let json = try OB2Fixtures.json(OB2Fixtures.components + file)
            _ = try OB2.LinkedDataCheck.run(json)
            _ = try OB2Fixtures.document(json)
        }
    }

    @Test func everyValidatorFixtureIsReadOrRefusedAsExpected() throws {
        var files = try Vectors.files(in: OB2Fixtures.validator.dropLastSlash, withExtension: "json")
        files += try Vectors.files(in: (OB2Fixtures.validator + "rdf-validation").dropLastSlash, withExtension: "json")
        files += try Vectors.files(in: OB2Fixtures.assets.dropLastSlash, withExtension: "json")
        var refused: [String] = []
        for file in files {
            guard let json = try? Vectors.json(file) else {
                refused.append(file)  // not JSON at all
                continue
            }
            if (try? OB2.LinkedDataCheck.run(json)) == nil || (try? OB2Fixtures.document(json)) == nil { refused.append(file) }
        }
        // The validator's negative fixtures, two documents that are not JSON (one has comments, one is a
        // context file with its URL on the first line) and two criteria documents without a type.
        let expected = [
            "basic-assertion-invalid-context.json", "basic-assertion-invalid-type.json", "redirected-validation-subject.json",
            "rdf-validation/invalid-class.json", "rdf-validation/invalid-empty-type.json", "rdf-validation/invalid-one-invalid-class.json",
            "assets/badgecriteria.json", "assets/criteria-no-type.json", "assets/openbadges_context.json",
        ].map { OB2Fixtures.validator + $0 }
        #expect(files.count == 72)
        #expect(refused == expected)
    }
}

extension String {
    var dropLastSlash: String { hasSuffix("/") ? String(dropLast()) : self }
}
