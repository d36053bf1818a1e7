/// One entry of a credential's `@context`: a context IRI or an embedded context definition.
public enum ContextEntry: Sendable, Equatable {
    case iri(String)
    case definition(JSONObject)

    public var iri: String? { if case .iri(let value) = self { value } else { nil } }

    public var json: JSON {
        switch self {
        case .iri(let value): .string(value)
        case .definition(let object): .object(object)
        }
    }
}

/// Which W3C Verifiable Credentials data model a credential was written in, read from its first
/// `@context` entry. OB 3.0 targets VC 2.0; credentials issued before OB 3.0.1 use VC 1.1, with
/// `issuanceDate`/`expirationDate` in place of `validFrom`/`validUntil`.
public enum VCDataModel: String, Sendable, Equatable {
    case v1_1 = "1.1"
    case v2_0 = "2.0"
}

/// The context IRIs Laurel writes and recognizes.
public enum CredentialContext {
    /// The VC 2.0 base context, first in every credential Laurel writes.
    public static let vc2 = "https://www.w3.org/ns/credentials/v2"
    /// The VC 1.1 base context, accepted when reading.
    public static let vc1 = "https://www.w3.org/2018/credentials/v1"
    /// The Open Badges 3.0 context Laurel writes, second in every credential.
    public static let openBadges = "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json"
    /// The Open Badges 3.0 extensions context, kept when a credential carries it.
    public static let openBadgesExtensions = "https://purl.imsglobal.org/spec/ob/v3p0/extensions.json"

    /// True for any published name of the OB 3.0 context: `context.json`, `context-3.0.1.json`... and the
    /// early `context/ob_v3p0.jsonld` (the aliases and versions the official validator accepts).
    public static func isOpenBadgesContext(_ iri: String) -> Bool {
        let prefix = "https://purl.imsglobal.org/spec/ob/v3p0/context"
        if iri.isByteEqual(to: prefix + "/ob_v3p0.jsonld") { return true }
        guard iri.hasPrefix(prefix), iri.hasSuffix(".json") else { return false }
        // What sits between "context" and ".json": nothing, or "-" and a dotted version number.
        let middle = Array(iri.utf8.dropFirst(prefix.utf8.count).dropLast(5))
        if middle.isEmpty { return true }
        guard middle.first == UInt8(ascii: "-") else { return false }
        let parts = middle.dropFirst().split(separator: UInt8(ascii: "."), omittingEmptySubsequences: false)
        return parts.count == 3 && parts.allSatisfy { part in
            !part.isEmpty && part.allSatisfy { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }
        }
    }

    /// True for the VC base contexts (1.1 or 2.0).
    public static func isBaseContext(_ iri: String) -> Bool {
        iri.isByteEqual(to: vc2) || iri.isByteEqual(to: vc1)
    }

    /// Reads `@context`: the data model from the first entry, and the requirement that an OB 3.0 context
    /// is present. Entries may be IRIs or embedded definitions.
    static func decode(_ value: JSON, at pointer: JSONPointer) throws(BadgeDecodingError) -> (entries: [ContextEntry], model: VCDataModel) {
        var entries: [ContextEntry] = []
        for (index, element) in value.asArray.enumerated() {
            let place = ObjectReader.elementPath(pointer, index, value)
            switch element {
            case .string(let iri): entries.append(.iri(iri))
            case .object(let object): entries.append(.definition(object))
            default:
                throw BadgeDecodingError(.wrongKind(expected: "a context IRI or a context object", found: element.kindName), at: place)
            }
        }
        let firstPlace = ObjectReader.elementPath(pointer, 0, value)
        let model: VCDataModel
        switch entries.first {
        case .iri(let iri) where iri.isByteEqual(to: vc2): model = .v2_0
        case .iri(let iri) where iri.isByteEqual(to: vc1): model = .v1_1
        case .iri(let iri): throw BadgeDecodingError(.unsupportedBaseContext(found: "\"\(iri)\""), at: firstPlace)
        case .definition: throw BadgeDecodingError(.unsupportedBaseContext(found: "an embedded context object"), at: firstPlace)
        case nil: throw BadgeDecodingError(.unsupportedBaseContext(found: "an empty list"), at: pointer)
        }
        guard entries.contains(where: { $0.iri.map(isOpenBadgesContext) ?? false }) else {
            throw BadgeDecodingError(.missingOpenBadgesContext, at: pointer)
        }
        return (entries, model)
    }

    /// The `@context` Laurel writes: VC 2.0, OB 3.0.3, then every other entry of `entries` in order
    /// (the base and OB contexts of any version are replaced, not repeated).
    static func normalized(_ entries: [ContextEntry]) -> [ContextEntry] {
        let extras = entries.filter { entry in
            guard let iri = entry.iri else { return true }
            return !isBaseContext(iri) && !isOpenBadgesContext(iri)
        }
        return [.iri(vc2), .iri(openBadges)] + extras
    }
}
