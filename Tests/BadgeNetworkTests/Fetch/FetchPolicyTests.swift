import BadgeNetwork
import Foundation
import Testing

/// The fetch policy against a real server on 127.0.0.1. Every test but the loopback one allows private
/// addresses, since the server lives on loopback; the limits under test apply all the same.
@Suite struct FetchPolicyTests {
    static let json: [String] = ["application/json"]

    func fetcher(_ change: (inout HTTPFetchPolicy) -> Void = { _ in }, cache: FetchCache? = nil,
                 resolver: any HostResolver = SystemHostResolver()) -> HTTPDocumentFetcher
    {
        var policy = HTTPFetchPolicy(connectTimeout: .seconds(2), totalTimeout: .seconds(5), allowPrivateNetwork: true)
        change(&policy)
        return HTTPDocumentFetcher(policy: policy, cache: cache, resolver: resolver)
    }

    /// Runs `body` against a server answering with `routes`, then stops the server.
    func withServer<T>(_ routes: @escaping LocalHTTPServer.Routes, _ body: (LocalHTTPServer) async throws -> T) async throws -> T {
        let server = try await LocalHTTPServer.start(routes: routes)
        do {
            let result = try await body(server)
            await server.stop()
            return result
        } catch {
            await server.stop()
            throw error
        }
    }

    func fetchError(_ fetcher: HTTPDocumentFetcher, _ url: String, accept: [String] = json) async -> FetchError? {
        do {
            _ = try await fetcher.fetch(url, accept: accept)
            return nil
        } catch {
            return error
        }
    }

    @Test func aDocumentIsReadWithLaurelsUserAgent() async throws {
        try await withServer({ _ in .document(body: Array("{\"ok\":true}".utf8)) }) { server in
            let document = try await fetcher().fetch("\(server.origin)/doc.json", accept: ["application/json", "application/ld+json"])
            #expect(document.bytes == Array("{\"ok\":true}".utf8))
            #expect(document.contentType == "application/json")
            #expect(document.url == "\(server.origin)/doc.json")
            let seen = try #require(server.log.requests.first)
            #expect(seen.userAgent == LaurelVersion.userAgent)
            #expect(seen.userAgent?.hasPrefix("Laurel/") == true)
            #expect(seen.accept == "application/json, application/ld+json")
        }
    }

    @Test func loopbackIsRefusedByDefaultAndAllowedWhenAsked() async throws {
        try await withServer({ _ in .document(body: Array("{}".utf8)) }) { server in
            let strict = HTTPDocumentFetcher(policy: HTTPFetchPolicy(connectTimeout: .seconds(2), totalTimeout: .seconds(5)))
            for url in ["\(server.origin)/", "http://localhost:\(server.port)/", "http://2130706433:\(server.port)/",
                        "http://0x7f.1:\(server.port)/", "http://[::ffff:127.0.0.1]:\(server.port)/", "http://[::1]:\(server.port)/",
                        "http://0.0.0.0:\(server.port)/", "http://[::]:\(server.port)/"] {
                let error = await fetchError(strict, url)
                guard case .refused(_, let reason) = error else {
                    Issue.record("\(url): \(String(describing: error))")
                    continue
                }
                #expect(reason.contains("not fetched"), "\(reason)")
            }
            #expect(server.log.requests.isEmpty, "the server must not have been contacted")
            _ = try await fetcher().fetch("\(server.origin)/", accept: Self.json)
            _ = try await fetcher().fetch("http://2130706433:\(server.port)/", accept: Self.json)
            #expect(server.log.requests.count == 2)
        }
    }

    @Test func everyResolvedAddressIsCheckedBeforeConnecting() async throws {
        let dns = ScriptedResolver([
            "mixed.test": [IPAddress(93, 184, 215, 14), IPAddress(10, 0, 0, 7)],
            "rebound.test": [.v6([0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0xFF, 0xFF, 127, 0, 0, 1])],
            "metadata.test": [IPAddress(169, 254, 169, 254)],
        ])
        let strict = HTTPDocumentFetcher(policy: HTTPFetchPolicy(totalTimeout: .seconds(5)), resolver: dns)
        for (host, block) in [("mixed.test", "10.0.0.0/8"), ("rebound.test", "127.0.0.0/8"), ("metadata.test", "169.254.0.0/16")] {
            let error = await fetchError(strict, "https://\(host)/.well-known/did.json")
            guard case .refused(_, let reason) = error else {
                Issue.record("\(host): \(String(describing: error))")
                continue
            }
            #expect(reason.contains(host) && reason.contains(block), "\(reason)")
        }
        // localhost is refused by its name, before any look-up.
        _ = await fetchError(strict, "https://localhost/x")
        _ = await fetchError(strict, "https://api.localhost./x")
        #expect(dns.questions == ["mixed.test", "rebound.test", "metadata.test"])
    }

