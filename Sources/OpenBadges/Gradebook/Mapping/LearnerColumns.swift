/// Which columns say who a row's learner is.
public struct LearnerColumns: Sendable, Equatable {
    /// The column that identifies the learner (an e-mail address, a user name, a student number). Each
    /// identifier may appear in one row only.
    public var id: ColumnReference?
    public var name: LearnerName?
    public var email: ColumnReference?
    /// A column of BCP 47 tags (`es`, `pt-BR`; Moodle's `pt_br` is accepted).
    public var preferredLanguage: ColumnReference?
    /// The language of learners whose preferred-language cell is empty, or of every learner when there is
    /// no such column.
    public var defaultLanguage: String?

    public init(id: ColumnReference? = nil, name: LearnerName? = nil, email: ColumnReference? = nil,
                preferredLanguage: ColumnReference? = nil, defaultLanguage: String? = nil) {
        self.id = id
        self.name = name
        self.email = email
        self.preferredLanguage = preferredLanguage
        self.defaultLanguage = defaultLanguage
    }
}

/// Where a learner's name is: one column, or a given-name and a family-name column (Moodle's "First
/// name" and "Last name"), joined given name first with one space (family name first, without a
/// space, for names in Han, kana or Hangul).
public enum LearnerName: Sendable, Equatable {
    case full(ColumnReference)
    case parts(given: ColumnReference, family: ColumnReference)

    var columns: [ColumnReference] {
        switch self {
        case .full(let column): [column]
        case .parts(let given, let family): [given, family]
        }
    }
}
