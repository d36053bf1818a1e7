import BadgeCrypto
import Foundation
import Testing
import TestSupport

@Suite struct PEMTests {
    let message = Array("credential".utf8)
    /// A low iteration count keeps the tests fast; the format is the same as with the default.
    let fastPBKDF2 = PrivateKeyEncryption.pbkdf2(iterations: 1000)
    let fastScrypt = PrivateKeyEncryption.scrypt(n: 1 << 10, r: 8, p: 1)

    func assertSameKeyPair(_ original: SigningPrivateKey, _ imported: SigningPrivateKey) throws {
        #expect(imported.keyType == original.keyType)
        #expect(imported.publicKey == original.publicKey)
        let signature = try imported.signature(for: message)
        #expect(original.publicKey.isValidSignature(signature, for: message))
    }

    @Test(arguments: KeyType.allCases)
    func plainRoundTrip(type: KeyType) throws {
        let key = try TestKeys.key(type)
        let pem = try key.pemRepresentation()
        #expect(pem.hasPrefix("-----BEGIN PRIVATE KEY-----\n") && pem.hasSuffix("-----END PRIVATE KEY-----\n"))
        try assertSameKeyPair(key, try SigningPrivateKey(pemRepresentation: pem))
        let publicPEM = try key.publicKey.pemRepresentation()
        #expect(publicPEM.hasPrefix("-----BEGIN PUBLIC KEY-----\n"))
        #expect(try SigningPublicKey(pemRepresentation: publicPEM) == key.publicKey)
        #expect(try SigningPrivateKey(derRepresentation: try key.derRepresentation()).publicKey == key.publicKey)
    }