    /// The connection goes to the address that was checked, whatever a later look-up would say: the
    /// name below exists only in the test's DNS table, so the request can only succeed if the client
    /// connected to the checked address instead of resolving the name again.
    @Test func theConnectionIsPinnedToTheCheckedAddress() async throws {
        try await withServer({ _ in .document(body: Array("{}".utf8)) }) { server in
            let dns = ScriptedResolver(["issuer.test": [.loopback]])
            let document = try await fetcher(resolver: dns).fetch("http://issuer.test:\(server.port)/k", accept: Self.json)
            #expect(document.url == "http://issuer.test:\(server.port)/k")
            #expect(server.log.requests.first?.host == "issuer.test:\(server.port)")
            #expect(dns.questions == ["issuer.test"])
        }
    }

    @Test func theBodyStopsAtTheSizeCap() async throws {
        // 50 MB offered in 64 KiB chunks without a Content-Length; the cap is 1 MiB.
        let offered = 800 * 65_536
        try await withServer({ _ in .stream(chunkSize: 65_536, count: 800) }) { server in
            let capped = fetcher { $0.maxBodyBytes = 1 << 20 }
            let started = ContinuousClock.now
            let error = await fetchError(capped, "\(server.origin)/big")
            let elapsed = ContinuousClock.now - started
            guard case .unacceptable(_, let reason) = error else {
                Issue.record("\(String(describing: error))")
                return
            }
            #expect(reason.contains("1048576-byte limit"), "\(reason)")
            // The buffer never holds more than the cap plus the chunk that crossed it.
            let stoppedAt = reason.split(separator: " ").reversed().dropFirst().first.flatMap { Int($0) } ?? Int.max
            #expect(stoppedAt <= (1 << 20) + 65_536, "\(reason)")
            // Let the server notice the closed connection, then see how much it managed to send.
            try await Task.sleep(for: .milliseconds(300))
            let written = server.log.bodyBytesWritten
            #expect(written < offered / 4, "the server wrote \(written) of \(offered) bytes")
            print("size cap: 50 MB offered, refused after \(elapsed); the client read \(stoppedAt) bytes, the server wrote \(written) bytes before the client closed")
        }
    }

    @Test func aDeclaredOversizeBodyIsRefusedUnread() async throws {
        try await withServer({ _ in .stream(chunkSize: 65_536, count: 800, declaredLength: 800 * 65_536) }) { server in
            let error = await fetchError(fetcher { $0.maxBodyBytes = 1 << 20 }, "\(server.origin)/big")
            guard case .unacceptable(_, let reason) = error else {
                Issue.record("\(String(describing: error))")
                return
            }
            #expect(reason.contains("announced a body of 52428800 bytes"), "\(reason)")
        }
    }

    @Test func redirectsAreFollowedUpToTheCap() async throws {
        try await withServer({ request in
            guard request.path.hasPrefix("/hop/"), let n = Int(request.path.dropFirst("/hop/".count)) else {
                return .document(body: Array("{}".utf8))
            }
            return n < 3 ? .redirect(location: "/hop/\(n + 1)") : .redirect(status: 301, location: "/final.json")
        }) { server in
            let document = try await fetcher().fetch("\(server.origin)/hop/0", accept: Self.json)
            #expect(document.url == "\(server.origin)/final.json")
            #expect(server.log.requests.map(\.path) == ["/hop/0", "/hop/1", "/hop/2", "/hop/3", "/final.json"])
        }
        try await withServer({ request in .redirect(location: request.path + "x") }) { server in
            let error = await fetchError(fetcher { $0.maxRedirects = 5 }, "\(server.origin)/loop")
            guard case .unacceptable(_, let reason) = error else {
                Issue.record("\(String(describing: error))")
                return
            }
            #expect(reason.contains("more than 5 redirects"), "\(reason)")
            #expect(server.log.requests.count == 6)
        }
    }

