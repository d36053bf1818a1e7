extension CASEPackage {
    /// Limits on what an import accepts: a CASE package is input from elsewhere.
    public struct Limits: Sendable {
        public var maxItems: Int
        public var maxAssociations: Int

        public init(maxItems: Int = 20_000, maxAssociations: Int = 100_000) {
            self.maxItems = maxItems
            self.maxAssociations = maxAssociations
        }

        public static let `default` = Limits()
    }

    /// Reads a CASE 1.0 package (`{"CFDocument": …, "CFItems": […], "CFAssociations": […]}`) into a
    /// framework. Errors name the JSON pointer of the offending value. The result is not validated:
    /// dangling links are kept so that `validate()` can name them.
    public static func `import`(_ json: JSON, limits: Limits = .default) throws(BadgeDecodingError) -> SkillsFramework {
        var package = try ObjectReader(json, at: .root, what: "a CASE package (CFPackage) object")
        guard let documentJSON = package.value("CFDocument") else {
            throw BadgeDecodingError(.missingProperty, at: package.path("CFDocument"))
        }
        var document = try ObjectReader(documentJSON, at: package.path("CFDocument"), what: "a CFDocument object")
        let id = try document.requiredString("identifier")
        let uri = try document.requiredString("uri")
        let creator = try document.requiredString("creator")
        let language = try document.string("language") ?? "en"
        var title = LocalizedText([language: try document.requiredString("title")])
        var description = LocalizedText()
        if let text = try document.string("description") { description[language] = text }
        let version = try document.string("version")
        let lastChange = try document.requiredString("lastChangeDateTime")
        var documentTexts = [("title", title), ("description", description)]
        try readTranslations(document.value("extensions"), at: document.path("extensions"), into: &documentTexts)
        title = documentTexts[0].1
        description = documentTexts[1].1

        let itemsJSON = package.value("CFItems") ?? .array([])
        guard case .array(let itemElements) = itemsJSON else {
            throw BadgeDecodingError(.wrongKind(expected: "an array", found: itemsJSON.kindName), at: package.path("CFItems"))
        }
        guard itemElements.count <= limits.maxItems else {
            throw BadgeDecodingError(.invalidValue("more than \(limits.maxItems) items"), at: package.path("CFItems"))
        }
        var nodes: [ImportedNode] = []
        for (index, element) in itemElements.enumerated() {
            nodes.append(try ImportedNode(json: element, at: package.path("CFItems").appending(index), documentLanguage: language))
        }

        let associationsJSON = package.value("CFAssociations") ?? .array([])
        guard case .array(let associationElements) = associationsJSON else {
            throw BadgeDecodingError(.wrongKind(expected: "an array", found: associationsJSON.kindName),
                                     at: package.path("CFAssociations"))
        }
        guard associationElements.count <= limits.maxAssociations else {
            throw BadgeDecodingError(.invalidValue("more than \(limits.maxAssociations) associations"),
                                     at: package.path("CFAssociations"))
        }
        var links: [ImportedAssociation] = []
        for (index, element) in associationElements.enumerated() {
            links.append(try ImportedAssociation(json: element, at: package.path("CFAssociations").appending(index)))
        }
        return try assemble(id: id, uri: uri, creator: creator, language: language, title: title, description: description,
                            version: version, lastChange: lastChange, nodes: nodes, links: links)
    }

    static func assemble(id: String, uri: String, creator: String, language: String, title: LocalizedText,
                         description: LocalizedText, version: String?, lastChange: String, nodes: [ImportedNode],
                         links: [ImportedAssociation]) throws(BadgeDecodingError) -> SkillsFramework {
        // Levels: items typed as levels, and whatever a hasSkillLevel association points at.
        var levelIDs = Set(nodes.filter { $0.itemType.map { $0.isByteEqual(to: levelItemType) } ?? false }.map(\.identifier))
        for link in links where link.type == "hasSkillLevel" { levelIDs.insert(link.destination) }
        let nodeIDs = Set(nodes.map(\.identifier))
        var levels: [FrameworkLevel] = []
        var levelKeyByID: [String: String] = [:]
        for node in nodes where levelIDs.contains(node.identifier) {
            let key = node.code ?? node.identifier
            levelKeyByID[node.identifier] = key
            levels.append(FrameworkLevel(key: key, id: node.identifier, uri: node.uri, name: node.name, description: node.notes))
        }
        var items: [FrameworkItem] = []
        var indexByID: [String: Int] = [:]
        for node in nodes where !levelIDs.contains(node.identifier) {
            indexByID[node.identifier] = items.count
            items.append(FrameworkItem(id: node.identifier, uri: node.uri, code: node.code, name: node.name,
                                       description: node.notes, itemType: node.itemType))
        }
        var others: [FrameworkAssociation] = []
        for link in links {
            switch link.type {
            case "isChildOf":
                guard let index = indexByID[link.origin] else {
                    // A level (or something outside the framework) as a child: not Laurel's model; keep it.
                    others.append(FrameworkAssociation(type: link.type, origin: link.origin, destination: link.destination,
                                                       destinationURI: nodeIDs.contains(link.destination) ? nil : link.destinationURI))
                    continue
                }
                if link.destination.isByteEqual(to: id) { continue }  // a top-level item
                if let existing = items[index].parent {
                    throw BadgeDecodingError(.invalidValue(
                        "item \"\(link.origin)\" is already a child of \"\(existing)\"; a Laurel framework is a tree, so an item has one parent"),
                        at: link.pointer)
                }
                items[index].parent = link.destination
            case "isRelatedTo" where indexByID[link.origin] != nil && (nodeIDs.contains(link.destination) || link.destinationURI == nil):
                if let index = indexByID[link.origin] { items[index].related.append(link.destination) }
            case "hasSkillLevel" where indexByID[link.origin] != nil:
                if let index = indexByID[link.origin] { items[index].levels.append(levelKeyByID[link.destination] ?? link.destination) }
            default:
                others.append(FrameworkAssociation(type: link.type, origin: link.origin, destination: link.destination,
                                                   destinationURI: nodeIDs.contains(link.destination) || link.destination.isByteEqual(to: id)
                                                       ? nil : link.destinationURI))
            }
        }
        return SkillsFramework(id: id, uri: uri, defaultLanguage: language, title: title, description: description,
                               creator: creator, version: version, lastChangeDateTime: lastChange, levels: levels,
                               items: items, associations: others)
    }
}

