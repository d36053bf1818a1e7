/// A `credentialStatus` entry that points at one position of a bitstring status list: a
/// `BitstringStatusListEntry` (Bitstring Status List v1.0 §2.1) or a `StatusList2021Entry` (the
/// StatusList2021 draft), which share their properties.
public struct BitstringStatusListEntry: Sendable, Equatable {
    public var format: StatusListFormat
    /// The entry's own id (optional; often `<list URL>#<index>`).
    public var id: String?
    public var statusPurpose: StatusPurpose
    /// The index as written: a base-10 integer of any size, as a string.
    public var statusListIndex: String
    /// The URL of the status list credential.
    public var statusListCredential: String
    /// Bits per entry; 1 unless the entry says otherwise.
    public var statusSize: Int
    /// What each status value means; required when `statusSize` is more than 1.
    public var statusMessages: [StatusMessage]
    /// True when the index was written as a JSON number rather than the string the specification
    /// requires; accepted (1EdTech's own fixtures do it), and a verifier may say so.
    public var indexWrittenAsNumber: Bool

    public init(format: StatusListFormat = .bitstringStatusList, id: String? = nil, statusPurpose: StatusPurpose,
                statusListIndex: Int, statusListCredential: String, statusSize: Int = 1, statusMessages: [StatusMessage] = []) {
        self.format = format
        self.id = id
        self.statusPurpose = statusPurpose
        self.statusListIndex = String(statusListIndex)
        self.statusListCredential = statusListCredential
        self.statusSize = statusSize
        self.statusMessages = statusMessages
        self.indexWrittenAsNumber = false
    }

    /// The index as an integer, or nil when it is larger than any integer (then it is outside every
    /// list Laurel will decode).
    public var index: Int? { Int(statusListIndex) }

    /// The message for a status value, when the entry lists one.
    public func message(for status: Int) -> String? { statusMessages.first { $0.status == status }?.message }

    /// Reads an entry of `format`; `type` has already been matched.
    public init(json: JSON, format: StatusListFormat, at pointer: JSONPointer = .root) throws(BadgeDecodingError) {
        var reader = try ObjectReader(json, at: pointer, what: "a \(format.entryType) object")
        self.format = format
        id = try reader.string("id")
        statusPurpose = StatusPurpose(rawValue: try reader.requiredString("statusPurpose"))
        (statusListIndex, indexWrittenAsNumber) = try Self.index(try reader.required("statusListIndex"),
                                                                 at: reader.path("statusListIndex"))
        statusListCredential = try reader.requiredString("statusListCredential")
        statusSize = 1
        if let size = reader.value("statusSize") {
            guard let value = size.intValue, (1...StatusBitstring.maxStatusSize).contains(value) else {
                throw BadgeDecodingError(.invalidValue("statusSize must be an integer from 1 to \(StatusBitstring.maxStatusSize); found \(size)"),
                                         at: reader.path("statusSize"))
            }
            statusSize = value
        }
        statusMessages = try reader.many("statusMessage") { (value, place) throws(BadgeDecodingError) in
            try StatusMessage(json: value, at: place)
        }
        if statusSize > 1 && statusMessages.count != 1 << statusSize {
            throw BadgeDecodingError(
                .invalidValue("an entry of \(statusSize) bits needs \(1 << statusSize) statusMessage values, one per status; found \(statusMessages.count)"),
                at: reader.path("statusMessage"))
        }
    }

    /// The index text: digits only, as the specification writes it; a non-negative integral JSON number
    /// is accepted as its digits.
    private static func index(_ value: JSON, at pointer: JSONPointer) throws(BadgeDecodingError) -> (String, Bool) {
        switch value {
        case .string(let text):
            guard !text.isEmpty, text.utf8.count <= 64, text.utf8.allSatisfy({ (0x30...0x39).contains($0) }) else {
                throw BadgeDecodingError(.invalidValue("statusListIndex must be a non-negative integer written in base 10, such as \"94567\"; found \"\(text.prefix(64))\""),
                                         at: pointer)
            }
            // Leading zeros name the same index; keep one canonical spelling for reports and lookups.
            let trimmed = text.drop { $0 == "0" }
            return (trimmed.isEmpty ? "0" : String(trimmed), false)
        case .number(let number):
            guard let integer = number.intValue, integer >= 0 else {
                throw BadgeDecodingError(.invalidValue("statusListIndex must be a non-negative integer; found \(number)"), at: pointer)
            }
            return (String(integer), true)
        default:
            throw BadgeDecodingError(.wrongKind(expected: "a string of digits", found: value.kindName), at: pointer)
        }
    }

    /// The entry as an issuer writes it: the index as a string, `statusSize` and `statusMessage` only
    /// when the entry has more than one bit.
    public var json: JSON {
        var object = JSONObject()
        if let id { object.appendNew("id", .string(id)) }
        object.appendNew("type", .string(format.entryType))
        object.appendNew("statusPurpose", .string(statusPurpose.rawValue))
        object.appendNew("statusListIndex", .string(statusListIndex))
        object.appendNew("statusListCredential", .string(statusListCredential))
        if statusSize > 1 {
            object.appendNew("statusSize", .number(statusSize))
            object.appendNew("statusMessage", .array(statusMessages.map(\.json)))
        }
        return .object(object)
    }
}
