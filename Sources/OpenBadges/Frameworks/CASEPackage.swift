import BadgeCrypto

/// Reading and writing skills frameworks as 1EdTech CASE 1.0 packages (the JSON of `CFPackage`:
/// `CFDocument`, `CFItems`, `CFAssociations`).
///
/// How Laurel's model maps to CASE:
/// - the framework is the `CFDocument`; items are `CFItem`s (`fullStatement` the name, `notes` the
///   description, `humanCodingScheme` the code, `CFItemType` the type);
/// - a parent is an `isChildOf` association from the child to the parent, and a top-level item is a
///   child of the document (CASE's convention); `sequenceNumber` keeps the order of siblings;
/// - related items are `isRelatedTo` associations;
/// - levels are `CFItem`s of type `Level` (their `humanCodingScheme` is the level key), and an item's
///   levels are `hasSkillLevel` associations from the item to the level's item;
/// - languages: CASE gives a document one `language`. Laurel writes the framework's default language
///   into the CASE fields and `language`, and every other language into the object's
///   `extensions["laurel:translations"]`, keyed by language tag and then by CASE field name
///   (`{"es": {"fullStatement": "…", "notes": "…"}}`). A CASE 1.0 consumer ignores the extension and
///   reads the default language; Laurel reads everything back, so export then import is lossless.
/// - other association types are kept as `FrameworkAssociation`s.
///
/// Association identifiers are derived from what they link (a UUID from SHA-256 of origin, type and
/// destination), so the same framework always exports to the same bytes.
public enum CASEPackage {
    /// The extension member holding the texts in languages other than the default.
    public static let translationsKey = "laurel:translations"
    /// The `CFItemType` of the items that stand for proficiency levels.
    public static let levelItemType = "Level"

    /// The framework as a CASE 1.0 package.
    public static func export(_ framework: SkillsFramework) -> JSON {
        var package = JSONObject()
        package["CFDocument"] = document(framework)
        let documentLink = link(title: framework.title[framework.defaultLanguage] ?? "", identifier: framework.id,
                                uri: framework.uri)
        var items: [JSON] = []
        for level in framework.levels {
            items.append(item(identifier: level.id, uri: level.uri, code: level.key, type: levelItemType, name: level.name,
                              notes: level.description, framework: framework, documentLink: documentLink))
        }
        for entry in framework.items {
            items.append(item(identifier: entry.id, uri: entry.uri, code: entry.code, type: entry.itemType, name: entry.name,
                              notes: entry.description, framework: framework, documentLink: documentLink))
        }
        package["CFItems"] = .array(items)
        package["CFAssociations"] = .array(associations(framework, documentLink: documentLink))
        return .object(package)
    }

    // MARK: Export parts

    static func document(_ framework: SkillsFramework) -> JSON {
        var writer = ObjectWriter()
        let language = framework.defaultLanguage
        writer.set("identifier", framework.id)
        writer.set("uri", framework.uri)
        writer.set("creator", framework.creator)
        writer.set("title", framework.title[language] ?? framework.title.resolved(for: language, fallback: language) ?? "")
        writer.set("lastChangeDateTime", framework.lastChangeDateTime)
        writer.set("description", framework.description[language])
        writer.set("language", language)
        writer.set("version", framework.version)
        writer.set("extensions", translations([("title", framework.title), ("description", framework.description)],
                                              defaultLanguage: language))
        return writer.json
    }

    static func item(identifier: String, uri: String, code: String?, type: String?, name: LocalizedText,
                     notes: LocalizedText, framework: SkillsFramework, documentLink: JSON) -> JSON {
        let language = framework.defaultLanguage
        var writer = ObjectWriter()
        writer.set("identifier", identifier)
        writer.set("uri", uri)
        writer.set("fullStatement", name[language] ?? name.resolved(for: language, fallback: language) ?? "")
        writer.set("humanCodingScheme", code)
        writer.set("CFItemType", type)
        writer.set("notes", notes[language])
        writer.set("language", language)
        writer.set("lastChangeDateTime", framework.lastChangeDateTime)
        writer.set("CFDocumentURI", documentLink)
        writer.set("extensions", translations([("fullStatement", name), ("notes", notes)], defaultLanguage: language))
        return writer.json
    }

