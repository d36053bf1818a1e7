/// `items`, `additionalItems`, `contains` (with `minContains`/`maxContains`), `unevaluatedItems`,
/// and the array assertions `minItems`, `maxItems`, `uniqueItems`.
extension SchemaEvaluator {
    mutating func evaluateItems(_ applicator: SchemaItemsApplicator, of node: SchemaNode, _ instance: JSON,
                                _ outcome: inout SchemaOutcome, _ collectItems: Bool) -> Bool {
        guard case .array(let items) = instance else { return true }
        var valid = true
        switch applicator {
        case .uniform(let target):
            for (offset, item) in items.enumerated() {
                if !evaluate(target, item, keyword: .name("items"), child: .index(offset)).valid {
                    valid = false
                    if !reporting || halted { return false }
                }
            }
            if collectItems { outcome.items = Int.max }
        case .tuple(let targets, let additional):
            for (offset, item) in items.enumerated().prefix(targets.count) {
                if !evaluate(targets[offset], item, keyword: .name("items"), .index(offset), child: .index(offset)).valid {
                    valid = false
                    if !reporting || halted { return false }
                }
            }
            if collectItems { outcome.items = max(outcome.items, min(items.count, targets.count)) }
            if let additional, items.count > targets.count {
                let forbidden: Bool = if case .always(false) = set.nodes[additional].body { true } else { false }
                if forbidden {
                    report("additionalItems", of: node,
                           "the array has \(items.count) items, but only \(targets.count) are allowed")
                    return false
                }
                for offset in targets.count..<items.count {
                    if !evaluate(additional, items[offset], keyword: .name("additionalItems"), child: .index(offset)).valid {
                        valid = false
                        if !reporting || halted { return false }
                    }
                }
                if collectItems { outcome.items = Int.max }
            }
        }
        return valid
    }

    mutating func evaluateContains(_ target: Int, _ minimum: Int, _ maximum: Int?, _ minKeyword: Bool,
                                   of node: SchemaNode, _ instance: JSON) -> Bool {
        guard case .array(let items) = instance else { return true }
        var matches = 0
        for (offset, item) in items.enumerated() {
            let result = silently { evaluator in
                evaluator.evaluate(target, item, keyword: .name("contains"), child: .index(offset))
            }
            if halted { return false }
            if result.valid {
                matches += 1
                // Without an upper bound, enough matches settle it.
                if maximum == nil && matches >= minimum { break }
                if let maximum, matches > maximum { break }
            }
        }
        if matches < minimum {
            if minKeyword {
                report("minContains", of: node, "\(matches) items match the 'contains' schema, at least \(minimum) must")
            } else {
                report("contains", of: node, "no item matches the 'contains' schema")
            }
            return false
        }
        if let maximum, matches > maximum {
            report("maxContains", of: node, "more than \(maximum) items match the 'contains' schema")
            return false
        }
        return true
    }

    mutating func evaluateUnevaluatedItems(_ target: Int, of node: SchemaNode, _ instance: JSON,
                                           _ outcome: inout SchemaOutcome) -> Bool {
        guard case .array(let items) = instance, outcome.items < items.count else { return true }
        if case .always(false) = set.nodes[target].body {
            report("unevaluatedItems", of: node,
                   "the array has \(items.count) items, but only \(outcome.items) are covered by the schema")
            return false
        }
        var valid = true
        for offset in outcome.items..<items.count {
            if !evaluate(target, items[offset], keyword: .name("unevaluatedItems"), child: .index(offset)).valid {
                valid = false
                if !reporting || halted { return false }
            }
        }
        if valid { outcome.items = Int.max }
        return valid
    }

    mutating func checkItemCount(minimum: Int? = nil, maximum: Int? = nil, of node: SchemaNode, _ instance: JSON) -> Bool {
        guard case .array(let items) = instance else { return true }
        if let minimum, items.count < minimum {
            report("minItems", of: node, "the array must have at least \(minimum) items, found \(items.count)")
            return false
        }
        if let maximum, items.count > maximum {
            report("maxItems", of: node, "the array must have at most \(maximum) items, found \(items.count)")
            return false
        }
        return true
    }

    mutating func checkUniqueItems(of node: SchemaNode, _ instance: JSON) -> Bool {
        guard case .array(let items) = instance, items.count > 1 else { return true }
        var seen: [SchemaJSONKey: Int] = [:]
        seen.reserveCapacity(items.count)
        for (offset, item) in items.enumerated() {
            if let first = seen[SchemaJSONKey(value: item)] {
                report("uniqueItems", of: node, "items \(first) and \(offset) are equal, but items must be unique")
                return false
            }
            seen[SchemaJSONKey(value: item)] = offset
        }
        return true
    }
}