    /// Redirect targets pass the same gate as the first URL: here only `first.test` may be private, so
    /// its redirects to another private name, to the metadata address and to a numeric loopback spelling
    /// are refused, and the targets are never contacted.
    @Test func redirectTargetsAreCheckedLikeTheFirstURL() async throws {
        try await withServer({ request in
            switch request.path {
            case "/to-name": .redirect(location: "http://second.test:\(request.host?.split(separator: ":").last ?? "80")/x")
            case "/to-metadata": .redirect(location: "http://169.254.169.254/latest/meta-data/")
            case "/to-number": .redirect(location: "http://0x7f.1:\(request.host?.split(separator: ":").last ?? "80")/x")
            default: .document(body: Array("{}".utf8))
            }
        }) { server in
            let dns = ScriptedResolver(["first.test": [.loopback], "second.test": [IPAddress(10, 0, 0, 1)]])
            let policy = HTTPFetchPolicy(totalTimeout: .seconds(5), privateNetworkHosts: ["first.test"])
            let gated = HTTPDocumentFetcher(policy: policy, resolver: dns)
            _ = try await gated.fetch("http://first.test:\(server.port)/ok", accept: Self.json)
            for (path, expected) in [("/to-name", "10.0.0.0/8"), ("/to-metadata", "169.254.0.0/16"), ("/to-number", "127.0.0.0/8")] {
                let error = await fetchError(gated, "http://first.test:\(server.port)\(path)")
                guard case .refused(let url, let reason) = error else {
                    Issue.record("\(path): \(String(describing: error))")
                    continue
                }
                #expect(url == "http://first.test:\(server.port)\(path)")
                #expect(reason.contains(expected), "\(reason)")
            }
            #expect(server.log.requests.map(\.path) == ["/ok", "/to-name", "/to-metadata", "/to-number"])
            #expect(dns.questions == ["first.test", "first.test", "second.test", "first.test", "first.test"])
        }
    }

    @Test func httpsToHTTPRedirectIsRefused() async throws {
        let plain = try await LocalHTTPServer.start { _ in .document(body: Array("{}".utf8)) }
        let secure = try await LocalHTTPServer.start(tls: try TestCertificates.serverContext()) { _ in
            .redirect(location: "http://127.0.0.1:\(plain.port)/doc.json")
        }
        defer { Task { await plain.stop(); await secure.stop() } }
        let tls = HTTPDocumentFetcher(
            policy: HTTPFetchPolicy(totalTimeout: .seconds(5), allowPrivateNetwork: true), resolver: ScriptedResolver(["issuer.test": [.loopback]]),
            tlsConfiguration: try TestCertificates.clientConfiguration())
        let error = await fetchError(tls, "https://issuer.test:\(secure.port)/start")
        guard case .refused(_, let reason) = error else {
            Issue.record("\(String(describing: error))")
            return
        }
        #expect(reason.contains("from https to plain http"), "\(reason)")
        #expect(secure.log.requests.count == 1)
        #expect(plain.log.requests.isEmpty)
    }

    @Test func tlsIsVerifiedAgainstTheName() async throws {
        let secure = try await LocalHTTPServer.start(tls: try TestCertificates.serverContext()) { _ in .document(body: Array("{}".utf8)) }
        defer { Task { await secure.stop() } }
        let dns = ScriptedResolver(["issuer.test": [.loopback], "other.test": [.loopback]])
        // AsyncHTTPClient retries a failed connection until the connect time-out, so a short one keeps this quick.
        let tls = HTTPDocumentFetcher(policy: HTTPFetchPolicy(connectTimeout: .seconds(1), totalTimeout: .seconds(5), allowPrivateNetwork: true), resolver: dns,
                                      tlsConfiguration: try TestCertificates.clientConfiguration())
        let document = try await tls.fetch("https://issuer.test:\(secure.port)/did.json", accept: Self.json)
        #expect(document.bytes == Array("{}".utf8))
        // The certificate names issuer.test, not other.test: pinning the address does not weaken TLS.
        let error = await fetchError(tls, "https://other.test:\(secure.port)/did.json")
        guard case .unreachable(_, let reason) = error else {
            Issue.record("\(String(describing: error))")
            return
        }
        #expect(reason.contains("TLS"), "\(reason)")
        // The system trust store does not know the test root.
        let untrusted = HTTPDocumentFetcher(policy: HTTPFetchPolicy(connectTimeout: .seconds(1), totalTimeout: .seconds(5), allowPrivateNetwork: true),
                                            resolver: dns)
        let unknownRoot = await fetchError(untrusted, "https://issuer.test:\(secure.port)/did.json")
        guard case .unreachable(_, let rootReason) = unknownRoot else {
            Issue.record("\(String(describing: unknownRoot))")
            return
        }
        #expect(rootReason.contains("TLS"), "\(rootReason)")
        print("TLS: wrong name → \(reason); unknown root → \(rootReason)")
    }

