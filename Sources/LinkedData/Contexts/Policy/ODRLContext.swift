import LaurelJSON

/// `https://www.w3.org/ns/odrl.jsonld`: the ODRL 2.2 policy vocabulary. The VC 1.1 examples context
/// imports it, so every vector built on those examples loads it.
enum ODRLContext: ContextWriter {
    static let url = "https://www.w3.org/ns/odrl.jsonld"

    private static let odrl = Vocabulary.odrl.compact("odrl")
    private static let xsd = Vocabulary.xsd.compact("xsd")

    static func document() -> JSON {
        context {
            prefix(odrl, Vocabulary.rdf.compact("rdf"))
            prefix(Vocabulary("http://www.w3.org/2000/01/rdf-schema#").compact("rdfs"))
            prefix(Vocabulary("http://www.w3.org/2002/07/owl#").compact("owl"))
            prefix(Vocabulary("http://www.w3.org/2004/02/skos/core#").compact("skos"))
            prefix(Vocabulary.dcterms.compact("dct"), xsd)
            prefix(Vocabulary("http://www.w3.org/2006/vcard/ns#").compact("vcard"))
            prefix(Vocabulary("http://xmlns.com/foaf/0.1/").compact("foaf"))
            prefix(Vocabulary.schemaHTTP.compact("schema"))
            prefix(Vocabulary("http://creativecommons.org/ns#").compact("cc"))
            keyword("uid", "@id")
            keyword("type", "@type")

            policies
            partiesAndAssets
            rules
            actions
            constraints
        }
    }

    private static var policies: ContextEntries {
        group {
            iris(odrl, "Policy", "Rule")
            references(odrl, "profile", "inheritFrom")
            iri("ConflictTerm", odrl.ConflictTerm)
            vocabularyReference("conflict", odrl.conflict)
            iris(odrl, "perm", "prohibit", "invalid")
            iris(odrl, "Agreement", "Assertion", "Offer", "Privacy", "Request", "Set", "Ticket")
        }
    }

    private static var partiesAndAssets: ContextEntries {
        group {
            iris(odrl, "Asset", "AssetCollection")
            references(odrl, "relation", "hasPolicy", "target", "output", "partOf", "source")
            iris(odrl, "Party", "PartyCollection")
            vocabularyReference("function", odrl.function)
            iri("PartyScope", odrl.PartyScope)
            references(odrl, "assignee", "assigner", "assigneeOf", "assignerOf")
            references(odrl, "attributedParty", "attributingParty", "compensatedParty", "compensatingParty")
            references(odrl, "consentingParty", "consentedParty", "informedParty", "informingParty")
            references(odrl, "trackingParty", "trackedParty", "contractingParty", "contractedParty")
        }
    }

    private static var rules: ContextEntries {
        group {
            iri("Action", odrl.Action)
            vocabularyReference("action", odrl.action)
            references(odrl, "includedIn", "implies")
            iri("Permission", odrl.Permission)
            reference("permission", odrl.permission)
            iri("Prohibition", odrl.Prohibition)
            references(odrl, "prohibition", "obligation")
            iri("Duty", odrl.Duty)
            references(odrl, "duty", "consequence", "remedy")
        }
    }

    private static var actions: ContextEntries {
        group {
            iris(odrl, "use", "grantUse", "aggregate", "annotate", "anonymize", "archive", "concurrentUse")
            iris(odrl, "derive", "digitize", "display", "distribute", "execute", "extract", "give", "index")
            iris(odrl, "install", "modify", "move", "play", "present", "print", "read", "reproduce", "sell")
            iris(odrl, "stream", "textToSpeech", "transfer", "transform", "translate")
            iris(odrl, "acceptTracking", "attribute", "compensate", "delete", "ensureExclusivity", "include")
            iris(odrl, "inform", "nextPolicy", "obtainConsent", "reviewPolicy", "uninstall", "watermark")
        }
    }

    private static var constraints: ContextEntries {
        group {
            iris(odrl, "Constraint", "LogicalConstraint")
            references(odrl, "constraint", "refinement")
            iri("Operator", odrl.Operator)
            vocabularyReference("operator", odrl.operator)
            iris(odrl, "RightOperand", "rightOperand")
            typed("rightOperandReference", odrl.rightOperandReference, xsd.anyURI)
            iri("LeftOperand", odrl.LeftOperand)
            vocabularyReference("leftOperand", odrl.leftOperand)
            iri("unit", odrl.unit)
            typed("dataType", odrl.datatype, xsd.anyType)
            iri("status", odrl.status)

            // Left operands. As published, `industry` maps to `odrl:industry:` (with a trailing colon).
            iris(odrl, "absolutePosition", "absoluteSpatialPosition", "absoluteTemporalPosition")
            iris(odrl, "absoluteSize", "count", "dateTime", "delayPeriod", "deliveryChannel", "elapsedTime")
            iris(odrl, "event", "fileFormat")
            iri("industry", odrl["industry:"])
            iris(odrl, "language", "media", "meteredTime", "payAmount", "percentage", "product", "purpose")
            iris(odrl, "recipient", "relativePosition", "relativeSpatialPosition", "relativeTemporalPosition")
            iris(odrl, "relativeSize", "resolution", "spatial", "spatialCoordinates", "systemDevice")
            iris(odrl, "timeInterval", "unitOfCount", "version", "virtualLocation")

            // Operators. As published, `neq` maps to `odrl:neg`.
            iris(odrl, "eq", "gt", "gteq", "lt", "lteq")
            iri("neq", odrl.neg)
            iris(odrl, "isA", "hasPart", "isPartOf", "isAllOf", "isAnyOf", "isNoneOf")
            iris(odrl, "or", "xone", "and", "andSequence")
            iri("policyUsage", odrl.policyUsage)
        }
    }
}
