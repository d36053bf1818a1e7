/// A mapping fitted to one header: every reference turned into a column index, the preset's proposal and
/// the given mapping merged, and every column used at most once.
struct ResolvedMapping {
    enum Name {
        case full(Int)
        case parts(given: Int, family: Int)
    }

    struct Assignment {
        var key: String
        var columns: [Int]
        var expect: GradeExpectation
    }

    struct Session {
        var key: String
        var column: Int
    }

    var id: Int
    var name: Name?
    var email: Int?
    var language: Int?
    var defaultLanguage: String?
    var assignments: [Assignment] = []
    var sessions: [Session] = []
    var peerReviews: Int?
    /// Columns read, and what for (for "already mapped" messages and the unmapped-column list).
    private(set) var uses: [Int: String] = [:]

    /// Resolves `explicit` (whose errors are the user's to fix, so they throw) and then fills in from
    /// `proposal` (whose entries are dropped where they would clash with an explicit one).
    init(explicit: GradebookMapping, proposal: GradebookMapping, header: HeaderIndex) throws(MappingError) {
        var builder = Builder(header: header)
        let learner = JSONPointer.root.appending("learner")

        // What the given mapping says.
        let id = try explicit.learner.id.map { r throws(MappingError) in
            try builder.claim(r, use: "as learner.id", at: learner.appending("id")) }
        var name: Name?
        switch explicit.learner.name {
        case .full(let column)?:
            name = .full(try builder.claim(column, use: "as learner.name", at: learner.appending("name")))
        case .parts(let given, let family)?:
            name = .parts(given: try builder.claim(given, use: "as learner.givenName", at: learner.appending("givenName")),
                          family: try builder.claim(family, use: "as learner.familyName", at: learner.appending("familyName")))
        case nil: break
        }
        var email: Int?
        if let reference = explicit.learner.email {
            let index = try header.resolve(reference, at: learner.appending("email"))
            // One column commonly serves as both identifier and e-mail address.
            email = index == id ? index : try builder.claim(reference, use: "as learner.email", at: learner.appending("email"))
        }
        let language = try explicit.learner.preferredLanguage.map { r throws(MappingError) in
            try builder.claim(r, use: "as learner.preferredLanguage", at: learner.appending("preferredLanguage")) }
        let peer = try explicit.peerReviews.map { r throws(MappingError) in
            try builder.claim(r, use: "as peerReviews", at: JSONPointer.root.appending("peerReviews")) }
        var assignments: [Assignment] = []
        var assignmentKeys: Set<String> = []
        for assignment in explicit.assignments {
            let pointer = JSONPointer.root.appending("assignments").appending(assignment.key)
            // A mapping built in code skips the JSON reader's checks; the keys reach the records.
            guard MappingSyntax.isValidKey(assignment.key) else { throw MappingError(.invalidKey(assignment.key), at: pointer) }
            guard !assignment.columns.isEmpty else {
                throw MappingError(.invalidValue("an assignment needs at least one column"), at: pointer)
            }
            guard assignmentKeys.insert(assignment.key).inserted else {
                throw MappingError(.duplicateTarget("the assignment \(assignment.key)"), at: pointer)
            }
            var columns: [Int] = []
            for (i, column) in assignment.columns.enumerated() {
                let at = assignment.columns.count == 1 ? pointer : pointer.appending(i)
                columns.append(try builder.claim(column, use: "as assignments/\(assignment.key)", at: at))
            }
            assignments.append(Assignment(key: assignment.key, columns: columns, expect: assignment.expect))
        }
        var sessions: [Session] = []
        var sessionKeys: Set<String> = []
        for session in explicit.sessions {
            let pointer = JSONPointer.root.appending("sessions").appending(session.key)
            guard MappingSyntax.isValidKey(session.key) else { throw MappingError(.invalidKey(session.key), at: pointer) }
            guard sessionKeys.insert(session.key).inserted else {
                throw MappingError(.duplicateTarget("the session \(session.key)"), at: pointer)
            }
            sessions.append(Session(key: session.key,
                                    column: try builder.claim(session.column, use: "as sessions/\(session.key)", at: pointer)))
        }

        // What the preset proposes, where the given mapping is silent and the column is free.
        self.id = id ?? builder.propose(proposal.learner.id, use: "as learner.id") ?? -1
        if name == nil {
            switch proposal.learner.name {
            case .full(let column)?:
                name = builder.propose(column, use: "as learner.name").map(Name.full)
            case .parts(let given, let family)?:
                if let g = builder.propose(given, use: "as learner.givenName") {
                    if let f = builder.propose(family, use: "as learner.familyName") {
                        name = .parts(given: g, family: f)
                    } else {
                        builder.release(g)
                    }
                }
            case nil: break
            }
        }
        if email == nil, let reference = proposal.learner.email, let index = try? header.resolve(reference, at: .root) {
            email = index == self.id ? index : builder.propose(reference, use: "as learner.email")
        }
        self.name = name
        self.email = email
        self.language = language ?? builder.propose(proposal.learner.preferredLanguage, use: "as learner.preferredLanguage")
        if let tag = explicit.learner.defaultLanguage {
            guard let normalized = LanguageTag.normalize(tag) else {
                throw MappingError(.invalidValue("\"\(tag)\" is not a BCP 47 language tag such as es or pt-BR"),
                                   at: learner.appending("defaultLanguage"))
            }
            self.defaultLanguage = normalized
        } else {
            self.defaultLanguage = proposal.learner.defaultLanguage
        }
        self.peerReviews = peer ?? builder.propose(proposal.peerReviews, use: "as peerReviews")
        if !explicit.onlyListed {
            for assignment in proposal.assignments where !assignmentKeys.contains(assignment.key) {
                let indices = assignment.columns.compactMap { try? header.resolve($0, at: .root) }
                guard indices.count == assignment.columns.count, indices.allSatisfy({ builder.isFree($0) }) else { continue }
                for index in indices { builder.use(index, "as assignments/\(assignment.key)") }
                assignments.append(Assignment(key: assignment.key, columns: indices, expect: assignment.expect))
            }
            for session in proposal.sessions where !sessionKeys.contains(session.key) {
                if let index = builder.propose(session.column, use: "as sessions/\(session.key)") {
                    sessions.append(Session(key: session.key, column: index))
                }
            }
        }
        self.assignments = assignments
        self.sessions = sessions
        if self.id < 0 {
            // Without an identifier column, the e-mail address identifies the learner.
            guard let email else { throw MappingError(.noLearnerIdColumn, at: learner.appending("id")) }
            self.id = email
        }
        uses = builder.uses
        uses[self.id] = uses[self.id] ?? "as learner.id"
    }

