/// The header's column titles, and how a ``ColumnReference`` finds its column among them.
struct HeaderIndex {
    /// Titles as written, trimmed.
    let names: [String]
    private let exact: [String: [Int]]
    private let loose: [String: [Int]]

    init(_ fields: [String]) {
        names = fields.map(TextNormalization.trimmed)
        var exact: [String: [Int]] = [:]
        var loose: [String: [Int]] = [:]
        for (index, name) in names.enumerated() where !name.isEmpty {
            // Swift's String hashing and equality already ignore the NFC/NFD difference.
            exact[name, default: []].append(index)
            loose[TextNormalization.headerKey(name), default: []].append(index)
        }
        self.exact = exact
        self.loose = loose
    }

    var count: Int { names.count }

    /// The 0-based index of the column, preferring an exact title match over one that ignores case and
    /// spacing; more than one match is an error rather than a guess.
    func resolve(_ reference: ColumnReference, at pointer: JSONPointer) throws(MappingError) -> Int {
        switch reference {
        case .position(let position):
            guard position >= 1, position <= names.count else {
                throw MappingError(.columnOutOfRange(position, columnCount: names.count), at: pointer)
            }
            return position - 1
        case .header(let name):
            let wanted = TextNormalization.trimmed(name)
            let matches = exact[wanted] ?? loose[TextNormalization.headerKey(wanted)] ?? []
            guard let first = matches.first else { throw MappingError(.columnNotFound(name), at: pointer) }
            guard matches.count == 1 else {
                throw MappingError(.ambiguousColumn(name, positions: matches.map { $0 + 1 }), at: pointer)
            }
            return first
        }
    }

    /// How a mapping shown to a person should name the column: by title when the title is unique.
    func reference(for index: Int) -> ColumnReference {
        let name = names[index]
        if !name.isEmpty, exact[name]?.count == 1 { return .header(name) }
        return .position(index + 1)
    }

    /// A column's name for messages: its title, or its position when it has none.
    func label(_ index: Int) -> String {
        names[index].isEmpty ? "column \(index + 1)" : "\"\(names[index])\" (column \(index + 1))"
    }
}
