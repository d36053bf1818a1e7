import LaurelJSON

extension VerificationReport.Summary {
    /// What a person needs to recognise the credential, read from the document as written (so that it is
    /// shown even when the credential is malformed).
    init(credential json: JSON?, dataModel: String?) {
        self.init()
        guard let json else { return }
        id = json["id"]?.stringValue
        types = json["type"].map(\.asArray)?.compactMap(\.stringValue) ?? []
        name = json["name"]?.stringValue
        let subject = json["credentialSubject"].map(\.asArray)?.first
        achievementName = subject?["achievement"]?["name"]?.stringValue
        let issuer = json["issuer"]
        issuerId = issuer?.stringValue ?? issuer?["id"]?.stringValue
        issuerName = issuer?["name"]?.stringValue
        if let id = subject?["id"]?.stringValue {
            self.subject = id
        } else if let identity = subject?["identifier"].map(\.asArray)?.first {
            let type = identity["identityType"]?.stringValue ?? "identity"
            if identity["hashed"]?.boolValue == true {
                self.subject = "\(type) (hashed)"
            } else if let value = identity["identityHash"]?.stringValue {
                self.subject = "\(type) \(value)"
            }
        }
        validFrom = (json["validFrom"] ?? json["issuanceDate"])?.stringValue
        validUntil = (json["validUntil"] ?? json["expirationDate"])?.stringValue
        self.dataModel = dataModel
    }
}
