/// Proposes a mapping for Open edX's grade report (Instructor > Data Download > Generate Grade Report).
///
/// The report's columns are Student ID, Email, Username, Grade (the course grade as a fraction, 0.65 for
/// 65%), then per assignment type either `<Type> <n>: <Subsection>` columns followed by `<Type> (Avg)`,
/// or, for a type with one assignment, a single `<Type>` column; then optional Cohort Name, Experiment
/// Group (...) and Team Name columns, and Enrollment Track, Verification Status, Certificate Eligible,
/// Certificate Delivered, Certificate Type, Enrollment Status. Scores are fractions of 1; an unattempted
/// assignment reads "Not Attempted", an unavailable one "Not Available" (both "no grade").
///
/// Proposed: the learner is identified by username (stable, where an e-mail address may change) with the
/// e-mail column as e-mail; each subsection is an assignment keyed by the slug of its name (or of
/// "<Type> <n>" when unnamed); a single-assignment type by the slug of its title; Grade is `course-total`.
/// Averages, cohorts, teams and certificate columns are left alone.
enum OpenEdXPreset {
    static let trailingTitles = ["cohort name", "team name", "enrollment track", "verification status",
                                 "certificate eligible", "certificate delivered", "certificate type",
                                 "enrollment status"]

    static func matches(_ header: [String]) -> Bool {
        let keys = header.prefix(4).map(TextNormalization.matchKey)
        return keys.count == 4 && keys[0] == "student id" && keys[1] == "email" && keys[2] == "username"
            && keys[3] == "grade"
    }

    static func propose(_ header: [String]) -> GradebookMapping {
        var builder = ProposalBuilder(header: header, format: .openEdX)
        builder.mapping.learner.id = (builder.find(["Username"]) ?? builder.find(["Email"])).map(builder.column)
        builder.mapping.learner.email = builder.find(["Email"]).map(builder.column)
        guard let grade = builder.find(["Grade"]) else { return builder.mapping }
        builder.addAssignment("course-total", columns: [grade])
        for index in (grade + 1)..<builder.header.count {
            let title = builder.header.names[index]
            let key = TextNormalization.matchKey(title)
            if trailingTitles.contains(key) || key.hasPrefix("experiment group") { break }
            if title.isEmpty || key.hasSuffix("(avg)") { continue }
            if let (type, number, name) = subsectionColumn(title) {
                let numbered = Slug.make("\(type) \(number)")
                let preferred = name.isEmpty ? numbered : Slug.make(name)
                builder.addAssignment(preferred, fallbacks: [Slug.make("\(type) \(number) \(name)"), numbered],
                                      columns: [index])
            } else {
                builder.addAssignment(Slug.make(title), columns: [index])
            }
        }
        return builder.mapping
    }

    /// Splits "Homework 3: Maps, routes" into ("Homework", 3, "Maps, routes").
    static func subsectionColumn(_ title: String) -> (String, Int, String)? {
        guard let colon = title.firstIndex(of: ":") else { return nil }
        let label = title[..<colon]
        guard let space = label.lastIndex(of: " "), let number = Int(label[label.index(after: space)...]) else { return nil }
        let type = TextNormalization.trimmed(String(label[..<space]))
        guard !type.isEmpty else { return nil }
        return (type, number, TextNormalization.trimmed(String(title[title.index(after: colon)...])))
    }
}
