import OpenBadges
import TestSupport
import Testing

/// Every image of `openbadges/baked-images-index.json` (see `openbadges/MANIFEST.md`): third-party baked
/// and unbaked PNG and SVG badges from the 1EdTech validator and two bakery implementations.
@Suite("Baked image vectors")
struct BakedImageVectorTests {
    static let folder = "openbadges/"

    static func index() throws -> [JSON] {
        try Vectors.json(folder + "baked-images-index.json").arrayValue ?? []
    }

    @Test("each indexed image yields the payload the index describes, or 'not baked'",
          .enabled(if: Vectors.isAvailable, Vectors.missingComment))
    func indexedImages() throws {
        let entries = try Self.index()
        #expect(entries.count == 19)
        var checked = 0
        for entry in entries {
            guard let file = entry["file"]?.stringValue, let format = entry["format"]?.stringValue,
                  let baked = entry["baked"]?.boolValue
            else {
                Issue.record("unreadable index entry \(entry)")
                continue
            }
            let image = try Vectors.bytes(Self.folder + file)
            let result = try Unbaker.unbake(image)
            guard baked else {
                #expect(result == .notBaked(format == "png" ? .png : .svg), "\(file)")
                checked += 1
                continue
            }
            guard let payload = result.payload else {
                Issue.record("\(file): expected a payload, got \(result)")
                continue
            }
            #expect(payload.format.rawValue == format, "\(file)")
            if format == "png" {
                try checkPNG(entry, payload, file: file)
            } else {
                try checkSVG(entry, payload, file: file)
            }
            checked += 1
        }
        #expect(checked == entries.count)
    }

    private func checkPNG(_ entry: JSON, _ payload: UnbakedPayload, file: String) throws {
        guard case .pngChunk(let type, let keyword, _, _) = payload.location else {
            Issue.record("\(file): location \(payload.location)")
            return
        }
        #expect(type == entry["chunk"]?.stringValue, "\(file)")
        #expect(keyword == entry["keyword"]?.stringValue, "\(file)")
        #expect(payload.version == (keyword == "openbadges" ? .ob2 : .ob3), "\(file)")
        let expectedKind: PayloadKind = entry["payloadKind"]?.stringValue == "json" ? .json : .compactJWS
        #expect(payload.kind == expectedKind, "\(file)")
        #expect(payload.text.hasPrefix(entry["payloadPreview"]?.stringValue ?? "\u{0}"), "\(file)")
        switch payload.kind {
        case .json: #expect(try payload.json().objectValue != nil, "\(file)")
        default: try checkJWTHeader(entry, payload.text, file: file)
        }
    }

    private func checkSVG(_ entry: JSON, _ payload: UnbakedPayload, file: String) throws {
        guard case .svgElement(let name, let part, _, _, _) = payload.location else {
            Issue.record("\(file): location \(payload.location)")
            return
        }
        #expect(name == entry["element"]?.stringValue, "\(file)")
        #expect(payload.version == (name == "openbadges:assertion" ? .ob2 : .ob3), "\(file)")
        if let verify = entry["verifyAttribute"]?.stringValue {
            // The index gives URLs whole and JWSs cut to 80 characters.
            if verify.count < 80 {
                #expect(payload.verifyAttribute == verify, "\(file)")
            } else {
                #expect(payload.verifyAttribute?.hasPrefix(verify) == true, "\(file)")
            }
        } else {
            #expect(payload.verifyAttribute == nil, "\(file)")
        }
        switch entry["cdataKind"]?.stringValue {
        case "json":
            #expect(part == .body, "\(file)")
            #expect(payload.kind == .json, "\(file)")
            if entry["cdataJsonParses"]?.boolValue == true {
                #expect(try payload.json().objectValue != nil, "\(file)")
            } else {
                // bad-json.svg: extraction succeeds (the payload is JSON by shape); parsing reports where it breaks.
                let error = BakingSamples.expectError("payload.malformed_json") { _ = try payload.json() }
                #expect(error?.position == .payload(payload.location), "\(file)")
            }
        case "empty":
            #expect(part == .verifyAttribute, "\(file)")
            #expect(payload.text == payload.verifyAttribute, "\(file)")
            if entry["jwtHeader"] != nil {
                #expect(payload.kind == .compactJWS, "\(file)")
                try checkJWTHeader(entry, payload.text, file: file)
            } else {
                #expect(payload.kind == .url, "\(file)")
            }
        default:
            Issue.record("\(file): unexpected cdataKind \(String(describing: entry["cdataKind"]))")
        }
    }

