import OpenBadges
import TestSupport
import Testing

@Suite("Achievement definitions")
struct AchievementDefinitionTests {
    @Test("the example definition loads with its framework")
    func example() throws {
        let definition = try DefinitionSamples.example()
        #expect(definition.id == "https://learning.example.org/achievements/partnership-building")
        #expect(definition.languages == ["ar", "en", "es", "fr"])
        #expect(definition.sessions == (1...8).map { "session-\($0)" })
        #expect(definition.assignments.map(\.key) == CriteriaSamples.assignmentKeys + ["final-pitch"])
        #expect(definition.finalProject == "final-pitch")
        #expect(definition.rubric == CriteriaSamples.rubric)
        #expect(definition.criteria == CriteriaSamples.courseRule)
        #expect(definition.outline == CriteriaSamples.outline)
        #expect(definition.alignments == [.code("PART.1"), .code("PART.2"), .code("PART.3"), .code("TRAIN.3")])
        #expect(definition.framework == (try FrameworkSamples.example()))
        #expect(definition.narrative == nil)
        #expect(definition.gradebook == nil)
    }

    @Test("YAML and JSON spellings of a definition load to the same model")
    func yamlAndJSON() throws {
        let fromYAML = try DefinitionSamples.example()
        // The model written as JSON, read back.
        let written = fromYAML.json.serialized([.sortedKeys])
        let fromJSON = try AchievementDefinition.load(written, format: .json, framework: try FrameworkSamples.example())
        #expect(fromJSON == fromYAML)
        // And a small definition written by hand in both spellings, with texts as bare strings, explicit
        // session keys, an author narrative and a gradebook mapping kept as it is.
        let yaml = """
            id: https://example.org/achievements/tiny
            defaultLanguage: es
            name: Pequeño
            description: {es: Un logro pequeño, en: A small achievement}
            sessions: [s1, s2, s3]
            rubric:
              - {key: no, name: "No"}
              - key: yes
                name: Sí
                threshold: 1
            assignments: [{key: essay, name: Ensayo}]
            criteria:
              anyOf:
                - attendance: {count: 2}
                - assignment: {key: essay, level: yes}
            narrative: Asistir o escribir.
            gradebook: {columns: {Email: id, "Ensayo (nota)": essay}, delimiter: ";"}
            """
        let json = """
            {"id": "https://example.org/achievements/tiny", "defaultLanguage": "es",
             "name": {"es": "Pequeño"}, "description": {"en": "A small achievement", "es": "Un logro pequeño"},
             "sessions": ["s1", "s2", "s3"],
             "rubric": [{"key": "no", "name": "No"}, {"key": "yes", "name": {"es": "Sí"}, "threshold": 1.0}],
             "assignments": [{"key": "essay", "name": "Ensayo"}],
             "criteria": {"anyOf": [{"attendance": {"count": 2, "countRecordings": false}},
                                    {"assignment": {"key": "essay", "level": "yes"}}]},
             "narrative": {"es": "Asistir o escribir."},
             "gradebook": {"columns": {"Email": "id", "Ensayo (nota)": "essay"}, "delimiter": ";"}}
            """
        let a = try AchievementDefinition.load(Array(yaml.utf8), format: .yaml)
        let b = try AchievementDefinition.load(Array(json.utf8), format: .json)
        #expect(a == b)
        #expect(a.gradebook?["columns"]?["Ensayo (nota)"] == "essay")
        #expect(a.criteriaNarrative(language: "en") == "Asistir o escribir.")
        #expect(AchievementDefinitionFormat.forFile(named: "x.YML") == .yaml && AchievementDefinitionFormat.forFile(named: "x.json") == .json)
    }

    // MARK: Definition errors

    static func problems(_ edit: (inout JSON) -> Void) throws -> [DefinitionProblem] {
        var json = try DefinitionSamples.exampleJSON()
        edit(&json)
        do {
            _ = try DefinitionSamples.load(json)
            return []
        } catch {
            #expect(error.file == "edited.json")
            return error.problems
        }
    }

