import BadgeNetwork
import Testing

@Suite struct AddressClassifierTests {
    func range(_ literal: String) throws -> SpecialPurposeRange? {
        let address = try #require(IPAddress(literal: literal), "\(literal) should parse")
        return AddressClassifier.specialPurpose(address)
    }

    @Test(arguments: [
        ("0.0.0.0", "0.0.0.0/8"), ("0.1.2.3", "0.0.0.0/8"), ("10.0.0.1", "10.0.0.0/8"), ("10.255.255.255", "10.0.0.0/8"),
        ("100.64.0.1", "100.64.0.0/10"), ("100.127.255.254", "100.64.0.0/10"), ("127.0.0.1", "127.0.0.0/8"),
        ("127.255.255.254", "127.0.0.0/8"), ("169.254.169.254", "169.254.0.0/16"), ("172.16.0.1", "172.16.0.0/12"),
        ("172.31.255.255", "172.16.0.0/12"), ("192.0.0.8", "192.0.0.0/24"), ("192.0.2.1", "192.0.2.0/24"),
        ("192.88.99.1", "192.88.99.0/24"), ("192.168.1.1", "192.168.0.0/16"), ("198.18.0.1", "198.18.0.0/15"),
        ("198.19.255.255", "198.18.0.0/15"), ("198.51.100.7", "198.51.100.0/24"), ("203.0.113.9", "203.0.113.0/24"),
        ("224.0.0.1", "224.0.0.0/4"), ("239.255.255.250", "224.0.0.0/4"), ("240.0.0.1", "240.0.0.0/4"),
        ("255.255.255.255", "240.0.0.0/4"),
    ])
    func specialIPv4(address: String, block: String) throws {
        #expect(try range(address)?.block == block, "\(address)")
    }

    @Test(arguments: ["8.8.8.8", "1.1.1.1", "93.184.215.14", "100.63.255.255", "100.128.0.0", "172.15.255.255", "172.32.0.0",
                      "192.0.1.255", "192.169.0.0", "169.253.255.255", "198.17.255.255", "198.20.0.0", "223.255.255.255",
                      "192.31.196.1", "192.175.48.1"])
    func publicIPv4(address: String) throws {
        #expect(try range(address) == nil, "\(address)")
    }

    @Test(arguments: [
        ("::1", "::1/128"), ("::", "::/128"), ("0:0:0:0:0:0:0:1", "::1/128"), ("::2", "::/96"), ("::127.0.0.1", "::/96"),
        ("fc00::1", "fc00::/7"), ("fd12:3456:789a::1", "fc00::/7"), ("fe80::1", "fe80::/10"), ("febf::1", "fe80::/10"),
        ("fec0::1", "fec0::/10"), ("ff02::1", "ff00::/8"), ("2001:db8::1", "2001:db8::/32"), ("2001::1", "2001::/23"),
        ("2001:2::1", "2001::/23"), ("100::1", "100::/64"), ("64:ff9b:1::1", "64:ff9b:1::/48"), ("3fff::1", "3fff::/20"),
        ("5f00::1", "5f00::/16"), ("4000::1", "::/0"), ("1::1", "::/0"),
    ])
    func specialIPv6(address: String, block: String) throws {
        #expect(try range(address)?.block == block, "\(address)")
    }

    @Test(arguments: [
        ("::ffff:127.0.0.1", "127.0.0.0/8"), ("::ffff:7f00:1", "127.0.0.0/8"), ("::ffff:10.1.2.3", "10.0.0.0/8"),
        ("::ffff:169.254.169.254", "169.254.0.0/16"), ("::ffff:0.0.0.0", "0.0.0.0/8"), ("64:ff9b::127.0.0.1", "127.0.0.0/8"),
        ("64:ff9b::a00:1", "10.0.0.0/8"), ("2002:7f00:1::1", "127.0.0.0/8"), ("2002:c0a8:101::", "192.168.0.0/16"),
    ])
    func ipv6CarryingIPv4IsJudgedByIt(address: String, block: String) throws {
        #expect(try range(address)?.block == block, "\(address)")
    }

    @Test(arguments: ["2606:4700:4700::1111", "2001:4860:4860::8888", "2a00:1450::1", "::ffff:8.8.8.8", "64:ff9b::808:808",
                      "2002:808:808::1"])
    func publicIPv6(address: String) throws {
        #expect(try range(address) == nil, "\(address)")
    }

    @Test func everyTableEntryIsWellFormed() {
        for range in SpecialPurposeRange.ipv4 + SpecialPurposeRange.ipv6 {
            let parts = range.block.split(separator: "/")
            #expect(parts.count == 2, "\(range.block)")
            let prefix = parts.first.flatMap { IPAddress(literal: String($0)) }
            #expect(prefix != nil, "\(range.block)")
            if let prefix { #expect(range.contains(prefix), "\(range.block) contains its own prefix") }
            #expect(!range.name.isEmpty && range.reference.contains("RFC"), "\(range.block)")
        }
    }

    @Test func strictLiteralsRefuseLooseSpellings() {
        for text in ["127.1", "0x7f.0.0.1", "0177.0.0.1", "2130706433", "127.0.0.01", "256.0.0.1", "1.2.3.4.5", "", " 1.2.3.4",
                     "::1%eth0", ":::1", "1::2::3", "12345::1", "1:2:3:4:5:6:7:8:9", "::ffff:127.1", "g::1", "１.２.３.４"] {
            #expect(IPAddress(literal: text) == nil, "\(text)")
        }
    }

    @Test func textFormsFollowRFC5952() throws {
        let cases = [("2001:0db8:0000:0000:0000:0000:0000:0001", "2001:db8::1"), ("0:0:0:0:0:0:0:0", "::"), ("::1", "::1"),
                     ("2001:db8:0:1:0:0:0:1", "2001:db8:0:1::1"), ("1:0:0:2:0:0:0:3", "1:0:0:2::3"),
                     ("::ffff:127.0.0.1", "::ffff:7f00:1"), ("fe80:0:0:0:0:0:0:0", "fe80::")]
        for (input, expected) in cases {
            #expect(try #require(IPAddress(literal: input)).description == expected)
        }
        #expect(IPAddress(127, 0, 0, 1).description == "127.0.0.1")
    }

    @Test func localHostNames() {
        for name in ["localhost", "LOCALHOST", "localhost.", "api.localhost", "a.b.localhost."] {
            #expect(AddressClassifier.isLocalHostName(name), "\(name)")
        }
        for name in ["localhost.example.org", "mylocalhost", "example.org"] {
            #expect(!AddressClassifier.isLocalHostName(name), "\(name)")
        }
    }
}
