/// RFC 6901 JSON Pointer and relative JSON Pointer (draft-handrews-relative-json-pointer-01) syntax.
enum SchemaPointerFormat {
    static func isJSONPointer(_ bytes: ArraySlice<UInt8>) -> Bool {
        guard let first = bytes.first else { return true }
        guard first == UInt8(ascii: "/") else { return false }
        var index = bytes.startIndex
        while index < bytes.endIndex {
            if bytes[index] == UInt8(ascii: "~") {
                guard index + 1 < bytes.endIndex, bytes[index + 1] == UInt8(ascii: "0") || bytes[index + 1] == UInt8(ascii: "1") else {
                    return false
                }
                index += 2
            } else {
                index += 1
            }
        }
        return true
    }

    /// `non-negative-integer ( "#" / json-pointer )`, the integer without leading zeros.
    static func checkRelative(_ value: String) -> String? {
        let bytes = Array(value.utf8)
        var index = 0
        while index < bytes.count, SchemaDateTimeFormat.isDigit(bytes[index]) { index += 1 }
        guard index > 0 else { return "a relative JSON pointer starts with a non-negative integer" }
        guard index == 1 || bytes[0] != UInt8(ascii: "0") else { return "the integer prefix has a leading zero" }
        let rest = bytes[index...]
        if rest.first == UInt8(ascii: "#") {
            return rest.count == 1 ? nil : "'#' must end a relative JSON pointer"
        }
        return isJSONPointer(rest) ? nil : "the part after the integer is not a JSON pointer"
    }
}
