/// Proposes a mapping for Moodle's gradebook export ("Export > Plain text file").
///
/// Moodle writes the user profile fields first (by default First name, Last name, ID number, Institution,
/// Department, Email address; a site may add Username or Preferred language), then for each grade item and
/// each chosen display type a column `<Activity type>: <Name> (<Display type>)` ("Assignment: Partner map
/// (Real)"), `<Name> (<Display type>)` for manual items and totals ("Course total (Real)"), `<Name>
/// (Feedback)` when feedback is exported, and "Last downloaded from this course".
///
/// Proposed: the learner is identified by e-mail address (always exported; ID number is often empty),
/// named by first and last name; each activity becomes an assignment keyed by the slug of its name,
/// read from its Real column (points, or the scale word, which rubric levels match) or else its
/// Percentage column; Letter-only items are not proposed (letters are not rubric levels). "Course total"
/// becomes `course-total`; category totals and feedback are left alone. Manual items titled "Session N ..."
/// are sessions (`session-N`). Titles are English, as Moodle writes them for an English-language user;
/// map other languages' columns in the achievement's mapping.
enum MoodlePreset {
    static let displayTypes = ["real", "percentage", "letter"]

    static func matches(_ header: [String]) -> Bool {
        let keys = Set(header.map(TextNormalization.matchKey))
        guard keys.contains("email address") else { return false }
        return keys.contains("last downloaded from this course")
            || header.contains { gradeColumn($0) != nil }
            || (keys.contains("first name") && keys.contains("id number"))
    }

    static func propose(_ header: [String]) -> GradebookMapping {
        var builder = ProposalBuilder(header: header, format: .moodle)
        let email = builder.find(["Email address"])
        builder.mapping.learner.email = email.map(builder.column)
        builder.mapping.learner.id = (email ?? builder.find(["Username"]) ?? builder.find(["ID number"])).map(builder.column)
        if let given = builder.find(["First name"]), let family = builder.find(["Last name", "Surname"]) {
            builder.mapping.learner.name = .parts(given: builder.column(given), family: builder.column(family))
        }
        builder.mapping.learner.preferredLanguage = builder.find(["Preferred language"]).map(builder.column)

        // One column per grade item: Real where exported, else Percentage.
        var items: [(type: String?, name: String, display: String, index: Int)] = []
        for (index, title) in builder.header.names.enumerated() {
            guard let column = gradeColumn(title), column.display != "letter" else { continue }
            if let existing = items.firstIndex(where: { $0.type == column.type && $0.name == column.name }) {
                if items[existing].display == "percentage" && column.display == "real" {
                    items[existing] = (column.type, column.name, column.display, index)
                }
                continue
            }
            items.append((column.type, column.name, column.display, index))
        }
        for item in items {
            let nameKey = TextNormalization.matchKey(item.name)
            if item.type == nil {
                if nameKey == "course total" {
                    builder.addAssignment("course-total", columns: [item.index])
                } else if nameKey.hasSuffix(" total") {
                    continue  // a category total: an aggregate, not an activity
                } else if SessionTitle.matches(item.name, allowAttendance: false) {
                    builder.addSession(SessionTitle.key(item.name), column: item.index)
                } else {
                    builder.addAssignment(Slug.make(item.name), columns: [item.index])
                }
            } else {
                builder.addAssignment(Slug.make(item.name), fallbacks: [Slug.make((item.type ?? "") + " " + item.name)],
                                      columns: [item.index])
            }
        }
        return builder.mapping
    }

    /// Splits "Assignment: Partner map (Real)" into ("Assignment", "Partner map", "real"), and
    /// "Course total (Real)" into (nil, "Course total", "real"); `nil` for other titles.
    static func gradeColumn(_ title: String) -> (type: String?, name: String, display: String)? {
        guard title.hasSuffix(")"), let open = title.lastIndex(of: "(") else { return nil }
        let display = TextNormalization.matchKey(String(title[title.index(after: open)..<title.index(before: title.endIndex)]))
        guard displayTypes.contains(display) else { return nil }
        let item = TextNormalization.trimmed(String(title[..<open]))
        guard !item.isEmpty else { return nil }
        if let colon = item.firstRange(of: ": ") {
            let type = TextNormalization.trimmed(String(item[..<colon.lowerBound]))
            let name = TextNormalization.trimmed(String(item[colon.upperBound...]))
            if !type.isEmpty, !name.isEmpty { return (type, name, display) }
        }
        return (nil, item, display)
    }
}
