import LaurelJSON
import OpenBadges

/// The few members of a credential that the JWT claims, the key binding and the validity window depend
/// on, read straight from the document: these checks need not wait for (or fail with) a full reading of
/// the Open Badges model.
public struct CredentialEnvelope: Sendable {
    public var id: String?
    public var issuerID: String?
    public var subjectID: String?
    public var validFrom: DateTime?
    public var validUntil: DateTime?
    /// Why `validFrom` could not be read, when it could not.
    public var validFromProblem: String?

    public init(_ json: JSON) {
        id = json["id"]?.stringValue
        let issuer = json["issuer"]
        issuerID = issuer?.stringValue ?? issuer?["id"]?.stringValue
        subjectID = json["credentialSubject"].flatMap { $0.asArray.first }?["id"]?.stringValue
        // VC 2.0 names; VC 1.1 names, whose values in the wild sometimes lack a time zone (read as UTC).
        if let text = json["validFrom"]?.stringValue {
            (validFrom, validFromProblem) = Self.date(text, lenient: false)
        } else if let text = json["issuanceDate"]?.stringValue {
            (validFrom, validFromProblem) = Self.date(text, lenient: true)
        } else {
            validFromProblem = "the credential has no validFrom date"
        }
        if let text = json["validUntil"]?.stringValue ?? json["expirationDate"]?.stringValue {
            validUntil = Self.date(text, lenient: json["validUntil"] == nil).0
        }
    }

    static func date(_ text: String, lenient: Bool) -> (DateTime?, String?) {
        do { return (try DateTime(parsing: text, allowingMissingTimeZone: lenient), nil) } catch {
            return (nil, "\(text) is not a date-time: \(error)")
        }
    }
}
