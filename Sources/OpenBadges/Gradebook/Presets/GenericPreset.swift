/// Proposes a mapping for Laurel's generic layout (docs/gradebook.md) and for hand-kept spreadsheets.
///
/// Identity columns are recognized by title (`id`, `name` or `first name` + `last name`, `email`,
/// `language`, `peer reviews`, and common variants); titles starting with "session" are sessions;
/// `<Title> (attempt N)` columns are attempts at one assignment; `#...`, notes, comments and feedback
/// columns are left alone; every other column is an assignment keyed by the slug of its title.
enum GenericPreset {
    static let idTitles = ["id", "learner id", "learner", "student id", "user id", "username", "user name", "login"]
    static let emailTitles = ["email", "e-mail", "email address", "e-mail address", "mail"]
    static let nameTitles = ["name", "full name", "learner name", "student name", "display name"]
    static let givenTitles = ["first name", "given name", "forename", "first names"]
    static let familyTitles = ["last name", "family name", "surname", "last names"]
    static let languageTitles = ["language", "preferred language", "lang", "locale"]
    static let peerTitles = ["peer reviews", "peer reviews given", "peer review count", "peer feedback given"]
    static let ignoredPrefixes = ["note", "comment", "feedback", "remark"]

    static func propose(_ header: [String]) -> GradebookMapping {
        var builder = ProposalBuilder(header: header, format: .generic)
        var identity: Set<Int> = []
        func take(_ titles: [String]) -> Int? {
            guard let index = builder.find(titles) else { return nil }
            identity.insert(index)
            return index
        }
        builder.mapping.learner.id = take(idTitles).map(builder.column)
        builder.mapping.learner.email = take(emailTitles).map(builder.column)
        if let name = take(nameTitles) {
            builder.mapping.learner.name = .full(builder.column(name))
        } else if let given = builder.find(givenTitles), let family = builder.find(familyTitles) {
            identity.formUnion([given, family])
            builder.mapping.learner.name = .parts(given: builder.column(given), family: builder.column(family))
        }
        builder.mapping.learner.preferredLanguage = take(languageTitles).map(builder.column)
        builder.mapping.peerReviews = take(peerTitles).map(builder.column)

        // Attempt columns are grouped under their title, ordered by attempt number; other columns stand
        // alone, even when two share a title.
        var groups: [(title: String, isAttempts: Bool, columns: [(number: Int, index: Int)])] = []
        for (index, title) in builder.header.names.enumerated() where !identity.contains(index) && !title.isEmpty {
            let key = TextNormalization.matchKey(title)
            if title.hasPrefix("#") || ignoredPrefixes.contains(where: { key.hasPrefix($0) }) { continue }
            if SessionTitle.matches(title, allowAttendance: true) {
                builder.addSession(SessionTitle.key(title), column: index)
            } else if let (base, number) = attemptTitle(title) {
                let baseKey = TextNormalization.matchKey(base)
                if let group = groups.firstIndex(where: { $0.isAttempts && TextNormalization.matchKey($0.title) == baseKey }) {
                    groups[group].columns.append((number, index))
                } else {
                    groups.append((base, true, [(number, index)]))
                }
            } else {
                groups.append((title, false, [(0, index)]))
            }
        }
        for group in groups {
            builder.addAssignment(Slug.make(group.title), columns: group.columns.sorted { $0.number < $1.number }.map(\.index))
        }
        return builder.mapping
    }

    /// "Essay (attempt 2)" or "Essay attempt 2" gives ("Essay", 2).
    static func attemptTitle(_ title: String) -> (String, Int)? {
        var text = Substring(title)
        if text.hasSuffix(")"), let open = text.lastIndex(of: "(") {
            text = text[..<open] + text[text.index(after: open)..<text.index(before: text.endIndex)]
        }
        let words = text.split(whereSeparator: \.isWhitespace)
        guard words.count >= 3, let number = Int(words[words.count - 1]), number >= 1, number <= 1_000,
              TextNormalization.matchKey(String(words[words.count - 2])) == "attempt"
        else { return nil }
        let base = TextNormalization.trimmed(String(words.dropLast(2).joined(separator: " ")))
        return base.isEmpty ? nil : (base, number)
    }
}
