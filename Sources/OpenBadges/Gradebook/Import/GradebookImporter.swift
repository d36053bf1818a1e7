/// Imports a gradebook export (Moodle, Open edX, or Laurel's generic CSV) as ``LearnerRecord``s.
///
/// The header decides the format (unless the mapping names it), the format's preset proposes a mapping,
/// and ``mapping`` (typically an achievement's `gradebook` member, with any command-line `--map`
/// arguments merged over it) overrides the proposal. Every data row is then read on its own: a malformed
/// row or cell is reported in ``GradebookImport/issues`` and never stops the others. A learner identifier
/// that appears in several rows keeps all of those rows out, since there is no telling which is right.
public struct GradebookImporter: Sendable {
    public var mapping: GradebookMapping
    public var limits: CSVLimits

    public init(mapping: GradebookMapping = GradebookMapping(), limits: CSVLimits = .default) {
        self.mapping = mapping
        self.limits = limits
    }

    /// Imports CSV bytes; `file` names the file in issues and errors.
    public func importCSV(_ bytes: [UInt8], file: String) throws(GradebookError) -> GradebookImport {
        let table: CSVTable
        do throws(CSVError) {
            table = try CSVReader(delimiter: mapping.delimiter, limits: limits).read(bytes)
        } catch {
            throw GradebookError(file: file, .csv(error))
        }
        return try importTable(table, file: file)
    }

    /// Imports a table already read by ``CSVReader``.
    public func importTable(_ table: CSVTable, file: String) throws(GradebookError) -> GradebookImport {
        let header = HeaderIndex(table.header.fields)
        let format = mapping.format ?? GradebookFormat.detect(header: header.names)
        let proposal = format.proposeMapping(header: header.names)
        let resolved: ResolvedMapping
        let cells: CellReader
        do throws(MappingError) {
            resolved = try ResolvedMapping(explicit: mapping, proposal: proposal, header: header)
            cells = try CellReader(mapping: mapping)
        } catch {
            throw GradebookError(file: file, .mapping(error))
        }

        let reader = RowReader(mapping: resolved, cells: cells, file: file)
        var issues = table.issues.map { issue in
            GradebookIssue(code: issue.code, message: issue.message,
                           location: RowReader.location(file, row: issue.position.row, column: issue.position.column))
        }
        var candidates: [LearnerRecord] = []
        // Every row that names a learner, readable or not: a duplicate of a rejected row is still a duplicate.
        var rowsByLearner: [String: [Int]] = [:]
        var learnerOrder: [String] = []
        for record in table.records {
            // CSVReader gives every record the header's width; a table built by hand may not.
            guard record.fields.count == header.count else {
                let reason: CSVRowIssue.Reason = record.fields.count < header.count
                    ? .tooFewFields(found: record.fields.count, expected: header.count)
                    : .tooManyFields(found: record.fields.count, expected: header.count)
                let issue = CSVRowIssue(reason, at: CSVPosition(row: record.row, line: record.line, byteOffset: 0))
                issues.append(GradebookIssue(code: issue.code, message: issue.message,
                                             location: RowReader.location(file, row: record.row, column: nil)))
                continue
            }
            let (learner, problems) = reader.read(record)
            issues += problems
            let id = TextNormalization.cleaned(record.fields[resolved.id])
            if !id.isEmpty {
                let key = Self.identityKey(id)
                if rowsByLearner[key] == nil { learnerOrder.append(key) }
                rowsByLearner[key, default: []].append(record.row)
            }
            if let learner { candidates.append(learner) }
        }

        var duplicated: Set<String> = []
        for key in learnerOrder {
            guard let rows = rowsByLearner[key], rows.count > 1 else { continue }
            duplicated.insert(key)
            let listed = rows.dropLast().map(String.init).joined(separator: ", ") + " and \(rows[rows.count - 1])"
            let shown = table.records.first { $0.row == rows[0] }.map { TextNormalization.cleaned($0.fields[resolved.id]) } ?? key
            issues.append(GradebookIssue(
                code: "learner.duplicate_id",
                message: "the learner identifier \"\(shown)\" appears in rows \(listed); none of them is imported",
                location: RowReader.location(file, row: rows[1], column: resolved.id + 1),
                relatedRows: rows.filter { $0 != rows[1] }))
        }
        let records = candidates.filter { !duplicated.contains(Self.identityKey($0.id)) }
        issues.sort { ($0.location.row, $0.location.column ?? 0) < ($1.location.row, $1.location.column ?? 0) }

        let unmapped = header.names.indices.filter { !resolved.isUsed($0) && !header.names[$0].isEmpty }.map { header.names[$0] }
        return GradebookImport(records: records, issues: issues, format: format, delimiter: table.delimiter,
                               mapping: resolved.mapping(header: header, options: mapping, format: format,
                                                         delimiter: table.delimiter),
                               unmappedColumns: unmapped, rowsRead: table.records.count + table.issues.count)
    }

    /// Identifiers are compared ignoring case and Unicode spelling: "Ana@Example.org" and
    /// "ana@example.org", or "José" typed two ways, are one learner.
    static func identityKey(_ id: String) -> String { TextNormalization.nfc(id.lowercased()) }
}
