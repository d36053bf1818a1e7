/// Laurel's own JSON form of a framework (`examples/framework.json`): the model as it is, texts as
/// objects keyed by language. CASE packages are read and written by `CASEPackage`.
extension SkillsFramework {
    /// Reads Laurel's framework JSON; errors name the JSON pointer of the offending value. The result is
    /// not yet validated: call `validate()`.
    public init(json: JSON) throws(BadgeDecodingError) {
        var reader = try ObjectReader(json, at: .root, what: "a skills framework object")
        id = try reader.requiredString("id")
        uri = try reader.requiredString("uri")
        defaultLanguage = try reader.requiredString("defaultLanguage")
        guard LanguageTag.isWellFormed(defaultLanguage) else {
            throw BadgeDecodingError(.invalidValue("\"\(defaultLanguage)\" is not a language tag"), at: reader.path("defaultLanguage"))
        }
        title = try reader.requiredLocalized("title")
        description = try reader.localized("description") ?? LocalizedText()
        creator = try reader.requiredString("creator")
        version = try reader.string("version")
        lastChangeDateTime = try reader.requiredString("lastChangeDateTime")
        let base = uri
        levels = try reader.objectArray("levels") { (value, place) throws(BadgeDecodingError) in
            try FrameworkLevel(json: value, at: place, frameworkURI: base)
        }
        items = try reader.objectArray("items") { (value, place) throws(BadgeDecodingError) in
            try FrameworkItem(json: value, at: place, frameworkURI: base)
        }
        associations = try reader.objectArray("associations") { (value, place) throws(BadgeDecodingError) in
            var inner = try ObjectReader(value, at: place, what: "an association object")
            let association = FrameworkAssociation(
                type: try inner.requiredString("type"), origin: try inner.requiredString("origin"),
                destination: try inner.requiredString("destination"), destinationURI: try inner.string("destinationURI"))
            try inner.rejectUnknownMembers()
            return association
        }
        try reader.rejectUnknownMembers()
    }

    /// Laurel's framework JSON, members in a fixed order.
    public var json: JSON {
        var writer = ObjectWriter()
        writer.set("id", id)
        writer.set("uri", uri)
        writer.set("defaultLanguage", defaultLanguage)
        writer.set("title", title.json)
        if !description.isEmpty { writer.set("description", description.json) }
        writer.set("creator", creator)
        writer.set("version", version)
        writer.set("lastChangeDateTime", lastChangeDateTime)
        writer.set("levels", array: levels.map { $0.json(frameworkURI: uri) })
        writer.set("items", array: items.map { $0.json(frameworkURI: uri) })
        writer.set("associations", array: associations.map { association in
            var inner = ObjectWriter()
            inner.set("type", association.type)
            inner.set("origin", association.origin)
            inner.set("destination", association.destination)
            inner.set("destinationURI", association.destinationURI)
            return inner.json
        })
        return writer.json
    }

    /// The URI an item or level gets when its file leaves `uri` out.
    static func defaultURI(frameworkURI: String, id: String) -> String {
        (frameworkURI.hasSuffix("/") ? frameworkURI : frameworkURI + "/") + "items/" + id
    }
}

extension FrameworkItem {
    init(json: JSON, at pointer: JSONPointer, frameworkURI: String) throws(BadgeDecodingError) {
        var reader = try ObjectReader(json, at: pointer, what: "a framework item object")
        id = try reader.requiredString("id")
        uri = try reader.string("uri") ?? SkillsFramework.defaultURI(frameworkURI: frameworkURI, id: id)
        code = try reader.string("code")
        name = try reader.requiredLocalized("name")
        description = try reader.localized("description") ?? LocalizedText()
        itemType = try reader.string("type")
        parent = try reader.string("parent")
        related = try reader.stringArray("related")
        levels = try reader.stringArray("levels")
        try reader.rejectUnknownMembers()
    }

    func json(frameworkURI: String) -> JSON {
        var writer = ObjectWriter()
        writer.set("id", id)
        if !uri.isByteEqual(to: SkillsFramework.defaultURI(frameworkURI: frameworkURI, id: id)) { writer.set("uri", uri) }
        writer.set("code", code)
        writer.set("type", itemType)
        writer.set("parent", parent)
        writer.set("name", name.json)
        if !description.isEmpty { writer.set("description", description.json) }
        writer.set("related", strings: related)
        writer.set("levels", strings: levels)
        return writer.json
    }
}

extension FrameworkLevel {
    init(json: JSON, at pointer: JSONPointer, frameworkURI: String) throws(BadgeDecodingError) {
        var reader = try ObjectReader(json, at: pointer, what: "a framework level object")
        key = try reader.requiredString("key")
        id = try reader.requiredString("id")
        uri = try reader.string("uri") ?? SkillsFramework.defaultURI(frameworkURI: frameworkURI, id: id)
        name = try reader.requiredLocalized("name")
        description = try reader.localized("description") ?? LocalizedText()
        try reader.rejectUnknownMembers()
    }

    func json(frameworkURI: String) -> JSON {
        var writer = ObjectWriter()
        writer.set("key", key)
        writer.set("id", id)
        if !uri.isByteEqual(to: SkillsFramework.defaultURI(frameworkURI: frameworkURI, id: id)) { writer.set("uri", uri) }
        writer.set("name", name.json)
        if !description.isEmpty { writer.set("description", description.json) }
        return writer.json
    }
}
