/// `allOf`, `anyOf`, `oneOf`, `not`, `if`/`then`/`else`, `dependentSchemas` and `dependencies`:
/// keywords that apply subschemas to the same instance location.
extension SchemaEvaluator {
    mutating func evaluateAllOf(_ branches: [Int], of node: SchemaNode, _ instance: JSON, _ outcome: inout SchemaOutcome,
                                _ collectProperties: Bool, _ collectItems: Bool) -> Bool {
        var valid = true
        for (offset, branch) in branches.enumerated() {
            let result = evaluate(branch, instance, keyword: .name("allOf"), .index(offset),
                                  collectProperties: collectProperties, collectItems: collectItems)
            if result.valid {
                outcome.absorb(result)
            } else {
                valid = false
                if !reporting || halted { return false }
            }
        }
        return valid
    }

    mutating func evaluateAnyOf(_ branches: [Int], of node: SchemaNode, _ instance: JSON, _ outcome: inout SchemaOutcome,
                                _ collectProperties: Bool, _ collectItems: Bool) -> Bool {
        var matched = false
        // Annotations come from every passing branch, so collecting means evaluating them all.
        let needAll = collectProperties || collectItems
        // Branches run silently first: a failing branch of a passing anyOf reports nothing, so its
        // errors need not be built. Only when all fail are they run again for the causes.
        for (offset, branch) in branches.enumerated() {
            let result = silently { evaluator in
                evaluator.evaluate(branch, instance, keyword: .name("anyOf"), .index(offset),
                                   collectProperties: collectProperties, collectItems: collectItems)
            }
            if halted { return false }
            if result.valid {
                matched = true
                outcome.absorb(result)
                if !needAll { return true }
            }
        }
        if !matched && reporting {
            let causes = branchErrors(branches, keyword: "anyOf", instance)
            report("anyOf", of: node, "the value matches none of the \(branches.count) alternatives in anyOf",
                   causes: causes)
        }
        return matched
    }

    /// The errors of every branch, for the causes of a failed `anyOf`/`oneOf`.
    private mutating func branchErrors(_ branches: [Int], keyword: String, _ instance: JSON) -> [SchemaValidationError] {
        var causes: [SchemaValidationError] = []
        for (offset, branch) in branches.enumerated() {
            let (_, errors) = capturingErrors { evaluator in
                evaluator.evaluate(branch, instance, keyword: .name(keyword), .index(offset))
            }
            causes += errors
        }
        return causes
    }

    mutating func evaluateOneOf(_ branches: [Int], of node: SchemaNode, _ instance: JSON, _ outcome: inout SchemaOutcome,
                                _ collectProperties: Bool, _ collectItems: Bool) -> Bool {
        var passing: [Int] = []
        var annotations = SchemaOutcome()
        for (offset, branch) in branches.enumerated() {
            let result = silently { evaluator in
                evaluator.evaluate(branch, instance, keyword: .name("oneOf"), .index(offset),
                                   collectProperties: collectProperties, collectItems: collectItems)
            }
            if halted { return false }
            if result.valid {
                passing.append(offset)
                annotations = result
                if passing.count > 1 && !reporting { return false }
            }
        }
        switch passing.count {
        case 1:
            outcome.absorb(annotations)
            return true
        case 0:
            if reporting {
                let causes = branchErrors(branches, keyword: "oneOf", instance)
                report("oneOf", of: node, "the value matches none of the \(branches.count) alternatives in oneOf",
                       causes: causes)
            }
            return false
        default:
            let list = passing.map(String.init).joined(separator: ", ")
            report("oneOf", of: node, "the value matches alternatives \(list) of oneOf, but exactly one must match")
            return false
        }
    }

    mutating func evaluateNot(_ negated: Int, of node: SchemaNode, _ instance: JSON) -> Bool {
        let result = silently { evaluator in evaluator.evaluate(negated, instance, keyword: .name("not")) }
        if halted { return false }
        if result.valid {
            report("not", of: node, "the value must not match the schema in 'not'")
            return false
        }
        return true
    }

    mutating func evaluateConditional(_ condition: Int, _ then: Int?, _ otherwise: Int?, of node: SchemaNode,
                                      _ instance: JSON, _ outcome: inout SchemaOutcome,
                                      _ collectProperties: Bool, _ collectItems: Bool) -> Bool {
        let test = silently { evaluator in
            evaluator.evaluate(condition, instance, keyword: .name("if"), collectProperties: collectProperties,
                               collectItems: collectItems)
        }
        if halted { return false }
        if test.valid { outcome.absorb(test) }
        guard let branch = test.valid ? then : otherwise else { return true }
        let name = test.valid ? "then" : "else"
        let result = evaluate(branch, instance, keyword: .name(name), collectProperties: collectProperties,
                              collectItems: collectItems)
        if result.valid { outcome.absorb(result) }
        return result.valid
    }

    mutating func evaluateDependentSchemas(_ entries: [(name: String, node: Int)], of node: SchemaNode,
                                           _ instance: JSON, _ outcome: inout SchemaOutcome,
                                           _ collectProperties: Bool, _ collectItems: Bool) -> Bool {
        guard case .object(let object) = instance else { return true }
        var valid = true
        for entry in entries where object.hasMember(entry.name) {
            let result = evaluate(entry.node, instance, keyword: .name("dependentSchemas"), .name(entry.name),
                                  collectProperties: collectProperties, collectItems: collectItems)
            if result.valid {
                outcome.absorb(result)
            } else {
                valid = false
                if !reporting || halted { return false }
            }
        }
        return valid
    }

    mutating func evaluateDependencies(_ entries: [(name: String, required: [String]?, node: Int?)], of node: SchemaNode,
                                       _ instance: JSON, _ outcome: inout SchemaOutcome,
                                       _ collectProperties: Bool, _ collectItems: Bool) -> Bool {
        guard case .object(let object) = instance else { return true }
        var valid = true
        for entry in entries where object.hasMember(entry.name) {
            if let required = entry.required {
                for name in required where !object.hasMember(name) {
                    report("dependencies", of: node, "property '\(name)' is required when '\(entry.name)' is present",
                           suffix: [.name(entry.name)])
                    valid = false
                    if !reporting { return false }
                }
            } else if let dependent = entry.node {
                let result = evaluate(dependent, instance, keyword: .name("dependencies"), .name(entry.name),
                                      collectProperties: collectProperties, collectItems: collectItems)
                if result.valid {
                    outcome.absorb(result)
                } else {
                    valid = false
                    if !reporting || halted { return false }
                }
            }
        }
        return valid
    }
}
