/// A skills framework: the competencies a programme recognises, arranged in a tree, with proficiency
/// levels, in several languages. It is what achievements align to, and it travels as a 1EdTech CASE 1.0
/// package (`CASEPackage`).
///
/// Construct one in code or read Laurel's JSON form with `SkillsFramework(json:)`; check it with
/// `validate()` before use (unique codes, parents and related items that exist, no cycles).
public struct SkillsFramework: Sendable, Equatable {
    /// The framework's identifier; in CASE, the CFDocument `identifier` (a UUID).
    public var id: String
    /// Where the framework is published; in CASE, the CFDocument `uri`.
    public var uri: String
    /// The language of the texts CASE fields carry; other languages travel in an extension.
    public var defaultLanguage: String
    public var title: LocalizedText
    public var description: LocalizedText
    /// Who maintains the framework (CASE `creator`, required there).
    public var creator: String
    public var version: String?
    /// When the framework last changed, as an RFC 3339 date-time (CASE `lastChangeDateTime`).
    public var lastChangeDateTime: String
    /// Proficiency levels, from the first a learner reaches to the highest.
    public var levels: [FrameworkLevel]
    /// Every item (capacity areas and competencies), parents before children in the usual case.
    public var items: [FrameworkItem]
    /// Associations between nodes other than parent, related and level links (read from CASE).
    public var associations: [FrameworkAssociation]

    public init(id: String, uri: String, defaultLanguage: String, title: LocalizedText,
                description: LocalizedText = LocalizedText(), creator: String, version: String? = nil,
                lastChangeDateTime: String, levels: [FrameworkLevel] = [], items: [FrameworkItem] = [],
                associations: [FrameworkAssociation] = []) {
        self.id = id
        self.uri = uri
        self.defaultLanguage = defaultLanguage
        self.title = title
        self.description = description
        self.creator = creator
        self.version = version
        self.lastChangeDateTime = lastChangeDateTime
        self.levels = levels
        self.items = items
        self.associations = associations
    }

    /// The item with this identifier.
    public func item(id: String) -> FrameworkItem? { items.first { $0.id.isByteEqual(to: id) } }

    /// The item with this human-readable code (`PART.2`).
    public func item(code: String) -> FrameworkItem? {
        items.first { item in item.code.map { $0.isByteEqual(to: code) } ?? false }
    }

    /// The items whose parent is `id`, in framework order; `nil` gives the top-level items.
    public func children(of id: String?) -> [FrameworkItem] {
        items.filter { item in
            switch (item.parent, id) {
            case (nil, nil): true
            case (let parent?, let id?): parent.isByteEqual(to: id)
            default: false
            }
        }
    }
}

/// One node of a framework: a capacity area, a competency, a skill.
public struct FrameworkItem: Sendable, Equatable {
    /// The item's identifier; in CASE, the CFItem `identifier` (a UUID).
    public var id: String
    /// Where the item is published; in CASE, the CFItem `uri`, and in an OB 3.0 alignment `targetUrl`.
    public var uri: String
    /// A short human-readable code, unique in the framework (`PART.2`); CASE `humanCodingScheme`, OB 3.0
    /// `targetCode`.
    public var code: String?
    /// The competency statement; CASE `fullStatement`, OB 3.0 `targetName`.
    public var name: LocalizedText
    /// Further explanation; CASE `notes`, OB 3.0 `targetDescription`.
    public var description: LocalizedText
    /// What kind of node this is ("Capacity area", "Competency"); CASE `CFItemType`.
    public var itemType: String?
    /// The parent item's `id`; `nil` for a top-level item. CASE: an `isChildOf` association.
    public var parent: String?
    /// Items this one relates to, by `id`. CASE: `isRelatedTo` associations.
    public var related: [String]
    /// The keys of the framework levels at which this item is recognised. CASE: `hasSkillLevel`.
    public var levels: [String]

    public init(id: String, uri: String, code: String? = nil, name: LocalizedText,
                description: LocalizedText = LocalizedText(), itemType: String? = nil, parent: String? = nil,
                related: [String] = [], levels: [String] = []) {
        self.id = id
        self.uri = uri
        self.code = code
        self.name = name
        self.description = description
        self.itemType = itemType
        self.parent = parent
        self.related = related
        self.levels = levels
    }
}

/// A proficiency level of a framework (foundation, practitioner, mentor).
public struct FrameworkLevel: Sendable, Equatable {
    /// The level's key, unique in the framework (`practitioner`).
    public var key: String
    /// The level's identifier; in CASE, the identifier of the CFItem that stands for the level.
    public var id: String
    /// Where the level is published (the CFItem `uri`).
    public var uri: String
    public var name: LocalizedText
    public var description: LocalizedText

    public init(key: String, id: String, uri: String, name: LocalizedText, description: LocalizedText = LocalizedText()) {
        self.key = key
        self.id = id
        self.uri = uri
        self.name = name
        self.description = description
    }
}
