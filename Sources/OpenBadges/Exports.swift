// The OB data model is expressed in Laurel's JSON and JSON-LD types.
@_exported import LinkedData
