import LaurelJSON

extension ContextWriter {
    /// The Bitstring Status List types: the status list credential, the list itself, and the entry a
    /// credential's `credentialStatus` holds. VC 2.0 and the status list context define them identically.
    static var bitstringStatusListTypes: ContextEntries {
        let status = Vocabulary.status
        return group {
            iri("BitstringStatusListCredential", status.BitstringStatusListCredential)

            type("BitstringStatusList", status.BitstringStatusList) {
                protected
                idAndType
                typed("encodedList", status.encodedList, Vocabulary.security.multibase)
                iri("statusPurpose", status.statusPurpose)
                iri("ttl", status.ttl)
            }

            type("BitstringStatusListEntry", status.BitstringStatusListEntry) {
                protected
                idAndType
                reference("statusListCredential", status.statusListCredential)
                iri("statusListIndex", status.statusListIndex)
                iri("statusPurpose", status.statusPurpose)
                term("statusMessage", status.statusMessage).scoped {
                    protected
                    idAndType
                    iri("message", status.message)
                    iri("status", status.status)
                }
                reference("statusReference", status.statusReference)
                // As published, an https XML Schema namespace.
                typed("statusSize", status.statusSize, Vocabulary.xsdHTTPS.integer)
            }
        }
    }
}
