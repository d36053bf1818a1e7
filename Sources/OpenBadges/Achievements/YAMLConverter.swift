import Yams

/// Converts a YAML document to Laurel's `JSON`, remembering the line each value came from.
///
/// Only the JSON-shaped part of YAML is accepted: mappings with scalar keys, sequences, and scalars
/// resolved by the YAML 1.2 core schema (`null`, `true`/`false`, decimal numbers; everything else is a
/// string, so `no` stays the string "no"). Refused, with the line: aliases (`*name`, which can expand
/// exponentially), explicit tags (`!!binary`, `!custom`), merge keys (`<<`), duplicate keys, non-scalar
/// keys, numbers JSON cannot write (`.inf`, `0x1F`), several documents in one file, and anything
/// beyond `YAMLLimits`.
public struct YAMLConverter {
    public let limits: YAMLLimits

    public init(limits: YAMLLimits = .default) { self.limits = limits }

    /// The JSON of the document and the 1-based line of each value (for a member, the line of its key).
    public func convert(_ bytes: [UInt8]) throws(YAMLError) -> (json: JSON, lines: [JSONPointer: Int]) {
        guard bytes.count <= limits.maxBytes else {
            throw YAMLError("the YAML document is \(bytes.count) bytes; at most \(limits.maxBytes) are accepted")
        }
        guard let text = String(validating: bytes, as: UTF8.self) else {
            throw YAMLError("the YAML document is not valid UTF-8")
        }
        let scan = YAMLNestingScan.maximumDepth(of: bytes)
        guard scan.depth <= limits.maxDepth * 4 else {
            throw YAMLError("the YAML nests too deeply (more than \(limits.maxDepth) levels)", line: scan.line)
        }
        let root: Node?
        do {
            root = try Yams.compose(yaml: text)
        } catch let error as YamlError {
            throw Self.describe(error)
        } catch {
            throw YAMLError("the YAML could not be read: \(error)")
        }
        guard let root else { throw YAMLError("the YAML document is empty") }
        var run = Run(limits: limits)
        let json = try run.convert(root, at: .root, depth: 0)
        return (json, run.lines)
    }

    static func describe(_ error: YamlError) -> YAMLError {
        switch error {
        case .scanner(let context, let problem, let mark, _), .parser(let context, let problem, let mark, _),
             .composer(let context, let problem, let mark, _):
            let text = context.map { "\($0.text): \(problem)" } ?? problem
            return YAMLError("invalid YAML: \(text)", line: mark.line, column: mark.column)
        case .reader(let problem, let offset, _, _):
            return YAMLError("invalid YAML input: \(problem)" + (offset.map { " at byte \($0)" } ?? ""))
        default:
            return YAMLError("invalid YAML: \(error)")
        }
    }

    /// One conversion's state: the node budget, the nodes already seen (an alias reuses its anchor's
    /// node, with the anchor's position), and the line map.
    struct Run {
        let limits: YAMLLimits
        var nodes = 0
        var seen: Set<NodeIdentity> = []
        var lines: [JSONPointer: Int] = [:]

        struct NodeIdentity: Hashable {
            let kind: Int
            let line: Int
            let column: Int
            let text: String
        }

        init(limits: YAMLLimits) { self.limits = limits }

        mutating func convert(_ node: Node, at pointer: JSONPointer, depth: Int) throws(YAMLError) -> JSON {
            let line = node.mark?.line, column = node.mark?.column
            nodes += 1
            guard nodes <= limits.maxNodes else {
                throw YAMLError("the YAML holds more than \(limits.maxNodes) values", line: line, column: column)
            }
            guard depth <= limits.maxDepth else {
                throw YAMLError("the YAML nests more than \(limits.maxDepth) levels deep", line: line, column: column)
            }
            if let mark = node.mark {
                let identity: NodeIdentity
                switch node {
                case .scalar(let scalar): identity = NodeIdentity(kind: 0, line: mark.line, column: mark.column, text: scalar.string)
                case .sequence: identity = NodeIdentity(kind: 1, line: mark.line, column: mark.column, text: "")
                case .mapping: identity = NodeIdentity(kind: 2, line: mark.line, column: mark.column, text: "")
                }
                guard seen.insert(identity).inserted else {
                    throw YAMLError("YAML aliases (*name) are not supported: write the value out instead (the alias repeats the value at line \(mark.line))",
                                    line: nil)
                }
            }
            if lines[pointer] == nil, let line { lines[pointer] = line }
            // The tag as written (empty when none was); Node.tag would resolve it, which also rewrites it.
            let tag: String
            switch node {
            case .scalar(let scalar): tag = scalar.tag.description
            case .sequence(let sequence): tag = sequence.tag.description
            case .mapping(let mapping): tag = mapping.tag.description
            }
            // Scalars may say they are strings: Yams reports every quoted or block scalar as `!!str`.
            let isString = node.scalar != nil && (tag == "!" || tag == Self.stringTag)
            guard tag.isEmpty || isString else {
                throw YAMLError("YAML tags (\(tag)) are not supported", line: line, column: column)
            }
            switch node {
            case .scalar(let scalar):
                return isString ? .string(scalar.string) : try Self.scalar(scalar)
            case .sequence(let sequence):
                var elements: [JSON] = []
                for (index, element) in sequence.enumerated() {
                    elements.append(try convert(element, at: pointer.appending(index), depth: depth + 1))
                }
                return .array(elements)
            case .mapping(let mapping):
                var object = JSONObject()
                for (key, value) in mapping {
                    guard case .scalar(let keyScalar) = key else {
                        throw YAMLError("a mapping key must be a plain value, not a sequence or mapping", line: key.mark?.line,
                                        column: key.mark?.column)
                    }
                    let keyTag = keyScalar.tag.description
                    guard keyTag.isEmpty || keyTag == "!" || keyTag == Self.stringTag else {
                        throw YAMLError("YAML tags (\(keyTag)) are not supported", line: key.mark?.line, column: key.mark?.column)
                    }
                    let name = keyScalar.string
                    if name == "<<" && keyScalar.style == .plain {
                        throw YAMLError("YAML merge keys (<<) are not supported", line: key.mark?.line, column: key.mark?.column)
                    }
                    guard object.index(forKey: name) == nil else {
                        throw YAMLError("the key \"\(name)\" appears twice in one mapping", line: key.mark?.line, column: key.mark?.column)
                    }
                    let place = pointer.appending(name)
                    if let keyLine = key.mark?.line { lines[place] = keyLine }
                    nodes += 1  // the key
                    object[name] = try convert(value, at: place, depth: depth + 1)
                }
                return .object(object)
            }
        }

