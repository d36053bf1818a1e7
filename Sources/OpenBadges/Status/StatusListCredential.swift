/// A status list credential (Bitstring Status List §2.2, or the StatusList2021 draft): a verifiable
/// credential whose subject carries the GZIP-compressed bitstring. This type reads and writes its
/// contents; whether it is genuine (its proof, its validity window) is the verifier's business.
public struct StatusListCredential: Sendable, Equatable {
    public var format: StatusListFormat
    public var context: [String]
    public var id: String?
    public var types: [String]
    public var issuerID: String?
    public var validFrom: DateTime?
    public var validUntil: DateTime?
    /// The subject's id (by convention `<list URL>#list`).
    public var subjectID: String?
    /// The purposes the list serves; one list may serve several.
    public var statusPurposes: [StatusPurpose]
    public var encodedList: String
    /// How long, in milliseconds, a verifier may keep the list before fetching it again.
    public var ttl: Int?

    public init(format: StatusListFormat = .bitstringStatusList, context: [String]? = nil, id: String?, issuerID: String,
                validFrom: DateTime?, validUntil: DateTime? = nil, subjectID: String?, statusPurposes: [StatusPurpose],
                encodedList: String, ttl: Int? = nil) {
        self.format = format
        self.context = context ?? Self.defaultContext(format)
        self.id = id
        self.types = ["VerifiableCredential", format.credentialType]
        self.issuerID = issuerID
        self.validFrom = validFrom
        self.validUntil = validUntil
        self.subjectID = subjectID
        self.statusPurposes = statusPurposes
        self.encodedList = encodedList
        self.ttl = ttl
    }

    /// VC 2.0 defines the BitstringStatusList terms in its base context; StatusList2021 lists use VC 1.1
    /// and the StatusList2021 context.
    public static func defaultContext(_ format: StatusListFormat) -> [String] {
        switch format {
        case .bitstringStatusList: ["https://www.w3.org/ns/credentials/v2"]
        case .statusList2021: ["https://www.w3.org/2018/credentials/v1", "https://w3id.org/vc/status-list/2021/v1"]
        }
    }

    /// Reads a status list credential that must be of `format`: its `type` must include the format's
    /// credential type, its subject's `type` the format's subject type, and the subject must carry
    /// `statusPurpose` and `encodedList`.
    public init(json: JSON, format: StatusListFormat, at pointer: JSONPointer = .root) throws(BadgeDecodingError) {
        var reader = try ObjectReader(json, at: pointer, what: "a \(format.credentialType)")
        self.format = format
        context = (reader.value("@context")?.asArray ?? []).compactMap(\.stringValue)
        id = try reader.string("id")
        types = try reader.types(requiring: [format.credentialType])
        if let issuer = reader.value("issuer") {
            issuerID = issuer.stringValue ?? issuer["id"]?.stringValue
        }
        var warnings: [DecodingWarning] = []
        if let from = try reader.dateTime("validFrom", allowingMissingTimeZone: false, warnings: &warnings) {
            validFrom = from
        } else {
            validFrom = try reader.dateTime("issuanceDate", allowingMissingTimeZone: true, warnings: &warnings)
        }
        if let until = try reader.dateTime("validUntil", allowingMissingTimeZone: false, warnings: &warnings) {
            validUntil = until
        } else {
            validUntil = try reader.dateTime("expirationDate", allowingMissingTimeZone: true, warnings: &warnings)
        }
        guard let subjectValue = try reader.one("credentialSubject", { (value, place) throws(BadgeDecodingError) in (value, place) }) else {
            throw BadgeDecodingError(.missingProperty, at: reader.path("credentialSubject"))
        }
        var subject = try ObjectReader(subjectValue.0, at: subjectValue.1, what: "a \(format.subjectType) subject")
        subjectID = try subject.string("id")
        _ = try subject.types(requiring: [format.subjectType])
        statusPurposes = try subject.strings("statusPurpose").map(StatusPurpose.init(rawValue:))
        guard !statusPurposes.isEmpty else { throw BadgeDecodingError(.missingProperty, at: subject.path("statusPurpose")) }
        encodedList = try subject.requiredString("encodedList")
        if let value = subject.value("ttl") {
            guard let milliseconds = value.intValue, milliseconds >= 0 else {
                throw BadgeDecodingError(.invalidValue("ttl must be a non-negative number of milliseconds; found \(value)"),
                                         at: subject.path("ttl"))
            }
            ttl = milliseconds
        }
    }

    /// Whether the list serves `purpose`.
    public func serves(_ purpose: StatusPurpose) -> Bool { statusPurposes.contains(purpose) }

    /// The decoded bitstring.
    public func bitstring(maxBytes: Int = StatusBitstring.defaultMaxBytes) throws(StatusListError) -> StatusBitstring {
        try StatusBitstring.decode(encodedList: encodedList, format: format, maxBytes: maxBytes)
    }

    /// The unsigned credential document, ready for a proof. `statusPurpose` is a single string when the
    /// list has one purpose, as the specification's examples write it.
    public var json: JSON {
        var object = JSONObject()
        object.appendNew("@context", .array(context.map(JSON.string)))
        if let id { object.appendNew("id", .string(id)) }
        object.appendNew("type", .array(types.map(JSON.string)))
        if let issuerID { object.appendNew("issuer", .string(issuerID)) }
        let (fromKey, untilKey) = format == .statusList2021 ? ("issuanceDate", "expirationDate") : ("validFrom", "validUntil")
        if let validFrom { object.appendNew(fromKey, .string(validFrom.textWithTimeZone)) }
        if let validUntil { object.appendNew(untilKey, .string(validUntil.textWithTimeZone)) }
        var subject = JSONObject()
        if let subjectID { subject.appendNew("id", .string(subjectID)) }
        subject.appendNew("type", .string(format.subjectType))
        let purposes = statusPurposes.map { JSON.string($0.rawValue) }
        subject.appendNew("statusPurpose", purposes.count == 1 ? purposes[0] : .array(purposes))
        subject.appendNew("encodedList", .string(encodedList))
        if let ttl { subject.appendNew("ttl", .number(ttl)) }
        object.appendNew("credentialSubject", .object(subject))
        return .object(object)
    }
}