    @Test func theWrongContentTypeIsRefused() async throws {
        try await withServer({ request in
            switch request.path {
            case "/html": .document(contentType: "text/html; charset=utf-8", body: Array("<html>".utf8))
            case "/none": .document(contentType: nil, body: Array("{}".utf8))
            case "/params": .document(contentType: "Application/JSON; charset=utf-8", body: Array("{}".utf8))
            default: .document(contentType: "application/did+json", body: Array("{}".utf8))
            }
        }) { server in
            for path in ["/html", "/none"] {
                let error = await fetchError(fetcher(), "\(server.origin)\(path)")
                guard case .unacceptable(_, let reason) = error else {
                    Issue.record("\(path): \(String(describing: error))")
                    continue
                }
                #expect(reason.contains("not one of application/json"), "\(reason)")
            }
            let withParameters = try await fetcher().fetch("\(server.origin)/params", accept: Self.json)
            #expect(withParameters.contentType == "application/json")
            let byWildcard = try await fetcher().fetch("\(server.origin)/did", accept: ["application/*"])
            #expect(byWildcard.contentType == "application/did+json")
        }
    }

    @Test func statusCodesAreReported() async throws {
        try await withServer({ request in
            .document(status: Int(request.path.dropFirst()) ?? 500, body: Array("{}".utf8))
        }) { server in
            for status in [404, 410, 500, 204] {
                let error = await fetchError(fetcher(), "\(server.origin)/\(status)")
                #expect(error == .httpStatus(status, url: "\(server.origin)/\(status)"), "\(String(describing: error))")
            }
        }
    }

    @Test func aSilentServerHitsTheTimeout() async throws {
        try await withServer({ _ in .silence }) { server in
            let quick = fetcher { $0.totalTimeout = .seconds(1) }
            let started = ContinuousClock.now
            let error = await fetchError(quick, "\(server.origin)/slow")
            let elapsed = ContinuousClock.now - started
            guard case .unreachable(_, let reason) = error else {
                Issue.record("\(String(describing: error))")
                return
            }
            #expect(reason.contains("1 s"), "\(reason)")
            #expect(elapsed < .seconds(3), "took \(elapsed)")
            print("silent server: unreachable after \(elapsed) with a 1 s time-out")
        }
    }

    @Test func aTricklingServerHitsTheTotalTimeout() async throws {
        // One byte every 200 ms keeps any per-read time-out happy; only the total deadline stops it.
        try await withServer({ _ in .stream(chunkSize: 1, count: 1000, interval: .milliseconds(200)) }) { server in
            let quick = fetcher { $0.totalTimeout = .seconds(1) }
            let started = ContinuousClock.now
            let error = await fetchError(quick, "\(server.origin)/drip")
            let elapsed = ContinuousClock.now - started
            guard case .unreachable = error else {
                Issue.record("\(String(describing: error))")
                return
            }
            #expect(elapsed < .seconds(3), "took \(elapsed)")
            print("trickling server: unreachable after \(elapsed) with a 1 s time-out")
        }
    }

    @Test func aClosedPortIsUnreachable() async throws {
        let server = try await LocalHTTPServer.start { _ in .silence }
        let port = server.port
        await server.stop()
        let error = await fetchError(fetcher(), "http://127.0.0.1:\(port)/")
        guard case .unreachable(_, let reason) = error else {
            Issue.record("\(String(describing: error))")
            return
        }
        #expect(reason.contains("127.0.0.1"), "\(reason)")
    }

    @Test func theCacheAnswersRepeatedFetches() async throws {
        try await withServer({ _ in .document(body: Array("{\"n\":1}".utf8)) }) { server in
            let cache = FetchCache(maxEntries: 2, maxBytes: 1024)
            let cached = fetcher(cache: cache)
            for _ in 0..<3 { _ = try await cached.fetch("\(server.origin)/a", accept: Self.json) }
            #expect(server.log.requests.count == 1)
            _ = try await cached.fetch("\(server.origin)/b", accept: Self.json)
            _ = try await cached.fetch("\(server.origin)/c", accept: Self.json)
            #expect(cache.usage.entries == 2)
            _ = try await cached.fetch("\(server.origin)/a", accept: Self.json)
            #expect(server.log.requests.count == 4, "the oldest entry was dropped")
        }
    }

    @Test func plainHTTPCanBeTurnedOff() async throws {
        let error = await fetchError(fetcher { $0.allowHTTP = false }, "http://127.0.0.1:9/x")
        guard case .refused(_, let reason) = error else {
            Issue.record("\(String(describing: error))")
            return
        }
        #expect(reason.contains("plain http"))
    }
}
