extension OB2 {
    /// The JSON-LD side of reading an OB 2.0 document: every context is one Laurel has, the document is
    /// valid JSON-LD, every `type` expands to an absolute IRI, and, when the document brings a context of
    /// its own, the terms it uses mean what they mean in the OB 2.0 context.
    ///
    /// The last point is what lets the model read documents by term name: JSON-LD gives meaning through
    /// the context, so a document that redefined `badge` would say something other than what a reader by
    /// name sees. Contexts are never fetched. Extension contexts (`https://w3id.org/openbadges/extensions/…`)
    /// that Laurel does not carry are read as empty and reported, so that a badge with an extension
    /// Laurel does not know can still be verified, with the extension left unchecked.
    public enum LinkedDataCheck {
        /// What the check found in a document it accepts.
        public struct Findings: Sendable, Equatable {
            /// The expanded IRIs of the document's `type`.
            public var rootTypes: [String] = []
            /// Extension contexts Laurel does not have, read as empty.
            public var unreadContexts: [UnreadContext] = []
        }

        /// An extension context read as empty. At the root of the document it could have changed the
        /// meaning of OB 2.0 terms; inside an extension it only affects the extension.
        public struct UnreadContext: Sendable, Equatable {
            public let url: String
            public let pointer: JSONPointer
            public var atRoot: Bool { pointer.tokens == ["@context"] || (pointer.tokens.count == 2 && pointer.tokens[0] == "@context") }
        }

        /// Why a document is refused.
        public enum Problem: Error, Sendable, Equatable, CustomStringConvertible {
            case missingContext
            case legacyContext(String, at: JSONPointer)
            case unknownContext(String, at: JSONPointer)
            case notLinkedData(JSONLDError)
            case relativeType(String)
            case changedTerm(String, found: String?, expected: String)

            public var description: String {
                switch self {
                case .missingContext:
                    "the document has no @context, so its properties have no defined meaning (OB 2.0 documents name https://w3id.org/openbadges/v2)"
                case .legacyContext(let url, let pointer):
                    "\(pointer) names the Open Badges 1.x context \(url)"
                case .unknownContext(let url, let pointer):
                    "\(pointer) names the context \(url), which is not an Open Badges 2.0 context; Laurel never fetches contexts"
                case .notLinkedData(let error):
                    "the document is not valid JSON-LD: \(error.description)"
                case .relativeType(let value):
                    "the type \"\(value)\" is neither a term of the document's context nor an IRI"
                case .changedTerm(let term, let found?, let expected):
                    "the document's context gives \"\(term)\" the meaning \(found) instead of the Open Badges meaning \(expected)"
                case .changedTerm(let term, nil, let expected):
                    "the document's context does not define \"\(term)\", which in Open Badges means \(expected)"
                }
            }
        }

        /// Checks `document`; throws the first problem found.
        public static func run(_ document: JSON) throws(Problem) -> Findings {
            guard case .object(let root) = document, let rootContext = root["@context"] else { throw .missingContext }
            var contexts: [(url: String, pointer: JSONPointer)] = []
            collectContextURLs(document, at: .root, into: &contexts)
            var standIns: [String] = []
            var findings = Findings()
            for (url, pointer) in contexts {
                if OB2.isLegacyContextURL(url) { throw .legacyContext(url, at: pointer) }
                if BundledContexts.contains(url) { continue }
                guard isExtensionContextURL(url) else { throw .unknownContext(url, at: pointer) }
                standIns.append(url)
                findings.unreadContexts.append(UnreadContext(url: url, pointer: pointer))
            }
            let processor = JSONLDProcessor(loader: StandInLoader(standIns: standIns))
            let expanded: JSON
            do { expanded = try processor.expand(document) } catch { throw .notLinkedData(error) }
            try checkTypes(expanded)
            findings.rootTypes = expanded[0]?["@type"]?.asArray.compactMap(\.stringValue) ?? []
            if !isPlainOB2(rootContext, standIns: standIns) {
                try checkTerms(of: document, context: rootContext, processor: processor)
            }
            return findings
        }

        // MARK: Contexts

        /// OB 2.0 extensions publish their contexts under these prefixes.
        static func isExtensionContextURL(_ url: String) -> Bool {
            ["https://w3id.org/openbadges/extensions/", "http://w3id.org/openbadges/extensions/",
             "https://openbadgespec.org/extensions/", "http://openbadgespec.org/extensions/"].contains { url.hasPrefix($0) }
        }

        /// Every context URL in the document, with the pointer of the `@context` entry naming it.
        static func collectContextURLs(_ json: JSON, at pointer: JSONPointer, into out: inout [(url: String, pointer: JSONPointer)]) {
            switch json {
            case .object(let object):
                for member in object.members {
                    let place = pointer.appending(member.key)
                    if member.key == "@context" {
                        switch member.value {
                        case .string(let url): out.append((url, place))
                        case .array(let entries):
                            for (index, entry) in entries.enumerated() {
                                if case .string(let url) = entry { out.append((url, place.appending(index))) }
                            }
                        default: break
                        }
                    } else {
                        collectContextURLs(member.value, at: place, into: &out)
                    }
                }
            case .array(let elements):
                for (index, element) in elements.enumerated() { collectContextURLs(element, at: pointer.appending(index), into: &out) }
            default:
                break
            }
        }

