/// Why a JSON document is not an acceptable Open Badges value, and where.
///
/// `pointer` names the offending value, or for a missing property the place where it should be
/// (`/credentialSubject/achievement/criteria`). `description` is a sentence a person can act on.
public struct BadgeDecodingError: Error, Sendable, Equatable, CustomStringConvertible {
    public enum Reason: Sendable, Equatable {
        /// A required property is absent (or `null`).
        case missingProperty
        /// The value has the wrong JSON kind: `expected` names what was wanted ("a string", "an object").
        case wrongKind(expected: String, found: String)
        /// `type` does not contain any of the required names.
        case missingTypeValue(expected: [String], found: [String])
        /// A property that holds exactly one value holds several.
        case tooManyValues(count: Int)
        /// The first `@context` entry is not a Verifiable Credentials base context.
        case unsupportedBaseContext(found: String)
        /// No Open Badges 3.0 context is listed.
        case missingOpenBadgesContext
        /// A date-time that is not RFC 3339 / xsd:dateTime, or lacks a required time zone.
        case invalidDateTime(DateTimeError)
        /// A value that is syntactically wrong for its property; the text says how.
        case invalidValue(String)
    }

    public let reason: Reason
    /// Where the problem is: the offending value, or where a missing property belongs.
    public let pointer: JSONPointer

    public init(_ reason: Reason, at pointer: JSONPointer) {
        self.reason = reason
        self.pointer = pointer
    }

    /// What is wrong, without the place.
    public var message: String {
        switch reason {
        case .missingProperty:
            let name = pointer.tokens.last.map { "\"\($0)\"" } ?? "a value"
            return "the required property \(name) is missing"
        case .wrongKind(let expected, let found):
            return "expected \(expected), found \(found)"
        case .missingTypeValue(let expected, let found):
            let wanted = expected.map { "\"\($0)\"" }.joined(separator: " or ")
            let seen = found.isEmpty ? "no type" : found.map { "\"\($0)\"" }.joined(separator: ", ")
            return "type must include \(wanted); found \(seen)"
        case .tooManyValues(let count):
            return "expected a single value, found an array of \(count)"
        case .unsupportedBaseContext(let found):
            return "the first @context entry must be \"\(CredentialContext.vc2)\" (or \"\(CredentialContext.vc1)\" "
                + "for a VC 1.1 credential); found \(found)"
        case .missingOpenBadgesContext:
            return "@context lists no Open Badges 3.0 context (\"\(CredentialContext.openBadges)\")"
        case .invalidDateTime(let error):
            return error.description
        case .invalidValue(let text):
            return text
        }
    }

    public var description: String {
        let place = pointer.tokens.isEmpty ? "the document root" : pointer.description
        return "\(place): \(message)"
    }
}

/// Something the decoder accepted but a verifier may want to mention: a lenient reading of a value that a
/// strict reading of the specification would refuse.
public struct DecodingWarning: Sendable, Equatable, CustomStringConvertible {
    public enum Kind: Sendable, Equatable {
        /// A date-time without a time zone, read as UTC (common in VC 1.1 `issuanceDate` values).
        case dateTimeWithoutTimeZone
        /// `credentialSubject` was an array holding one subject.
        case credentialSubjectInArray
        /// An image given as a bare IRI where the OB 3.0 schema wants an `Image` object.
        case imageAsIRI
        /// An embedded endorsement that is not a well-formed EndorsementCredential; it is kept verbatim.
        case invalidEndorsement(BadgeDecodingError)
    }

    public let kind: Kind
    public let pointer: JSONPointer

    public init(_ kind: Kind, at pointer: JSONPointer) {
        self.kind = kind
        self.pointer = pointer
    }

    public var description: String {
        let text: String
        switch kind {
        case .dateTimeWithoutTimeZone: text = "date-time has no time zone; it was read as UTC"
        case .credentialSubjectInArray: text = "credentialSubject is an array of one subject; it was read as that subject"
        case .imageAsIRI: text = "image is a bare IRI; it will be written back as an Image object"
        case .invalidEndorsement(let error): text = "the embedded endorsement is not valid and is kept as it is: \(error)"
        }
        return "\(pointer): \(text)"
    }
}
