#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Appends RDF terms to a byte buffer in canonical N-Quads form (RDFC-1.0 Appendix A, which extends
/// canonical N-Triples): IRIs and characters written as themselves, `\b \t \n \f \r \" \\` as ECHAR, the
/// other C0 controls and DEL as `\uXXXX` with upper-case hex, `xsd:string` literals without a datatype.
///
/// This is the signing hot path, so it works on UTF-8 bytes and copies runs that need no escaping whole.
/// Each function validates what it writes (see `NQuadsSerializationError`) and reports a problem as a
/// message that the caller places in a quad.
enum CanonicalNQuadsWriter {
    struct Problem: Error {
        let message: String
        init(_ message: String) { self.message = message }
    }

    // MARK: Quads

    /// Writes `quad` as one line ending in "\n".
    static func append(_ quad: RDFQuad, index: Int, to out: inout [UInt8]) throws(NQuadsSerializationError) {
        try append(quad.subject, as: .subject, index: index, to: &out)
        out.append(0x20)
        try append(quad.predicate, as: .predicate, index: index, to: &out)
        out.append(0x20)
        try append(quad.object, as: .object, index: index, to: &out)
        out.append(0x20)
        if let graph = quad.graph {
            try append(graph, as: .graph, index: index, to: &out)
            out.append(0x20)
        }
        out.append(UInt8(ascii: "."))
        out.append(0x0A)
    }

    /// Writes a term of a quad, checking that RDF allows that kind of term in that place.
    static func append(
        _ term: RDFTerm, as component: NQuadsSerializationError.Component, index: Int, to out: inout [UInt8]
    ) throws(NQuadsSerializationError) {
        do throws(Problem) {
            switch term {
            case .iri(let iri):
                try appendIRI(iri, to: &out)
            case .blankNode(let label):
                guard component != .predicate else { throw Problem("is a blank node; a predicate must be an IRI") }
                try appendBlankNode(label, to: &out)
            case .literal(let literal):
                guard component == .object else { throw Problem("is a literal; only an object may be a literal") }
                try appendLiteral(literal, to: &out)
            }
        } catch {
            throw NQuadsSerializationError(quadIndex: index, component: component, error.message)
        }
    }

    // MARK: Terms

    /// `<iri>`; the IRI must be absolute and contain no character that IRIREF forbids.
    static func appendIRI(_ iri: String, to out: inout [UInt8]) throws(Problem) {
        out.append(UInt8(ascii: "<"))
        let badByte: Int = withUTF8(iri) { bytes in
            guard NQuadsSyntax.schemeLength(bytes) != nil else { return -1 }
            if NQuadsSyntax.containsForbiddenInIRI(bytes) {
                for byte in bytes where NQuadsSyntax.isForbiddenInIRI(byte) { return Int(byte) }
            }
            out.append(contentsOf: bytes)
            return 256
        }
        guard badByte == 256 else {
            if badByte < 0 { throw Problem("<\(iri)> is not an absolute IRI") }
            throw Problem("IRI <\(iri)> contains \(describe(byte: UInt8(badByte))), which N-Quads does not allow in an IRI")
        }
        out.append(UInt8(ascii: ">"))
    }

    /// `_:label`; the label must match BLANK_NODE_LABEL.
    static func appendBlankNode(_ label: String, to out: inout [UInt8]) throws(Problem) {
        guard NQuadsSyntax.isValidBlankNodeLabel(label) else {
            throw Problem("blank node label '\(label)' does not match the N-Quads BLANK_NODE_LABEL production")
        }
        out.append(UInt8(ascii: "_"))
        out.append(UInt8(ascii: ":"))
        out.append(contentsOf: label.utf8)
    }

    /// `"lexical form"`, then `@language` or `^^<datatype>` unless the datatype is xsd:string.
    static func appendLiteral(_ literal: RDFLiteral, to out: inout [UInt8]) throws(Problem) {
        out.append(UInt8(ascii: "\""))
        withUTF8(literal.lexicalForm) { appendEscaped($0, to: &out) }
        out.append(UInt8(ascii: "\""))
        if let language = literal.language {
            let valid = withUTF8(language) { bytes in
                guard NQuadsSyntax.isValidLanguageTag(bytes) else { return false }
                out.append(UInt8(ascii: "@"))
                out.append(contentsOf: bytes)
                return true
            }
            guard valid else { throw Problem("literal has language tag '\(language)', which is not a valid LANGTAG") }
        } else if !isXSDString(literal.datatype) {
            out.append(UInt8(ascii: "^"))
            out.append(UInt8(ascii: "^"))
            try appendIRI(literal.datatype, to: &out)
        }
    }

    /// The lexical form with the escapes canonical N-Quads prescribes; runs of plain bytes are copied whole.
    @inline(__always)
    static func appendEscaped(_ bytes: UnsafeBufferPointer<UInt8>, to out: inout [UInt8]) {
        var runStart = 0
        while true {
            let special = NQuadsSyntax.firstByteNeedingEscape(bytes, from: runStart)
            if special > runStart { out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<special])) }
            guard special < bytes.count else { return }
            appendEscape(bytes[special], to: &out)
            runStart = special + 1
        }
    }

    private static func appendEscape(_ byte: UInt8, to out: inout [UInt8]) {
        out.append(UInt8(ascii: "\\"))
        switch byte {
        case 0x08: out.append(UInt8(ascii: "b"))
        case 0x09: out.append(UInt8(ascii: "t"))
        case 0x0A: out.append(UInt8(ascii: "n"))
        case 0x0C: out.append(UInt8(ascii: "f"))
        case 0x0D: out.append(UInt8(ascii: "r"))
        case 0x22: out.append(UInt8(ascii: "\""))
        case 0x5C: out.append(UInt8(ascii: "\\"))
        default:
            // UCHAR with four upper-case hex digits; only U+0000-U+001F and U+007F reach here.
            out.append(UInt8(ascii: "u"))
            out.append(UInt8(ascii: "0"))
            out.append(UInt8(ascii: "0"))
            out.append(upperHexDigit(byte >> 4))
            out.append(upperHexDigit(byte & 0x0F))
        }
    }

    @inline(__always)
    private static func upperHexDigit(_ value: UInt8) -> UInt8 { value < 10 ? 0x30 + value : 0x37 + value }

    private static let xsdString: StaticString = "http://www.w3.org/2001/XMLSchema#string"

    private static func isXSDString(_ datatype: String) -> Bool {
        withUTF8(datatype) { bytes in
            guard bytes.count == xsdString.utf8CodeUnitCount, let base = bytes.baseAddress else { return false }
            return memcmp(base, xsdString.utf8Start, bytes.count) == 0
        }
    }

    private static func describe(byte: UInt8) -> String {
        switch byte {
        case 0x20: "a space"
        case 0x21...0x7E: "'\(Character(Unicode.Scalar(byte)))'"
        default:
            "the control character U+00\(Character(Unicode.Scalar(upperHexDigit(byte >> 4))))"
                + "\(Character(Unicode.Scalar(upperHexDigit(byte & 0x0F))))"
        }
    }

    /// Runs `body` on the UTF-8 bytes of `string` without copying when the string is native.
    @inline(__always)
    static func withUTF8<R>(_ string: String, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        if let result = string.utf8.withContiguousStorageIfAvailable(body) { return result }
        var copy = string
        return copy.withUTF8(body)
    }
}
