/// `properties`, `patternProperties`, `additionalProperties`, `propertyNames`,
/// `unevaluatedProperties`, and the object assertions `required`, `dependentRequired`,
/// `minProperties`, `maxProperties`.
extension SchemaEvaluator {
    mutating func evaluateObjectApplicators(_ applicators: SchemaObjectApplicators, of node: SchemaNode,
                                            _ instance: JSON, _ outcome: inout SchemaOutcome,
                                            _ collectProperties: Bool) -> Bool {
        guard case .object(let object) = instance else { return true }
        var valid = true
        for (position, member) in object.members.enumerated() {
            var applied = false
            if let target = applicators.properties[SchemaExactString(member.key)] {
                applied = true
                if !apply(target, member, keyword: .name("properties"), .name(member.key)) {
                    valid = false
                    if !reporting || halted { return false }
                }
            }
            for pattern in applicators.patterns {
                switch pattern.regex.search(in: member.key, stepLimit: options.maxRegexSteps) {
                case .noMatch:
                    continue
                case .limitExceeded:
                    stop("patternProperties", of: node, "validation stopped: pattern '\(pattern.regex.source)' exceeded its step budget on property name '\(Self.excerpt(member.key))'")
                    return false
                case .match:
                    applied = true
                    if !apply(pattern.node, member, keyword: .name("patternProperties"), .name(pattern.regex.source)) {
                        valid = false
                        if !reporting || halted { return false }
                    }
                }
            }
            if !applied, let additional = applicators.additional {
                applied = true
                if case .always(false) = set.nodes[additional].body {
                    report("additionalProperties", of: node, at: .name(member.key),
                           "property '\(member.key)' is not allowed here")
                    valid = false
                    if !reporting { return false }
                } else if !apply(additional, member, keyword: .name("additionalProperties")) {
                    valid = false
                    if !reporting || halted { return false }
                }
            }
            if applied && collectProperties { outcome.properties.insert(position) }
        }
        return valid
    }

    private mutating func apply(_ target: Int, _ member: JSONObject.Member, keyword: PathToken,
                                _ detail: PathToken? = nil) -> Bool {
        evaluate(target, member.value, keyword: keyword, detail, child: .name(member.key)).valid
    }

    mutating func evaluatePropertyNames(_ target: Int, of node: SchemaNode, _ instance: JSON) -> Bool {
        guard case .object(let object) = instance else { return true }
        var valid = true
        for member in object.members {
            let (result, causes) = capturingErrors { evaluator in
                evaluator.evaluate(target, .string(member.key), keyword: .name("propertyNames"))
            }
            if halted { return false }
            if !result.valid {
                report("propertyNames", of: node, "property name '\(Self.excerpt(member.key))' is not allowed",
                       causes: causes)
                valid = false
                if !reporting { return false }
            }
        }
        return valid
    }

    mutating func evaluateUnevaluatedProperties(_ target: Int, of node: SchemaNode, _ instance: JSON,
                                                _ outcome: inout SchemaOutcome) -> Bool {
        guard case .object(let object) = instance else { return true }
        var valid = true
        let forbidden: Bool = if case .always(false) = set.nodes[target].body { true } else { false }
        for (position, member) in object.members.enumerated() where !outcome.properties.contains(position) {
            if forbidden {
                report("unevaluatedProperties", of: node, at: .name(member.key),
                       "property '\(member.key)' is not allowed here (no keyword of the schema covers it)")
                valid = false
                if !reporting { return false }
            } else if !apply(target, member, keyword: .name("unevaluatedProperties")) {
                valid = false
                if !reporting || halted { return false }
            }
        }
        if valid { outcome.properties.insertAll() }
        return valid
    }

    // MARK: Assertions

    mutating func checkRequired(_ names: [String], of node: SchemaNode, _ instance: JSON) -> Bool {
        guard case .object(let object) = instance else { return true }
        var valid = true
        for name in names where !object.hasMember(name) {
            report("required", of: node, "required property '\(name)' is missing")
            valid = false
            if !reporting { return false }
        }
        return valid
    }

    mutating func checkDependentRequired(_ entries: [(name: String, required: [String])], of node: SchemaNode,
                                         _ instance: JSON) -> Bool {
        guard case .object(let object) = instance else { return true }
        var valid = true
        for entry in entries where object.hasMember(entry.name) {
            for name in entry.required where !object.hasMember(name) {
                report("dependentRequired", of: node, "property '\(name)' is required when '\(entry.name)' is present",
                       suffix: [.name(entry.name)])
                valid = false
                if !reporting { return false }
            }
        }
        return valid
    }

    mutating func checkPropertyCount(minimum: Int? = nil, maximum: Int? = nil, of node: SchemaNode,
                                     _ instance: JSON) -> Bool {
        guard case .object(let object) = instance else { return true }
        if let minimum, object.count < minimum {
            report("minProperties", of: node, "the object must have at least \(minimum) properties, found \(object.count)")
            return false
        }
        if let maximum, object.count > maximum {
            report("maxProperties", of: node, "the object must have at most \(maximum) properties, found \(object.count)")
            return false
        }
        return true
    }

    /// A string cut to a length that keeps messages readable.
    static func excerpt(_ text: String, limit: Int = 60) -> String {
        guard text.unicodeScalars.count > limit else { return text }
        return String(String.UnicodeScalarView(text.unicodeScalars.prefix(limit))) + "…"
    }
}
