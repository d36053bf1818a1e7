/// Guesses the delimiter from the header row: the candidate that occurs most often outside quotes.
///
/// The header is the best evidence a file offers: every export writes one, its fields are names rather than
/// numbers (so decimal commas do not count against the semicolon), and it is read before any data. On a
/// tie the rarer character wins (tab, then semicolon, then comma), since a name is more likely to contain
/// a comma than a tab. A header with none of the three is one column, read as comma-separated.
enum DelimiterDetection {
    static func detect(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> CSVDelimiter {
        let quote = UInt8(ascii: "\""), cr = UInt8(ascii: "\r"), lf = UInt8(ascii: "\n")
        var i = start
        // Leading empty lines are not the header.
        while i < bytes.count, bytes[i] == cr || bytes[i] == lf { i += 1 }
        var commas = 0, semicolons = 0, tabs = 0
        var inQuotes = false
        while i < bytes.count {
            let byte = bytes[i]
            if byte == quote {
                inQuotes.toggle()
            } else if !inQuotes {
                if byte == cr || byte == lf { break }
                switch byte {
                case UInt8(ascii: ","): commas += 1
                case UInt8(ascii: ";"): semicolons += 1
                case UInt8(ascii: "\t"): tabs += 1
                default: break
                }
            }
            i += 1
        }
        var best = CSVDelimiter.comma
        var bestCount = 0
        for (candidate, count) in [(CSVDelimiter.tab, tabs), (.semicolon, semicolons), (.comma, commas)] {
            if count > bestCount {
                best = candidate
                bestCount = count
            }
        }
        return best
    }
}
