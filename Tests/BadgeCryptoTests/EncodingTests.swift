import BadgeCrypto
import Testing

@Suite struct Base64URLTests {
    // RFC 4648 §10 test vectors, in the URL-safe alphabet without padding.
    @Test(arguments: [("", ""), ("f", "Zg"), ("fo", "Zm8"), ("foo", "Zm9v"), ("foob", "Zm9vYg"),
                      ("fooba", "Zm9vYmE"), ("foobar", "Zm9vYmFy")])
    func rfc4648Vectors(plain: String, encoded: String) throws {
        #expect(Base64URL.encode(Array(plain.utf8)) == encoded)
        #expect(try Base64URL.decode(encoded) == Array(plain.utf8))
    }

    @Test func urlSafeAlphabet() throws {
        #expect(Base64URL.encode([0xFB, 0xFF, 0xBF]) == "-_-_")
        #expect(try Base64URL.decode("-_-_") == [0xFB, 0xFF, 0xBF])
    }

    @Test func refusesPadding() {
        #expect(throws: CodecError.paddingNotAllowed(encoding: "base64url", offset: 2)) {
            try Base64URL.decode("Zg==")
        }
    }

    @Test func refusesStandardAlphabet() {
        #expect(throws: CodecError.invalidCharacter(encoding: "base64url", character: "'+'", offset: 0)) {
            try Base64URL.decode("+/+/")
        }
    }

    @Test func refusesWhitespace() {
        #expect(throws: CodecError.invalidCharacter(encoding: "base64url", character: "0x20", offset: 2)) {
            try Base64URL.decode("Zm 9vYg")
        }
    }

    @Test func refusesImpossibleLength() {
        #expect(throws: CodecError.invalidLength(encoding: "base64url", length: 5)) { try Base64URL.decode("Zm9vY") }
    }

    @Test func refusesNonCanonicalTrailingBits() throws {
        // "Zh" and "Zg" both decode to "f" if the unused 4 bits are ignored; only "Zg" is canonical.
        #expect(throws: CodecError.nonCanonicalTrailingBits(encoding: "base64url", offset: 1)) {
            try Base64URL.decode("Zh")
        }
        #expect(throws: CodecError.nonCanonicalTrailingBits(encoding: "base64url", offset: 2)) {
            try Base64URL.decode("Zm9")
        }
        #expect(try Base64URL.decode("Zm8") == Array("fo".utf8))
    }

    @Test func refusesOverlongInput() {
        #expect(throws: CodecError.inputTooLong(encoding: "base64url", length: 8, limit: 4)) {
            try Base64URL.decode("Zm9vYmFy", maxLength: 4)
        }
    }

    @Test func roundTripsEveryLength() throws {
        for length in 0..<70 {
            let bytes = (0..<length).map { UInt8(truncatingIfNeeded: $0 &* 37 &+ 11) }
            #expect(try Base64URL.decode(Base64URL.encode(bytes)) == bytes)
        }
    }
}

@Suite struct Base64Tests {
    @Test(arguments: [("", ""), ("f", "Zg=="), ("fo", "Zm8="), ("foo", "Zm9v"), ("foobar", "Zm9vYmFy")])
    func rfc4648Vectors(plain: String, encoded: String) throws {
        #expect(Base64.encode(Array(plain.utf8)) == encoded)
        #expect(try Base64.decode(encoded) == Array(plain.utf8))
    }

    @Test func refusesMissingAndMisplacedPadding() {
        #expect(throws: CodecError.invalidLength(encoding: "base64", length: 2)) { try Base64.decode("Zg") }
        #expect(throws: CodecError.invalidPadding(encoding: "base64", offset: 1)) { try Base64.decode("Z===") }
        #expect(throws: CodecError.invalidPadding(encoding: "base64", offset: 2)) { try Base64.decode("Zg==Zm9v") }
        #expect(throws: CodecError.nonCanonicalTrailingBits(encoding: "base64", offset: 1)) { try Base64.decode("Zh==") }
    }
}

