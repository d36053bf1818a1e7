extension OB2 {
    /// Which generation of Open Badges a JSON document belongs to, judged from its shape before any
    /// detailed reading: OB 2.0 documents go to the OB 2.0 verifier, OB 1.x documents are refused with an
    /// explanation, anything else is left to the OB 3.0 reader.
    public enum Generation: Sendable, Equatable {
        /// An OB 2.0 document: its context is the OB 2.0 context, one written out in full, or some other
        /// `https://w3id.org/openbadges/` context (which the verifier will then refuse, but as OB 2.0).
        case openBadges2
        /// Open Badges 0.5, 1.0 or 1.1, which Laurel does not verify.
        case legacy(LegacyVersion)

        /// The generation of `json`, or nil when it is not an OB 0.5–2.0 document.
        public static func of(_ json: JSON) -> Generation? {
            guard case .object(let object) = json else { return nil }
            // A W3C credential is OB 3.0, whatever else it carries.
            if object["credentialSubject"] != nil { return nil }
            guard let context = object["@context"] else { return legacyShape(object) }
            var sawOpenBadgesTerms = false
            for entry in context.asArray {
                switch entry {
                case .string(let url):
                    if OB2.isContextURL(url) { return .openBadges2 }
                    if OB2.isLegacyContextURL(url) { return .legacy(.v1_1) }
                    if url.hasPrefix("https://w3id.org/openbadges/") && !url.hasPrefix("https://w3id.org/openbadges/extensions/") {
                        sawOpenBadgesTerms = true
                    }
                case .object(let definitions):
                    // A context written out in full: it is OB 2.0 if it maps into the OB vocabulary.
                    if definitions.members.contains(where: { $0.value.stringValue.map { $0.hasPrefix(OB2.vocabularyIRI) } == true }) {
                        sawOpenBadgesTerms = true
                    }
                default:
                    continue
                }
            }
            return sawOpenBadgesTerms ? .openBadges2 : nil
        }

        /// OB 0.5 and 1.0 documents have no `@context`; they are recognised by the members only they use.
        static func legacyShape(_ object: JSONObject) -> Generation? {
            if case .object(let badge) = object["badge"], badge["version"] != nil || object["issued_on"] != nil {
                return .legacy(.v0_5)
            }
            if case .string = object["recipient"], object["badge"] != nil { return .legacy(object["salt"] != nil ? .v0_5 : .v1_0) }
            if object["verify"]?["url"] != nil || (object["uid"] != nil && object["badge"] != nil) { return .legacy(.v1_0) }
            if object["recipient"] != nil, object["badge"] != nil, object["issuedOn"] != nil { return .legacy(.v1_0) }
            return nil
        }
    }

    /// The Open Badges versions before 2.0.
    public enum LegacyVersion: String, Sendable, Equatable {
        case v0_5 = "0.5"
        case v1_0 = "1.0"
        case v1_1 = "1.1"

        /// A sentence for the person holding the badge.
        public var explanation: String {
            "This is an Open Badges \(rawValue) badge. Laurel verifies Open Badges 2.0 and 3.0 only: "
                + "Open Badges 1.x is not supported, and the badge must be re-issued by its issuer in a current version."
        }
    }
}
