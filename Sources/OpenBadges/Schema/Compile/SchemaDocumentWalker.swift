/// Finds the subschemas of a schema document and the identifiers they declare.
///
/// Only values in subschema positions are schemas: an object under `enum`, `const` or an unknown
/// keyword that happens to hold `"$id"` declares nothing. Base URIs follow RFC 3986 resolution of
/// each `$id` against the base of the enclosing schema. The walk uses an explicit stack.
enum SchemaDocumentWalker {
    /// How a keyword holds subschemas.
    enum Shape {
        case single, array, singleOrArray, map
    }

    static let subschemaKeywords: [String: Shape] = [
        "additionalItems": .single, "unevaluatedItems": .single, "contains": .single,
        "additionalProperties": .single, "unevaluatedProperties": .single, "propertyNames": .single,
        "if": .single, "then": .single, "else": .single, "not": .single, "contentSchema": .single,
        "allOf": .array, "anyOf": .array, "oneOf": .array,
        "items": .singleOrArray,
        "properties": .map, "patternProperties": .map, "dependentSchemas": .map, "$defs": .map,
        "definitions": .map, "dependencies": .map,
    ]

    /// One subschema position.
    struct Position {
        var pointer: SchemaPointer
        /// The base URI in effect inside this subschema (after its own `$id`).
        var base: SchemaURI
        /// Set when this subschema starts a resource: the document root, or an `$id`.
        var resourceURI: String?
        var anchor: String?
        var metaSchema: String?
        var recursiveAnchor: Bool
        /// The index of the enclosing position in the walk's output.
        var parent: Int?
    }

    /// Walks `value` (found at `pointer` in `document`) as a schema whose enclosing base is `base`.
    /// `isDocumentRoot` makes the start a resource even without `$id`.
    static func walk(_ value: JSON, at pointer: SchemaPointer, base: SchemaURI, isDocumentRoot: Bool,
                     documentURI: String) throws(SchemaError) -> [Position] {
        var output: [Position] = []
        var stack: [(value: JSON, pointer: SchemaPointer, base: SchemaURI, parent: Int?, root: Bool)] = [
            (value, pointer, base, nil, isDocumentRoot)
        ]
        while let (current, pointer, inheritedBase, parent, isRoot) = stack.popLast() {
            let location = documentURI + "#" + pointer.description
            guard case .object(let object) = current else {
                if case .bool = current {
                    output.append(Position(pointer: pointer, base: inheritedBase,
                                           resourceURI: isRoot ? inheritedBase.resourceKey : nil, anchor: nil,
                                           metaSchema: nil, recursiveAnchor: false, parent: parent))
                }
                continue
            }
            var base = inheritedBase
            var resourceURI: String? = isRoot ? inheritedBase.resourceKey : nil
            if let idValue = object["$id"] {
                guard case .string(let id) = idValue else {
                    throw SchemaError(.invalidKeyword, at: location + "/$id", "$id must be a string")
                }
                let reference = SchemaURI(id)
                if let fragment = reference.fragment, !fragment.isEmpty {
                    throw SchemaError(.invalidKeyword, at: location + "/$id",
                                      "$id '\(id)' has a fragment; name a location with $anchor instead")
                }
                base = reference.resolved(against: inheritedBase).withoutFragment
                resourceURI = base.resourceKey
            }
            var anchor: String?
            if let anchorValue = object["$anchor"] {
                guard case .string(let name) = anchorValue, isValidAnchor(name) else {
                    throw SchemaError(.invalidKeyword, at: location + "/$anchor",
                                      "$anchor must be a name matching ^[A-Za-z][-A-Za-z0-9.:_]*$")
                }
                anchor = name
            }
            var metaSchema: String?
            if let schemaValue = object["$schema"] {
                guard case .string(let uri) = schemaValue else {
                    throw SchemaError(.invalidKeyword, at: location + "/$schema", "$schema must be a URI string")
                }
                metaSchema = uri
            }
            var recursiveAnchor = false
            if let anchorFlag = object["$recursiveAnchor"] {
                guard case .bool(let flag) = anchorFlag else {
                    throw SchemaError(.invalidKeyword, at: location + "/$recursiveAnchor",
                                      "$recursiveAnchor must be a boolean")
                }
                recursiveAnchor = flag
            }
            let index = output.count
            output.append(Position(pointer: pointer, base: base, resourceURI: resourceURI, anchor: anchor,
                                   metaSchema: metaSchema, recursiveAnchor: recursiveAnchor, parent: parent))
            // Push children in reverse so they come out in document order.
            var children: [(JSON, SchemaPointer)] = []
            for member in object {
                guard let shape = subschemaKeywords[member.key] else { continue }
                let keywordPointer = pointer.appending(member.key)
                switch (shape, member.value) {
                case (.single, _), (.singleOrArray, .object), (.singleOrArray, .bool):
                    children.append((member.value, keywordPointer))
                case (.array, .array(let items)), (.singleOrArray, .array(let items)):
                    for (offset, item) in items.enumerated() {
                        children.append((item, keywordPointer.appending(String(offset))))
                    }
                case (.map, .object(let map)):
                    for entry in map { children.append((entry.value, keywordPointer.appending(entry.key))) }
                default:
                    continue
                }
            }
            for (child, childPointer) in children.reversed() where isSchemaShaped(child) {
                stack.append((child, childPointer, base, index, false))
            }
        }
        return output
    }

    static func isSchemaShaped(_ value: JSON) -> Bool {
        switch value {
        case .object, .bool: true
        default: false
        }
    }

    /// `^[A-Za-z][-A-Za-z0-9.:_]*$` (the 2019-09 core meta-schema's rule for `$anchor`).
    static func isValidAnchor(_ name: String) -> Bool {
        let bytes = Array(name.utf8)
        guard let first = bytes.first, isLetter(first) else { return false }
        return bytes.dropFirst().allSatisfy { byte in
            isLetter(byte) || (byte >= 0x30 && byte <= 0x39) || byte == 0x2D || byte == 0x2E || byte == 0x3A
                || byte == 0x5F
        }
    }

    private static func isLetter(_ byte: UInt8) -> Bool {
        (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A)
    }
}
