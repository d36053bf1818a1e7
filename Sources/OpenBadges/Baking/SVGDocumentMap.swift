/// The parts of an SVG that baking reads or edits, found in one pass of ``SVGScanner``: the root `<svg>`
/// start tag, and every Open Badges credential element with its content.
///
/// Checking along the way: a single root element named `svg`, matched and properly nested tags (to a
/// depth limit), no text outside the root, an encoding Laurel reads correctly, no duplicate attributes on
/// the elements it interprets, and only text or CDATA inside a credential element.
///
/// A credential element is recognised by namespace, as XML namespaces define it: local name `credential`
/// or `assertion` in `https://purl.imsglobal.org/ob/v3p0` or `http://openbadges.org`, whatever the
/// prefix. An `openbadges:` prefix that no declaration binds is accepted too, since some baked images in
/// circulation omit the declaration.
struct SVGDocumentMap {
    struct Credential {
        let tag: SVGScanner.StartTag
        let attributes: [SVGScanner.Attribute]
        /// `ob3` for a `credential` element, `ob2` for an `assertion` element.
        let version: Baker.Version
        /// The whole element, start tag to end tag.
        var range: Range<Int>
        var body: [BodyPart]
    }

    enum BodyPart {
        case text(Range<Int>)
        case cdata(Range<Int>)
    }

    let bytes: [UInt8]
    let root: SVGScanner.StartTag
    let rootAttributes: [SVGScanner.Attribute]
    let credentials: [Credential]
    /// The encoding the XML declaration names when it is not UTF-8 (the document is then pure ASCII).
    let nonUTF8Encoding: String?

    private struct OpenElement {
        let name: Range<Int>
        let start: Int
        /// How many namespace declarations were in scope before this element.
        let namespaceMark: Int
    }

    private struct NamespaceDeclaration {
        /// The declared prefix, or nil for a default namespace (`xmlns="..."`).
        let prefix: Range<Int>?
        let value: Range<Int>
    }