/// A CFItem as read, before it is sorted into items and levels.
struct ImportedNode {
    var identifier: String
    var uri: String
    var code: String?
    var itemType: String?
    var name: LocalizedText
    var notes: LocalizedText

    init(json: JSON, at pointer: JSONPointer, documentLanguage: String) throws(BadgeDecodingError) {
        var reader = try ObjectReader(json, at: pointer, what: "a CFItem object")
        identifier = try reader.requiredString("identifier")
        uri = try reader.requiredString("uri")
        code = try reader.string("humanCodingScheme")
        itemType = try reader.string("CFItemType")
        let language = try reader.string("language") ?? documentLanguage
        name = LocalizedText([language: try reader.requiredString("fullStatement")])
        notes = LocalizedText()
        if let text = try reader.string("notes") { notes[language] = text }
        var fields = [("fullStatement", name), ("notes", notes)]
        try CASEPackage.readTranslations(reader.value("extensions"), at: reader.path("extensions"), into: &fields)
        name = fields[0].1
        notes = fields[1].1
    }
}

/// A CFAssociation as read.
struct ImportedAssociation {
    var type: String
    var origin: String
    var destination: String
    var destinationURI: String?
    var pointer: JSONPointer

    init(json: JSON, at pointer: JSONPointer) throws(BadgeDecodingError) {
        var reader = try ObjectReader(json, at: pointer, what: "a CFAssociation object")
        self.pointer = pointer
        type = try reader.requiredString("associationType")
        var origin = try ObjectReader(try reader.required("originNodeURI"), at: reader.path("originNodeURI"), what: "a LinkURI object")
        self.origin = try origin.requiredString("identifier")
        var destination = try ObjectReader(try reader.required("destinationNodeURI"), at: reader.path("destinationNodeURI"),
                                           what: "a LinkURI object")
        self.destination = try destination.requiredString("identifier")
        destinationURI = try destination.string("uri")
    }
}

extension CASEPackage {
    /// Merges `extensions["laurel:translations"]` into the named fields' texts. Other extensions are
    /// ignored: they are not Laurel's to interpret.
    static func readTranslations(_ extensions: JSON?, at pointer: JSONPointer,
                                 into fields: inout [(String, LocalizedText)]) throws(BadgeDecodingError) {
        guard let extensions, let translations = extensions[translationsKey] else { return }
        let place = pointer.appending(translationsKey)
        guard case .object(let byLanguage) = translations else {
            throw BadgeDecodingError(.wrongKind(expected: "an object of texts by language", found: translations.kindName), at: place)
        }
        for member in byLanguage.members {
            guard LanguageTag.isWellFormed(member.key) else {
                throw BadgeDecodingError(.invalidValue("\"\(member.key)\" is not a language tag"), at: place.appending(member.key))
            }
            guard case .object(let texts) = member.value else {
                throw BadgeDecodingError(.wrongKind(expected: "an object of texts by field", found: member.value.kindName),
                                         at: place.appending(member.key))
            }
            for text in texts.members {
                let textPlace = place.appending(member.key).appending(text.key)
                guard let index = fields.firstIndex(where: { $0.0.isByteEqual(to: text.key) }) else {
                    throw BadgeDecodingError(.invalidValue("\"\(text.key)\" is not a translatable field here"), at: textPlace)
                }
                guard case .string(let value) = text.value else {
                    throw BadgeDecodingError(.wrongKind(expected: "a string", found: text.value.kindName), at: textPlace)
                }
                fields[index].1[member.key] = value
            }
        }
    }
}
