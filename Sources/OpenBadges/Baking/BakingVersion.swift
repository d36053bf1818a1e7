extension Baker {
    /// Which Open Badges baking rules apply. They differ only in names: the PNG `iTXt` keyword, the SVG
    /// element and its namespace.
    public enum Version: String, Sendable, Equatable, CaseIterable, CustomStringConvertible {
        /// Open Badges 2.0 (and the 1.x assertions baked the same way): keyword `openbadges`, element
        /// `<openbadges:assertion>` in the namespace `http://openbadges.org`.
        case ob2
        /// Open Badges 3.0: keyword `openbadgecredential`, element `<openbadges:credential>` in the namespace
        /// `https://purl.imsglobal.org/ob/v3p0`.
        case ob3

        public var description: String { self == .ob2 ? "Open Badges 2.0" : "Open Badges 3.0" }

        /// The keyword of the PNG `iTXt` chunk.
        public var pngKeyword: String { self == .ob2 ? "openbadges" : "openbadgecredential" }

        /// The local name of the SVG element (its prefix is `openbadges`).
        public var svgElementLocalName: String { self == .ob2 ? "assertion" : "credential" }

        /// The namespace name bound to the `openbadges` prefix.
        public var svgNamespace: String { self == .ob2 ? "http://openbadges.org" : "https://purl.imsglobal.org/ob/v3p0" }
    }
}