@Suite struct Base58Tests {
    // Vectors from the base58 IETF draft (draft-msporny-base58) and Bitcoin's leading-zero rule.
    @Test(arguments: [("Hello World!", "2NEpo7TZRRrLZSi2U"),
                      ("The quick brown fox jumps over the lazy dog.",
                       "USm3fpXnKG5EUBx2ndxBDMPVciP5hGey2Jh4NDv6gmeo1LkMeiKrLJUUBk6Z")])
    func draftVectors(plain: String, encoded: String) throws {
        #expect(Base58.encode(Array(plain.utf8)) == encoded)
        #expect(try Base58.decode(encoded) == Array(plain.utf8))
    }

    @Test func leadingZerosBecomeOnes() throws {
        #expect(Base58.encode([0x00, 0x00, 0x28, 0x7F, 0xB4, 0xCD]) == "11233QC4")
        #expect(try Base58.decode("11233QC4") == [0x00, 0x00, 0x28, 0x7F, 0xB4, 0xCD])
        #expect(Base58.encode([0, 0, 0]) == "111")
        #expect(try Base58.decode("111") == [0, 0, 0])
        #expect(Base58.encode([]) == "")
        #expect(try Base58.decode("") == [])
    }

    @Test func refusesCharactersOutsideTheAlphabet() {
        for (text, character, offset) in [("0abc", "'0'", 0), ("abOc", "'O'", 2), ("abcI", "'I'", 3), ("al", "'l'", 1)] {
            #expect(throws: CodecError.invalidCharacter(encoding: "base58btc", character: character, offset: offset)) {
                try Base58.decode(text)
            }
        }
    }

    @Test func boundsInput() {
        let long = String(repeating: "2", count: 1025)
        #expect(throws: CodecError.inputTooLong(encoding: "base58btc", length: 1025, limit: 1024)) {
            try Base58.decode(long)
        }
    }

    @Test func roundTrips() throws {
        for length in 0..<60 {
            let bytes = (0..<length).map { UInt8(truncatingIfNeeded: $0 &* 91 &+ ($0 < 3 ? 0 : 7)) }
            #expect(try Base58.decode(Base58.encode(bytes)) == bytes)
        }
    }
}

@Suite struct MultiformatsTests {
    @Test func multibase() throws {
        #expect(Multibase.base58btc.encode(Array("Hello World!".utf8)) == "z2NEpo7TZRRrLZSi2U")
        #expect(Multibase.base64url.encode(Array("foo".utf8)) == "uZm9v")
        let decoded = try Multibase.decode("uZm9v")
        #expect(decoded.base == .base64url && decoded.bytes == Array("foo".utf8))
        #expect(throws: CodecError.unsupportedMultibasePrefix("f")) { try Multibase.decode("f666f6f") }
        #expect(throws: CodecError.empty(encoding: "multibase")) { try Multibase.decode("") }
    }

    @Test func varints() throws {
        #expect(UnsignedVarint.encode(0xED) == [0xED, 0x01])
        #expect(UnsignedVarint.encode(0x1200) == [0x80, 0x24])
        #expect(UnsignedVarint.encode(0x1201) == [0x81, 0x24])
        #expect(UnsignedVarint.encode(0x1300) == [0x80, 0x26])
        #expect(UnsignedVarint.encode(1) == [0x01])
        #expect(try UnsignedVarint.decode([0x80, 0x24, 0x99]) == (0x1200, 2))
        #expect(throws: CodecError.invalidVarint(reason: "truncated", offset: 1)) { try UnsignedVarint.decode([0x80]) }
        #expect(throws: CodecError.invalidVarint(reason: "not minimally encoded", offset: 1)) {
            try UnsignedVarint.decode([0x81, 0x00])
        }
        #expect(throws: CodecError.invalidVarint(reason: "longer than 9 bytes", offset: 9)) {
            try UnsignedVarint.decode([UInt8](repeating: 0xFF, count: 10))
        }
    }
}
