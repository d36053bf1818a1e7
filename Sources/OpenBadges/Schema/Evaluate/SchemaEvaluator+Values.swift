/// `type`, `enum`, `const`, the numeric assertions and the string assertions (`minLength`,
/// `maxLength`, `pattern`, `format`).
extension SchemaEvaluator {
    mutating func checkType(_ types: SchemaTypeSet, of node: SchemaNode, _ instance: JSON) -> Bool {
        let matches: Bool
        switch instance {
        case .null: matches = types.contains(.null)
        case .bool: matches = types.contains(.boolean)
        case .string: matches = types.contains(.string)
        case .array: matches = types.contains(.array)
        case .object: matches = types.contains(.object)
        case .number(let number):
            matches = types.contains(.number) || (types.contains(.integer) && Self.isInteger(number))
        }
        if !matches {
            let expected = types.names.map(Self.article).joined(separator: " or ")
            report("type", of: node, "expected \(expected), found \(Self.describe(instance))")
        }
        return matches
    }

    /// A number is an integer when its value has no fractional part (`1.0` is one, 2019-09 §6.1.1).
    static func isInteger(_ number: JSONNumber) -> Bool {
        if number.isIntegerLiteral { return true }
        return SchemaDecimal(number)?.isInteger ?? (number.doubleValue.rounded(.towardZero) == number.doubleValue)
    }

    private static func article(_ typeName: String) -> String {
        switch typeName {
        case "null": "null"
        case "array", "object", "integer": "an \(typeName)"
        default: "a \(typeName)"
        }
    }

    /// "a string", "the number 1.5", "an array": what the instance is, briefly.
    static func describe(_ value: JSON) -> String {
        switch value {
        case .number(let number): isInteger(number) ? "the integer \(number.literal)" : "the number \(number.literal)"
        case .bool(let flag): "the boolean \(flag)"
        default: value.kindName
        }
    }

    mutating func checkEnum(_ options: [JSON], of node: SchemaNode, _ instance: JSON) -> Bool {
        if options.contains(where: { SchemaJSONEquality.equal($0, instance) }) { return true }
        let shown = options.prefix(6).map { Self.excerpt($0.serializedString(), limit: 80) }.joined(separator: ", ")
        let more = options.count > 6 ? ", …" : ""
        report("enum", of: node, "the value is not one of the allowed values: \(shown)\(more)")
        return false
    }

    mutating func checkConst(_ value: JSON, of node: SchemaNode, _ instance: JSON) -> Bool {
        if SchemaJSONEquality.equal(value, instance) { return true }
        report("const", of: node, "the value must be \(Self.excerpt(value.serializedString(), limit: 80))")
        return false
    }

    mutating func checkMultipleOf(_ divisor: SchemaNumber, of node: SchemaNode, _ instance: JSON) -> Bool {
        guard case .number(let number) = instance else { return true }
        let multiple: Bool
        if let exact = SchemaDecimal(number), let exactDivisor = divisor.exact,
           let answer = exact.isMultiple(of: exactDivisor) {
            multiple = answer
        } else {
            let quotient = number.doubleValue / divisor.number.doubleValue
            multiple = quotient.isFinite && quotient.rounded(.towardZero) == quotient
        }
        if !multiple {
            report("multipleOf", of: node, "\(number.literal) is not a multiple of \(divisor.number.literal)")
        }
        return multiple
    }

    mutating func checkBound(_ bound: SchemaNumericBound, _ limit: SchemaNumber, of node: SchemaNode,
                             _ instance: JSON) -> Bool {
        guard case .number(let number) = instance else { return true }
        let order = Self.compare(number, limit)
        let ok: Bool
        let relation: String
        switch bound {
        case .minimum: ok = order >= 0; relation = "at least"
        case .exclusiveMinimum: ok = order > 0; relation = "greater than"
        case .maximum: ok = order <= 0; relation = "at most"
        case .exclusiveMaximum: ok = order < 0; relation = "less than"
        }
        if !ok { report(bound.keyword, of: node, "\(number.literal) must be \(relation) \(limit.number.literal)") }
        return ok
    }

    /// Doubles decide unless they tie; a tie between different literals is settled exactly.
    static func compare(_ number: JSONNumber, _ limit: SchemaNumber) -> Int {
        let a = number.doubleValue
        let b = limit.number.doubleValue
        if a < b { return -1 }
        if a > b { return 1 }
        if let exact = SchemaDecimal(number), let exactLimit = limit.exact {
            return SchemaDecimal.compare(exact, exactLimit)
        }
        return 0
    }

    mutating func checkLength(minimum: Int? = nil, maximum: Int? = nil, of node: SchemaNode, _ instance: JSON) -> Bool {
        guard case .string(let text) = instance else { return true }
        // Lengths count code points (2019-09 §6.3.1), not grapheme clusters or UTF-16 units.
        let length = text.unicodeScalars.count
        if let minimum, length < minimum {
            report("minLength", of: node, "the string must be at least \(minimum) characters long, found \(length)")
            return false
        }
        if let maximum, length > maximum {
            report("maxLength", of: node, "the string must be at most \(maximum) characters long, found \(length)")
            return false
        }
        return true
    }

    mutating func checkPattern(_ regex: ECMAScriptRegex, of node: SchemaNode, _ instance: JSON) -> Bool {
        guard case .string(let text) = instance else { return true }
        switch regex.search(in: text, stepLimit: options.maxRegexSteps) {
        case .match:
            return true
        case .noMatch:
            report("pattern", of: node, "'\(Self.excerpt(text))' does not match the pattern \(regex.source)")
            return false
        case .limitExceeded:
            stop("pattern", of: node, "validation stopped: pattern \(regex.source) exceeded its step budget on '\(Self.excerpt(text))'")
            return false
        }
    }

    mutating func checkFormat(_ format: SchemaFormat, of node: SchemaNode, _ instance: JSON) -> Bool {
        guard case .string(let text) = instance else { return true }
        guard let problem = format.problem(with: text) else { return true }
        report("format", of: node, "'\(Self.excerpt(text))' is not a valid \(format.name): \(problem)")
        return false
    }
}
