extension OB2 {
    /// An Open Badges extension found in a document: a property whose value is an object typed
    /// `Extension` that brings its own JSON-LD context (OB 2.0 "Extensions").
    public struct ExtensionNode: Sendable, Equatable {
        /// The property holding it (`extensions:exampleExtension`).
        public let property: String
        /// Its `type` values other than `Extension`.
        public let kinds: [String]
        /// The extension's own context, required by the specification so its terms can be understood.
        public let context: JSON?
        public let pointer: JSONPointer

        /// The extension nodes among `members` (a node's unread properties) at `pointer`.
        public static func find(in members: JSONObject, at pointer: JSONPointer) -> [ExtensionNode] {
            var found: [ExtensionNode] = []
            for member in members.members {
                for (index, value) in member.value.asArray.enumerated() {
                    guard case .object(let object) = value else { continue }
                    let types = (object["type"] ?? object["@type"])?.asArray.compactMap(\.stringValue) ?? []
                    let classes = types.map(Vocabulary.shared.className)
                    guard classes.contains("Extension") else { continue }
                    let place = member.value.arrayValue == nil ? pointer.appending(member.key) : pointer.appending(member.key).appending(index)
                    found.append(ExtensionNode(property: member.key, kinds: types.filter { Vocabulary.shared.className($0) != "Extension" },
                                               context: object["@context"], pointer: place))
                }
            }
            return found
        }
    }
}
