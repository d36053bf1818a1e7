/// Which character separates a number's integer and fractional parts in a gradebook.
///
/// Moodle and Open edX write a point ("85.5"); a spreadsheet saved in a European or Latin American locale
/// writes a comma ("85,5"), usually with semicolons between fields. `auto` reads either, per cell: a
/// single `.` or `,` is the decimal separator; with both, the last is, and the other groups thousands.
public enum DecimalSeparator: String, Sendable, Equatable, CaseIterable {
    case auto
    case point
    case comma
}
