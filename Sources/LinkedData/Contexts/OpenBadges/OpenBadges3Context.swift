import LaurelJSON

/// Writes an edition of the Open Badges 3.0 context (`https://purl.imsglobal.org/spec/ob/v3p0/context*.json`):
/// the credential, achievement, profile and result types of OB 3.0. The four published editions share
/// this one term table; `OpenBadges3Edition` says where they differ, and each edition's document is a
/// type that names its edition.
protocol OpenBadges3ContextWriter: ContextWriter {
    static var edition: OpenBadges3Edition { get }
}

extension OpenBadges3ContextWriter {
    static var urls: [String] { edition.urls }

    static func document() -> JSON {
        context {
            if edition.protectsTerms { protected }
            idAndType
            prefix(edition.datatypes)

            term("OpenBadgeCredential", ob.OpenBadgeCredential)
            // An alias type: its IRI is the term `OpenBadgeCredential`.
            term("AchievementCredential", "OpenBadgeCredential")
            achievementType
            achievementSubjectType
            profileTypes
            resultTypes
            supportingTypes
            credentialTerms
        }
    }

    private static var ob: Vocabulary { .openBadges3 }
    private static var schema: Vocabulary { .schemaHTTPS }

    private static var achievementType: ContextEntries {
        type("Achievement", ob.Achievement) {
            preamble
            text("achievementType", ob.achievementType)
            classTyped("alignment", ob.alignment, ob.Alignment, container: .set)
            term("creator", edition == .initial ? ob.Profile : ob.creator)
            datatype("creditsAvailable", ob.creditsAvailable, "float")
            reference("criteria", ob.Criteria)
            text("fieldOfStudy", ob.fieldOfStudy)
            text("humanCode", ob.humanCode)
            scopedImage
            classTyped("otherIdentifier", ob.otherIdentifier, ob.IdentifierEntry, container: .set)
            classTyped("related", ob.related, ob.Related, container: .set)
            classTyped("resultDescription", ob.resultDescription, ob.ResultDescription, container: .set)
            text("specialization", ob.specialization)
            text("tag", schema.keywords, container: .set)
            text("version", ob.version)
            inLanguage
        }
    }

    private static var achievementSubjectType: ContextEntries {
        type("AchievementSubject", ob.AchievementSubject) {
            preamble
            term("achievement", edition.achievementIRI)
            datatype("activityEndDate", ob.activityEndDate, "date")
            datatype("activityStartDate", ob.activityStartDate, "date")
            datatype("creditsEarned", ob.creditsEarned, "float")
            classTyped("identifier", ob.identifier, ob.IdentityObject, container: .set)
            scopedImage
            text("licenseNumber", ob.licenseNumber)
            classTyped("result", ob.result, ob.Result, container: .set)
            text("role", ob.role)
            classTyped("source", ob.source, ob.Profile, otherwise: "@id")
            text("term", ob.term)
        }
    }

    private static var profileTypes: ContextEntries {
        group {
            type("Address", ob.Address) {
                preamble
                text("addressCountry", schema.addressCountry)
                text("addressCountryCode", ob.CountryCode)
                text("addressLocality", schema.addressLocality)
                text("addressRegion", schema.addressRegion)
                term("geo", ob.GeoCoordinates)
                text("postOfficeBoxNumber", schema.postOfficeBoxNumber)
                text("postalCode", schema.postalCode)
                text("streetAddress", schema.streetAddress)
            }
            type("GeoCoordinates", ob.GeoCoordinates) {
                preamble
                text("latitude", schema.latitude)
                text("longitude", schema.longitude)
            }
            type("IdentifierEntry", ob.IdentifierEntry) {
                preamble
                text("identifier", ob.identifier)
                text("identifierType", ob.identifierType)
            }
            type("IdentityObject", ob.IdentityObject) {
                preamble
                datatype("hashed", ob.hashed, "boolean")
                text("identityHash", ob.identityHash)
                text("identityType", ob.identityType)
                text("salt", ob.salt)
            }
            type("Profile", ob.Profile) {
                preamble
                text("additionalName", schema.additionalName)
                if edition == .initial {
                    term("address", ob.Address)
                } else {
                    reference("address", ob.address)
                }
                datatype("dateOfBirth", ob.dateOfBirth, "date")
                text("email", schema.email)
                text("familyName", schema.familyName)
                text("familyNamePrefix", ob.familyNamePrefix)
                text("givenName", schema.givenName)
                text("honorificPrefix", schema.honorificPrefix)
                text("honorificSuffix", schema.honorificSuffix)
                scopedImage
                classTyped("otherIdentifier", ob.otherIdentifier, ob.IdentifierEntry, container: .set)
                if edition == .initial {
                    text("parentOrg", ob.parentOrg)
                } else {
                    reference("parentOrg", ob.parentOrg)
                }
                text("patronymicName", ob.patronymicName)
                text("phone", edition == .initial ? ob.PhoneNumber : ob.phone)
                text("official", ob.official)
            }
        }
    }

