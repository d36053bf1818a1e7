/// How a mapping names a column: by its header text, or by its 1-based position.
///
/// Header text is matched the way a person reads it: surrounding spaces, letter case, runs of inner
/// spaces and the Unicode spelling (NFC or NFD) do not matter, so `"email address"` finds
/// `Email address`. When two columns share a title, a position picks one.
public enum ColumnReference: Sendable, Hashable, CustomStringConvertible {
    case header(String)
    /// 1-based: the first column is 1.
    case position(Int)

    public var description: String {
        switch self {
        case .header(let name): "\"\(name)\""
        case .position(let index): "column \(index)"
        }
    }
}