    /// `{"laurel:translations": {"es": {"fullStatement": "…"}}}`, or nothing when every text is in the
    /// default language only.
    static func translations(_ fields: [(String, LocalizedText)], defaultLanguage: String) -> JSON? {
        var byLanguage = JSONObject()
        var languages = Set<String>()
        for (_, text) in fields { languages.formUnion(text.languages) }
        for language in languages.sorted(by: SkillsFramework.byteOrder) where !language.isByteEqual(to: defaultLanguage) {
            var fieldsInLanguage = JSONObject()
            for (field, text) in fields { if let value = text.texts[language] { fieldsInLanguage[field] = .string(value) } }
            byLanguage[language] = .object(fieldsInLanguage)
        }
        guard !byLanguage.isEmpty else { return nil }
        return .object([translationsKey: .object(byLanguage)])
    }

    static func associations(_ framework: SkillsFramework, documentLink: JSON) -> [JSON] {
        var out: [JSON] = []
        let byID = Dictionary(framework.items.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let levelsByKey = Dictionary(framework.levels.map { ($0.key, $0) }, uniquingKeysWith: { first, _ in first })
        func node(_ id: String) -> JSON {
            if let item = byID[id] {
                return link(title: item.name[framework.defaultLanguage] ?? "", identifier: item.id, uri: item.uri)
            }
            return link(title: "", identifier: id, uri: SkillsFramework.defaultURI(frameworkURI: framework.uri, id: id))
        }
        var siblingIndex: [String: Int] = [:]
        for item in framework.items {
            let parentKey = item.parent ?? ""
            let sequence = (siblingIndex[parentKey] ?? 0) + 1
            siblingIndex[parentKey] = sequence
            let destination = item.parent.map(node) ?? documentLink
            out.append(association(type: "isChildOf", origin: node(item.id), destination: destination,
                                   sequence: sequence, framework: framework, documentLink: documentLink))
            for target in item.related {
                out.append(association(type: "isRelatedTo", origin: node(item.id), destination: node(target),
                                       sequence: nil, framework: framework, documentLink: documentLink))
            }
            for key in item.levels {
                let destination = levelsByKey[key].map { level in
                    link(title: level.name[framework.defaultLanguage] ?? "", identifier: level.id, uri: level.uri)
                } ?? link(title: key, identifier: key, uri: SkillsFramework.defaultURI(frameworkURI: framework.uri, id: key))
                out.append(association(type: "hasSkillLevel", origin: node(item.id), destination: destination,
                                       sequence: nil, framework: framework, documentLink: documentLink))
            }
        }
        for other in framework.associations {
            let destination = other.destinationURI.map { link(title: "", identifier: other.destination, uri: $0) }
                ?? node(other.destination)
            out.append(association(type: other.type, origin: node(other.origin), destination: destination,
                                   sequence: nil, framework: framework, documentLink: documentLink))
        }
        return out
    }

    static func association(type: String, origin: JSON, destination: JSON, sequence: Int?,
                            framework: SkillsFramework, documentLink: JSON) -> JSON {
        let originID = origin["identifier"]?.stringValue ?? ""
        let destinationID = destination["identifier"]?.stringValue ?? ""
        let identifier = derivedUUID(framework.id + "\u{0}" + originID + "\u{0}" + type + "\u{0}" + destinationID)
        var writer = ObjectWriter()
        writer.set("identifier", identifier)
        writer.set("associationType", type)
        if let sequence { writer.set("sequenceNumber", JSON.number(sequence)) }
        writer.set("uri", (framework.uri.hasSuffix("/") ? framework.uri : framework.uri + "/") + "associations/" + identifier)
        writer.set("originNodeURI", origin)
        writer.set("destinationNodeURI", destination)
        writer.set("lastChangeDateTime", framework.lastChangeDateTime)
        writer.set("CFDocumentURI", documentLink)
        return writer.json
    }

    static func link(title: String, identifier: String, uri: String) -> JSON {
        .object(["title": .string(title), "identifier": .string(identifier), "uri": .string(uri)])
    }

    /// A UUID (version 8, RFC 9562's layout for name-based custom hashes) from SHA-256 of `name`.
    static func derivedUUID(_ name: String) -> String {
        var bytes = Array(DigestAlgorithm.sha256.hash(Array(name.utf8)).prefix(16))
        bytes[6] = (bytes[6] & 0x0F) | 0x80
        bytes[8] = (bytes[8] & 0x3F) | 0x80
        let hex = Array("0123456789abcdef".utf8)
        var out: [UInt8] = []
        for (index, byte) in bytes.enumerated() {
            if [4, 6, 8, 10].contains(index) { out.append(UInt8(ascii: "-")) }
            out.append(hex[Int(byte >> 4)])
            out.append(hex[Int(byte & 0x0F)])
        }
        return String(decoding: out, as: UTF8.self)
    }
}
