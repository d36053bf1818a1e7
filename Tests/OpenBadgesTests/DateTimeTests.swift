import Foundation
import OpenBadges
import Testing

@Suite("DateTime: RFC 3339 / xsd:dateTime")
struct DateTimeTests {
    @Test("parses the fields and keeps the text", arguments: [
        ("2010-01-01T00:00:00Z", 2010, 1, 1, 0, 0, 0, "", 0),
        ("2022-11-10T07:38:00-08:00", 2022, 11, 10, 7, 38, 0, "", -480),
        ("2024-02-29T23:59:59.123456789012+14:00", 2024, 2, 29, 23, 59, 59, "123456789012", 840),
        ("0000-01-01T00:00:00.0Z", 0, 1, 1, 0, 0, 0, "0", 0),
        ("9999-12-31T23:59:59-00:00", 9999, 12, 31, 23, 59, 59, "", 0),
    ])
    func parses(text: String, year: Int, month: Int, day: Int, hour: Int, minute: Int, second: Int,
                fraction: String, offset: Int) throws {
        let value = try DateTime(text)
        #expect(value.text == text)
        #expect(value.description == text)
        let fields: [Int] = [value.year, value.month, value.day, value.hour, value.minute, value.second]
        let expected: [Int] = [year, month, day, hour, minute, second]
        #expect(fields == expected)
        #expect(value.fractionDigits == fraction)
        #expect(value.utcOffsetMinutes == offset)
        #expect(value.hasTimeZone)
        #expect(value.textWithTimeZone == text)
    }

    @Test("instants: equal across zones, fractions compare numerically")
    func instants() throws {
        #expect(try DateTime("2010-01-01T01:00:00+01:00") == DateTime("2010-01-01T00:00:00Z"))
        #expect(try DateTime("2009-12-31T19:00:00-05:00") == DateTime("2010-01-01T00:00:00Z"))
        #expect(try DateTime("2010-01-01T00:00:00.5Z") == DateTime("2010-01-01T00:00:00.500Z"))
        #expect(try DateTime("2010-01-01T00:00:00.5Z") < DateTime("2010-01-01T00:00:00.50001Z"))
        #expect(try DateTime("2010-01-01T00:00:00.09Z") < DateTime("2010-01-01T00:00:00.1Z"))
        #expect(try DateTime("2010-01-01T00:00:00Z") < DateTime("2010-01-01T00:00:00.000001Z"))
        #expect(try DateTime("2010-01-01T00:30:00+01:00") < DateTime("2010-01-01T00:00:00Z"))
        #expect(try !(DateTime("2010-01-01T00:00:00Z") < DateTime("2010-01-01T01:00:00+01:00")))
        let set: Set<DateTime> = try [DateTime("2010-01-01T01:00:00+01:00"), DateTime("2010-01-01T00:00:00.000Z")]
        #expect(set.count == 1)
        #expect(try DateTime("1970-01-01T00:00:00Z").secondsSince1970 == 0)
        #expect(try DateTime("1969-12-31T23:59:59Z").secondsSince1970 == -1)
        #expect(try DateTime("2000-03-01T00:00:00Z").secondsSince1970 == 951_868_800)
        #expect(try DateTime("2010-01-01T00:00:00.123456789999Z").nanoseconds == 123_456_789)
        #expect(try DateTime("2010-01-01T00:00:00.5Z").nanoseconds == 500_000_000)
    }

