/// Something that makes a skills framework unusable, naming the items involved.
public struct FrameworkProblem: Sendable, Equatable, CustomStringConvertible {
    public enum Kind: Sendable, Equatable {
        /// Several items (or levels) share one identifier.
        case duplicateID(String)
        /// Several items share one code; `items` are their identifiers.
        case duplicateCode(String, items: [String])
        /// Several levels share one key.
        case duplicateLevelKey(String)
        /// `item`'s parent `parent` is not an item of the framework.
        case danglingParent(item: String, parent: String)
        /// `item` relates to `target`, which is not an item of the framework.
        case danglingRelated(item: String, target: String)
        /// `item` names a level key the framework does not define.
        case unknownLevel(item: String, level: String)
        /// The parent links of these items form a cycle, in order (each is the parent of the one before).
        case cycle(items: [String])
        /// A required text is missing in the framework's default language.
        case missingDefaultText(item: String, field: String)
    }

    public let kind: Kind

    public init(_ kind: Kind) { self.kind = kind }

    public var description: String {
        switch kind {
        case .duplicateID(let id): "the identifier \"\(id)\" is used more than once"
        case .duplicateCode(let code, let items):
            "the code \"\(code)\" is used by several items: \(items.map { "\"\($0)\"" }.joined(separator: ", "))"
        case .duplicateLevelKey(let key): "the level key \"\(key)\" is used more than once"
        case .danglingParent(let item, let parent): "item \"\(item)\" has parent \"\(parent)\", which is not in the framework"
        case .danglingRelated(let item, let target): "item \"\(item)\" is related to \"\(target)\", which is not in the framework"
        case .unknownLevel(let item, let level): "item \"\(item)\" names level \"\(level)\", which the framework does not define"
        case .cycle(let items):
            "the parent links form a cycle: " + (items + items.prefix(1)).map { "\"\($0)\"" }.joined(separator: " → ")
        case .missingDefaultText(let item, let field): "\"\(item)\" has no \(field) in the framework's default language"
        }
    }
}

/// A framework that did not pass `SkillsFramework.validate()`; `problems` lists every problem found.
public struct FrameworkValidationError: Error, Sendable, Equatable, CustomStringConvertible {
    public let problems: [FrameworkProblem]

    public init(problems: [FrameworkProblem]) { self.problems = problems }

    public var description: String {
        "the skills framework is not valid:\n" + problems.map { "- \($0)" }.joined(separator: "\n")
    }
}