        static let stringTag = "tag:yaml.org,2002:str"

        /// YAML 1.2 core schema resolution of a scalar, for plain (unquoted) scalars only.
        static func scalar(_ scalar: Node.Scalar) throws(YAMLError) -> JSON {
            guard scalar.style == .plain || scalar.style == .any else { return .string(scalar.string) }
            let text = scalar.string
            switch text {
            case "", "~", "null", "Null", "NULL": return .null
            case "true", "True", "TRUE": return .bool(true)
            case "false", "False", "FALSE": return .bool(false)
            default: break
            }
            if let number = try number(text, line: scalar.mark?.line) { return number }
            return .string(text)
        }

        /// Decimal integers and floats become JSON numbers (`+1`, `.5`, `1.` and leading zeros are
        /// normalised); `.inf`, `.nan`, `0x…` and `0o…` are refused, since JSON cannot say them and
        /// quoting says what was meant.
        static func number(_ text: String, line: Int?) throws(YAMLError) -> JSON? {
            let lower = LanguageTag.lowercased(text)
            if [".inf", "+.inf", "-.inf", ".nan"].contains(lower) || lower.hasPrefix("0x") || lower.hasPrefix("0o") {
                throw YAMLError("\"\(text)\" is a YAML number JSON cannot represent; quote it if it is text", line: line)
            }
            var bytes = Array(text.utf8)
            var sign: [UInt8] = []
            if let first = bytes.first, first == UInt8(ascii: "+") || first == UInt8(ascii: "-") {
                if first == UInt8(ascii: "-") { sign = [first] }
                bytes.removeFirst()
            }
            // [0-9]* ( . [0-9]* )? ( [eE] [-+]? [0-9]+ )?, with at least one digit before the exponent.
            var index = 0
            var integer: [UInt8] = [], fraction: [UInt8]? = nil, exponent: [UInt8] = []
            while index < bytes.count, isDigit(bytes[index]) { integer.append(bytes[index]); index += 1 }
            if index < bytes.count, bytes[index] == UInt8(ascii: ".") {
                index += 1
                var digits: [UInt8] = []
                while index < bytes.count, isDigit(bytes[index]) { digits.append(bytes[index]); index += 1 }
                fraction = digits
            }
            guard !integer.isEmpty || !(fraction ?? []).isEmpty else { return nil }
            if index < bytes.count, bytes[index] == UInt8(ascii: "e") || bytes[index] == UInt8(ascii: "E") {
                exponent.append(UInt8(ascii: "e"))
                index += 1
                if index < bytes.count, bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "-") {
                    exponent.append(bytes[index]); index += 1
                }
                let before = exponent.count
                while index < bytes.count, isDigit(bytes[index]) { exponent.append(bytes[index]); index += 1 }
                guard exponent.count > before else { return nil }
            }
            guard index == bytes.count else { return nil }
            while integer.count > 1, integer.first == UInt8(ascii: "0") { integer.removeFirst() }
            if integer.isEmpty { integer = [UInt8(ascii: "0")] }
            var literal = sign + integer
            if let fraction { literal += [UInt8(ascii: ".")] + (fraction.isEmpty ? [UInt8(ascii: "0")] : fraction) }
            literal += exponent
            guard let json = try? JSON.parse(literal), case .number = json else {
                throw YAMLError("\"\(text)\" is a number JSON cannot represent", line: line)
            }
            return json
        }

        static func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }
    }
}
