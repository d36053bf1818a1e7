extension String {
    /// Byte-for-byte equality of the UTF-8 encodings.
    ///
    /// `==` on `String` treats canonically equivalent spellings as equal; identifiers, keys, IRIs and
    /// literals in signed data must not be, so Laurel compares those with this.
    @inlinable
    public func isByteEqual(to other: String) -> Bool {
        utf8.count == other.utf8.count && utf8.elementsEqual(other.utf8)
    }

    /// Order by Unicode code points (the order of UTF-8 bytes), independent of locale and normalization.
    @inlinable
    public func precedesInCodePointOrder(_ other: String) -> Bool {
        utf8.lexicographicallyPrecedes(other.utf8)
    }
}

extension Hasher {
    /// Feeds the exact UTF-8 bytes of `string` (unlike `combine(string)`, which hashes canonically).
    @inlinable
    public mutating func combineBytes(of string: String) {
        combine(string.utf8.count)
        for byte in string.utf8 { combine(byte) }
    }
}
