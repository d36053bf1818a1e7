extension OB2 {
    /// Who a partner expects a badge to have been awarded to, written as `email:alice@example.org`,
    /// `url:https://alice.example`, `telephone:+16175551212` or `id:did:example:alice`.
    ///
    /// OB 2.0 issuers hash the e-mail address as they stored it; most lower-case it first. Laurel tries
    /// the value as given and, for e-mail addresses, its lower-case form, and says which matched.
    public struct ExpectedRecipient: Sendable, Equatable, CustomStringConvertible {
        /// The profile property: `email`, `url`, `telephone` or `id`.
        public let property: String
        public let value: String

        public static let properties = ["email", "url", "telephone", "id"]

        public init(property: String, value: String) throws(ExpectedRecipientError) {
            guard Self.properties.contains(where: { $0.isByteEqual(to: property) }) else {
                throw ExpectedRecipientError(text: property + ":" + value, reason: "the kind must be email, url, telephone or id")
            }
            guard !value.isEmpty else { throw ExpectedRecipientError(text: property + ":", reason: "the value is empty") }
            self.property = property
            self.value = value
        }

        /// Parses `kind:value`; a bare address with an `@` and no kind is read as an e-mail address.
        public init(_ text: String) throws(ExpectedRecipientError) {
            guard text.utf8.count <= 2048 else {
                throw ExpectedRecipientError(text: String(text.prefix(40)) + "…", reason: "longer than 2048 bytes")
            }
            if let colon = text.firstIndex(of: ":"), Self.properties.contains(String(text[..<colon])) {
                try self.init(property: String(text[..<colon]), value: String(text[text.index(after: colon)...]))
            } else if text.contains("@"), !text.contains(":") {
                try self.init(property: "email", value: text)
            } else {
                throw ExpectedRecipientError(text: text, reason: "write it as email:…, url:…, telephone:… or id:…")
            }
        }

        /// The spellings tried against a hash: the value, and for an e-mail address its lower-case form.
        public var candidates: [ExpectedRecipient] {
            guard property == "email" else { return [self] }
            let lower = value.lowercased()
            guard !lower.isByteEqual(to: value), let folded = try? ExpectedRecipient(property: property, value: lower) else { return [self] }
            return [self, folded]
        }

        public var description: String { property + ":" + value }
    }

    /// Why a text is not an expected recipient.
    public struct ExpectedRecipientError: Error, Sendable, Equatable, CustomStringConvertible {
        public let text: String
        public let reason: String

        public var description: String { "\"\(text)\" is not a recipient Laurel can check: \(reason)" }
    }
}
