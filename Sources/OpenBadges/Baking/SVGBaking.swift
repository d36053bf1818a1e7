/// Baking and unbaking SVG images (Open Badges 2.0 baking specification, "SVGs"; Open Badges 3.0,
/// "Baked Badge / SVG").
///
/// Baking edits the document as bytes: it inserts the `xmlns:openbadges` declaration into the root start
/// tag when it is missing (or corrects its value), inserts the credential element directly after the root
/// start tag, and removes any earlier credential element. Every other byte is left as it was.
enum SVGBaking {
    static func unbake(_ image: [UInt8], limits: BakingLimits) throws(BakingError) -> UnbakeResult {
        guard image.count <= limits.maxImageBytes else {
            throw BakingError(.imageTooLarge(size: image.count, limit: limits.maxImageBytes))
        }
        return try locatingErrors(in: image) { () throws(BakingError) -> UnbakeResult in
            let map = try SVGDocumentMap(image, limits: limits)
            guard let credential = map.credentials.first else { return .notBaked(.svg) }
            if map.credentials.count > 1 {
                let second = map.credentials[1]
                let reason = BakingError.Reason.twoCredentials(
                    first: elementLocation(credential, in: image), second: elementLocation(second, in: image))
                throw BakingError(reason, at: .byteOffset(second.range.lowerBound))
            }
            return .baked(try payload(of: credential, in: image, limits: limits))
        }
    }

    /// Chooses the payload as the baking specifications describe extraction: the element's content when
    /// it has any (the JSON of a credential or assertion), otherwise its `verify` attribute (a compact JWS,
    /// or an OB 2.0 hosted-assertion URL).
    private static func payload(
        of credential: SVGDocumentMap.Credential, in image: [UInt8], limits: BakingLimits
    ) throws(BakingError) -> UnbakedPayload {
        let name = SVGDocumentMap.text(image, credential.tag.name)
        let verify = credential.attributes.first { image[$0.name].elementsEqual(SVGDocumentMap.Names.verify) }
        var verifyValue: [UInt8]?
        if let verify { verifyValue = try XMLReferences.decodeAttribute(image, verify.value) }
        guard verifyValue?.count ?? 0 <= limits.maxPayloadBytes else {
            throw BakingError(.payloadTooLarge(size: verifyValue?.count ?? 0, limit: limits.maxPayloadBytes),
                              at: .byteOffset(verify?.value.lowerBound ?? credential.range.lowerBound))
        }

        var body: [UInt8] = []
        var bodyStart: Int?
        for part in credential.body {
            let range: Range<Int>
            switch part {
            case .text(let text):
                range = text
                body.append(contentsOf: try XMLReferences.decodeText(image, text))
            case .cdata(let content):
                range = content
                body.append(contentsOf: XMLReferences.decodeCDATA(image, content))
            }
            if bodyStart == nil, let first = image[range].firstIndex(where: { !XMLCharacters.isWhitespace($0) }) {
                bodyStart = first
            }
        }

        let verifyText = verifyValue.map { String(decoding: $0, as: UTF8.self) }
        let raw: [UInt8]
        let part: SVGPayloadPart
        let start: Int
        if let bodyStart {
            (raw, part, start) = (body, .body, bodyStart)
        } else if let verify, let verifyValue, verifyValue.contains(where: { !XMLCharacters.isWhitespace($0) }) {
            (raw, part, start) = (verifyValue, .verifyAttribute, verify.value.lowerBound)
        } else {
            throw BakingError(.emptyPayload, at: .byteOffset(credential.range.lowerBound))
        }
        let (line, column) = XMLCharacters.lineAndColumn(of: start, in: image)
        let location = PayloadLocation.svgElement(name: name, part: part, line: line, column: column, byteOffset: start)
        let (kind, bytes) = try PayloadKind.recognize(raw[...], at: location, limits: limits)
        return UnbakedPayload(format: .svg, version: credential.version, location: location, kind: kind, bytes: bytes,
                              verifyAttribute: verifyText)
    }

