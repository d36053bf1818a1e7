import BadgeNetwork
import Testing

@Suite struct FetchURLTests {
    /// Every spelling a resolver or URL parser turns into a loopback or unspecified address is read as
    /// that address, so the policy judges the address.
    @Test(arguments: [
        ("http://2130706433/", "127.0.0.1"), ("http://0x7f.1/", "127.0.0.1"), ("http://0x7F000001/", "127.0.0.1"),
        ("http://0177.0.0.1/", "127.0.0.1"), ("http://127.1/", "127.0.0.1"), ("http://127.0.1/", "127.0.0.1"),
        ("http://017700000001/", "127.0.0.1"), ("http://0/", "0.0.0.0"), ("http://0.0.0.0/", "0.0.0.0"),
        ("http://[::]/", "[::]"), ("http://[::1]:8080/", "[::1]"), ("http://[::ffff:127.0.0.1]/", "[::ffff:7f00:1]"),
        ("http://127.000.000.001/", "127.0.0.1"), ("http://0x7f.0x0.0x0.0x1/", "127.0.0.1"), ("https://169.254.169.254/latest", "169.254.169.254"),
    ])
    func numericHostsAreAddresses(url: String, host: String) throws {
        let parsed = try FetchURL(url)
        #expect(parsed.host.description == host, "\(url)")
        guard case .address(let address) = parsed.host else {
            Issue.record("\(url) is not read as an address")
            return
        }
        #expect(AddressClassifier.specialPurpose(address) != nil, "\(url)")
    }

    @Test(arguments: [
        "ftp://example.org/x", "file:///etc/passwd", "gopher://example.org/", "https://user:pass@example.org/", "https://example.org@evil.test/",
        "https://exa mple.org/", "https://example.org\\@evil/", "http://[::1%25eth0]/", "http://[fe80::1/", "https://example.org:0/",
        "https://example.org:65536/", "https://example.org:8x/", "https:///x", "https://ex%61mple.org/", "https://example..org/",
        "https://1.2.3.4.5/", "https://0x100000000/", "http://256.1.1.1/", "https://example.09/", "https://exämple.org/",
        "javascript:alert(1)", "//example.org/", "https:example.org",
    ])
    func refused(url: String) {
        #expect(throws: FetchError.self, "\(url)") { try FetchURL(url) }
    }

    @Test func partsAreNormalised() throws {
        let url = try FetchURL("HTTPS://Example.ORG.:8443/a/b?c=d#frag")
        #expect(url.scheme == .https)
        #expect(url.host == .name("example.org"))
        #expect(url.port == 8443)
        #expect(url.description == "https://example.org:8443/a/b?c=d")
        #expect(try FetchURL("http://example.org").description == "http://example.org/")
        #expect(try FetchURL("http://example.org?q=1").pathAndQuery == "/?q=1")
        #expect(try FetchURL("https://example.org/").port == 443)
        #expect(try FetchURL("http://example.org/").port == 80)
    }

    @Test func redirectsResolveAgainstTheCurrentURL() throws {
        let base = try FetchURL("https://example.org/a/b/c?q=1")
        let cases = [
            ("https://other.test/x", "https://other.test/x"), ("//other.test/y", "https://other.test/y"), ("/root", "https://example.org/root"),
            ("d", "https://example.org/a/b/d"), ("../d", "https://example.org/a/d"), ("../../../../d", "https://example.org/d"),
            ("./d/./e/../f", "https://example.org/a/b/d/f"), ("?z=2", "https://example.org/a/b/c?z=2"),
            ("#frag", "https://example.org/a/b/c?q=1"), ("http://plain.test/", "http://plain.test/"), ("HTTP://Plain.Test", "http://plain.test/"),
        ]
        for (location, expected) in cases {
            #expect(try base.resolving(location).description == expected, "\(location)")
        }
        #expect(throws: FetchError.self) { try base.resolving("ftp://example.org/") }
        #expect(throws: FetchError.self, "an empty Location is not a redirect") { try base.resolving(" ") }
        #expect(throws: FetchError.self) { try base.resolving("http://2130706433@x/") }
    }
}