    @Test("a rule naming an unknown assignment is a definition error with the rule's path and YAML line")
    func unknownAssignment() throws {
        let path = DefinitionSamples.examplePath
        let text = String(decoding: try FrameworkSamples.projectFile(path), as: UTF8.self)
        let broken = text.replacingOccurrences(of: "meeting-plan, agreement-outline]", with: "meeting-plann, agreement-outline]")
        #expect(broken != text)
        let line = (broken.split(separator: "\n", omittingEmptySubsequences: false).firstIndex { $0.contains("meeting-plann") } ?? -1) + 1
        let framework = try FrameworkSamples.example()
        do {
            _ = try AchievementDefinition.load(Array(broken.utf8), format: .yaml, file: path, framework: framework)
            Issue.record("a rule naming an unknown assignment was accepted")
        } catch {
            #expect(error.problems == [DefinitionProblem(
                pointer: "/criteria/allOf/1/assignments/of/2", line: line,
                message: "unknown assignment \"meeting-plann\"; the course's assignments are \"partner-map\", \"outreach-email\", \"meeting-plan\", \"agreement-outline\", \"final-pitch\"")])
            #expect(error.description.hasPrefix("examples/partnership-building.achievement.yaml is not valid:\n- line \(line), /criteria/allOf/1/assignments/of/2: unknown assignment"))
        }
    }

    @Test("unknown levels, impossible counts and missing final projects are found at load, all at once")
    func ruleProblems() throws {
        let found = try Self.problems { json in
            json["criteria"] = ["allOf": [
                ["attendance": ["count": 9]],
                ["assignment": ["key": "partner-map", "level": "great"]],
                ["atLeast": ["count": 3, "of": [["peerReviews": ["count": 0]], ["finalProject": ["level": "excellent"]]]]],
                ["assignments": ["of": ["partner-map", "partner-map"], "count": 1, "level": "good"]],
            ]]
        }
        #expect(found.map(\.pointer.description) == [
            "/criteria/allOf/0/attendance/count", "/criteria/allOf/1/assignment/level", "/criteria/allOf/2/atLeast/count",
            "/criteria/allOf/2/atLeast/of/0/peerReviews/count", "/criteria/allOf/3/assignments/of/1",
        ])
        #expect(found.map(\.message) == [
            "asks for 9 where there are only 8",
            "unknown rubric level \"great\"; the levels are \"poor\", \"needs-improvement\", \"good\", \"excellent\"",
            "asks for 3 where there are only 2",
            "a count of 0 is met by everyone; remove the rule or raise the count",
            "the assignment \"partner-map\" is listed twice",
        ])
        let noFinal = try Self.problems { json in json["finalProject"] = nil; json["results"] = nil }
        #expect(noFinal == [DefinitionProblem(pointer: "/criteria/allOf/2/finalProject",
                                              message: "a finalProject rule needs the course to name its final project (\"finalProject\")")])
    }

    @Test("rubric, results, texts and alignments are checked too")
    func otherProblems() throws {
        let thresholds = try Self.problems { json in json["rubric"]?[2]?["threshold"] = 40 }
        #expect(thresholds.map(\.pointer.description) == ["/rubric/2/threshold"])
        #expect(thresholds.first?.message == "thresholds must rise with the levels: 40.0 is not above 50.0 (level 1)")
        let result = try Self.problems { json in json["results"]?[0]?["assignment"] = "pitch"; json["results"]?[0]?["requiredLevel"] = "ok" }
        #expect(result.map(\.pointer.description) == ["/results/0/assignment", "/results/0/requiredLevel"])
        let text = try Self.problems { json in json["name"] = ["es": "Sólo español"] }
        #expect(text == [DefinitionProblem(pointer: "/name", message: "no text in the default language \"en\"")])
        let alignment = try Self.problems { json in json["alignments"]?[1] = ["code": "PART.9"] }
        #expect(alignment == [DefinitionProblem(pointer: "/alignments/1/code", message:
            "the framework \"https://learning.example.org/frameworks/volunteer-capacity\" has no item with code \"PART.9\"")])
        let byID = try Self.problems { json in json["alignments"] = [["id": "617612f0-9271-4716-9b99-c9a6b9791243"]] }
        #expect(byID.isEmpty)
        let otherFramework = try Self.problems { json in json["framework"] = "https://elsewhere.example.org/framework" }
        #expect(otherFramework.map(\.pointer.description) == ["/framework"])
        var json = try DefinitionSamples.exampleJSON()
        json["framework"] = nil
        #expect(throws: AchievementDefinitionError(file: nil, problems: [DefinitionProblem(
            pointer: "/alignments", message: "alignments name framework items, so the definition must be loaded with its framework")])) {
            try AchievementDefinition(json: json)
        }
    }

    @Test("structural errors name the member: typos, unknown rule kinds, wrong kinds")
    func structure() throws {
        let typo = try Self.problems { json in json["critera"] = json["criteria"] }
        #expect(typo == [DefinitionProblem(pointer: "/critera", message: "unknown member \"critera\"")])
        let kind = try Self.problems { json in json["criteria"]?["allOf"]?[0] = ["attendence": ["count": 6]] }
        #expect(kind.first?.pointer.description == "/criteria/allOf/0/attendence")
        #expect(kind.first?.message.hasPrefix("unknown rule kind \"attendence\"; the kinds are allOf, anyOf, atLeast") == true)
        let two = try Self.problems { json in json["criteria"] = ["allOf": [], "anyOf": []] }
        #expect(two.first?.pointer == "/criteria")
        let count = try Self.problems { json in json["criteria"] = ["peerReviews": ["count": 2.5]] }
        #expect(count == [DefinitionProblem(pointer: "/criteria/peerReviews/count", message: "count must be a whole number from 0 to 1000000")])
        var deep: JSON = ["peerReviews": ["count": 1]]
        for _ in 0..<20 { deep = ["allOf": [deep]] }
        let tooDeep = try Self.problems { json in json["criteria"] = deep }
        #expect(tooDeep.first?.message == "rules nest more than 16 levels deep")
        // A YAML problem carries its line.
        do {
            _ = try AchievementDefinition.load(Array("id: x\ndefaultLanguage: en\nname: &n A\ndescription: *n\n".utf8), format: .yaml)
            Issue.record("an alias was accepted")
        } catch {
            #expect(error.problems.first?.message.contains("aliases") == true)
        }
        do {
            _ = try AchievementDefinition.load(Array("id: x\ndefaultLanguage: english\n".utf8), format: .yaml, file: "bad.yaml")
            Issue.record("a bad language tag was accepted")
        } catch {
            #expect(error.problems == [DefinitionProblem(pointer: "/defaultLanguage", line: 2,
                                                         message: "\"english\" is not a language tag (such as en, es, ar)")])
        }
    }

    // MARK: Evaluation

    @Test("evaluation gives the decision, the reasons and the OB 3.0 results")
    func evaluation() throws {
        let definition = try DefinitionSamples.example()
        var learner = CriteriaSamples.complete("ada@example.org")
        learner.grades["final-pitch"] = [.level("needs-improvement"), .score(93)]
        let earned = definition.evaluate(learner, language: "fr")
        #expect(earned.earned && earned.language == "fr" && earned.learnerID == "ada@example.org")
        #expect(earned.reasons.count == 5 && earned.reasons.allSatisfy(\.satisfied))
        #expect(earned.results == [AchievementResult(
            resultDescription: "https://learning.example.org/achievements/partnership-building/results/final-pitch",
            achievedLevel: "https://learning.example.org/achievements/partnership-building/levels/excellent")])

        // Not yet: the learner's preferred language picks the sentences; ungraded work has no result.
        let notYet = definition.evaluate(LearnerRecord(id: "b", preferredLanguage: "ar-EG", attendance: CriteriaSamples.attendance(attended: 5)))
        #expect(!notYet.earned && notYet.language == "ar" && notYet.results.isEmpty)
        #expect(notYet.reasons[1] == LearnerEvaluation.Reason(path: "/criteria/allOf/0/attendance", satisfied: false,
                                                              sentence: "الجلسات التي حضرها أو شاهد تسجيلها: 5 من 8؛ المطلوب 6"))
        // An unsupported language falls back to the default.
        #expect(definition.evaluate(learner, language: "de").language == "en")
    }

    // MARK: OB 3.0 achievements per language

    static let languages = ["en", "es", "fr", "ar"]

    @Test("the OB 3.0 achievement in each language: texts, inLanguage, alignments, rubric, narrative")
    func achievements() throws {
        let definition = try DefinitionSamples.example()
        let framework = try FrameworkSamples.example()
        let expectedNames = ["en": "Partnership Building", "es": "Creación de alianzas", "fr": "Construire des partenariats",
                             "ar": "بناء الشراكات"]
        for language in Self.languages {
            let achievement = definition.achievement(language: language)
            #expect(achievement.inLanguage == language)
            #expect(achievement.name == expectedNames[language])
            #expect(achievement.achievementType == .certificate && achievement.humanCode == "PB-2026")
            #expect(achievement.criteria.narrative == CriteriaWording(outline: definition.outline, language: language,
                                                                       defaultLanguage: "en").narrative(for: definition.criteria))
            #expect(achievement.image?.caption == definition.image?.caption[language])
            #expect(achievement.alignment.count == 4)
            for alignment in achievement.alignment {
                let item = try #require(framework.item(aligned: alignment))
                #expect(alignment.targetType == .cfItem)
                #expect(alignment.targetName == item.name[language])
                #expect(alignment.targetCode == item.code)
                #expect(alignment.targetUrl == "https://learning.example.org/frameworks/volunteer-capacity/items/" + item.id)
                #expect(alignment.targetFramework == framework.title[language])
            }
            let rubric = try #require(achievement.resultDescription.first)
            #expect(rubric.resultType == .rubricCriterionLevel)
            #expect(rubric.requiredLevel == definition.levelID("good"))
            #expect(rubric.rubricCriterionLevel.map(\.level) == ["1", "2", "3", "4"])
            #expect(rubric.rubricCriterionLevel.map(\.name) == definition.rubric.levels.map { $0.name[language] ?? "" })
            // It decodes with the OB model to the same value.
            #expect(try Achievement(json: try JSON.parse(achievement.json.serialized())) == achievement)
        }
        // A regional variant gets its language; a language the definition lacks gets the default.
        #expect(definition.achievement(language: "es-MX").inLanguage == "es")
        let german = definition.achievement(language: "de")
        #expect(german.inLanguage == "en" && german.name == "Partnership Building")
    }

    @Test("credentials carrying each language's achievement and an evaluation's results pass the official OB 3.0 schema",
          .enabled(if: Vectors.isAvailable, Vectors.missingComment), .enabled(if: Oracle.isAvailable, Oracle.missingComment))
    func officialSchema() throws {
        let definition = try DefinitionSamples.example()
        let evaluation = definition.evaluate(CriteriaSamples.complete())
        var credentials: [JSON] = []
        for language in Self.languages + ["es-MX", "de"] {
            let credential = AchievementCredential(
                id: "urn:uuid:7d1c2a90-0f3e-4b7a-9c55-\(String(repeating: "0", count: 10))\(credentials.count)1",
                name: definition.achievement(language: language).name, issuer: .iri("https://learning.example.org/issuer"),
                validFrom: try DateTime("2026-10-01T00:00:00Z"), recipient: .id("did:example:learner"),
                achievement: definition.achievement(language: language), result: evaluation.results)
            credentials.append(credential.json)
        }
        // Laurel's own validator first, then the oracle.
        let official = try JSONSchema(try Vectors.json(ConstructionTests.achievementSchema),
                                      options: SchemaOptions(format: .assert(["date-time", "date"])))
        for credential in credentials {
            let result = official.validate(credential)
            #expect(result.isValid, "\(result.errors)")
        }
        let errors = try ConstructionTests.schemaErrors(credentials, schema: ConstructionTests.achievementSchema)
        #expect(errors.count == credentials.count)
        for (index, list) in errors.enumerated() { #expect(list.isEmpty, "credential \(index): \(list)") }
        // The oracle judges: a produced achievement with an alignment missing targetUrl fails.
        var broken = credentials[0]
        broken["credentialSubject"]?["achievement"]?["alignment"]?[0]?["targetUrl"] = nil
        #expect(!official.validate(broken).isValid)
        let brokenErrors = try ConstructionTests.schemaErrors([broken], schema: ConstructionTests.achievementSchema)
        #expect(brokenErrors.first?.isEmpty == false)
    }
}

private extension JSON {
    /// Sets the element at `index` of an array value (tests edit documents in place).
    subscript(index: Int) -> JSON? {
        get { arrayValue.flatMap { $0.indices.contains(index) ? $0[index] : nil } }
        set {
            guard case .array(var elements) = self, elements.indices.contains(index) else { return }
            if let newValue { elements[index] = newValue } else { elements.remove(at: index) }
            self = .array(elements)
        }
    }
}
