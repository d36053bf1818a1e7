/// Finds repeated strings for DEFLATE (RFC 1951, section 4): each position is looked up in chains of
/// earlier positions that start with the same three bytes, within the 32 KB window, and the longest match
/// found among the first `maxChain` candidates is taken (greedy parsing).
///
/// Badge images are mostly flat colour, so nearly all of their bytes fall into long matches (a row equal
/// to the one above, a run of one palette index), and the chain limit keeps the rare busy region cheap.
struct LZ77Matcher {
    /// Candidates examined per position; more finds slightly longer matches in busy regions, slower.
    var maxChain = 48
    /// A match this long ends the search early: it is hard to beat and already cheap to send.
    var goodEnough = 128

    static let windowSize = 32_768
    static let minMatch = 3
    static let maxMatch = 258
    private static let hashBits = 15

    /// The tokens of `data`, see ``LZ77Token``.
    func tokens(_ data: UnsafeBufferPointer<UInt8>) -> [LZ77Token] {
        let count = data.count
        var tokens: [LZ77Token] = []
        tokens.reserveCapacity(count / 8 + 16)
        // head[hash]: the latest position with that hash, or -1; previous[position % window]: the one before.
        var head = [Int32](repeating: -1, count: 1 << Self.hashBits)
        var previous = [Int32](repeating: -1, count: Self.windowSize)
        let windowMask = Self.windowSize - 1

        head.withUnsafeMutableBufferPointer { head in
            previous.withUnsafeMutableBufferPointer { previous in
                @inline(__always) func hash(_ position: Int) -> Int {
                    let key = UInt32(data[position]) << 16 | UInt32(data[position + 1]) << 8 | UInt32(data[position + 2])
                    return Int((key &* 2_654_435_761) >> UInt32(32 - Self.hashBits))
                }
                @inline(__always) func insert(_ position: Int) -> Int {
                    let h = hash(position)
                    let candidate = Int(head[h])
                    previous[position & windowMask] = Int32(candidate)
                    head[h] = Int32(position)
                    return candidate
                }

                var position = 0
                while position < count {
                    guard position + Self.minMatch <= count else {
                        tokens.append(.literal(data[position]))
                        position += 1
                        continue
                    }
                    var candidate = insert(position)
                    let limit = min(Self.maxMatch, count - position)
                    var bestLength = Self.minMatch - 1
                    var bestDistance = 0
                    var chain = maxChain
                    // Strictly less than the window: the slot of a position exactly one window back has
                    // just been reused for `position`, so its chain link is no longer its own.
                    while candidate >= 0 && position - candidate < Self.windowSize && chain > 0 {
                        // Check the byte that would make this match longer than the best first: most
                        // candidates fail there.
                        if data[candidate + bestLength] == data[position + bestLength] {
                            var length = 0
                            while length < limit && data[candidate + length] == data[position + length] { length += 1 }
                            if length > bestLength {
                                bestLength = length
                                bestDistance = position - candidate
                                if length >= goodEnough || length == limit { break }
                            }
                        }
                        let next = Int(previous[candidate & windowMask])
                        guard next < candidate else { break }
                        candidate = next
                        chain -= 1
                    }
                    if bestLength >= Self.minMatch {
                        tokens.append(.match(length: bestLength, distance: bestDistance))
                        let end = position + bestLength
                        var inside = position + 1
                        while inside < end && inside + Self.minMatch <= count {
                            _ = insert(inside)
                            inside += 1
                        }
                        position = end
                    } else {
                        tokens.append(.literal(data[position]))
                        position += 1
                    }
                }
            }
        }
        return tokens
    }
}

/// A literal byte or a back-reference, packed in 32 bits: bit 31 set for a match, with length - 3 in bits
/// 16...23 and distance - 1 in bits 0...14.
struct LZ77Token: Equatable {
    let rawValue: UInt32

    @inline(__always)
    static func literal(_ byte: UInt8) -> LZ77Token { LZ77Token(rawValue: UInt32(byte)) }

    @inline(__always)
    static func match(length: Int, distance: Int) -> LZ77Token {
        LZ77Token(rawValue: 0x8000_0000 | UInt32(length - 3) << 16 | UInt32(distance - 1))
    }

    var isMatch: Bool { rawValue & 0x8000_0000 != 0 }
    /// The literal byte (for a literal).
    var byte: UInt8 { UInt8(truncatingIfNeeded: rawValue) }
    /// The match length, 3...258 (for a match).
    var length: Int { Int((rawValue >> 16) & 0xFF) + 3 }
    /// The match distance, 1...32768 (for a match).
    var distance: Int { Int(rawValue & 0x7FFF) + 1 }
}
