import LaurelJSON

/// Typed, member-naming access to the members of a JWK object.
struct JWKReader {
    let object: JSONObject

    func has(_ member: String) -> Bool { object[member] != nil }

    func string(_ member: String) throws(JWKError) -> String {
        guard let value = object[member] else { throw .missingMember(member) }
        guard case .string(let text) = value else {
            throw .wrongMemberType(member: member, expected: "a string", found: value.kindName)
        }
        return text
    }

    func optionalString(_ member: String) throws(JWKError) -> String? {
        guard has(member) else { return nil }
        return try string(member)
    }

    /// A base64url member decoded, with its length checked against `length` when given.
    func bytes(_ member: String, length: Int? = nil) throws(JWKError) -> [UInt8] {
        let text = try string(member)
        let decoded: [UInt8]
        do {
            // 16 KiB of text covers a 16384-bit RSA modulus with room to spare.
            decoded = try Base64URL.decode(text, maxLength: 16 * 1024)
        } catch {
            throw .invalidBase64URL(member: member, error)
        }
        if let length, decoded.count != length {
            throw .invalidMemberLength(member: member, expected: "\(length)", actual: decoded.count)
        }
        return decoded
    }

    /// An unsigned big-endian integer member (RSA), which must be minimally encoded.
    func integer(_ member: String) throws(JWKError) -> [UInt8] {
        let decoded = try bytes(member)
        guard !decoded.isEmpty else { throw .invalidMemberLength(member: member, expected: "at least 1", actual: 0) }
        guard decoded.first != 0 else { throw .nonMinimalInteger(member: member) }
        return decoded
    }

    func keyOperations() throws(JWKError) -> [String]? {
        guard let value = object["key_ops"] else { return nil }
        guard case .array(let elements) = value else {
            throw .wrongMemberType(member: "key_ops", expected: "an array of strings", found: value.kindName)
        }
        var operations: [String] = []
        for element in elements {
            guard case .string(let operation) = element else {
                throw .wrongMemberType(member: "key_ops", expected: "an array of strings",
                                       found: "an array holding \(element.kindName)")
            }
            guard !operations.contains(operation) else { throw .duplicateKeyOperation(operation) }
            operations.append(operation)
        }
        return operations
    }
}
