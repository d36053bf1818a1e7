/// IRIs the RDF conversion uses on every quad, as computed properties over string literals: unlike
/// `static let`s they cost no lazy-initialization check on the hot path.
enum JSONLDVocabulary {
    static var rdfType: String { "http://www.w3.org/1999/02/22-rdf-syntax-ns#type" }
    static var rdfFirst: String { "http://www.w3.org/1999/02/22-rdf-syntax-ns#first" }
    static var rdfRest: String { "http://www.w3.org/1999/02/22-rdf-syntax-ns#rest" }
    static var rdfNil: String { "http://www.w3.org/1999/02/22-rdf-syntax-ns#nil" }
    static var rdfLangString: String { "http://www.w3.org/1999/02/22-rdf-syntax-ns#langString" }
    static var rdfJSON: String { "http://www.w3.org/1999/02/22-rdf-syntax-ns#JSON" }
    static var rdfValue: String { "http://www.w3.org/1999/02/22-rdf-syntax-ns#value" }
    static var rdfLanguage: String { "http://www.w3.org/1999/02/22-rdf-syntax-ns#language" }
    static var rdfDirection: String { "http://www.w3.org/1999/02/22-rdf-syntax-ns#direction" }
    static var xsdString: String { "http://www.w3.org/2001/XMLSchema#string" }
    static var xsdBoolean: String { "http://www.w3.org/2001/XMLSchema#boolean" }
    static var xsdInteger: String { "http://www.w3.org/2001/XMLSchema#integer" }
    static var xsdDouble: String { "http://www.w3.org/2001/XMLSchema#double" }
    static var i18n: String { "https://www.w3.org/ns/i18n#" }
}
