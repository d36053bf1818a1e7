/// The draft 2019-09 meta-schemas, built into the library so that `$schema`, `$vocabulary` and
/// references to `https://json-schema.org/draft/2019-09/…` resolve offline.
///
/// Written here from the keyword definitions of the 2019-09 Core and Validation specifications
/// (which publish these documents as their normative meta-schemas): one document per vocabulary, and
/// the dialect meta-schema that combines them.
enum SchemaMetaSchemas {
    private static let base = "https://json-schema.org/draft/2019-09/"

    static func document(for uri: String) -> JSON? { documents[uri] }

    static let documents: [String: JSON] = [
        base + "schema": dialect,
        base + "meta/core": core,
        base + "meta/applicator": applicator,
        base + "meta/validation": validation,
        base + "meta/meta-data": metaData,
        base + "meta/format": format,
        base + "meta/content": content,
    ]

    private static let recurse: JSON = ["$recursiveRef": "#"]
    private static let schemaOrBoolean: JSON = ["object", "boolean"]

    private static func vocabularyDocument(_ name: String, title: String, properties: JSON,
                                           defs: JSON? = nil) -> JSON {
        var document: JSON = [
            "$schema": .string(base + "schema"),
            "$id": .string(base + "meta/" + name),
            "$vocabulary": .object([base + "vocab/" + name: true]),
            "$recursiveAnchor": true,
            "title": .string(title),
            "type": schemaOrBoolean,
            "properties": properties,
        ]
        if let defs { document["$defs"] = defs }
        return document
    }

    static let dialect: JSON = [
        "$schema": .string(base + "schema"),
        "$id": .string(base + "schema"),
        "$vocabulary": [
            base + "vocab/core": true,
            base + "vocab/applicator": true,
            base + "vocab/validation": true,
            base + "vocab/meta-data": true,
            base + "vocab/format": false,
            base + "vocab/content": true,
        ],
        "$recursiveAnchor": true,
        "title": "Core and Validation specifications meta-schema",
        "allOf": [
            ["$ref": "meta/core"], ["$ref": "meta/applicator"], ["$ref": "meta/validation"],
            ["$ref": "meta/meta-data"], ["$ref": "meta/format"], ["$ref": "meta/content"],
        ],
        "type": schemaOrBoolean,
        "properties": [
            // No longer keywords, but kept so that schemas do not give them other meanings.
            "definitions": ["type": "object", "additionalProperties": recurse, "default": [:]],
            "dependencies": [
                "type": "object",
                "additionalProperties": [
                    "anyOf": [recurse, ["$ref": "meta/validation#/$defs/stringArray"]],
                ],
            ],
        ],
    ]

    static let core = vocabularyDocument("core", title: "Core vocabulary meta-schema", properties: [
        "$id": ["type": "string", "format": "uri-reference", "pattern": "^[^#]*#?$"],
        "$schema": ["type": "string", "format": "uri"],
        "$anchor": ["type": "string", "pattern": "^[A-Za-z][-A-Za-z0-9.:_]*$"],
        "$ref": ["type": "string", "format": "uri-reference"],
        "$recursiveRef": ["type": "string", "format": "uri-reference"],
        "$recursiveAnchor": ["type": "boolean", "default": false],
        "$vocabulary": [
            "type": "object",
            "propertyNames": ["type": "string", "format": "uri"],
            "additionalProperties": ["type": "boolean"],
        ],
        "$comment": ["type": "string"],
        "$defs": ["type": "object", "additionalProperties": recurse, "default": [:]],
    ])

    static let applicator = vocabularyDocument("applicator", title: "Applicator vocabulary meta-schema", properties: [
        "additionalItems": recurse,
        "unevaluatedItems": recurse,
        "items": ["anyOf": [recurse, ["$ref": "#/$defs/schemaArray"]]],
        "contains": recurse,
        "additionalProperties": recurse,
        "unevaluatedProperties": recurse,
        "properties": ["type": "object", "additionalProperties": recurse, "default": [:]],
        "patternProperties": [
            "type": "object", "additionalProperties": recurse, "propertyNames": ["format": "regex"], "default": [:],
        ],
        "dependentSchemas": ["type": "object", "additionalProperties": recurse],
        "propertyNames": recurse,
        "if": recurse,
        "then": recurse,
        "else": recurse,
        "allOf": ["$ref": "#/$defs/schemaArray"],
        "anyOf": ["$ref": "#/$defs/schemaArray"],
        "oneOf": ["$ref": "#/$defs/schemaArray"],
        "not": recurse,
    ], defs: [
        "schemaArray": ["type": "array", "minItems": 1, "items": recurse],
    ])

    private static let nonNegativeInteger: JSON = ["$ref": "#/$defs/nonNegativeInteger"]
    private static let nonNegativeIntegerDefault0: JSON = ["$ref": "#/$defs/nonNegativeIntegerDefault0"]

    static let validation = vocabularyDocument("validation", title: "Validation vocabulary meta-schema", properties: [
        "multipleOf": ["type": "number", "exclusiveMinimum": 0],
        "maximum": ["type": "number"],
        "exclusiveMaximum": ["type": "number"],
        "minimum": ["type": "number"],
        "exclusiveMinimum": ["type": "number"],
        "maxLength": nonNegativeInteger,
        "minLength": nonNegativeIntegerDefault0,
        "pattern": ["type": "string", "format": "regex"],
        "maxItems": nonNegativeInteger,
        "minItems": nonNegativeIntegerDefault0,
        "uniqueItems": ["type": "boolean", "default": false],
        "maxContains": nonNegativeInteger,
        "minContains": ["$ref": "#/$defs/nonNegativeInteger", "default": 1],
        "maxProperties": nonNegativeInteger,
        "minProperties": nonNegativeIntegerDefault0,
        "required": ["$ref": "#/$defs/stringArray"],
        "dependentRequired": ["type": "object", "additionalProperties": ["$ref": "#/$defs/stringArray"]],
        "const": true,
        "enum": ["type": "array", "items": true],
        "type": [
            "anyOf": [
                ["$ref": "#/$defs/simpleTypes"],
                ["type": "array", "items": ["$ref": "#/$defs/simpleTypes"], "minItems": 1, "uniqueItems": true],
            ],
        ],
    ], defs: [
        "nonNegativeInteger": ["type": "integer", "minimum": 0],
        "nonNegativeIntegerDefault0": ["$ref": "#/$defs/nonNegativeInteger", "default": 0],
        "simpleTypes": ["enum": ["array", "boolean", "integer", "null", "number", "object", "string"]],
        "stringArray": ["type": "array", "items": ["type": "string"], "uniqueItems": true, "default": []],
    ])

    static let metaData = vocabularyDocument("meta-data", title: "Meta-data vocabulary meta-schema", properties: [
        "title": ["type": "string"],
        "description": ["type": "string"],
        "default": true,
        "deprecated": ["type": "boolean", "default": false],
        "readOnly": ["type": "boolean", "default": false],
        "writeOnly": ["type": "boolean", "default": false],
        "examples": ["type": "array", "items": true],
    ])

    static let format = vocabularyDocument("format", title: "Format vocabulary meta-schema", properties: [
        "format": ["type": "string"],
    ])

    static let content = vocabularyDocument("content", title: "Content vocabulary meta-schema", properties: [
        "contentMediaType": ["type": "string"],
        "contentEncoding": ["type": "string"],
        "contentSchema": recurse,
    ])
}
