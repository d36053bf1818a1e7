extension SkillsFramework {
    /// The OB 3.0 alignment to `item` for a reader of `language` (texts fall back to the framework's
    /// default language): `targetType` CFItem, `targetName` the item's name, `targetUrl` its URI,
    /// `targetCode` its code, `targetFramework` the framework's title, `targetDescription` its description.
    public func alignment(to item: FrameworkItem, language: String) -> Alignment {
        Alignment(targetName: item.name.resolved(for: language, fallback: defaultLanguage) ?? item.id,
                  targetUrl: item.uri, targetCode: item.code,
                  targetDescription: item.description.resolved(for: language, fallback: defaultLanguage),
                  targetFramework: title.resolved(for: language, fallback: defaultLanguage),
                  targetType: .cfItem)
    }

    /// The item an OB 3.0 alignment names: by `targetUrl` (the item's URI), else by `targetCode` (the
    /// item's code, or its CASE identifier, which some issuers put there).
    public func item(aligned alignment: Alignment) -> FrameworkItem? {
        if let byURI = items.first(where: { $0.uri.isByteEqual(to: alignment.targetUrl) }) { return byURI }
        guard let code = alignment.targetCode else { return nil }
        return item(code: code) ?? item(id: code)
    }
}

extension FrameworkItem {
    /// The item an OB 3.0 alignment describes, in the alignment's language: what an issuer's credential
    /// says about a CASE item is enough to place it in a framework. The identifier is the last path
    /// segment of `targetUrl` (CASE URIs end with the item's identifier).
    public init(alignment: Alignment, language: String) {
        let lastSegment = alignment.targetUrl.split(separator: "/").last.map(String.init) ?? alignment.targetUrl
        var description = LocalizedText()
        if let text = alignment.targetDescription { description[language] = text }
        self.init(id: lastSegment, uri: alignment.targetUrl, code: alignment.targetCode,
                  name: LocalizedText([language: alignment.targetName]), description: description,
                  itemType: alignment.targetType?.rawValue == AlignmentTargetType.cfItem.rawValue ? nil : alignment.targetType?.rawValue)
    }
}
