/// The outcome of validating one instance.
public struct SchemaValidationResult: Sendable, Equatable {
    /// Every failed assertion, in evaluation order. Empty exactly when the instance is valid.
    public let errors: [SchemaValidationError]
    /// False when a limit (evaluation depth, step budget, regular-expression budget) stopped the
    /// evaluation: the instance then counts as invalid, since a check that could not run never passes.
    public let isComplete: Bool

    public var isValid: Bool { errors.isEmpty }

    public init(errors: [SchemaValidationError], isComplete: Bool = true) {
        self.errors = errors
        self.isComplete = isComplete
    }
}

/// One failed assertion: where in the instance, which keyword by which path, and why in words.
public struct SchemaValidationError: Sendable, Equatable, CustomStringConvertible {
    /// JSON pointer to the instance value that failed (`/credentialSubject/achievement`).
    public let instanceLocation: String
    /// JSON pointer along the evaluation path, through references
    /// (`/properties/credentialSubject/$ref/properties/achievement/$ref/required`).
    public let keywordLocation: String
    /// The keyword's absolute URI in its schema resource (`https://…#/$defs/Achievement/required`).
    public let absoluteKeywordLocation: String
    /// The keyword that failed (`required`, `type`, `anyOf`, …).
    public let keyword: String
    /// A plain sentence: "required property 'criteria' is missing".
    public let message: String
    /// For `anyOf`, `oneOf`, `contains`, `propertyNames` and the like: what failed inside, so a
    /// reader can see why no alternative matched.
    public let causes: [SchemaValidationError]

    public init(instanceLocation: String, keywordLocation: String, absoluteKeywordLocation: String,
                keyword: String, message: String, causes: [SchemaValidationError] = []) {
        self.instanceLocation = instanceLocation
        self.keywordLocation = keywordLocation
        self.absoluteKeywordLocation = absoluteKeywordLocation
        self.keyword = keyword
        self.message = message
        self.causes = causes
    }

    public var description: String {
        let at = instanceLocation.isEmpty ? "(root)" : instanceLocation
        return "\(at): \(message) [\(keywordLocation.isEmpty ? "/" : keywordLocation)]"
    }
}
