/// A set of code points: sorted, merged ranges plus Unicode property tests, optionally negated.
struct ESCharacterClass: Sendable {
    var ranges: [ClosedRange<UInt32>]
    var properties: [ESUnicodeProperty]
    var negated: Bool

    init(ranges: [ClosedRange<UInt32>] = [], properties: [ESUnicodeProperty] = [], negated: Bool = false) {
        self.ranges = ESCharacterClass.normalized(ranges)
        self.properties = properties
        self.negated = negated
    }

    func contains(_ scalar: UInt32) -> Bool {
        var found = false
        var low = 0
        var high = ranges.count - 1
        while low <= high {
            let middle = (low + high) / 2
            let range = ranges[middle]
            if scalar < range.lowerBound {
                high = middle - 1
            } else if scalar > range.upperBound {
                low = middle + 1
            } else {
                found = true
                break
            }
        }
        if !found, !properties.isEmpty, let value = Unicode.Scalar(scalar) {
            found = properties.contains { $0.matches(value) }
        }
        return found != negated
    }

    static func normalized(_ input: [ClosedRange<UInt32>]) -> [ClosedRange<UInt32>] {
        let sorted = input.sorted { $0.lowerBound < $1.lowerBound }
        var result: [ClosedRange<UInt32>] = []
        for range in sorted {
            if let last = result.last, range.lowerBound <= last.upperBound &+ 1 {
                result[result.count - 1] = last.lowerBound...max(last.upperBound, range.upperBound)
            } else {
                result.append(range)
            }
        }
        return result
    }

    /// The complement of sorted, merged ranges within 0...0x10FFFF.
    static func complement(_ ranges: [ClosedRange<UInt32>]) -> [ClosedRange<UInt32>] {
        var result: [ClosedRange<UInt32>] = []
        var next: UInt32 = 0
        for range in normalized(ranges) {
            if range.lowerBound > next { result.append(next...(range.lowerBound - 1)) }
            next = range.upperBound &+ 1
        }
        if next <= 0x10FFFF { result.append(next...0x10FFFF) }
        return result
    }

    // MARK: The fixed classes of ECMA-262 (with the u flag and without i)

    static let digitRanges: [ClosedRange<UInt32>] = [0x30...0x39]
    static let wordRanges: [ClosedRange<UInt32>] = [0x30...0x39, 0x41...0x5A, 0x5F...0x5F, 0x61...0x7A]
    /// WhiteSpace and LineTerminator (§12.2, §12.3): TAB, VT, FF, SP, NBSP, ZWNBSP, the Zs category,
    /// LF, CR, LS, PS.
    static let spaceRanges: [ClosedRange<UInt32>] = [
        0x09...0x0D, 0x20...0x20, 0xA0...0xA0, 0x1680...0x1680, 0x2000...0x200A, 0x2028...0x2029,
        0x202F...0x202F, 0x205F...0x205F, 0x3000...0x3000, 0xFEFF...0xFEFF,
    ]
    static let lineTerminators: [ClosedRange<UInt32>] = [0x0A...0x0A, 0x0D...0x0D, 0x2028...0x2029]

    /// `.` without the `s` flag: anything but a line terminator.
    static let dot = ESCharacterClass(ranges: lineTerminators, negated: true)

    static func isWordCharacter(_ scalar: UInt32) -> Bool {
        (scalar >= 0x30 && scalar <= 0x39) || (scalar >= 0x41 && scalar <= 0x5A) || scalar == 0x5F
            || (scalar >= 0x61 && scalar <= 0x7A)
    }
}