    /// The JWS header decodes to the header the index records (compared as sorted JSON).
    private func checkJWTHeader(_ entry: JSON, _ jws: String, file: String) throws {
        guard let expected = entry["jwtHeader"] else { return }
        let header = String(jws.prefix { $0 != "." })
        guard let decoded = Base64URL.decode(header) else {
            Issue.record("\(file): the JWS header is not base64url")
            return
        }
        let actual = try JSON.parse(decoded)
        #expect(actual.serialized(.sortedKeys) == expected.serialized(.sortedKeys), "\(file)")
    }

    @Test("unbaked vector images bake and unbake in every combination, keeping every other byte",
          .enabled(if: Vectors.isAvailable, Vectors.missingComment))
    func bakeUnbakedVectors() throws {
        let unbakedFiles = try Self.index().filter { $0["baked"]?.boolValue == false }.compactMap { $0["file"]?.stringValue }
        #expect(unbakedFiles.count == 7)
        var roundTrips = 0
        for file in unbakedFiles {
            let original = try Vectors.bytes(Self.folder + file)
            let combinations: [(BakedPayload, Baker.Version)] = [
                (.json(BakingSamples.credentialJSON), .ob3), (.compactJWS(BakingSamples.jws), .ob3),
                (.json(BakingSamples.assertionJSON), .ob2), (.compactJWS(BakingSamples.jws), .ob2),
            ]
            for (payload, version) in combinations {
                let baked = try Baker.bake(image: original, payload: payload, version: version)
                let unbaked = try BakingSamples.unbaked(baked)
                #expect(unbaked.bytes == payload.bytes, "\(file)")
                #expect(unbaked.kind == payload.kind, "\(file)")
                #expect(unbaked.version == version, "\(file)")
                var stripped = try Baker.removingCredential(from: baked)
                if file.hasSuffix(".svg") {
                    stripped = BakingSamples.removingFirst(" xmlns:openbadges=\"\(version.svgNamespace)\"", from: stripped)
                }
                #expect(stripped == original, "\(file): bytes other than the credential changed")
                roundTrips += 1
            }
        }
        #expect(roundTrips == 28)
    }

    @Test("baked vector images re-bake: the old credential is replaced, never duplicated",
          .enabled(if: Vectors.isAvailable, Vectors.missingComment))
    func rebakeBakedVectors() throws {
        // bad-json.svg included: re-baking never reads the old payload, so a damaged one is simply replaced.
        let bakedFiles = try Self.index().filter { $0["baked"]?.boolValue == true }.compactMap { $0["file"]?.stringValue }
        #expect(bakedFiles.count == 12)
        for file in bakedFiles {
            let original = try Vectors.bytes(Self.folder + file)
            let rebaked = try Baker.bake(image: original, payload: .compactJWS(BakingSamples.jws), version: .ob3)
            let unbaked = try BakingSamples.unbaked(rebaked)
            #expect(unbaked.text == BakingSamples.jws, "\(file)")
            #expect(unbaked.version == .ob3, "\(file)")
            // One credential, and the image without it equals the original without its own.
            let withoutNew = try Baker.removingCredential(from: rebaked)
            var withoutOld = try Baker.removingCredential(from: original)
            if file.hasSuffix(".svg") {
                // Re-baking an OB 2.0 SVG as OB 3.0 rebinds the prefix to the OB 3.0 namespace.
                withoutOld = BakingSamples.replacingAll("xmlns:openbadges=\"http://openbadges.org\"",
                                                        with: "xmlns:openbadges=\"https://purl.imsglobal.org/ob/v3p0\"",
                                                        in: withoutOld)
            }
            #expect(withoutNew == withoutOld, "\(file)")
        }
    }
}

/// base64url without padding (RFC 7515 section 2), decoded by the tests themselves.
enum Base64URL {
    static func decode(_ text: String) -> [UInt8]? {
        var bits: UInt32 = 0
        var count = 0
        var output: [UInt8] = []
        for byte in text.utf8 {
            let value: UInt8
            switch byte {
            case UInt8(ascii: "A")...UInt8(ascii: "Z"): value = byte - UInt8(ascii: "A")
            case UInt8(ascii: "a")...UInt8(ascii: "z"): value = byte - UInt8(ascii: "a") + 26
            case UInt8(ascii: "0")...UInt8(ascii: "9"): value = byte - UInt8(ascii: "0") + 52
            case UInt8(ascii: "-"): value = 62
            case UInt8(ascii: "_"): value = 63
            default: return nil
            }
            bits = bits << 6 | UInt32(value)
            count += 6
            if count >= 8 {
                count -= 8
                output.append(UInt8((bits >> UInt32(count)) & 0xFF))
            }
        }
        return output
    }
}
