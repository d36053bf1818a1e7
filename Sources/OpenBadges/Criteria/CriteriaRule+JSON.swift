extension CriteriaRule {
    /// How deeply groups may nest, and how many rules a definition may hold: rules are input.
    public static let maxDepth = 16
    public static let maxRules = 1_000

    /// Reads a rule: an object with exactly one member naming its kind.
    ///
    /// ```json
    /// {"allOf": [
    ///   {"attendance": {"count": 6, "countRecordings": true}},
    ///   {"assignments": {"of": ["partner-map", "outreach-email"], "count": 1, "level": "good"}},
    ///   {"atLeast": {"count": 1, "of": [{"finalProject": {"level": "good"}}, {"peerReviews": {"count": 3}}]}}
    /// ]}
    /// ```
    /// Errors carry the JSON pointer of the offending value, which is also the rule's path.
    public init(json: JSON, at pointer: JSONPointer) throws(BadgeDecodingError) {
        var budget = Self.maxRules
        try self.init(json: json, at: pointer, depth: 0, budget: &budget)
    }

    init(json: JSON, at pointer: JSONPointer, depth: Int, budget: inout Int) throws(BadgeDecodingError) {
        guard depth < Self.maxDepth else {
            throw BadgeDecodingError(.invalidValue("rules nest more than \(Self.maxDepth) levels deep"), at: pointer)
        }
        budget -= 1
        guard budget >= 0 else {
            throw BadgeDecodingError(.invalidValue("the criteria hold more than \(Self.maxRules) rules"), at: pointer)
        }
        guard case .object(let object) = json else {
            throw BadgeDecodingError(.wrongKind(expected: "a rule object such as {\"allOf\": […]}", found: json.kindName), at: pointer)
        }
        guard object.count == 1, let member = object.members.first else {
            let found = object.keys.map { "\"\($0)\"" }.joined(separator: ", ")
            throw BadgeDecodingError(.invalidValue(
                "a rule has exactly one member naming its kind (\(Self.kindNames.joined(separator: ", "))); found \(object.isEmpty ? "none" : found)"),
                at: pointer)
        }
        let place = pointer.appending(member.key)
        switch member.key {
        case "allOf", "anyOf":
            let rules = try Self.list(member.value, at: place, depth: depth, budget: &budget)
            self = member.key == "allOf" ? .allOf(rules) : .anyOf(rules)
        case "atLeast":
            var reader = try ObjectReader(member.value, at: place, what: "an object with \"count\" and \"of\"")
            let count = try Self.count(&reader, "count")
            let rules = try Self.list(try reader.required("of"), at: reader.path("of"), depth: depth, budget: &budget)
            try reader.rejectUnknownMembers()
            self = .atLeast(count, of: rules)
        case "assignment":
            var reader = try ObjectReader(member.value, at: place, what: "an object with \"key\" and \"level\"")
            let key = try reader.requiredString("key")
            let level = try reader.requiredString("level")
            try reader.rejectUnknownMembers()
            self = .assignment(key, level: level)
        case "assignments":
            var reader = try ObjectReader(member.value, at: place, what: "an object with \"of\", \"level\" and optionally \"count\"")
            let keys = try reader.stringArray("of")
            if !reader.contains("of") { throw BadgeDecodingError(.missingProperty, at: reader.path("of")) }
            let count = reader.contains("count") ? try Self.count(&reader, "count") : nil
            let level = try reader.requiredString("level")
            try reader.rejectUnknownMembers()
            self = .assignments(count: count, of: keys, level: level)
        case "attendance":
            var reader = try ObjectReader(member.value, at: place, what: "an object with \"count\" and optionally \"countRecordings\"")
            let count = try Self.count(&reader, "count")
            let recordings = try reader.bool("countRecordings") ?? false
            try reader.rejectUnknownMembers()
            self = .attendance(count: count, countRecordings: recordings)
        case "finalProject":
            var reader = try ObjectReader(member.value, at: place, what: "an object with \"level\"")
            let level = try reader.requiredString("level")
            try reader.rejectUnknownMembers()
            self = .finalProject(level: level)
        case "peerReviews":
            var reader = try ObjectReader(member.value, at: place, what: "an object with \"count\"")
            let count = try Self.count(&reader, "count")
            try reader.rejectUnknownMembers()
            self = .peerReviews(count: count)
        default:
            throw BadgeDecodingError(.invalidValue(
                "unknown rule kind \"\(member.key)\"; the kinds are \(Self.kindNames.joined(separator: ", "))"), at: place)
        }
    }

    static let kindNames = ["allOf", "anyOf", "atLeast", "assignment", "assignments", "attendance", "finalProject", "peerReviews"]

    static func list(_ json: JSON, at pointer: JSONPointer, depth: Int, budget: inout Int) throws(BadgeDecodingError) -> [CriteriaRule] {
        guard case .array(let elements) = json else {
            throw BadgeDecodingError(.wrongKind(expected: "an array of rules", found: json.kindName), at: pointer)
        }
        var rules: [CriteriaRule] = []
        for (index, element) in elements.enumerated() {
            rules.append(try CriteriaRule(json: element, at: pointer.appending(index), depth: depth + 1, budget: &budget))
        }
        return rules
    }

    /// A non-negative integer count (`6`, not `6.5` or `"6"`).
    static func count(_ reader: inout ObjectReader, _ key: String) throws(BadgeDecodingError) -> Int {
        let value = try reader.required(key)
        guard case .number(let number) = value, let count = number.intValue, count >= 0, count <= 1_000_000 else {
            throw BadgeDecodingError(.invalidValue("\(key) must be a whole number from 0 to 1000000"), at: reader.path(key))
        }
        return count
    }

    /// The rule in the form `init(json:at:)` reads.
    public var json: JSON {
        switch self {
        case .allOf(let rules): return ["allOf": .array(rules.map(\.json))]
        case .anyOf(let rules): return ["anyOf": .array(rules.map(\.json))]
        case .atLeast(let count, let rules): return ["atLeast": ["count": .number(count), "of": .array(rules.map(\.json))]]
        case .assignment(let key, let level): return ["assignment": ["key": .string(key), "level": .string(level)]]
        case .assignments(let count, let keys, let level):
            var object: JSONObject = ["of": .array(keys.map(JSON.string))]
            if let count { object["count"] = .number(count) }
            object["level"] = .string(level)
            return ["assignments": .object(object)]
        case .attendance(let count, let recordings):
            return ["attendance": ["count": .number(count), "countRecordings": .bool(recordings)]]
        case .finalProject(let level): return ["finalProject": ["level": .string(level)]]
        case .peerReviews(let count): return ["peerReviews": ["count": .number(count)]]
        }
    }
}
