import BadgeCrypto
import BadgeVerifier
import LaurelJSON
import Testing

/// did:web resolution through a folder of pinned DID documents, written here for keys made here.
@Suite struct DIDWebResolutionTests {
    let did = "did:web:issuer.example"
    let documentURL = "https://issuer.example/.well-known/did.json"

    func resolver(_ folder: PinnedFolder) -> KeyResolver { KeyResolver(fetcher: folder.fetcher) }

    func failure(_ resolver: KeyResolver, _ id: String, purpose: VerificationRelationship = .assertionMethod) async -> KeyResolutionError? {
        do {
            _ = try await resolver.resolve(id, purpose: purpose)
            return nil
        } catch {
            return error
        }
    }

    @Test(arguments: ["Multikey", "JsonWebKey", "JsonWebKey2020", "Ed25519VerificationKey2020"])
    func keyTypesResolve(type: String) async throws {
        let folder = try PinnedFolder()
        let key = try TestKey(type == "Ed25519VerificationKey2020" ? .ed25519 : .p256)
        try folder.pin(documentURL, controllerDocument(id: did, methods: [key.method(id: "\(did)#key-1", controller: did, type: type)],
                                                       assertionMethod: ["\(did)#key-1"]))
        let resolved = try await resolver(folder).resolve("\(did)#key-1", purpose: .assertionMethod)
        #expect(resolved.key == key.publicKey)
        #expect(resolved.controller == did)
        #expect(resolved.verificationMethod == "\(did)#key-1")
        #expect(resolved.method == "did:web (\(type))")
    }

    @Test func relativeIDsAndEmbeddedMethodsResolve() async throws {
        let folder = try PinnedFolder()
        let referenced = try TestKey()
        let embedded = try TestKey(.p256)
        try folder.pin(documentURL, controllerDocument(
            id: did, methods: [referenced.method(id: "#key-1", controller: did)],
            assertionMethod: ["#key-1", embedded.method(id: "\(did)#key-2", controller: did, type: "JsonWebKey2020")]))
        let resolver = resolver(folder)
        #expect(try await resolver.resolve("\(did)#key-1").key == referenced.publicKey)
        #expect(try await resolver.resolve("\(did)#key-2").key == embedded.publicKey)
    }

    @Test func pathsAndPortsMapToTheirDocument() async throws {
        let folder = try PinnedFolder()
        let key = try TestKey()
        let pathDID = "did:web:issuer.example%3A8443:programmes:volunteers"
        try folder.pin("https://issuer.example:8443/programmes/volunteers/did.json",
                       controllerDocument(id: pathDID, methods: [key.method(id: "\(pathDID)#k", controller: pathDID)],
                                          assertionMethod: ["\(pathDID)#k"]))
        let fetcher = RecordingFetcher(folder.fetcher)
        let resolved = try await KeyResolver(fetcher: fetcher).resolve("\(pathDID)#k")
        #expect(resolved.key == key.publicKey)
        #expect(resolved.controller == pathDID)
        #expect(fetcher.urls == ["https://issuer.example:8443/programmes/volunteers/did.json"])
    }

    @Test func aDocumentForAnotherDIDIsRefused() async throws {
        let folder = try PinnedFolder()
        let key = try TestKey()
        let other = "did:web:attacker.example"
        try folder.pin(documentURL, controllerDocument(id: other, methods: [key.method(id: "\(other)#key-1", controller: other)],
                                                       assertionMethod: ["\(other)#key-1"]))
        let error = await failure(resolver(folder), "\(did)#key-1")
        #expect(error?.isInvalid == true)
        #expect(error?.reason.contains("is the document of did:web:attacker.example, not of did:web:issuer.example") == true, "\(String(describing: error))")
    }

    @Test func aMethodNotListedForThePurposeIsRefused() async throws {
        let folder = try PinnedFolder()
        let key = try TestKey()
        try folder.pin(documentURL, controllerDocument(id: did, methods: [key.method(id: "\(did)#login", controller: did)],
                                                       assertionMethod: [], authentication: ["\(did)#login"]))
        let error = await failure(resolver(folder), "\(did)#login")
        #expect(error?.isNotAuthorized == true)
        #expect(error?.reason.contains("does not list it under assertionMethod") == true, "\(String(describing: error))")
        // The same key is fine for what the document does allow.
        #expect(try await resolver(folder).resolve("\(did)#login", purpose: .authentication).key == key.publicKey)
    }

