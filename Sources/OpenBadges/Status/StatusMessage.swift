/// One of the messages of a multi-bit status entry (Bitstring Status List §2.1 `statusMessage`):
/// the status value as a hexadecimal string (`"0x2"`) and what it means.
public struct StatusMessage: Sendable, Equatable {
    public var status: Int
    public var message: String

    public init(status: Int, message: String) {
        self.status = status
        self.message = message
    }

    init(json: JSON, at pointer: JSONPointer) throws(BadgeDecodingError) {
        var reader = try ObjectReader(json, at: pointer, what: "a statusMessage object")
        let text = try reader.requiredString("status")
        guard text.hasPrefix("0x"), text.count > 2, text.count <= 10, let value = Int(text.dropFirst(2), radix: 16) else {
            throw BadgeDecodingError(.invalidValue("status must be a hexadecimal value such as \"0x1\"; found \"\(text)\""),
                                     at: pointer.appending("status"))
        }
        status = value
        message = try reader.requiredString("message")
    }

    public var json: JSON {
        ["status": .string("0x" + String(status, radix: 16)), "message": .string(message)]
    }
}