    @Test(arguments: KeyType.allCases)
    func encryptedRoundTrip(type: KeyType) throws {
        let key = try TestKeys.key(type)
        for encryption in [fastPBKDF2, fastScrypt] {
            let pem = try key.pemRepresentation(passphrase: "correct horse", encryption: encryption)
            #expect(pem.hasPrefix("-----BEGIN ENCRYPTED PRIVATE KEY-----\n"))
            try assertSameKeyPair(key, try SigningPrivateKey(pemRepresentation: pem, passphrase: "correct horse"))
            #expect(throws: PEMError.wrongPassphrase) {
                try SigningPrivateKey(pemRepresentation: pem, passphrase: "battery staple")
            }
            #expect(throws: PEMError.passphraseRequired) { try SigningPrivateKey(pemRepresentation: pem) }
        }
    }

    @Test func defaultEncryptionIsPBKDF2WithAES256() throws {
        let pem = try TestKeys.key(.ed25519).pemRepresentation(passphrase: "pass", encryption: .default)
        let der = try PEMDocument(parsing: pem).der
        // PBES2, PBKDF2, 600000 iterations, hmacWithSHA256, aes256-CBC appear in the DER.
        let oids: [[UInt8]] = [
            [0x2A, 0x86, 0x48, 0x86, 0xF7, 0x0D, 0x01, 0x05, 0x0D],
            [0x2A, 0x86, 0x48, 0x86, 0xF7, 0x0D, 0x01, 0x05, 0x0C],
            [0x02, 0x03, 0x09, 0x27, 0xC0],
            [0x2A, 0x86, 0x48, 0x86, 0xF7, 0x0D, 0x02, 0x09],
            [0x60, 0x86, 0x48, 0x01, 0x65, 0x03, 0x04, 0x01, 0x2A],
        ]
        for oid in oids { #expect(der.firstRange(of: oid) != nil, "missing \(oid.hexString)") }
    }

    @Test func refusesMalformedArmor() {
        #expect(throws: PEMError.noPEMBlock) { try SigningPrivateKey(pemRepresentation: "hello") }
        #expect(throws: PEMError.unterminatedBlock(label: "PRIVATE KEY")) {
            try SigningPrivateKey(pemRepresentation: "-----BEGIN PRIVATE KEY-----\nMC4CAQA=\n")
        }
        #expect(throws: PEMError.mismatchedEndLabel(begin: "PRIVATE KEY", end: "PUBLIC KEY")) {
            try SigningPrivateKey(pemRepresentation: "-----BEGIN PRIVATE KEY-----\nMC4CAQA=\n-----END PUBLIC KEY-----\n")
        }
        #expect(throws: PEMError.unsupportedLabel(found: "RSA PRIVATE KEY", expected: ["PRIVATE KEY", "ENCRYPTED PRIVATE KEY"])) {
            try SigningPrivateKey(pemRepresentation: "-----BEGIN RSA PRIVATE KEY-----\nMC4CAQA=\n-----END RSA PRIVATE KEY-----\n")
        }
        #expect(throws: PEMError.unsupportedLabel(found: "CERTIFICATE", expected: ["PUBLIC KEY"])) {
            try SigningPublicKey(pemRepresentation: "-----BEGIN CERTIFICATE-----\nMC4CAQA=\n-----END CERTIFICATE-----\n")
        }
        #expect(throws: PEMError.legacyEncryptionHeaders(line: 2)) {
            try SigningPrivateKey(pemRepresentation: """
                -----BEGIN EC PRIVATE KEY-----
                Proc-Type: 4,ENCRYPTED
                DEK-Info: AES-256-CBC,00000000000000000000000000000000

                MC4CAQA=
                -----END EC PRIVATE KEY-----
                """)
        }
        #expect(throws: PEMError.invalidBase64(line: 2, .invalidCharacter(encoding: "base64", character: "'*'", offset: 3))) {
            try SigningPrivateKey(pemRepresentation: "-----BEGIN PRIVATE KEY-----\nMC4*CAQA=\n-----END PRIVATE KEY-----\n")
        }
        // The error names the line and the column within it.
        #expect(throws: PEMError.invalidBase64(line: 4, .invalidCharacter(encoding: "base64", character: "'*'", offset: 2))) {
            try SigningPrivateKey(pemRepresentation: "text before\n-----BEGIN PRIVATE KEY-----\nQUJD\nRE*G\n-----END PRIVATE KEY-----\n")
        }
        let huge = String(repeating: "A", count: PEMDocument.maxBytes + 1)
        #expect(throws: PEMError.tooLarge(size: PEMDocument.maxBytes + 1, limit: PEMDocument.maxBytes)) {
            try SigningPrivateKey(pemRepresentation: huge)
        }
    }

    @Test func refusesTruncatedAndTrailingDER() throws {
        let der = try TestKeys.key(.p256).derRepresentation()
        #expect(throws: PEMError.self) { try SigningPrivateKey(derRepresentation: Array(der.dropLast(3))) }
        do {
            _ = try SigningPrivateKey(derRepresentation: der + [0x00, 0x00])
            Issue.record("trailing bytes were accepted")
        } catch {
            #expect(error == .invalidDER(what: "PKCS#8 PrivateKeyInfo", reason: "2 bytes follow the structure"))
        }
        #expect(throws: PEMError.invalidDER(what: "SubjectPublicKeyInfo", reason: "no bytes")) {
            try SigningPublicKey(derRepresentation: [])
        }
    }

    @Test func refusesCostlyOrLegacyEncryption() throws {
        // EncryptedPrivateKeyInfo with PBES2 / PBKDF2 and 2^31 - 1 iterations; the encrypted data is
        // never reached because the cost check comes first.
        func tlv(_ tag: UInt8, _ body: [UInt8]) -> [UInt8] {
            body.count < 128 ? [tag, UInt8(body.count)] + body : [tag, 0x81, UInt8(body.count)] + body
        }
        let pbes2: [UInt8] = [0x2A, 0x86, 0x48, 0x86, 0xF7, 0x0D, 0x01, 0x05, 0x0D]
        let pbkdf2: [UInt8] = [0x2A, 0x86, 0x48, 0x86, 0xF7, 0x0D, 0x01, 0x05, 0x0C]
        let aes: [UInt8] = [0x60, 0x86, 0x48, 0x01, 0x65, 0x03, 0x04, 0x01, 0x2A]
        let kdf = tlv(0x30, tlv(0x06, pbkdf2) + tlv(0x30, tlv(0x04, [UInt8](repeating: 1, count: 16))
            + tlv(0x02, [0x7F, 0xFF, 0xFF, 0xFF])))
        let cipher = tlv(0x30, tlv(0x06, aes) + tlv(0x04, [UInt8](repeating: 2, count: 16)))
        let algorithm = tlv(0x30, tlv(0x06, pbes2) + tlv(0x30, kdf + cipher))
        let der = tlv(0x30, algorithm + tlv(0x04, [UInt8](repeating: 3, count: 32)))
        let pem = PEMDocument(label: "ENCRYPTED PRIVATE KEY", der: der).pemString
        #expect(throws: PEMError.encryptionTooCostly("PBKDF2 with 2147483647 iterations (limit 10000000)")) {
            try SigningPrivateKey(pemRepresentation: pem, passphrase: "x")
        }
        // PKCS#5 v1 (pbeWithSHA1AndDES-CBC) is refused by name.
        let pbes1 = tlv(0x30, tlv(0x30, tlv(0x06, [0x2A, 0x86, 0x48, 0x86, 0xF7, 0x0D, 0x01, 0x05, 0x0A])
            + tlv(0x30, tlv(0x04, [1, 2, 3, 4, 5, 6, 7, 8]) + tlv(0x02, [0x08, 0x00]))) + tlv(0x04, [UInt8](repeating: 3, count: 32)))
        #expect(throws: PEMError.unsupportedEncryption("PKCS#5 v1 or PKCS#12 scheme (only PBES2 is accepted)")) {
            try SigningPrivateKey(encryptedDERRepresentation: pbes1, passphrase: "x")
        }
        #expect(throws: PEMError.invalidPassphrase("it is empty")) {
            try TestKeys.key(.ed25519).pemRepresentation(passphrase: "", encryption: fastPBKDF2)
        }
    }

    // MARK: Interoperability with the openssl command

    static var opensslAvailable: Bool { FileManager.default.isExecutableFile(atPath: "/usr/bin/openssl") }

    func openssl(_ arguments: [String], input: [UInt8] = []) throws -> ProcessResult {
        try Subprocess.run(URL(fileURLWithPath: "/usr/bin/openssl"), arguments, input: input)
    }

    @Test(.enabled(if: PEMTests.opensslAvailable, "the openssl command is not installed"))
    func readsKeysEncryptedByTheOpenSSLCommand() throws {
        for (algorithm, options) in [("ED25519", [String]()), ("EC", ["-pkeyopt", "ec_paramgen_curve:P-384"]),
                                     ("RSA", ["-pkeyopt", "rsa_keygen_bits:2048"])]
        {
            let generated = try openssl(["genpkey", "-algorithm", algorithm] + options)
            #expect(generated.status == 0)
            for scheme in [["-v2", "aes-256-cbc", "-v2prf", "hmacWithSHA256", "-iter", "2000"], ["-scrypt"]] {
                let encrypted = try openssl(["pkcs8", "-topk8", "-passout", "pass:open sesame"] + scheme,
                                            input: generated.stdout)
                #expect(encrypted.status == 0, "\(encrypted.stderrText)")
                let key = try SigningPrivateKey(pemRepresentation: encrypted.stdoutText, passphrase: "open sesame")
                let plain = try SigningPrivateKey(pemRepresentation: generated.stdoutText)
                #expect(key.publicKey == plain.publicKey)
                #expect(throws: PEMError.wrongPassphrase) {
                    try SigningPrivateKey(pemRepresentation: encrypted.stdoutText, passphrase: "open sesame!")
                }
            }
        }
    }

    @Test(.enabled(if: PEMTests.opensslAvailable, "the openssl command is not installed"))
    func theOpenSSLCommandReadsLaurelsEncryptedKeys() throws {
        for type in KeyType.allCases {
            let key = try TestKeys.key(type)
            for encryption in [fastPBKDF2, fastScrypt] {
                let pem = try key.pemRepresentation(passphrase: "s3cret", encryption: encryption)
                let result = try openssl(["pkey", "-passin", "pass:s3cret", "-pubout"], input: Array(pem.utf8))
                #expect(result.status == 0, "\(result.stderrText)")
                #expect(result.stdoutText == (try key.publicKey.pemRepresentation()))
            }
        }
    }

    @Test(.enabled(if: PEMTests.opensslAvailable, "the openssl command is not installed"))
    func refusesUnsupportedKeyTypes() throws {
        for (algorithm, options, error) in [
            ("X25519", [String](), PEMError.invalidKey(.unsupportedKeyType("X25519"))),
            ("ED448", [], .invalidKey(.unsupportedKeyType("ED448"))),
            ("EC", ["-pkeyopt", "ec_paramgen_curve:secp256k1"], .invalidKey(.unsupportedCurve("secp256k1"))),
            ("RSA", ["-pkeyopt", "rsa_keygen_bits:1024"], .invalidKey(.rsaModulusTooSmall(bits: 1024, minimum: 2048))),
        ] {
            let generated = try openssl(["genpkey", "-algorithm", algorithm] + options)
            #expect(generated.status == 0)
            #expect(throws: error) { try SigningPrivateKey(pemRepresentation: generated.stdoutText) }
        }
    }
}
