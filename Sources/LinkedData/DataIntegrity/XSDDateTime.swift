/// The lexical form of an XML Schema 1.1 `dateTime` (`-?YYYY-MM-DDThh:mm:ss(.s+)?(Z|±hh:mm)?`), which
/// `created` and `expires` must have. Only the form is checked here; the proof's meaning of the instant
/// is for the verifier, which has a clock.
enum XSDDateTime {
    static func isValid(_ text: String) -> Bool {
        var bytes = Array(text.utf8)[...]
        guard bytes.count <= 64 else { return false }
        if bytes.first == UInt8(ascii: "-") { bytes = bytes.dropFirst() }
        func digits(_ count: Int, orMore: Bool = false) -> Int? {
            var taken = 0
            var value = 0
            while let byte = bytes.first, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte), orMore || taken < count {
                value = value * 10 + Int(byte - UInt8(ascii: "0"))
                taken += 1
                bytes = bytes.dropFirst()
            }
            return taken >= count ? value : nil
        }
        func literal(_ character: Character) -> Bool {
            guard let ascii = character.asciiValue, bytes.first == ascii else { return false }
            bytes = bytes.dropFirst()
            return true
        }
        guard let year = digits(4, orMore: true), literal("-"), let month = digits(2), literal("-"), let day = digits(2),
              literal("T"), let hour = digits(2), literal(":"), let minute = digits(2), literal(":"), let second = digits(2)
        else { return false }
        _ = year
        guard (1...12).contains(month), (1...31).contains(day), minute < 60, second < 60 else { return false }
        guard hour < 24 || (hour == 24 && minute == 0 && second == 0) else { return false }
        if literal(".") {
            guard digits(1, orMore: true) != nil else { return false }
        }
        if bytes.isEmpty || literal("Z") { return bytes.isEmpty }
        guard literal("+") || literal("-"), let offsetHours = digits(2), literal(":"), let offsetMinutes = digits(2) else {
            return false
        }
        return bytes.isEmpty && offsetMinutes < 60 && (offsetHours < 14 || (offsetHours == 14 && offsetMinutes == 0))
    }
}
