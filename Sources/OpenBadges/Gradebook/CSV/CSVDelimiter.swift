/// The character that separates fields.
///
/// Spreadsheets and LMSs write commas, but a spreadsheet saving CSV in a locale whose decimal separator is
/// a comma (most of Europe, Latin America) writes semicolons, and "text" exports use tabs. The reader
/// detects which one a file uses from its header row unless told.
public enum CSVDelimiter: Sendable, Equatable, CaseIterable, CustomStringConvertible {
    case comma
    case semicolon
    case tab

    /// The delimiter's byte (all three are ASCII, so they never occur inside a multi-byte UTF-8 sequence).
    public var byte: UInt8 {
        switch self {
        case .comma: UInt8(ascii: ",")
        case .semicolon: UInt8(ascii: ";")
        case .tab: UInt8(ascii: "\t")
        }
    }

    /// Accepts the character itself (`,` `;` or a tab) or its name (`comma`, `semicolon`, `tab`), as a
    /// mapping or a command line writes it.
    public init?(_ text: String) {
        switch text {
        case ",", "comma": self = .comma
        case ";", "semicolon": self = .semicolon
        case "\t", "tab": self = .tab
        default: return nil
        }
    }

    init?(byte: UInt8) {
        guard let match = Self.allCases.first(where: { $0.byte == byte }) else { return nil }
        self = match
    }

    /// The name used in mappings and messages.
    public var name: String {
        switch self {
        case .comma: "comma"
        case .semicolon: "semicolon"
        case .tab: "tab"
        }
    }

    public var description: String { name }
}
