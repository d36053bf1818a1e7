@testable import OpenBadges
import Testing

@Suite("Schema formats")
struct SchemaFormatTests {
    func valid(_ format: SchemaFormat, _ value: String) -> Bool { format.problem(with: value) == nil }

    @Test("RFC 3339 date-time, date and time, with leap seconds only at 23:59:60 UTC")
    func dateTimes() {
        #expect(valid(.dateTime, "2010-01-01T00:00:00Z"))
        #expect(valid(.dateTime, "2024-02-29T23:59:59.123+02:00"))
        #expect(valid(.dateTime, "1998-12-31t15:59:60.123-08:00"))
        #expect(!valid(.dateTime, "1998-12-31T22:59:60Z"))
        #expect(!valid(.dateTime, "2023-02-29T00:00:00Z"))
        #expect(!valid(.dateTime, "2010-01-01T00:00:00"))           // no offset
        #expect(!valid(.dateTime, "2010-01-01 00:00:00Z"))
        #expect(!valid(.dateTime, "2010-01-01T00:00:00+01"))
        #expect(!valid(.dateTime, "not a date"))
        #expect(valid(.date, "2000-02-29"))
        #expect(!valid(.date, "1900-02-29"))
        #expect(valid(.time, "23:59:60Z"))
        #expect(!valid(.time, "24:00:00Z"))
        #expect(valid(.duration, "P1Y2M3DT4H5M6S"))
        #expect(valid(.duration, "P2W"))
        #expect(!valid(.duration, "P1Y2D"))
        #expect(!valid(.duration, "PT"))
    }

    @Test("URIs, IRIs and references")
    func uris() {
        #expect(valid(.uri, "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json"))
        #expect(valid(.uri, "urn:uuid:91537dba-56cb-11ec-bf63-0242ac130002"))
        #expect(valid(.uri, "did:key:z6MkhaXgBZDvotDkL5257faiztiGiC2QtKLGpbnnEGta2doK"))
        #expect(!valid(.uri, "/relative/path"))
        #expect(!valid(.uri, "https://example.org/a b"))
        #expect(!valid(.uri, "https://example.org/é"))
        #expect(valid(.iri, "https://example.org/é"))
        #expect(valid(.uriReference, "../a?b#c"))
        #expect(!valid(.uriReference, "1:b"))
        #expect(valid(.uriTemplate, "https://example.org/{id}{?q*}"))
        #expect(!valid(.uriTemplate, "https://example.org/{id"))
    }

    @Test("e-mail, host names, IP addresses, UUIDs, pointers, regexes")
    func others() {
        #expect(valid(.email, "learner@example.org"))
        #expect(valid(.email, "\"quoted local\"@example.org"))
        #expect(valid(.email, "user@[IPv6:2001:db8::1]"))
        #expect(!valid(.email, "two..dots@example.org"))
        #expect(valid(.idnEmail, "δοκιμή@example.com"))
        #expect(valid(.hostname, "badges.example.org"))
        #expect(!valid(.hostname, "-bad.example.org"))
        #expect(valid(.hostname, "xn--9n2bp8q.xn--9t4b11yi5a"))
        #expect(!valid(.hostname, "xn--X"))
        #expect(valid(.idnHostname, "실례.테스트"))
        #expect(SchemaPunycode.encode(Array("실례".unicodeScalars)).map { String(decoding: $0, as: UTF8.self) } == "9n2bp8q")
        #expect(valid(.ipv4, "192.168.0.1"))
        #expect(!valid(.ipv4, "192.168.0.01"))
        #expect(valid(.ipv6, "::ffff:192.168.0.1"))
        #expect(!valid(.ipv6, "1::2::3"))
        #expect(valid(.uuid, "2eb8aa08-aa98-11ea-b4aa-73b441d16380"))
        #expect(!valid(.uuid, "urn:uuid:2eb8aa08-aa98-11ea-b4aa-73b441d16380"))
        #expect(valid(.jsonPointer, "/credentialSubject/achievement"))
        #expect(!valid(.jsonPointer, "credentialSubject"))
        #expect(valid(.relativeJSONPointer, "1/a"))
        #expect(!valid(.relativeJSONPointer, "01/a"))
        #expect(valid(.regex, "^[a-z]+$"))
        #expect(!valid(.regex, "(?i)abc"))
    }
}