    init(_ bytes: [UInt8], limits: BakingLimits) throws(BakingError) {
        self.bytes = bytes
        let bom = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        var scanner = SVGScanner(bytes, startingAt: bom, limits: limits)
        var root: SVGScanner.StartTag?
        var rootAttributes: [SVGScanner.Attribute] = []
        var rootClosed = false
        var open: [OpenElement] = []
        var namespaces: [NamespaceDeclaration] = []
        var credentials: [Credential] = []
        var openCredential: (index: Int, depth: Int)?
        var isFirstToken = true
        var nonUTF8Encoding: String?

        while let token = try scanner.next() {
            defer { isFirstToken = false }
            switch token {
            case .comment:
                continue
            case .processingInstruction(let target, let range):
                if bytes[target].elementsEqual(Names.xml) {
                    guard isFirstToken else {
                        throw BakingError(.svgMalformed("the XML declaration must be at the very start"),
                                          at: .byteOffset(range.lowerBound))
                    }
                    nonUTF8Encoding = try Self.checkEncoding(bytes, declaration: range)
                }
            case .doctype(let start):
                guard root == nil else {
                    throw BakingError(.svgMalformed("a DOCTYPE after the root element has started"), at: .byteOffset(start))
                }
            case .text(let range):
                if open.isEmpty {
                    if let index = bytes[range].firstIndex(where: { !XMLCharacters.isWhitespace($0) }) {
                        throw BakingError(.svgMalformed("text outside the root element"), at: .byteOffset(index))
                    }
                } else if let (index, _) = openCredential {
                    credentials[index].body.append(.text(range))
                }
            case .cdata(let content, let start):
                guard !open.isEmpty else {
                    throw BakingError(.svgMalformed("a CDATA section outside the root element"), at: .byteOffset(start))
                }
                if let (index, _) = openCredential { credentials[index].body.append(.cdata(content)) }
            case .startTag(let tag):
                let position = BakingError.Position.byteOffset(tag.range.lowerBound)
                let attributes = scanner.attributes
                if open.isEmpty {
                    guard root == nil && !rootClosed else {
                        let name = Self.text(bytes, tag.name)
                        throw BakingError(.svgMalformed("a second root element <\(name)>"), at: position)
                    }
                    guard Self.localName(bytes, tag.name).elementsEqual(Names.svg) else {
                        throw BakingError(.svgRootNotSVG(found: Self.text(bytes, tag.name)), at: position)
                    }
                    try Self.checkDuplicateAttributes(bytes, attributes)
                    root = tag
                    rootAttributes = attributes
                }
                guard open.count < limits.maxSVGDepth else {
                    throw BakingError(.svgNestingTooDeep(limit: limits.maxSVGDepth), at: position)
                }
                if openCredential != nil {
                    throw BakingError(.svgUnexpectedElementInCredential(Self.text(bytes, tag.name)), at: position)
                }
                let mark = namespaces.count
                for attribute in attributes where bytes[attribute.name.lowerBound] == UInt8(ascii: "x") {
                    let name = bytes[attribute.name]
                    if name.elementsEqual(Names.xmlns) {
                        namespaces.append(NamespaceDeclaration(prefix: nil, value: attribute.value))
                    } else if name.starts(with: Names.xmlnsColon) {
                        let prefix = (attribute.name.lowerBound + 6)..<attribute.name.upperBound
                        namespaces.append(NamespaceDeclaration(prefix: prefix, value: attribute.value))
                    }
                }
                if let version = try Self.credentialVersion(bytes, tag, namespaces: namespaces) {
                    try Self.checkDuplicateAttributes(bytes, attributes)
                    credentials.append(
                        Credential(tag: tag, attributes: attributes, version: version, range: tag.range, body: []))
                    if !tag.selfClosing { openCredential = (credentials.count - 1, open.count + 1) }
                }
                if tag.selfClosing {
                    if namespaces.count > mark { namespaces.removeSubrange(mark...) }
                    if open.isEmpty { rootClosed = true }
                } else {
                    open.append(OpenElement(name: tag.name, start: tag.range.lowerBound, namespaceMark: mark))
                }
            case .endTag(let name, let range):
                guard let top = open.last else {
                    throw BakingError(.svgMalformed("the end tag </\(Self.text(bytes, name))> closes no open element"),
                                      at: .byteOffset(range.lowerBound))
                }
                guard bytes[name].elementsEqual(bytes[top.name]) else {
                    let reason = BakingError.Reason.svgMismatchedEndTag(
                        expected: Self.text(bytes, top.name), found: Self.text(bytes, name))
                    throw BakingError(reason, at: .byteOffset(range.lowerBound))
                }
                if let (index, depth) = openCredential, depth == open.count {
                    credentials[index].range = credentials[index].tag.range.lowerBound..<range.upperBound
                    openCredential = nil
                }
                open.removeLast()
                if namespaces.count > top.namespaceMark { namespaces.removeSubrange(top.namespaceMark...) }
                if open.isEmpty { rootClosed = true }
            }
        }
        if let unclosed = open.last {
            throw BakingError(.svgUnterminated("element <\(Self.text(bytes, unclosed.name))>"),
                              at: .byteOffset(unclosed.start))
        }
        guard let root else { throw BakingError(.svgNoRootElement, at: .byteOffset(bom)) }
        self.root = root
        self.rootAttributes = rootAttributes
        self.credentials = credentials
        self.nonUTF8Encoding = nonUTF8Encoding
    }

    // MARK: Recognising credential elements

    /// Names compared in the scan, as bytes: comparing with a `String.UTF8View` goes through generic code.
    enum Names {
        static let xml = Array("xml".utf8)
        static let svg = Array("svg".utf8)
        static let xmlns = Array("xmlns".utf8)
        static let xmlnsColon = Array("xmlns:".utf8)
        static let credential = Array("credential".utf8)
        static let assertion = Array("assertion".utf8)
        static let openbadges = Array("openbadges".utf8)
        static let verify = Array("verify".utf8)
        static let xmlnsOpenbadges = Array("xmlns:openbadges".utf8)
        static let ob3Namespace = Array(Baker.Version.ob3.svgNamespace.utf8)
        static let ob2Namespace = Array(Baker.Version.ob2.svgNamespace.utf8)
    }

