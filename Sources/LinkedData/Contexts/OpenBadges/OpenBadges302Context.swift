/// `https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.2.json`. Compared with 3.0.1: the terms are
/// protected and every type scopes the `id`/`type` aliases; plain text is no longer coerced; XML Schema
/// datatypes are written in full (still under `https://www.w3.org/2001/XMLSchema#`); `allowedValue`
/// becomes an ordered list; `awardedDate` is dropped, and the top-level `image` becomes `…#Image`.
enum OpenBadges302Context: OpenBadges3ContextWriter {
    static let edition = OpenBadges3Edition.v3_0_2
}
