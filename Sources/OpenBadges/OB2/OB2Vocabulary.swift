extension OB2 {
    /// The terms of the OB 2.0 context and every spelling that means the same property or class.
    ///
    /// JSON-LD lets a publisher write `badge`, `obi:badge` or `https://w3id.org/openbadges#badge` for the
    /// same property, and `hosted` or `HostedBadge` for the same class. The table is derived from Laurel's
    /// bundled copy of the context, so it cannot drift from what the JSON-LD processor uses.
    public struct Vocabulary: Sendable {
        /// The expanded IRI of each term (`badge` → `https://w3id.org/openbadges#badge`).
        let iriOfTerm: [String: String]
        /// The namespace prefixes of the context (`obi`, `schema`, `sec`, …) and their IRIs.
        let prefixes: [(name: String, iri: String)]
        /// Terms defined as another term (`verify` → `verification`).
        let aliases: [String: [String]]
        /// The preferred class name of each class IRI (`obi:HostedBadge` → `HostedBadge`).
        let classOfIRI: [String: String]

        /// The vocabulary of the bundled OB 2.0 context, built on first use.
        public static let shared = Vocabulary(context: BundledContexts.document(for: OB2.contextURLs[0]))

        init(context document: JSON?) {
            let definitions = document?["@context"]?.objectValue ?? JSONObject()
            var prefixes: [(name: String, iri: String)] = []
            // A prefix is a term whose value is an absolute IRI ending in a gen-delim; the others are
            // compact IRIs over those prefixes.
            for member in definitions.members {
                if case .string(let value) = member.value, Self.isAbsolute(value), value.hasSuffix("#") || value.hasSuffix("/") {
                    prefixes.append((member.key, value))
                }
            }
            func expand(_ value: String) -> String? {
                if value.hasPrefix("@") { return nil }
                if let colon = value.firstIndex(of: ":") {
                    let head = String(value[..<colon])
                    if let prefix = prefixes.first(where: { $0.name.isByteEqual(to: head) }) {
                        return prefix.iri + value[value.index(after: colon)...]
                    }
                    return Self.isAbsolute(value) ? value : nil
                }
                return nil
            }
            var iriOfTerm: [String: String] = [:]
            var aliases: [String: [String]] = [:]
            for member in definitions.members where !prefixes.contains(where: { $0.name.isByteEqual(to: member.key) }) {
                let target: String?
                switch member.value {
                case .string(let value): target = value
                case .object(let object): target = object["@id"]?.stringValue
                default: target = nil
                }
                guard let target else { continue }
                if let iri = expand(target) {
                    iriOfTerm[member.key] = iri
                } else if definitions[target] != nil, !target.hasPrefix("@") {
                    aliases[target, default: []].append(member.key)
                }
            }
            for (term, others) in aliases {
                if let iri = iriOfTerm[term] { for other in others { iriOfTerm[other] = iri } }
            }
            var classOfIRI: [String: String] = [:]
            // Capitalised terms name classes; the capitalised spelling wins over a lower-case alias
            // (`HostedBadge` over `hosted`), and among several the spec's name is listed first.
            for (term, iri) in iriOfTerm.sorted(by: { $0.key.precedesInCodePointOrder($1.key) }) {
                guard let first = term.unicodeScalars.first, ("A"..."Z").contains(first) else { continue }
                if classOfIRI[iri] == nil { classOfIRI[iri] = term }
            }
            for (term, iri) in iriOfTerm where classOfIRI[iri] == nil && (term == "hosted" || term == "signed") {
                classOfIRI[iri] = term
            }
            self.iriOfTerm = iriOfTerm
            self.prefixes = prefixes
            self.aliases = aliases
            self.classOfIRI = classOfIRI
        }

        /// The terms the context defines, without its prefixes, sorted.
        public var terms: [String] { iriOfTerm.keys.sorted { $0.precedesInCodePointOrder($1) } }

        /// The IRI `term` expands to, or nil when the context does not define it.
        public func iri(of term: String) -> String? { Self.exact(iriOfTerm, term) }

        /// Dictionary lookup that also compares the key's bytes: `String` keys match canonically
        /// equivalent spellings (U+212A KELVIN SIGN matches "K"), which a JSON-LD processor does not.
        static func exact<Value>(_ table: [String: Value], _ key: String) -> Value? {
            guard let index = table.index(forKey: key), table[index].key.isByteEqual(to: key) else { return nil }
            return table[index].value
        }

        /// Expands a term, a compact IRI over one of the context's prefixes, or an absolute IRI; nil for
        /// anything else (an undefined word such as `NotAKnownClass`).
        public func expand(_ value: String) -> String? {
            if let iri = Self.exact(iriOfTerm, value) { return iri }
            if let colon = value.firstIndex(of: ":") {
                let head = String(value[..<colon])
                if let prefix = prefixes.first(where: { $0.name.isByteEqual(to: head) }) {
                    return prefix.iri + value[value.index(after: colon)...]
                }
            }
            return Self.isAbsolute(value) ? value : nil
        }

        /// The spellings of property `term`, the term itself first: its aliases, its compact IRIs and its
        /// absolute IRI.
        public func spellings(of term: String) -> [String] {
            var out = [term] + (Self.exact(aliases, term) ?? [])
            guard let iri = Self.exact(iriOfTerm, term) else { return out }
            for prefix in prefixes where iri.hasPrefix(prefix.iri) && iri.utf8.count > prefix.iri.utf8.count {
                out.append(prefix.name + ":" + iri.dropFirst(prefix.iri.count))
            }
            out.append(iri)
            return out
        }

        /// The class name a `type` value stands for: `Assertion` for `Assertion`, `obi:Assertion` or
        /// `https://w3id.org/openbadges#Assertion`; `HostedBadge` for `hosted`. Values outside the OB 2.0
        /// vocabulary come back unchanged.
        public func className(_ value: String) -> String {
            if let iri = expand(value), let name = Self.exact(classOfIRI, iri) { return name }
            return value
        }

        /// Whether `value` has the form `scheme:…` of an absolute IRI (RFC 3987 scheme syntax).
        public static func isAbsolute(_ value: String) -> Bool {
            guard let colon = value.utf8.firstIndex(of: UInt8(ascii: ":")) else { return false }
            let scheme = value.utf8[..<colon]
            guard let first = scheme.first, (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(first | 0x20) else { return false }
            return scheme.allSatisfy { byte in
                (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte | 0x20) || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
                    || byte == UInt8(ascii: "+") || byte == UInt8(ascii: "-") || byte == UInt8(ascii: ".")
            }
        }
    }
}
