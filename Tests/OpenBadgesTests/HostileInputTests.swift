import OpenBadges
import TestSupport
import Testing

/// Values of the fullest example replaced by other JSON kinds: decoding must either succeed or fail with
/// an error whose pointer names a real place, never trap.
@Suite("Hostile input")
struct HostileInputTests {
    static let replacements: [JSON] = [.null, -1.5e300, "x", [:]]

    /// Pointers to the values inside `json`: every member of every object, and every array element, but
    /// only the first element of an array is entered (the others repeat its structure), and proofs are
    /// not entered (they are kept verbatim). This bounds the run time of a debug build.
    static func pointers(in json: JSON, at pointer: JSONPointer = .root) -> [JSONPointer] {
        if pointer.tokens.last == "proof" { return [pointer] }
        switch json {
        case .object(let object):
            return object.members.flatMap { pointers(in: $0.value, at: pointer.appending($0.key)) } + [pointer]
        case .array(let elements):
            return elements.indices.flatMap { index in
                index == 0 ? pointers(in: elements[index], at: pointer.appending(index)) : [pointer.appending(index)]
            } + [pointer]
        default:
            return [pointer]
        }
    }

    static func replacing(_ json: JSON, at tokens: ArraySlice<String>, with value: JSON) -> JSON {
        guard let token = tokens.first else { return value }
        switch json {
        case .object(var object):
            if let inner = object[token] { object[token] = replacing(inner, at: tokens.dropFirst(), with: value) }
            return .object(object)
        case .array(var elements):
            if let index = Int(token), elements.indices.contains(index) {
                elements[index] = replacing(elements[index], at: tokens.dropFirst(), with: value)
            }
            return .array(elements)
        default:
            return json
        }
    }

    @Test("values of fullOpenBadge.json replaced by null, a number, a string and an object",
          .enabled(if: Vectors.isAvailable, Vectors.missingComment))
    func mutations() throws {
        let original = try Vectors.json("ob-spec/examples/fullOpenBadge.json")
        let places = Self.pointers(in: original)
        #expect(places.count > 150)
        var decoded = 0, refused = 0
        for place in places {
            for replacement in Self.replacements {
                let mutated = Self.replacing(original, at: place.tokens[...], with: replacement)
                do {
                    let credential = try AnyCredential(json: mutated)
                    decoded += 1
                    // Whatever was accepted is written in a form that reads back the same.
                    let output = credential.json
                    #expect(try AnyCredential(json: output).json == output, "\(place) = \(replacement.serializedString())")
                } catch {
                    refused += 1
                    let target = error.reason == .missingProperty
                        ? JSONPointer(tokens: Array(error.pointer.tokens.dropLast())) : error.pointer
                    #expect(target.resolve(in: mutated) != nil, "\(place): \(error) names nothing")
                    #expect(!error.description.isEmpty)
                }
            }
        }
        #expect(decoded > 0 && refused > 0)
    }
}