    private static func elementLocation(_ credential: SVGDocumentMap.Credential, in image: [UInt8]) -> PayloadLocation {
        let start = credential.range.lowerBound
        let (line, column) = XMLCharacters.lineAndColumn(of: start, in: image)
        return .svgElement(name: SVGDocumentMap.text(image, credential.tag.name), part: .element, line: line,
                           column: column, byteOffset: start)
    }

    // MARK: Baking

    static func bake(
        _ image: [UInt8], payload: BakedPayload, version: Baker.Version, limits: BakingLimits
    ) throws(BakingError) -> [UInt8] {
        guard image.count <= limits.maxImageBytes else {
            throw BakingError(.imageTooLarge(size: image.count, limit: limits.maxImageBytes))
        }
        let (bytes, json) = try payload.prepared(limits: limits)
        let element = try credentialElement(kind: payload.kind, bytes: bytes, json: json, version: version)
        return try locatingErrors(in: image) { () throws(BakingError) -> [UInt8] in
            let map = try SVGDocumentMap(image, limits: limits)
            // A document declared in another encoding is read only while it is pure ASCII; keep it so.
            if let encoding = map.nonUTF8Encoding, element.contains(where: { $0 >= 0x80 }) {
                throw BakingError(.unsupportedCombination(
                    "the SVG declares the encoding \(encoding), and the payload has non-ASCII characters that "
                        + "would be written as UTF-8; convert the SVG to UTF-8 first"), at: .byteOffset(0))
            }
            var edits = map.credentials.map { Edit(range: $0.range, replacement: []) }
            if let edit = try namespaceEdit(map, version: version) { edits.append(edit) }
            let root = map.root
            if root.selfClosing {
                // `<svg .../>` has no content to insert into: it becomes `<svg ...>` element `</svg>`.
                let slash = root.range.upperBound - 2
                let endTag = Array("</".utf8) + image[root.name] + [UInt8(ascii: ">")]
                edits.append(Edit(range: slash..<root.range.upperBound, replacement: [UInt8(ascii: ">")] + element + endTag))
            } else {
                edits.append(Edit(range: root.range.upperBound..<root.range.upperBound, replacement: element))
            }
            return apply(edits, to: image)
        }
    }

    /// `image` with every credential element removed; the rest (the namespace declaration included) is
    /// unchanged.
    static func removingCredential(_ image: [UInt8], limits: BakingLimits) throws(BakingError) -> [UInt8] {
        guard image.count <= limits.maxImageBytes else {
            throw BakingError(.imageTooLarge(size: image.count, limit: limits.maxImageBytes))
        }
        return try locatingErrors(in: image) { () throws(BakingError) -> [UInt8] in
            let map = try SVGDocumentMap(image, limits: limits)
            return apply(map.credentials.map { Edit(range: $0.range, replacement: []) }, to: image)
        }
    }

    /// The element the specifications prescribe:
    /// - OB 3.0, JSON: `<openbadges:credential><![CDATA[json]]></openbadges:credential>`
    /// - OB 3.0, VC-JWT: `<openbadges:credential verify="jws"></openbadges:credential>`
    /// - OB 2.0, JSON: `<openbadges:assertion verify="hosted URL"><![CDATA[json]]></openbadges:assertion>`
    /// - OB 2.0, signed or hosted URL: `<openbadges:assertion verify="jws or URL"/>`
    private static func credentialElement(
        kind: PayloadKind, bytes: [UInt8], json: JSON?, version: Baker.Version
    ) throws(BakingError) -> [UInt8] {
        let name = Array("openbadges:\(version.svgElementLocalName)".utf8)
        let open = [UInt8(ascii: "<")] + name
        let close = Array("</".utf8) + name + [UInt8(ascii: ">")]
        func verify(_ value: [UInt8]) -> [UInt8] {
            Array(" verify=\"".utf8) + XMLReferences.escapeAttribute(value) + [UInt8(ascii: "\"")]
        }
        switch (version, kind) {
        case (.ob3, .json):
            return open + [UInt8(ascii: ">")] + XMLReferences.cdata(bytes) + close
        case (.ob3, .compactJWS):
            return open + verify(bytes) + [UInt8(ascii: ">")] + close
        case (.ob3, .url):
            throw BakingError(.unsupportedCombination(
                "Open Badges 3.0 has no hosted form: bake the credential JSON or its VC-JWT, not a URL"))
        case (.ob2, .json):
            guard let url = hostedURL(json) else { throw BakingError(.missingVerifyURL) }
            return open + verify(Array(url.utf8)) + [UInt8(ascii: ">")] + XMLReferences.cdata(bytes) + close
        case (.ob2, .compactJWS), (.ob2, .url):
            return open + verify(bytes) + Array("/>".utf8)
        }
    }

