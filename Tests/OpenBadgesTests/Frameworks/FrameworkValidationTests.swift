import OpenBadges
import Testing

@Suite("Skills framework validation")
struct FrameworkValidationTests {
    static func item(_ id: String, code: String? = nil, parent: String? = nil, related: [String] = [],
                     levels: [String] = []) -> FrameworkItem {
        FrameworkItem(id: id, uri: "https://example.org/items/\(id)", code: code, name: ["en": "Item \(id)"], parent: parent,
                      related: related, levels: levels)
    }

    static func framework(_ items: [FrameworkItem]) -> SkillsFramework {
        SkillsFramework(id: "fw", uri: "https://example.org/fw", defaultLanguage: "en", title: ["en": "Framework"],
                        creator: "tests", lastChangeDateTime: "2026-01-01T00:00:00Z",
                        levels: [FrameworkLevel(key: "basic", id: "level-basic", uri: "https://example.org/levels/basic", name: ["en": "Basic"])],
                        items: items)
    }

    @Test("the example framework is valid and has five capacity areas in four languages")
    func example() throws {
        let framework = try FrameworkSamples.example()
        #expect(framework.problems().isEmpty, "\(framework.problems())")
        let areas = framework.children(of: nil)
        #expect(areas.map(\.code) == ["PART", "HARA", "TRAIN", "ORG", "TECH"])
        for area in areas {
            #expect(framework.children(of: area.id).count >= 2)
            #expect(area.name.languages == ["ar", "en", "es", "fr"])
        }
        #expect(framework.levels.map(\.key) == ["foundation", "practitioner", "mentor"])
        #expect(framework.items.allSatisfy { $0.name.languages == ["ar", "en", "es", "fr"] })
        // Laurel's JSON form reads back to the same bytes.
        let bytes = try FrameworkSamples.projectFile("examples/framework.json")
        #expect(framework.json == (try JSON.parse(bytes)))
    }

    @Test("duplicate codes name the code and every item using it")
    func duplicateCodes() {
        let problems = Self.framework([Self.item("a", code: "X.1"), Self.item("b", code: "X.1"), Self.item("c", code: "X.2"),
                                       Self.item("d", code: "X.1")]).problems()
        #expect(problems == [FrameworkProblem(.duplicateCode("X.1", items: ["a", "b", "d"]))])
        #expect(problems.first?.description == "the code \"X.1\" is used by several items: \"a\", \"b\", \"d\"")
    }

    @Test("a cycle of parent links is found once and names its items in order")
    func cycle() {
        // a → b → c → a, and d hangs off the cycle; e is a self-loop.
        let framework = Self.framework([Self.item("b", parent: "a"), Self.item("c", parent: "b"), Self.item("a", parent: "c"),
                                        Self.item("d", parent: "a"), Self.item("e", parent: "e"), Self.item("f")])
        let problems = framework.problems()
        #expect(problems == [FrameworkProblem(.cycle(items: ["a", "c", "b"])), FrameworkProblem(.cycle(items: ["e"]))])
        #expect(problems.first?.description == "the parent links form a cycle: \"a\" → \"c\" → \"b\" → \"a\"")
        #expect(throws: FrameworkValidationError.self) { try framework.validate() }
    }

    @Test("a long parent chain is checked without recursion")
    func longChain() {
        let count = 20_000
        var items = [Self.item("n0")]
        for index in 1..<count { items.append(Self.item("n\(index)", parent: "n\(index - 1)")) }
        #expect(Self.framework(items).problems().isEmpty)
        items[0].parent = "n\(count - 1)"
        let problems = Self.framework(items).problems()
        guard case .cycle(let loop) = problems.first?.kind else {
            Issue.record("expected a cycle, got \(problems)")
            return
        }
        #expect(loop.count == count)
    }

    @Test("dangling parent, related and level references name both ends")
    func dangling() {
        let problems = Self.framework([Self.item("a", parent: "ghost"), Self.item("b", related: ["a", "phantom"]),
                                       Self.item("c", levels: ["basic", "expert"])]).problems()
        #expect(problems == [
            FrameworkProblem(.danglingParent(item: "a", parent: "ghost")),
            FrameworkProblem(.danglingRelated(item: "b", target: "phantom")),
            FrameworkProblem(.unknownLevel(item: "c", level: "expert")),
        ])
        #expect(problems.map(\.description) == [
            "item \"a\" has parent \"ghost\", which is not in the framework",
            "item \"b\" is related to \"phantom\", which is not in the framework",
            "item \"c\" names level \"expert\", which the framework does not define",
        ])
    }

    @Test("duplicate ids and a name missing in the default language")
    func duplicatesAndTexts() {
        var second = Self.item("a")
        second.name = ["es": "Sólo en español"]
        let problems = Self.framework([Self.item("a"), second]).problems()
        #expect(problems == [FrameworkProblem(.duplicateID("a")), FrameworkProblem(.missingDefaultText(item: "a", field: "name"))])
    }

    @Test("Laurel's framework JSON refuses unknown members and bad language tags, with pointers")
    func decodingErrors() throws {
        var json = try JSON.parse(try FrameworkSamples.projectFile("examples/framework.json"))
        json["items"] = [["id": "x", "name": ["en": "X"], "colour": "red"]]
        #expect(throws: BadgeDecodingError(.invalidValue("unknown member \"colour\""), at: "/items/0/colour")) {
            try SkillsFramework(json: json)
        }
        json["items"] = [["id": "x", "name": ["english": "X"]]]
        #expect(throws: BadgeDecodingError(.invalidValue("\"english\" is not a language tag (such as en, es, ar, pt-BR)"),
                                           at: "/items/0/name/english")) {
            try SkillsFramework(json: json)
        }
    }
}
