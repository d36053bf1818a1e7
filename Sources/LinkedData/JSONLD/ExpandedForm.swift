/// A document in expanded form, typed: what expansion produces and node map generation consumes,
/// so that toRdf never re-reads JSON objects by key.
enum ExpandedItem: Sendable {
    // Only nodes are boxed: values and lists are stored inline, saving an allocation per value.
    indirect case node(ExpandedNode)
    case value(ExpandedValue)
    case list(ExpandedList)
}

/// A node object (or node reference, or graph object) in expanded form.
struct ExpandedNode: Sendable {
    var id: String?
    /// `@id` expanded to null: nothing may be said about this node or link to it.
    var idIsNull = false
    var types: [String] = []
    var hasTypes = false
    var properties = OrderedByteMap<[ExpandedItem]>()
    var reverse: OrderedByteMap<[ExpandedItem]>?
    var graph: [ExpandedItem]?
    var included: [ExpandedItem]?
    var index: String?
    /// Bit i set: `types[i]` / `properties.keys[i]` came from a term whose IRI is known to be well-formed.
    var wellFormedTypes: UInt64 = 0
    var wellFormedProperties: UInt64 = 0

    /// A graph object: `@graph` with at most `@id` and `@index` beside it.
    var isGraphObject: Bool {
        graph != nil && !hasTypes && properties.isEmpty && reverse == nil && included == nil
    }
}

/// A value object in expanded form. `value` is a scalar, or any JSON for a JSON literal (`@type: @json`).
struct ExpandedValue: Sendable {
    var value: JSON
    var type: String?
    var language: String?
    var direction: String?
    var index: String?

    var isJSONLiteral: Bool { type.map { Keyword.named($0) == .json } ?? false }
}

/// A list object in expanded form.
struct ExpandedList: Sendable {
    var items: [ExpandedItem]
    var index: String?
}

/// The result of expanding one element: nothing, one item, or several (an array or an `@set`).
enum Expanded {
    case none
    case one(ExpandedItem)
    case many([ExpandedItem])

    var items: [ExpandedItem] {
        switch self {
        case .none: []
        case .one(let item): [item]
        case .many(let items): items
        }
    }
}

extension ExpandedItem {
    var isValueOrList: Bool {
        switch self {
        case .value, .list: true
        case .node: false
        }
    }

    /// The expanded form as JSON, as the JSON-LD API's `expand()` returns it.
    var json: JSON {
        switch self {
        case .node(let node):
            var members: [JSONObject.Member] = []
            members.reserveCapacity(node.properties.count + 3)
            if let id = node.id {
                members.append(.init(key: "@id", value: .string(id)))
            } else if node.idIsNull {
                members.append(.init(key: "@id", value: .null))
            }
            if node.hasTypes { members.append(.init(key: "@type", value: .array(node.types.map(JSON.string)))) }
            if let index = node.index { members.append(.init(key: "@index", value: .string(index))) }
            if let reverse = node.reverse {
                var reverseMembers: [JSONObject.Member] = []
                for (i, key) in reverse.keys.enumerated() {
                    reverseMembers.append(.init(key: key, value: .array(reverse.values[i].map(\.json))))
                }
                members.append(.init(key: "@reverse", value: .object(JSONObject(members: reverseMembers))))
            }
            for (i, key) in node.properties.keys.enumerated() {
                members.append(.init(key: key, value: .array(node.properties.values[i].map(\.json))))
            }
            if let graph = node.graph { members.append(.init(key: "@graph", value: .array(graph.map(\.json)))) }
            if let included = node.included { members.append(.init(key: "@included", value: .array(included.map(\.json)))) }
            return .object(JSONObject(members: members))
        case .value(let value):
            var members: [JSONObject.Member] = [.init(key: "@value", value: value.value)]
            if let type = value.type { members.append(.init(key: "@type", value: .string(type))) }
            if let language = value.language { members.append(.init(key: "@language", value: .string(language))) }
            if let direction = value.direction { members.append(.init(key: "@direction", value: .string(direction))) }
            if let index = value.index { members.append(.init(key: "@index", value: .string(index))) }
            return .object(JSONObject(members: members))
        case .list(let list):
            var members: [JSONObject.Member] = [.init(key: "@list", value: .array(list.items.map(\.json)))]
            if let index = list.index { members.append(.init(key: "@index", value: .string(index))) }
            return .object(JSONObject(members: members))
        }
    }
}