    /// The URL an OB 2.0 `verify` attribute carries for a hosted assertion: `verify.url` (OB 1.x), or the
    /// assertion's `id` (OB 2.0, where a hosted assertion's id is where it is hosted).
    private static func hostedURL(_ json: JSON?) -> String? {
        for candidate in [json?["verify"]?["url"], json?["id"]] {
            if let url = candidate?.stringValue, PayloadKind.isHTTPURL(Array(url.utf8)) { return url }
        }
        return nil
    }

    /// Adds `xmlns:openbadges` to the root start tag, or corrects its value; nil when it is right.
    private static func namespaceEdit(_ map: SVGDocumentMap, version: Baker.Version) throws(BakingError) -> Edit? {
        let bytes = map.bytes
        let namespace = Array(version.svgNamespace.utf8)
        let declaration = map.rootAttributes.first { bytes[$0.name].elementsEqual(SVGDocumentMap.Names.xmlnsOpenbadges) }
        if let declaration {
            let current = try XMLReferences.decodeAttribute(bytes, declaration.value)
            if current == namespace { return nil }
            // Rebinding from one Open Badges namespace to the other is re-baking (the old element has been
            // removed); rebinding a foreign namespace would capture elements that are not credentials.
            guard Baker.Version.allCases.contains(where: { Array($0.svgNamespace.utf8) == current }) else {
                throw BakingError(.svgNamespaceConflict(String(decoding: current, as: UTF8.self)),
                                  at: .byteOffset(declaration.name.lowerBound))
            }
            return Edit(range: declaration.value, replacement: XMLReferences.escapeAttribute(namespace))
        }
        let end = map.root.attributesEnd
        return Edit(range: end..<end, replacement: Array(" xmlns:openbadges=\"".utf8) + namespace + [UInt8(ascii: "\"")])
    }

    // MARK: Editing

    private struct Edit {
        let range: Range<Int>
        let replacement: [UInt8]
    }

    /// Applies non-overlapping edits; an insertion sorts before a removal that starts at the same offset.
    private static func apply(_ edits: [Edit], to image: [UInt8]) -> [UInt8] {
        let sorted = edits.sorted { ($0.range.lowerBound, $0.range.upperBound) < ($1.range.lowerBound, $1.range.upperBound) }
        var output: [UInt8] = []
        output.reserveCapacity(image.count + sorted.reduce(0) { $0 + $1.replacement.count })
        var cursor = 0
        for edit in sorted {
            output.append(contentsOf: image[cursor..<edit.range.lowerBound])
            output.append(contentsOf: edit.replacement)
            cursor = edit.range.upperBound
        }
        output.append(contentsOf: image[cursor...])
        return output
    }

    /// Runs `body`, turning the byte offsets of its errors into lines and columns.
    private static func locatingErrors<T>(in image: [UInt8], _ body: () throws(BakingError) -> T) throws(BakingError) -> T {
        do {
            return try body()
        } catch {
            guard case .byteOffset(let offset) = error.position else { throw error }
            let (line, column) = XMLCharacters.lineAndColumn(of: offset, in: image)
            throw BakingError(error.reason, at: .svg(line: line, column: column, byteOffset: offset))
        }
    }
}
