import LaurelJSON

extension VerificationReport {
    /// The report as JSON, following `schemas/verification-report.schema.json`.
    public func json(includeCredential: Bool = false, verifier: String = LaurelVersion.userAgent) -> JSON {
        var object: JSONObject = [
            "outcome": .string(outcome.rawValue),
            "format": .string(format.rawValue),
            "verifier": .string(verifier),
        ]
        object["credential"] = .object(summary.json)
        object["checks"] = .array(checks.map { check in
            var entry: JSONObject = [
                "code": .string(check.code.rawValue),
                "severity": .string(check.severity.rawValue),
                "message": .string(check.message),
            ]
            if !check.evidence.isEmpty { entry["evidence"] = .object(check.evidence) }
            return .object(entry)
        })
        if includeCredential, let credential { object["document"] = credential }
        return .object(object)
    }
}

extension VerificationReport.Summary {
    var json: JSONObject {
        var object = JSONObject()
        object["id"] = id.map(JSON.string)
        if !types.isEmpty { object["type"] = .array(types.map(JSON.string)) }
        object["name"] = name.map(JSON.string)
        object["achievement"] = achievementName.map(JSON.string)
        if issuerId != nil || issuerName != nil {
            var issuer = JSONObject()
            issuer["id"] = issuerId.map(JSON.string)
            issuer["name"] = issuerName.map(JSON.string)
            object["issuer"] = .object(issuer)
        }
        object["subject"] = subject.map(JSON.string)
        object["validFrom"] = validFrom.map(JSON.string)
        object["validUntil"] = validUntil.map(JSON.string)
        object["dataModel"] = dataModel.map(JSON.string)
        return object
    }
}

/// Laurel's version, as reported in verification reports and HTTP headers.
public enum LaurelVersion {
    public static let number = "0.1.0"
    public static let userAgent = "Laurel/\(number)"
}