    @Test func brokenDocumentsAreInvalid() async throws {
        let key = try TestKey()
        let privateJWK: JSON = .object(try SigningPrivateKey.generate(.p256).jwk)
        let cases: [(JSON, String)] = [
            (controllerDocument(id: did, methods: [key.method(id: "\(did)#key-1", controller: "did:web:someone.else")],
                                assertionMethod: ["\(did)#key-1"]), "controlled by did:web:someone.else"),
            (controllerDocument(id: did, methods: [], assertionMethod: ["\(did)#key-1"]), "does not define it"),
            (controllerDocument(id: did, methods: [], assertionMethod: []), "has no verification method"),
            (controllerDocument(id: did, methods: [key.method(id: "\(did)#key-1", controller: did), key.method(id: "#key-1", controller: did)],
                                assertionMethod: ["#key-1"]), "more than once"),
            (controllerDocument(id: did, methods: [.object(["id": "\(did)#key-1", "type": "JsonWebKey2020", "controller": .string(did),
                                                            "publicKeyJwk": privateJWK])], assertionMethod: ["#key-1"]), "private part"),
            (controllerDocument(id: did, methods: [.object(["id": "\(did)#key-1", "type": "Multikey", "controller": .string(did),
                                                            "publicKeyMultibase": "zNotAKey"])], assertionMethod: ["#key-1"]), "not a public key"),
            (controllerDocument(id: did, methods: [.object(["id": "\(did)#key-1", "type": "Multikey", "controller": .string(did),
                                                            "publicKeyMultibase": .string(key.multikey), "publicKeyJwk": key.jwk])],
                                assertionMethod: ["#key-1"]), "several keys"),
            (["id": .string(did), "verificationMethod": "#key-1"], "is not an array"),
            (["verificationMethod": []], "has no \"id\""),
            (["a", "b"], "not an object"),
        ]
        for (document, expected) in cases {
            let folder = try PinnedFolder()
            try folder.pin(documentURL, document)
            let error = await failure(resolver(folder), "\(did)#key-1")
            #expect(error?.isInvalid == true, "\(expected): \(String(describing: error))")
            #expect(error?.reason.contains(expected) == true, "\(expected): \(String(describing: error))")
        }
        let folder = try PinnedFolder()
        try folder.pin(documentURL, bytes: Array("{\"id\": ".utf8))
        #expect(await failure(resolver(folder), "\(did)#key-1")?.reason.contains("not valid JSON") == true)
    }

    /// Hostile documents: nesting past the parser's depth limit, and more methods than anyone needs.
    @Test func hostileDocumentsAreRefusedCheaply() async throws {
        let deep = try PinnedFolder()
        try deep.pin(documentURL, bytes: Array(String(repeating: "[", count: 10_000).utf8) + Array(String(repeating: "]", count: 10_000).utf8))
        #expect(await failure(resolver(deep), "\(did)#key-1")?.reason.contains("not valid JSON") == true)

        let wide = try PinnedFolder()
        let key = try TestKey()
        let methods = (0..<5_000).map { key.method(id: "\(did)#k\($0)", controller: did) }
        try wide.pin(documentURL, controllerDocument(id: did, methods: methods, assertionMethod: ["#k1"]))
        let started = ContinuousClock.now
        let error = await failure(resolver(wide), "\(did)#k1")
        #expect(error?.reason.contains("5000 entries, more than the 64") == true, "\(String(describing: error))")
        #expect(ContinuousClock.now - started < .seconds(2))
    }

    @Test func unknownKeyTypesAndMissingDocumentsAreUnresolvable() async throws {
        let folder = try PinnedFolder()
        try folder.pin(documentURL, controllerDocument(
            id: did, methods: [.object(["id": "\(did)#old", "type": "EcdsaSecp256k1VerificationKey2019", "controller": .string(did),
                                        "publicKeyJwk": ["kty": "EC", "crv": "secp256k1"]])],
            assertionMethod: ["\(did)#old"]))
        let unknown = await failure(resolver(folder), "\(did)#old")
        #expect(unknown?.isUnresolvable == true, "\(String(describing: unknown))")
        let missing = await failure(resolver(folder), "did:web:elsewhere.example#key-1")
        #expect(missing?.isUnresolvable == true)
        #expect(missing?.reason.contains("https://elsewhere.example/.well-known/did.json") == true, "\(String(describing: missing))")
        let offline = await failure(KeyResolver(), "\(did)#key-1")
        #expect(offline?.isUnresolvable == true)
        #expect(offline?.reason.contains("network access is turned off") == true, "\(String(describing: offline))")
    }

    @Test func aDIDWithoutFragmentOrWithAPathIsNotAKey() async throws {
        let folder = try PinnedFolder()
        #expect(await failure(resolver(folder), did)?.isInvalid == true)
        #expect(await failure(resolver(folder), "\(did)/whois#x")?.isUnresolvable == true)
        #expect(await failure(resolver(folder), "did:web:127.0.0.1#key-1")?.isInvalid == true)
    }

    @Test func documentsAreReadOncePerResolver() async throws {
        let folder = try PinnedFolder()
        let one = try TestKey()
        let two = try TestKey()
        try folder.pin(documentURL, controllerDocument(
            id: did, methods: [one.method(id: "#a", controller: did), two.method(id: "#b", controller: did)], assertionMethod: ["#a", "#b"]))
        let fetcher = RecordingFetcher(folder.fetcher)
        let cache = DocumentCache(maxEntries: 4)
        let resolver = KeyResolver(fetcher: fetcher, documentCache: cache)
        for id in ["\(did)#a", "\(did)#b", "\(did)#a"] { _ = try await resolver.resolve(id) }
        #expect(fetcher.urls == [documentURL])
        #expect(cache.usage.entries == 1)
        // An expired entry is read again.
        let stale = KeyResolver(fetcher: fetcher, documentCache: DocumentCache(maxAge: .zero))
        _ = try await stale.resolve("\(did)#a")
        try await Task.sleep(for: .milliseconds(5))
        _ = try await stale.resolve("\(did)#a")
        #expect(fetcher.urls.count == 3)
    }
}