    /// The mapping as applied, with columns named as the header names them.
    func mapping(header: HeaderIndex, options: GradebookMapping, format: GradebookFormat,
                 delimiter: CSVDelimiter) -> GradebookMapping {
        var out = GradebookMapping(format: format, delimiter: delimiter, decimalSeparator: options.decimalSeparator,
                                   attemptSeparator: options.attemptSeparator, levels: options.levels,
                                   attendanceValues: options.attendanceValues, noGradeValues: options.noGradeValues,
                                   onlyListed: options.onlyListed)
        out.learner.id = header.reference(for: id)
        switch name {
        case .full(let index)?: out.learner.name = .full(header.reference(for: index))
        case .parts(let given, let family)?:
            out.learner.name = .parts(given: header.reference(for: given), family: header.reference(for: family))
        case nil: break
        }
        out.learner.email = email.map(header.reference)
        out.learner.preferredLanguage = language.map(header.reference)
        out.learner.defaultLanguage = defaultLanguage
        out.assignments = assignments.map {
            AssignmentColumns(key: $0.key, columns: $0.columns.map(header.reference), expect: $0.expect)
        }
        out.sessions = sessions.map { SessionColumn(key: $0.key, column: header.reference(for: $0.column)) }
        out.peerReviews = peerReviews.map(header.reference)
        return out
    }

    func isUsed(_ index: Int) -> Bool { uses[index] != nil }

    /// Tracks which column each entry took.
    private struct Builder {
        let header: HeaderIndex
        var uses: [Int: String] = [:]

        mutating func claim(_ reference: ColumnReference, use: String, at pointer: JSONPointer) throws(MappingError) -> Int {
            let index = try header.resolve(reference, at: pointer)
            if let first = uses[index] {
                throw MappingError(.columnUsedTwice(column: header.label(index), firstUse: first), at: pointer)
            }
            uses[index] = use
            return index
        }

        /// The proposed column, if it exists and is still free.
        mutating func propose(_ reference: ColumnReference?, use: String) -> Int? {
            guard let reference, let index = try? header.resolve(reference, at: .root), uses[index] == nil else { return nil }
            uses[index] = use
            return index
        }

        func isFree(_ index: Int) -> Bool { uses[index] == nil }

        mutating func use(_ index: Int, _ use: String) { uses[index] = use }

        mutating func release(_ index: Int) { uses[index] = nil }
    }
}