    @Test("a missing time zone is an error unless allowed, then read as UTC")
    func missingTimeZone() throws {
        #expect(throws: DateTimeError(value: "2010-01-01T00:00:00", reason: .missingTimeZone)) {
            try DateTime("2010-01-01T00:00:00")
        }
        let local = try DateTime(parsing: "2010-01-01T00:00:00", allowingMissingTimeZone: true)
        #expect(!local.hasTimeZone)
        #expect(local.utcOffsetMinutes == nil)
        #expect(local.text == "2010-01-01T00:00:00")
        #expect(local.textWithTimeZone == "2010-01-01T00:00:00Z")
        #expect(local.withExplicitTimeZone.hasTimeZone)
        #expect(local.withExplicitTimeZone.text == "2010-01-01T00:00:00Z")
        #expect(try local == DateTime("2010-01-01T00:00:00Z"))
        // A value with a zone is read the same way in both modes.
        #expect(try DateTime(parsing: "2010-01-01T00:00:00+02:00", allowingMissingTimeZone: true).utcOffsetMinutes == 120)
    }

    @Test("malformed text names the value and the position", arguments: [
        ("", 0, "a four-digit year"),
        ("10-01-01T00:00:00Z", 2, "a four-digit year"),
        ("2010/01/01T00:00:00Z", 4, "\"-\" after the year"),
        ("2010-1-01T00:00:00Z", 6, "a two-digit month"),
        ("2010-01-01 00:00:00Z", 10, "\"T\" between the date and the time"),
        ("2010-01-01t00:00:00Z", 10, "\"T\" between the date and the time"),
        ("2010-01-01T00:00Z", 16, "\":\" after the minutes"),
        ("2010-01-01T00:00:00z", 19, "\"Z\", an offset such as +02:00, or the end of the value"),
        ("2010-01-01T00:00:00.Z", 20, "a digit after the decimal point"),
        ("2010-01-01T00:00:00+0100", 22, "\":\" in the time-zone offset"),
        ("2010-01-01T00:00:00+01", 22, "\":\" in the time-zone offset"),
        ("2010-01-01T00:00:00Z ", 20, "the end of the value"),
        ("2010-01-01T00:00:00ZZ", 20, "the end of the value"),
        ("2010-01-01", 10, "\"T\" between the date and the time"),
        ("２010-01-01T00:00:00Z", 0, "a four-digit year"),
    ])
    func malformed(text: String, offset: Int, expected: String) {
        #expect(throws: DateTimeError(value: text, reason: .malformed(offset: offset, expected: expected))) {
            try DateTime(text)
        }
    }

    @Test("fields out of range", arguments: [
        ("2010-13-01T00:00:00Z", "month"),
        ("2010-00-01T00:00:00Z", "month"),
        ("2010-01-00T00:00:00Z", "day"),
        ("2010-01-32T00:00:00Z", "day"),
        ("2023-02-29T00:00:00Z", "day"),
        ("1900-02-29T00:00:00Z", "day"),
        ("2010-04-31T00:00:00Z", "day"),
        ("2010-01-01T24:00:00Z", "hour"),
        ("2010-01-01T00:60:00Z", "minute"),
        ("2016-12-31T23:59:60Z", "second"),
        ("2010-01-01T00:00:00+15:00", "offset"),
        ("2010-01-01T00:00:00-14:01", "offset"),
        ("2010-01-01T00:00:00+01:60", "offset minutes"),
    ])
    func outOfRange(text: String, field: String) {
        do {
            _ = try DateTime(text)
            Issue.record("\(text) was accepted")
        } catch {
            guard case .outOfRange(let reported, _) = error.reason else {
                Issue.record("\(text): unexpected reason \(error.reason)")
                return
            }
            #expect(reported == field)
            #expect(error.description.hasPrefix("\"\(text)\" is not a valid date-time: \(field)"))
        }
    }

    @Test("leap days that exist are accepted")
    func leapDays() throws {
        #expect(try DateTime("2000-02-29T00:00:00Z").day == 29)
        #expect(try DateTime("2024-02-29T00:00:00Z").day == 29)
    }

    @Test("the error message quotes the value")
    func errorMessage() {
        #expect(throws: DateTimeError.self) { try DateTime("yesterday") }
        do {
            _ = try DateTime("yesterday")
        } catch {
            #expect(error.description == "\"yesterday\" is not a valid date-time: expected a four-digit year at character 1")
        }
        let long = String(repeating: "9", count: 100)
        #expect(throws: DateTimeError(value: long, reason: .tooLong(limit: 64))) { try DateTime(long) }
    }

    @Test("formats instants, with zone and minimal fraction")
    func formats() throws {
        #expect(try DateTime(secondsSince1970: 0).text == "1970-01-01T00:00:00Z")
        #expect(try DateTime(secondsSince1970: 0, utcOffsetMinutes: 120).text == "1970-01-01T02:00:00+02:00")
        #expect(try DateTime(secondsSince1970: 0, utcOffsetMinutes: -570).text == "1969-12-31T14:30:00-09:30")
        #expect(try DateTime(secondsSince1970: -1).text == "1969-12-31T23:59:59Z")
        #expect(try DateTime(secondsSince1970: 1_262_304_000, nanoseconds: 500_000_000).text == "2010-01-01T00:00:00.5Z")
        #expect(try DateTime(secondsSince1970: 1_262_304_000, nanoseconds: 1).text == "2010-01-01T00:00:00.000000001Z")
        #expect(try DateTime(secondsSince1970: 253_402_300_799).text == "9999-12-31T23:59:59Z")
        #expect(throws: DateTimeError.self) { try DateTime(secondsSince1970: 253_402_300_800) }
        #expect(throws: DateTimeError.self) { try DateTime(secondsSince1970: -62_167_219_201) }
        #expect(throws: DateTimeError.self) { try DateTime(secondsSince1970: 0, utcOffsetMinutes: 15 * 60) }
        #expect(throws: DateTimeError.self) { try DateTime(secondsSince1970: .max, utcOffsetMinutes: 60) }
        #expect(throws: DateTimeError.self) { try DateTime(secondsSince1970: .min, utcOffsetMinutes: -60) }
        #expect(throws: DateTimeError.self) { try DateTime(secondsSince1970: 0, nanoseconds: 1_000_000_000) }
        #expect(try DateTime("2010-01-01T02:00:00.25+02:00").inUTC.text == "2010-01-01T00:00:00.25Z")
        #expect(try DateTime("2010-01-01T00:00:00Z").inUTC.text == "2010-01-01T00:00:00Z")
    }

    // Foundation switches to the Julian calendar before October 1582; xsd:dateTime is proleptic
    // Gregorian, so the comparison starts in 1600.
    @Test("agrees with Foundation's ISO 8601 formatter on 2,000 instants from 1600 to 9999")
    func agreesWithFoundation() throws {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime]
        formatter.timeZone = TimeZone(secondsFromGMT: 0)
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        for _ in 0..<2000 {
            // xorshift: deterministic instants.
            state ^= state << 13
            state ^= state >> 7
            state ^= state << 17
            let seconds = Int64(state % 265_078_396_800) - 11_676_096_000
            let ours = try DateTime(secondsSince1970: seconds)
            let theirs = formatter.string(from: Date(timeIntervalSince1970: TimeInterval(seconds)))
            #expect(ours.text == theirs)
            #expect(try DateTime(theirs).secondsSince1970 == seconds)
        }
    }

    @Test("now() is the wall clock")
    func now() throws {
        let ours = try DateTime.now()
        let theirs = Int64(Date().timeIntervalSince1970)
        #expect(abs(ours.secondsSince1970 - theirs) <= 2)
        #expect(ours.text.hasSuffix("Z"))
    }
}