        /// The OB 2.0 context alone, or followed only by extension contexts read as empty: nothing can
        /// have changed the meaning of its terms.
        static func isPlainOB2(_ context: JSON, standIns: [String]) -> Bool {
            let entries = context.asArray
            guard let first = entries.first?.stringValue, OB2.isContextURL(first) else { return false }
            return entries.dropFirst().allSatisfy { entry in
                guard let url = entry.stringValue else { return false }
                return standIns.contains { $0.isByteEqual(to: url) } || OB2.isContextURL(url)
            }
        }

        /// Answers the bundled contexts, and the unknown extension contexts with an empty context.
        struct StandInLoader: DocumentLoader {
            let standIns: [String]

            func load(_ url: String) throws(JSONLDError) -> RemoteDocument {
                if standIns.contains(where: { $0.isByteEqual(to: url) }) {
                    return RemoteDocument(documentURL: url, document: ["@context": .object(JSONObject())])
                }
                return try BundledDocumentLoader().load(url)
            }
        }

        // MARK: Types

        /// Every `@type` of a node object must be an absolute IRI: a word the context does not define
        /// (`NotAKnownClass`) stays relative, and has no meaning.
        static func checkTypes(_ expanded: JSON) throws(Problem) {
            switch expanded {
            case .array(let elements):
                for element in elements { try checkTypes(element) }
            case .object(let object):
                guard object["@value"] == nil else { return }
                for member in object.members {
                    if member.key == "@type" {
                        for value in member.value.asArray {
                            guard let text = value.stringValue, Vocabulary.isAbsolute(text), !text.hasPrefix("_:") else {
                                throw .relativeType(value.stringValue ?? value.kindName)
                            }
                        }
                    } else {
                        try checkTypes(member.value)
                    }
                }
            default:
                return
            }
        }

        // MARK: Terms

        /// Expands a probe that uses, under the document's own context, every key and type value the
        /// document uses that the OB 2.0 reader would interpret, and compares it with the same probe under
        /// the OB 2.0 context.
        static func checkTerms(of document: JSON, context: JSON, processor: JSONLDProcessor) throws(Problem) {
            var keys: [String] = []
            var types: [String] = []
            collectUsage(document, isRoot: true, keys: &keys, types: &types)
            // The probe spells the type key as the document does, so a context that stops aliasing
            // `type` to `@type` shows up as a changed term.
            let typeKey = keys.contains("type") ? "type" : "@type"
            let vocabulary = Vocabulary.shared
            keys = keys.filter { vocabulary.expand($0) != nil }
            let probe = { (context: JSON) -> JSON in
                var object = JSONObject()
                object.appendNew("@context", context)
                object.appendNew("@id", "urn:laurel:probe")
                if !types.isEmpty { object.appendNew(typeKey, .array(types.map(JSON.string))) }
                for (index, key) in keys.enumerated() where key != "type" && key != "id" {
                    object.appendNew(key, ["@id": .string("urn:laurel:probe:\(index)")])
                }
                return .object(object)
            }
            let mine: JSON, reference: JSON
            do {
                mine = try processor.expand(probe(context))
                reference = try processor.expand(probe(.string(OB2.contextURLs[0])))
            } catch {
                throw .notLinkedData(error)
            }
            let myNode = mine[0]?.objectValue ?? JSONObject(), referenceNode = reference[0]?.objectValue ?? JSONObject()
            for (index, key) in keys.enumerated() where key != "type" && key != "id" {
                let marker = "urn:laurel:probe:\(index)"
                guard let expected = property(holding: marker, in: referenceNode) else { continue }
                let found = property(holding: marker, in: myNode)
                if found.map(expected.isByteEqual(to:)) != true { throw .changedTerm(key, found: found, expected: expected) }
            }
            let myTypes = myNode["@type"]?.asArray.compactMap(\.stringValue) ?? []
            let referenceTypes = referenceNode["@type"]?.asArray.compactMap(\.stringValue) ?? []
            for (index, value) in types.enumerated() where index < referenceTypes.count {
                let expected = referenceTypes[index]
                guard Vocabulary.isAbsolute(expected) else { continue }
                let found = index < myTypes.count ? myTypes[index] : nil
                if found.map(expected.isByteEqual(to:)) != true { throw .changedTerm(value, found: found, expected: expected) }
            }
        }

        /// The expanded property whose values include the node reference `marker`.
        static func property(holding marker: String, in node: JSONObject) -> String? {
            node.members.first { member in member.value.asArray.contains { $0["@id"]?.stringValue == marker } }?.key
        }

        /// The keys and `type` values of the document's nodes, except inside nodes that bring their own
        /// context (extensions), whose terms are theirs to define.
        static func collectUsage(_ json: JSON, isRoot: Bool, keys: inout [String], types: inout [String]) {
            switch json {
            case .object(let object):
                if !isRoot, object["@context"] != nil { return }
                for member in object.members where member.key != "@context" {
                    if !keys.contains(where: { $0.isByteEqual(to: member.key) }) { keys.append(member.key) }
                    if member.key == "type" || member.key == "@type" {
                        for value in member.value.asArray {
                            if let text = value.stringValue, !types.contains(where: { $0.isByteEqual(to: text) }) { types.append(text) }
                        }
                    } else {
                        collectUsage(member.value, isRoot: false, keys: &keys, types: &types)
                    }
                }
            case .array(let elements):
                for element in elements { collectUsage(element, isRoot: false, keys: &keys, types: &types) }
            default:
                return
            }
        }
    }
}
