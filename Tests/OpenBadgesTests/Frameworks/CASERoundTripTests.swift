import OpenBadges
import TestSupport
import Testing

@Suite("CASE 1.0 import and export")
struct CASERoundTripTests {
    /// Export, serialize, parse, import: what a CASE consumer that is also Laurel would see.
    static func roundTrip(_ framework: SkillsFramework) throws -> SkillsFramework {
        let bytes = CASEPackage.export(framework).serialized()
        return try CASEPackage.import(try JSON.parse(bytes, limits: .init(maxBytes: 64 << 20, maxDepth: 64)))
    }

    @Test("the example framework survives export and import unchanged")
    func example() throws {
        let framework = try FrameworkSamples.example()
        let again = try Self.roundTrip(framework)
        #expect(again == framework)
        // The same framework always exports to the same bytes (association ids are derived).
        #expect(CASEPackage.export(framework).serialized() == CASEPackage.export(again).serialized())
    }

    @Test("the export is CASE-shaped: default language in CASE fields, others in the extension")
    func shape() throws {
        let framework = try FrameworkSamples.example()
        let package = CASEPackage.export(framework)
        let document = try #require(package["CFDocument"])
        #expect(document["identifier"] == .string(framework.id))
        #expect(document["title"] == "Volunteer capacity framework")
        #expect(document["language"] == "en")
        #expect(document["extensions"]?["laurel:translations"]?["ar"]?["title"] == "إطار قدرات المتطوعين")
        let items = try #require(package["CFItems"]?.arrayValue)
        #expect(items.count == framework.items.count + framework.levels.count)
        let partnerships = try #require(items.first { $0["humanCodingScheme"] == "PART" })
        #expect(partnerships["fullStatement"] == "Partnerships")
        #expect(partnerships["CFItemType"] == "Capacity area")
        #expect(partnerships["extensions"]?["laurel:translations"]?["es"]?["fullStatement"] == "Alianzas")
        for required in ["identifier", "uri", "fullStatement", "lastChangeDateTime"] {
            #expect(items.allSatisfy { $0[required]?.stringValue != nil }, "every CFItem has \(required)")
        }
        let associations = try #require(package["CFAssociations"]?.arrayValue)
        let types = associations.compactMap { $0["associationType"]?.stringValue }
        #expect(types.filter { $0 == "isChildOf" }.count == framework.items.count)
        #expect(types.filter { $0 == "isRelatedTo" }.count == framework.items.map(\.related.count).reduce(0, +))
        #expect(types.filter { $0 == "hasSkillLevel" }.count == framework.items.map(\.levels.count).reduce(0, +))
        // A top-level item is a child of the document.
        let partOfDocument = associations.first { $0["originNodeURI"]?["identifier"] == .string(partnerships["identifier"]?.stringValue ?? "") }
        #expect(partOfDocument?["destinationNodeURI"]?["identifier"] == .string(framework.id))
        // Identifiers are UUIDs, unique across the package.
        let ids = associations.compactMap { $0["identifier"]?.stringValue }
        #expect(Set(ids).count == ids.count)
        #expect(ids.allSatisfy { $0.utf8.count == 36 })
    }

    @Test("generated frameworks with Unicode names and deep hierarchies survive", arguments: [
        (1, 1), (2, 5), (12, 3), (200, 1), (40, 6),
    ])
    func generated(depth: Int, width: Int) throws {
        let framework = FrameworkSamples.generated(depth: depth, width: width, seed: depth * 7 + width)
        #expect(framework.problems().isEmpty, "\(framework.problems().prefix(3))")
        let again = try Self.roundTrip(framework)
        #expect(again == framework)
        // Byte-exact texts: precomposed and decomposed spellings stay distinct.
        for (before, after) in zip(framework.items, again.items) {
            for language in before.name.languages {
                #expect(after.name.texts[language].map { Array($0.utf8) } == before.name.texts[language].map { Array($0.utf8) })
            }
        }
        // And Laurel's own JSON form round-trips too.
        #expect(try SkillsFramework(json: try JSON.parse(framework.json.serialized())) == framework)
    }

    @Test("associations Laurel has no field for are kept")
    func otherAssociations() throws {
        var framework = FrameworkSamples.generated(depth: 2, width: 2)
        framework.associations = [
            FrameworkAssociation(type: "exactMatchOf", origin: framework.items[0].id, destination: "ext-1",
                                 destinationURI: "https://other.example.org/items/ext-1"),
            FrameworkAssociation(type: "precedes", origin: framework.items[0].id, destination: framework.items[1].id),
        ]
        #expect(try Self.roundTrip(framework) == framework)
    }

