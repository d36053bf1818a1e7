/// The Value Expansion algorithm (JSON-LD 1.1 API §5.3): a scalar under a term becomes a value object or,
/// with `@type: @id`/`@vocab`, a node reference.
extension JSONLDRun {
    func expandValue(_ context: ActiveContext, _ definition: TermDefinition?, _ value: JSON) throws(JSONLDError) -> ExpandedItem? {
        let typeMapping = definition?.typeMapping
        let typeKeyword = definition?.typeKeyword
        if case .string(let string) = value, typeKeyword == .id || typeKeyword == .vocab {
            guard let id = IRIExpansion.expand(string, in: context.data, documentRelative: true, vocab: typeKeyword == .vocab) else {
                try unsafe("the IRI \"\(string)\" has the form of a keyword and would be dropped")
                return nil
            }
            if safeMode, !IRIExpansion.isAbsoluteOrBlank(id) {
                throw JSONLDError(.safeModeViolation, "the IRI \"\(string)\" does not expand to an absolute IRI")
            }
            nodeIDs.append(id)
            return .node(ExpandedNode(id: id))
        }
        var result = ExpandedValue(value: value)
        if let typeMapping, typeKeyword != .id, typeKeyword != .vocab, typeKeyword != .none_ {
            result.type = typeMapping
        } else if case .string = value {
            let language: String? = if let mapped = definition?.language { mapped } else { context.data.defaultLanguage }
            let direction: BaseDirection? = if let mapped = definition?.direction { mapped } else { context.data.defaultDirection }
            result.language = language
            result.direction = direction?.spelling
        }
        return .value(result)
    }
}
