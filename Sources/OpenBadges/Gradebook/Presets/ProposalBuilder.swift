/// Collects a preset's proposal: unique keys, and columns named by title unless the title is shared.
struct ProposalBuilder {
    let header: HeaderIndex
    var mapping = GradebookMapping()
    private var assignmentKeys: Set<String> = []
    private var sessionKeys: Set<String> = []

    init(header: [String], format: GradebookFormat) {
        self.header = HeaderIndex(header)
        mapping.format = format
    }

    func column(_ index: Int) -> ColumnReference { header.reference(for: index) }

    /// The first column whose title matches one of `titles` (compared ignoring case and separators).
    func find(_ titles: [String]) -> Int? {
        let wanted = Set(titles.map(TextNormalization.matchKey))
        return header.names.firstIndex { wanted.contains(TextNormalization.matchKey($0)) }
    }

    /// Adds an assignment under `preferredKey`, or the first of `fallbacks` not yet taken, or a numbered
    /// variant: two activities with one name still get two keys.
    mutating func addAssignment(_ preferredKey: String, fallbacks: [String] = [], columns: [Int]) {
        let key = unique(preferredKey, fallbacks: fallbacks, taken: assignmentKeys, column: columns.first ?? 0)
        assignmentKeys.insert(key)
        mapping.assignments.append(AssignmentColumns(key: key, columns: columns.map(column)))
    }

    mutating func addSession(_ preferredKey: String, column index: Int) {
        let key = unique(preferredKey, fallbacks: [], taken: sessionKeys, column: index)
        sessionKeys.insert(key)
        mapping.sessions.append(SessionColumn(key: key, column: column(index)))
    }

    private func unique(_ preferred: String, fallbacks: [String], taken: Set<String>, column: Int) -> String {
        var candidates = ([preferred] + fallbacks).filter(MappingSyntax.isValidKey)
        // A title with no letters or digits ("???") is known by its position.
        if candidates.isEmpty { candidates = ["column-\(column + 1)"] }
        if let free = candidates.first(where: { !taken.contains($0) }) { return free }
        let base = candidates[0]
        var n = 2
        while taken.contains("\(base)-\(n)") || !MappingSyntax.isValidKey("\(base)-\(n)") {
            n += 1
            if n > 10_000 { return "column-\(column + 1)" }
        }
        return "\(base)-\(n)"
    }
}

/// Titles that name a live session's attendance, and the key such a title proposes.
enum SessionTitle {
    /// True for titles that start with "session" or "live session" (and, where `allowAttendance`, with
    /// "attendance"): "Session 3", "Live session 3 (Real)", "attendance week 2".
    static func matches(_ title: String, allowAttendance: Bool) -> Bool {
        let key = TextNormalization.matchKey(title)
        return key.hasPrefix("session") || key.hasPrefix("live session")
            || (allowAttendance && key.hasPrefix("attendance"))
    }

    /// `session-N` for the first number in the title (what achievements call sessions), else the title's
    /// slug.
    static func key(_ title: String) -> String {
        let digits = title.unicodeScalars.drop { !("0"..."9").contains($0) }.prefix { ("0"..."9").contains($0) }
        if !digits.isEmpty, digits.count <= 6, let number = Int(String(String.UnicodeScalarView(digits))) {
            return "session-\(number)"
        }
        return Slug.make(title)
    }
}
