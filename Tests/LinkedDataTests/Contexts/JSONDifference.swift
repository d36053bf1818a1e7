import Foundation
import LaurelJSON

/// The first place two JSON values differ, as a JSON pointer and a sentence; `nil` when they are equal.
///
/// Objects compare without regard to member order, keys and strings byte for byte (not by Unicode
/// canonical equivalence), numbers by value, arrays element by element. Stricter than `JSON.==` on
/// strings, and it says where the difference is.
func jsonDifference(_ actual: JSON, _ expected: JSON, at pointer: String = "") -> String? {
    let here = pointer.isEmpty ? "/" : pointer
    switch (actual, expected) {
    case (.null, .null):
        return nil
    case (.bool(let a), .bool(let b)):
        return a == b ? nil : "\(here): \(a) instead of \(b)"
    case (.number(let a), .number(let b)):
        return a == b ? nil : "\(here): \(a.literal) instead of \(b.literal)"
    case (.string(let a), .string(let b)):
        return a.isByteEqual(to: b) ? nil : "\(here): \"\(a)\" instead of \"\(b)\""
    case (.array(let a), .array(let b)):
        guard a.count == b.count else { return "\(here): \(a.count) elements instead of \(b.count)" }
        for (index, (x, y)) in zip(a, b).enumerated() {
            if let difference = jsonDifference(x, y, at: pointer + "/\(index)") { return difference }
        }
        return nil
    case (.object(let a), .object(let b)):
        return objectDifference(a, b, at: pointer)
    default:
        return "\(here): \(actual.kindName) instead of \(expected.kindName)"
    }
}

private func objectDifference(_ actual: JSONObject, _ expected: JSONObject, at pointer: String) -> String? {
    let here = pointer.isEmpty ? "/" : pointer
    if let duplicate = duplicateKey(actual) { return "\(here): key \"\(duplicate)\" appears twice" }
    for member in expected.members where actual.index(forKey: member.key) == nil {
        return "\(here): missing \"\(member.key)\""
    }
    for member in actual.members {
        guard let other = expected.index(forKey: member.key) else { return "\(here): unexpected \"\(member.key)\"" }
        if let difference = jsonDifference(member.value, expected[other].value, at: pointer + "/" + escape(member.key)) {
            return difference
        }
    }
    return nil
}

private func duplicateKey(_ object: JSONObject) -> String? {
    for (index, member) in object.members.enumerated() where object.index(forKey: member.key) != index {
        return member.key
    }
    return nil
}

/// RFC 6901 escaping of a reference token.
private func escape(_ key: String) -> String {
    key.replacingOccurrences(of: "~", with: "~0").replacingOccurrences(of: "/", with: "~1")
}