    private static func credentialVersion(
        _ bytes: [UInt8], _ tag: SVGScanner.StartTag, namespaces: [NamespaceDeclaration]
    ) throws(BakingError) -> Baker.Version? {
        let local = localName(bytes, tag.name)
        let version: Baker.Version
        if local.elementsEqual(Names.credential) {
            version = .ob3
        } else if local.elementsEqual(Names.assertion) {
            version = .ob2
        } else {
            return nil
        }
        let prefix = prefixRange(bytes, tag.name)
        // The innermost declaration of the prefix (or of the default namespace) is the one in force.
        let declaration = namespaces.last { declaration in
            switch (declaration.prefix, prefix) {
            case (nil, nil): true
            case (let declared?, let used?): bytes[declared].elementsEqual(bytes[used])
            default: false
            }
        }
        guard let declaration else {
            guard let prefix, bytes[prefix].elementsEqual(Names.openbadges) else { return nil }
            return version
        }
        let uri = try XMLReferences.decodeAttribute(bytes, declaration.value)
        return uri == Names.ob3Namespace || uri == Names.ob2Namespace ? version : nil
    }

    /// The name after the colon, or the whole name.
    static func localName(_ bytes: [UInt8], _ name: Range<Int>) -> ArraySlice<UInt8> {
        guard let colon = bytes[name].firstIndex(of: UInt8(ascii: ":")) else { return bytes[name] }
        return bytes[(colon + 1)..<name.upperBound]
    }

    private static func prefixRange(_ bytes: [UInt8], _ name: Range<Int>) -> Range<Int>? {
        guard let colon = bytes[name].firstIndex(of: UInt8(ascii: ":")) else { return nil }
        return name.lowerBound..<colon
    }

    // MARK: Checks

    /// Well-formedness forbids a repeated attribute; checked where Laurel reads attributes (the root and
    /// credential elements), because two `verify` or `xmlns:openbadges` values would be ambiguous.
    private static func checkDuplicateAttributes(
        _ bytes: [UInt8], _ attributes: [SVGScanner.Attribute]
    ) throws(BakingError) {
        for i in attributes.indices {
            for j in attributes.indices where j > i
                && bytes[attributes[i].name].elementsEqual(bytes[attributes[j].name]) {
                throw BakingError(.svgDuplicateAttribute(text(bytes, attributes[j].name)),
                                  at: .byteOffset(attributes[j].name.lowerBound))
            }
        }
    }

    /// The SVG is read as UTF-8. A document declared in another encoding is accepted only when it is pure
    /// ASCII, which every such encoding Laurel could meet in practice reads identically.
    /// Returns the declared encoding when it is not UTF-8 (or its ASCII subset).
    private static func checkEncoding(_ bytes: [UInt8], declaration: Range<Int>) throws(BakingError) -> String? {
        guard let value = pseudoAttribute("encoding", in: bytes[declaration]) else { return nil }
        let name = String(decoding: value, as: UTF8.self)
        switch name.lowercased() {
        case "utf-8", "utf8", "us-ascii", "ascii":
            return nil
        default:
            if bytes.contains(where: { $0 >= 0x80 }) {
                throw BakingError(.svgUnsupportedEncoding(name), at: .byteOffset(declaration.lowerBound))
            }
            return name
        }
    }

    /// The value of `name="value"` (or `'value'`) inside an XML declaration.
    private static func pseudoAttribute(_ name: String, in declaration: ArraySlice<UInt8>) -> ArraySlice<UInt8>? {
        let key = Array(name.utf8)
        var index = declaration.startIndex
        while index + key.count <= declaration.endIndex {
            guard declaration[index..<(index + key.count)].elementsEqual(key) else {
                index += 1
                continue
            }
            var cursor = index + key.count
            while cursor < declaration.endIndex && XMLCharacters.isWhitespace(declaration[cursor]) { cursor += 1 }
            guard cursor < declaration.endIndex, declaration[cursor] == UInt8(ascii: "=") else { return nil }
            cursor += 1
            while cursor < declaration.endIndex && XMLCharacters.isWhitespace(declaration[cursor]) { cursor += 1 }
            guard cursor < declaration.endIndex else { return nil }
            let quote = declaration[cursor]
            guard quote == UInt8(ascii: "\"") || quote == UInt8(ascii: "'") else { return nil }
            let valueStart = cursor + 1
            guard let valueEnd = declaration[valueStart...].firstIndex(of: quote) else { return nil }
            return declaration[valueStart..<valueEnd]
        }
        return nil
    }

    static func text(_ bytes: [UInt8], _ range: Range<Int>) -> String {
        String(decoding: bytes[range], as: UTF8.self)
    }
}