    @Test("import reports malformed packages with pointers")
    func importErrors() throws {
        let good = CASEPackage.export(FrameworkSamples.generated(depth: 2, width: 1))
        var noStatement = good
        noStatement["CFItems"] = [["identifier": "x", "uri": "https://example.org/x", "lastChangeDateTime": "2026-01-01T00:00:00Z"]]
        #expect(throws: BadgeDecodingError(.missingProperty, at: "/CFItems/0/fullStatement")) { try CASEPackage.import(noStatement) }
        var twoParents = good
        let items = good["CFItems"]?.arrayValue ?? []
        let child = items.last?["identifier"]?.stringValue ?? ""
        var associations = good["CFAssociations"]?.arrayValue ?? []
        associations.append(["identifier": "dup", "associationType": "isChildOf", "uri": "https://example.org/dup",
                             "originNodeURI": ["title": "", "identifier": .string(child), "uri": "u"],
                             "destinationNodeURI": ["title": "", "identifier": "elsewhere", "uri": "u"],
                             "lastChangeDateTime": "2026-01-01T00:00:00Z"])
        twoParents["CFAssociations"] = .array(associations)
        #expect(throws: BadgeDecodingError.self) { try CASEPackage.import(twoParents) }
        do {
            _ = try CASEPackage.import(twoParents)
        } catch {
            #expect(error.pointer == JSONPointer(tokens: ["CFAssociations", String(associations.count - 1)]))
        }
        var noDocument = good
        noDocument["CFDocument"] = nil
        #expect(throws: BadgeDecodingError(.missingProperty, at: "/CFDocument")) { try CASEPackage.import(noDocument) }
    }

    @Test("an imported package with a dangling parent keeps it for validation to name")
    func danglingAfterImport() throws {
        var framework = FrameworkSamples.generated(depth: 3, width: 1)
        framework.items[2].parent = "missing-parent"
        let imported = try Self.roundTrip(framework)
        #expect(imported.problems() == [FrameworkProblem(.danglingParent(item: framework.items[2].id, parent: "missing-parent"))])
    }

    // MARK: The specification's CASE-aligned examples

    static let caseExamples = ["ob-spec/examples/achievementAlignmentCase.json", "ob-spec/examples/skillAssertionCase.json"]

    @Test("the spec's CASE-aligned examples round-trip, and their alignments can be placed in a framework",
          .enabled(if: Vectors.isAvailable, Vectors.missingComment))
    func specExamples() throws {
        // Find them: credentials whose achievement aligns only to CFItems. (fullOpenBadge.json mixes
        // CFItem with other target types; its CFItem alignments are checked below as well.)
        let onlyCFItem = try Vectors.files(in: "ob-spec/examples", withExtension: "json").filter { file in
            let alignments = try Vectors.json(file)["credentialSubject"]?["achievement"]?["alignment"]?.arrayValue ?? []
            return !alignments.isEmpty && alignments.allSatisfy { $0["targetType"] == "CFItem" }
        }
        #expect(onlyCFItem == Self.caseExamples)
        for file in Self.caseExamples + ["ob-spec/examples/fullOpenBadge.json"] {
            let input = try Vectors.json(file)
            let credential = try AchievementCredential(json: input)
            #expect(credential.json == input, "\(file) round-trips through Laurel's model")
            let alignments = credential.achievement.alignment.filter { $0.targetType == .cfItem }
            #expect(!alignments.isEmpty)
            // What an alignment names becomes an item of a framework titled by targetFramework...
            let items = alignments.map { FrameworkItem(alignment: $0, language: "en") }
            let framework = SkillsFramework(
                id: "f", uri: "https://example.org/frameworks/from-alignments", defaultLanguage: "en",
                title: ["en": alignments[0].targetFramework ?? ""], creator: "import", lastChangeDateTime: "2026-01-01T00:00:00Z",
                items: items)
            #expect(framework.problems().isEmpty)
            // ...which survives CASE, and emits the same alignment again.
            let again = try Self.roundTrip(framework)
            #expect(again == framework)
            for alignment in alignments {
                let item = try #require(again.item(aligned: alignment))
                #expect(again.alignment(to: item, language: "en") == alignment, "\(file)")
            }
        }
    }
}