    private static var resultTypes: ContextEntries {
        group {
            type("Result", ob.Result) {
                preamble
                datatype("achievedLevel", ob.achievedLevel, "anyURI")
                datatype("resultDescription", ob.resultDescription, "anyURI")
                text("status", ob.status)
                text("value", schema.value)
            }
            type("ResultDescription", ob.ResultDescription) {
                preamble
                if edition <= .v3_0_1 {
                    text("allowedValue", ob.allowedValue, container: .set)
                } else {
                    term("allowedValue", ob.allowedValue, container: .list)
                }
                datatype("requiredLevel", ob.requiredLevel, "anyURI")
                text("requiredValue", ob.requiredValue)
                text("resultType", ob.resultType)
                classTyped("rubricCriterionLevel", ob.rubricCriterionLevel, ob.RubricCriterionLevel, container: .set)
                text("valueMax", ob.valueMax)
                text("valueMin", ob.valueMin)
            }
            type("RubricCriterionLevel", ob.RubricCriterionLevel) {
                preamble
                text("level", ob.level)
                text("points", ob.points)
            }
        }
    }

    private static var supportingTypes: ContextEntries {
        group {
            type("Alignment", edition == .initial ? schema.Alignment : schema.AlignmentObject) {
                preamble
                text("targetCode", ob.targetCode)
                text("targetDescription", schema.targetDescription)
                text("targetFramework", schema.targetFramework)
                text("targetName", schema.targetName)
                text("targetType", ob.targetType)
                datatype("targetUrl", schema.targetUrl, "anyURI")
            }
            term("Criteria", ob.Criteria)
            term("EndorsementCredential", ob.EndorsementCredential)
            type("EndorsementSubject", ob.EndorsementSubject) {
                preamble
                text("endorsementComment", ob.endorsementComment)
            }
            type("Evidence", ob.Evidence) {
                preamble
                text("audience", schema.audience)
                text("genre", schema.genre)
            }
            type("Image", ob.Image) {
                preamble
                text("caption", schema.caption)
            }
            type("Related", ob.Related) {
                preamble
                text("version", ob.version)
                inLanguage
            }
        }
    }

    /// The terms used at the top of credentials and profiles, outside any type.
    private static var credentialTerms: ContextEntries {
        group {
            classTyped("alignment", ob.alignment, ob.Alignment, container: .set)
            text("description", schema.description)
            classTyped("endorsement", ob.endorsement, ob.EndorsementCredential, container: .set)
            if edition.definesLanguageAndJWTTerms {
                term("endorsementJwt", ob.endorsementJwt, container: .set)
            }
            classTyped("image", edition.imageIRI, ob.Image, otherwise: "@id")
            inLanguage
            text("name", schema.name)
            text("narrative", ob.narrative)
            datatype("url", schema.url, "anyURI")
            if edition.definesAwardedDate {
                typed("awardedDate", ob.awardedDate, "xsd:dateTime")
            }
            if edition.definesLanguageAndJWTTerms {
                reference("jti", Vocabulary.jwt.jti)
            }
        }
    }

    // MARK: Edition-dependent kinds of term

    /// `@protected` and the `id`/`type` aliases, in editions that scope them in every type.
    private static var preamble: ContextEntries {
        group {
            if edition.protectsTerms {
                protected
                idAndType
            }
        }
    }

    /// A plain-text property: coerced to `xsd:string` in early editions, left alone later.
    private static func text(_ term: String, _ iri: String, container: TermContainer? = nil) -> ContextEntries {
        Self.term(term, iri, type: edition.coercesText ? edition.datatypes.string : nil, container: container)
    }

    /// A property typed with an XML Schema datatype, written as the edition writes datatypes.
    private static func datatype(_ term: String, _ iri: String, _ localName: String) -> ContextEntries {
        typed(term, iri, edition.datatypes[localName])
    }

    /// An object-valued property: the first edition coerces it to the IRI of its class; later
    /// editions coerce it to `otherwise` (`@id` for references) or not at all.
    private static func classTyped(
        _ term: String, _ iri: String, _ classIRI: String, otherwise: String? = nil, container: TermContainer? = nil
    ) -> ContextEntries {
        Self.term(term, iri, type: edition.coercesToClasses ? classIRI : otherwise, container: container)
    }

    /// `image` inside a type: a reference, from 3.0.1.
    private static var scopedImage: ContextEntries {
        group {
            if let iri = edition.scopedImageIRI { reference("image", iri) }
        }
    }

    /// `inLanguage`, from 3.0.3.
    private static var inLanguage: ContextEntries {
        group {
            if edition.definesLanguageAndJWTTerms { term("inLanguage", schema.inLanguage) }
        }
    }
}
