extension OB2 {
    /// A whole OB 2.0 document, read according to the class its `type` names. Verifiers are handed
    /// assertions, but also badge classes and issuer profiles, and follow links to keys and revocation
    /// lists; other classes of the vocabulary are read far enough to say what they are.
    public enum Document: Sendable, Equatable {
        case assertion(Assertion)
        case badgeClass(BadgeClass)
        case profile(Profile)
        case endorsement(Endorsement)
        case cryptographicKey(CryptographicKey)
        case revocationList(RevocationList)
        case alignmentObject(AlignmentObject)
        /// A node of a class Laurel has no model for (`Criteria`, `Image`, an extension's class…): its
        /// class names and members, unread.
        case other(types: [String], members: JSONObject)

        /// Reads `json` by the first class of its `type` that Laurel models. Fails, naming the JSON
        /// pointer, when the document is not an object, has no `type`, or does not fit its class.
        public init(json: JSON, warnings: inout [DecodingWarning]) throws(BadgeDecodingError) {
            guard case .object(let object) = json else {
                throw BadgeDecodingError(.wrongKind(expected: "an Open Badges 2.0 object", found: json.kindName), at: .root)
            }
            var reader = try NodeReader(json, at: .root, what: "an Open Badges 2.0 object")
            guard reader.contains("type") else { throw BadgeDecodingError(.missingProperty, at: reader.path("type")) }
            let types = try reader.types()
            guard !types.isEmpty else {
                throw BadgeDecodingError(.invalidValue("type is empty: it must name the class of the document, such as \"Assertion\""),
                                         at: reader.path("type"))
            }
            func has(_ name: String) -> Bool { types.contains { $0.isByteEqual(to: name) } }
            if has("Assertion") {
                self = .assertion(try Assertion(json: json, at: .root, warnings: &warnings))
            } else if has("BadgeClass") {
                self = .badgeClass(try BadgeClass(json: json, at: .root, warnings: &warnings))
            } else if has("Issuer") || has("Profile") {
                self = .profile(try Profile(json: json, at: .root, warnings: &warnings))
            } else if has("Endorsement") {
                self = .endorsement(try Endorsement(json: json, at: .root, warnings: &warnings))
            } else if has("CryptographicKey") {
                self = .cryptographicKey(try CryptographicKey(json: json, at: .root, warnings: &warnings))
            } else if has("RevocationList") {
                self = .revocationList(try RevocationList(json: json, at: .root, warnings: &warnings))
            } else if has("AlignmentObject") {
                self = .alignmentObject(try AlignmentObject(json: json, at: .root, warnings: &warnings))
            } else {
                self = .other(types: types, members: object)
            }
        }

        /// The class the document was read as (`Assertion`, `BadgeClass`, `Profile`, …), or its first
        /// `type` value for a class Laurel does not model.
        public var className: String {
            switch self {
            case .assertion: "Assertion"
            case .badgeClass: "BadgeClass"
            case .profile(let profile): profile.type.contains("Issuer") ? "Issuer" : "Profile"
            case .endorsement: "Endorsement"
            case .cryptographicKey: "CryptographicKey"
            case .revocationList: "RevocationList"
            case .alignmentObject: "AlignmentObject"
            case .other(let types, _): types.first ?? "unknown"
            }
        }

        /// The document's `id`, when it has one.
        public var id: String? {
            switch self {
            case .assertion(let node): node.id
            case .badgeClass(let node): node.id
            case .profile(let node): node.id
            case .endorsement(let node): node.id
            case .cryptographicKey(let node): node.id
            case .revocationList(let node): node.id
            case .alignmentObject: nil
            case .other(_, let members): members["id"]?.stringValue ?? members["@id"]?.stringValue
            }
        }
    }
}
