/// A quick upper bound on how deeply a YAML text nests, taken before the YAML parser runs: the parser
/// builds its tree recursively, so a document of ten thousand `[` would exhaust the stack before
/// Laurel's own depth limit could refuse it.
///
/// The bound adds, per line, twice the number of open indentation levels (a block sequence may sit at
/// its parent mapping's indentation), the run of `- `/`? ` indicators that opens the line (`- - - x`
/// nests three sequences), and the open flow brackets outside quotes and comments. It may overestimate
/// (a bracket in prose counts), never underestimate.
enum YAMLNestingScan {
    static func maximumDepth(of bytes: [UInt8]) -> (depth: Int, line: Int) {
        var indents: [Int] = []
        var flow = 0
        var worst = (depth: 0, line: 1)
        var lineNumber = 0
        var start = 0
        while start <= bytes.count {
            var end = start
            while end < bytes.count && bytes[end] != 0x0A { end += 1 }
            lineNumber += 1
            let line = bytes[start..<end]
            var position = line.startIndex
            while position < line.endIndex && line[position] == 0x20 { position += 1 }
            let indent = position - line.startIndex
            let blank = position == line.endIndex || line[position] == UInt8(ascii: "#") || line[position] == 0x0D
            if !blank && flow == 0 {
                while let last = indents.last, last > indent { indents.removeLast() }
                if indents.last != indent { indents.append(indent) }
            }
            var indicators = 0
            while position + 1 < line.endIndex,
                  line[position] == UInt8(ascii: "-") || line[position] == UInt8(ascii: "?"),
                  line[position + 1] == 0x20 {
                indicators += 1
                position += 2
                while position < line.endIndex && line[position] == 0x20 { position += 1 }
            }
            var quote: UInt8?
            var previous: UInt8 = 0x20
            while position < line.endIndex {
                let byte = line[position]
                if let open = quote {
                    if byte == UInt8(ascii: "\\") && open == UInt8(ascii: "\"") {
                        position += 1
                    } else if byte == open {
                        quote = nil
                    }
                } else if byte == UInt8(ascii: "#") && (previous == 0x20 || previous == 0x09) {
                    break
                } else if byte == UInt8(ascii: "\"") || (byte == UInt8(ascii: "'") && !isWordByte(previous)) {
                    quote = byte
                } else if byte == UInt8(ascii: "[") || byte == UInt8(ascii: "{") {
                    flow += 1
                    worst = max(worst, (2 * indents.count + indicators + flow, lineNumber), by: \.depth)
                } else if (byte == UInt8(ascii: "]") || byte == UInt8(ascii: "}")) && flow > 0 {
                    flow -= 1
                }
                previous = byte
                position += 1
            }
            worst = max(worst, (2 * indents.count + indicators + flow, lineNumber), by: \.depth)
            start = end + 1
        }
        return worst
    }

    static func isWordByte(_ byte: UInt8) -> Bool {
        (byte >= 0x30 && byte <= 0x39) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A) || byte >= 0x80
    }

    static func max(_ a: (depth: Int, line: Int), _ b: (depth: Int, line: Int), by _: KeyPath<(depth: Int, line: Int), Int>) -> (depth: Int, line: Int) {
        b.depth > a.depth ? b : a
    }
}
