import OpenBadges

/// Test-side statements of what a decode → encode round trip may change, written independently of the
/// model so that they can judge it.
enum JSONComparison {
    /// JSON-LD compaction writes a one-element array as its element; undo that everywhere so that two
    /// documents differing only in that choice compare equal. `@context` lists are left alone.
    static func wrappingSingles(_ value: JSON) -> JSON {
        switch value {
        case .object(let object):
            var out = JSONObject()
            for member in object.members {
                let inner = wrappingSingles(member.value)
                if case .array = inner {
                    out[member.key] = inner
                } else {
                    out[member.key] = .array([inner])
                }
            }
            return .object(out)
        case .array(let elements):
            return .array(elements.map(wrappingSingles))
        default:
            return value
        }
    }

    /// The VC 1.1 → 2.0 changes Laurel's encoder makes, applied to every credential in a document
    /// (nested endorsements included): the two date properties renamed, and `@context` replaced by
    /// VC 2.0, OB 3.0.3 and the other entries. An embedded endorsement without an `id` is not an
    /// EndorsementCredential and is written back verbatim, so it is left alone.
    static func upgradingToVC2(_ value: JSON) -> JSON {
        switch value {
        case .object(let object) where isEndorsementWithoutID(object):
            return value
        case .object(let object):
            var out = JSONObject()
            let contexts = object["@context"]?.asArray
            let isV1 = contexts?.first?.stringValue == "https://www.w3.org/2018/credentials/v1"
            for member in object.members {
                var key = member.key
                var inner = upgradingToVC2(member.value)
                if isV1 && key == "issuanceDate" { key = "validFrom" }
                if isV1 && key == "expirationDate" { key = "validUntil" }
                if key == "@context", let contexts {
                    let extras = contexts.filter { entry in
                        guard let iri = entry.stringValue else { return true }
                        return iri != "https://www.w3.org/2018/credentials/v1" && iri != "https://www.w3.org/ns/credentials/v2"
                            && !iri.hasPrefix("https://purl.imsglobal.org/spec/ob/v3p0/context")
                    }
                    inner = .array(["https://www.w3.org/ns/credentials/v2",
                                    "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json"] + extras)
                }
                out[key] = inner
            }
            return .object(out)
        case .array(let elements):
            return .array(elements.map(upgradingToVC2))
        default:
            return value
        }
    }

    static func isEndorsementWithoutID(_ object: JSONObject) -> Bool {
        let types = object["type"]?.asArray.compactMap(\.stringValue) ?? []
        return types.contains("EndorsementCredential") && object["id"] == nil
    }

    /// Where two documents differ, as JSON pointers (for failure messages).
    static func differences(_ a: JSON, _ b: JSON, at pointer: String = "") -> [String] {
        switch (a, b) {
        case (.object(let x), .object(let y)):
            var out: [String] = []
            for member in x.members {
                let place = pointer + "/" + member.key
                if let other = y[member.key] {
                    out += differences(member.value, other, at: place)
                } else {
                    out.append(place + " (only in the first)")
                }
            }
            for member in y.members where x[member.key] == nil { out.append(pointer + "/" + member.key + " (only in the second)") }
            return out
        case (.array(let x), .array(let y)):
            guard x.count == y.count else { return [pointer + " (\(x.count) vs \(y.count) elements)"] }
            return zip(x, y).enumerated().flatMap { differences($0.element.0, $0.element.1, at: pointer + "/\($0.offset)") }
        default:
            return a == b ? [] : [pointer + " (\(a.serializedString()) vs \(b.serializedString()))"]
        }
    }

    /// Adds two members with names no model knows to every object of `value` except inside `@context`
    /// (the first sorts after the second, so a sorted output would be caught), each holding a nested
    /// value that must come back unchanged.
    static func injectingUnknowns(_ value: JSON, depth: Int = 0) -> JSON {
        switch value {
        case .object(let object):
            var out = JSONObject()
            for member in object.members {
                out[member.key] = member.key == "@context" ? member.value : injectingUnknowns(member.value, depth: depth + 1)
            }
            out["zz-unknown-first"] = ["depth": .number(depth), "list": [1, "two", .null]]
            out["aa-unknown-second"] = .string("level \(depth)")
            return .object(out)
        case .array(let elements):
            return .array(elements.map { injectingUnknowns($0, depth: depth + 1) })
        default:
            return value
        }
    }

    /// Every object of `output` that has the injected members lists them in the injected order, and
    /// every object of `input` that had them still has them at the same place in `output`.
    static func injectedOrderProblems(input: JSON, output: JSON, at pointer: String = "") -> [String] {
        switch (input, output) {
        case (.object(let x), .object(let y)):
            var out: [String] = []
            if x["zz-unknown-first"] != nil {
                let keys = y.keys
                if let first = keys.firstIndex(of: "zz-unknown-first"), let second = keys.firstIndex(of: "aa-unknown-second") {
                    if first > second { out.append(pointer + ": unknown members reordered") }
                    if y["zz-unknown-first"] != x["zz-unknown-first"] { out.append(pointer + ": unknown value changed") }
                } else {
                    out.append(pointer + ": unknown members lost")
                }
            }
            for member in x.members where member.key != "zz-unknown-first" {
                if let other = y[member.key] {
                    out += injectedOrderProblems(input: member.value, output: other, at: pointer + "/" + member.key)
                }
            }
            return out
        case (.array(let x), .array(let y)):
            return zip(x, y).enumerated().flatMap {
                injectedOrderProblems(input: $0.element.0, output: $0.element.1, at: pointer + "/\($0.offset)")
            }
        case (_, .array(let y)) where y.count == 1:
            // A single value the encoder wrote as an array of one.
            return injectedOrderProblems(input: input, output: y[0], at: pointer + "/0")
        default:
            return []
        }
    }
}
