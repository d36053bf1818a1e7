import LaurelJSON

/// `https://w3id.org/vc/status-list/2021/v1`: StatusList2021, the predecessor of Bitstring Status List
/// that many issued credentials still point at.
enum StatusList2021Context: ContextWriter {
    static let url = "https://w3id.org/vc/status-list/2021/v1"

    static func document() -> JSON {
        let list = Vocabulary.statusList2021
        let schema = Vocabulary.schemaHTTP
        return context {
            protected

            type("StatusList2021Credential", list.StatusList2021Credential) {
                protected
                idAndType
                iri("description", schema.description)
                iri("name", schema.name)
            }

            type("StatusList2021", list.StatusList2021) {
                protected
                idAndType
                iri("statusPurpose", list.statusPurpose)
                iri("encodedList", list.encodedList)
            }

            type("StatusList2021Entry", list.StatusList2021Entry) {
                protected
                idAndType
                iri("statusPurpose", list.statusPurpose)
                iri("statusListIndex", list.statusListIndex)
                reference("statusListCredential", list.statusListCredential)
            }
        }
    }
}
