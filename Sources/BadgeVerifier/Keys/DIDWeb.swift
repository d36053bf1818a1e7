/// The `did:web` method: where a DID's document lives (did:web Method Specification §3.2).
///
/// `did:web:example.org` → `https://example.org/.well-known/did.json`;
/// `did:web:example.org:issuers:42` → `https://example.org/issuers/42/did.json`;
/// `did:web:example.org%3A8443` → `https://example.org:8443/.well-known/did.json`.
public struct DIDWeb: Sendable, Equatable {
    /// The DID itself, as written.
    public let did: String
    /// The https URL of its DID document.
    public let documentURL: String

    /// The longest did:web read.
    public static let maxLength = 2048

    /// Reads a did:web DID (without a fragment; see `init(didURL:)`).
    public init(_ did: String) throws(KeyResolutionError) {
        guard did.utf8.count <= Self.maxLength else { throw .invalid(String(did.prefix(64)) + "…", reason: "longer than \(Self.maxLength) bytes") }
        guard did.hasPrefix("did:web:") else { throw .invalid(did, reason: "not a did:web DID") }
        let specific = did.dropFirst("did:web:".count)
        let segments = specific.split(separator: ":", omittingEmptySubsequences: false)
        guard let domainSegment = segments.first, !domainSegment.isEmpty else {
            throw .invalid(did, reason: "a did:web needs a domain name after did:web:")
        }
        for segment in segments {
            guard !segment.isEmpty else { throw .invalid(did, reason: "a did:web may not have an empty segment (\"::\" or a trailing \":\")") }
            guard segment != ".", segment != ".." else { throw .invalid(did, reason: "a did:web path may not contain . or .. segments") }
            guard Self.isIDChars(segment) else {
                throw .invalid(did, reason: "\"\(segment)\" has characters a DID may not contain (letters, digits, . - _ and %XX only)")
            }
        }
        let authority = try Self.authority(of: domainSegment, did: did)
        let path = segments.count == 1 ? "/.well-known" : "/" + segments.dropFirst().joined(separator: "/")
        self.did = did
        documentURL = "https://\(authority)\(path)/did.json"
    }

    /// Splits a DID URL (`did:web:example.org#key-1`) into the DID and its fragment. DID URLs with a path
    /// or query name services or resources, not keys, and are refused.
    public static func split(didURL: String) throws(KeyResolutionError) -> (did: DIDWeb, fragment: String?) {
        var did = Substring(didURL)
        var fragment: String?
        if let hash = didURL.firstIndex(of: "#") {
            did = didURL[..<hash]
            fragment = String(didURL[didURL.index(after: hash)...])
        }
        if did.contains("/") || did.contains("?") {
            throw .unresolvable(didURL, reason: "DID URLs with a path or query are not keys Laurel resolves")
        }
        return (try DIDWeb(String(did)), fragment)
    }

    /// DID Core idchar: ALPHA / DIGIT / "." / "-" / "_" / pct-encoded.
    static func isIDChars(_ text: Substring) -> Bool {
        let bytes = Array(text.utf8)
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "%") {
                guard index + 2 < bytes.count, isHex(bytes[index + 1]), isHex(bytes[index + 2]) else { return false }
                index += 3
                continue
            }
            let ok = (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x30 && byte <= 0x39)
                || byte == UInt8(ascii: ".") || byte == UInt8(ascii: "-") || byte == UInt8(ascii: "_")
            guard ok else { return false }
            index += 1
        }
        return true
    }

    static func isHex(_ byte: UInt8) -> Bool {
        (byte >= 0x30 && byte <= 0x39) || (byte >= 0x41 && byte <= 0x46) || (byte >= 0x61 && byte <= 0x66)
    }

    /// The host and optional port of the domain segment: the only percent-encoding allowed there is the
    /// colon before a port (`%3A`); the method forbids IP addresses, which also keeps a DID from naming
    /// an address literally.
    static func authority(of segment: Substring, did: String) throws(KeyResolutionError) -> String {
        let parts = splitAtEncodedColons(segment)
        guard parts.count <= 2 else { throw .invalid(did, reason: "the domain of a did:web may have one port") }
        let host = parts[0].lowercased()
        guard !host.isEmpty, !host.contains("%") else {
            throw .invalid(did, reason: "the domain \"\(parts[0])\" of a did:web may only percent-encode the colon before a port")
        }
        let labels = host.split(separator: ".", omittingEmptySubsequences: false)
        guard host.utf8.count <= 253, labels.allSatisfy({ !$0.isEmpty && $0.count <= 63 && !$0.contains("_") }) else {
            throw .invalid(did, reason: "\"\(host)\" is not a domain name")
        }
        // A name whose last label is a number is an IPv4 address to every URL parser and resolver.
        if let last = labels.last, last.allSatisfy({ $0 >= "0" && $0 <= "9" }) || last.hasPrefix("0x") {
            throw .invalid(did, reason: "a did:web names a domain, never an IP address (did:web Method Specification §3.1)")
        }
        guard parts.count == 2 else { return host }
        let port = parts[1]
        guard !port.isEmpty, port.count <= 5, port.allSatisfy({ $0 >= "0" && $0 <= "9" }), let number = Int(port),
              (1...65535).contains(number)
        else {
            throw .invalid(did, reason: "the port \"\(port)\" of a did:web must be a number from 1 to 65535")
        }
        return "\(host):\(number)"
    }

    /// `example.org%3A8443` → ["example.org", "8443"].
    static func splitAtEncodedColons(_ text: Substring) -> [Substring] {
        var parts: [Substring] = []
        var start = text.startIndex
        var index = text.startIndex
        while index < text.endIndex {
            let rest = text[index...]
            if rest.hasPrefix("%3A") || rest.hasPrefix("%3a") {
                parts.append(text[start..<index])
                index = text.index(index, offsetBy: 3)
                start = index
            } else {
                index = text.index(after: index)
            }
        }
        parts.append(text[start...])
        return parts
    }
}
