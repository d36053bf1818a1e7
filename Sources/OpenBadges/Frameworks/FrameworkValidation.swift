extension SkillsFramework {
    /// Every problem that makes the framework unusable, in a stable order: duplicate identifiers, codes
    /// and level keys; parents, related items and levels that do not exist; cycles in the parent links.
    public func problems() -> [FrameworkProblem] {
        var problems: [FrameworkProblem] = []
        var ids: [String: Int] = [:]
        for id in items.map(\.id) + levels.map(\.id) { ids[id, default: 0] += 1 }
        for id in ids.keys.sorted(by: Self.byteOrder) where (ids[id] ?? 0) > 1 { problems.append(.init(.duplicateID(id))) }

        var codes: [String: [String]] = [:]
        for item in items { if let code = item.code { codes[code, default: []].append(item.id) } }
        for code in codes.keys.sorted(by: Self.byteOrder) {
            if let owners = codes[code], owners.count > 1 { problems.append(.init(.duplicateCode(code, items: owners))) }
        }

        var levelKeys: [String: Int] = [:]
        for level in levels { levelKeys[level.key, default: 0] += 1 }
        for key in levelKeys.keys.sorted(by: Self.byteOrder) where (levelKeys[key] ?? 0) > 1 {
            problems.append(.init(.duplicateLevelKey(key)))
        }

        let itemIDs = Set(items.map(\.id))
        for item in items {
            if let parent = item.parent, !itemIDs.contains(parent) {
                problems.append(.init(.danglingParent(item: item.id, parent: parent)))
            }
            for target in item.related where !itemIDs.contains(target) {
                problems.append(.init(.danglingRelated(item: item.id, target: target)))
            }
            for level in item.levels where levelKeys[level] == nil {
                problems.append(.init(.unknownLevel(item: item.id, level: level)))
            }
            if item.name[defaultLanguage] == nil {
                problems.append(.init(.missingDefaultText(item: item.id, field: "name")))
            }
        }
        if title[defaultLanguage] == nil { problems.append(.init(.missingDefaultText(item: id, field: "title"))) }
        problems += cycles().map { FrameworkProblem(.cycle(items: $0)) }
        return problems
    }

    /// Throws when `problems()` finds anything.
    public func validate() throws(FrameworkValidationError) {
        let found = problems()
        if !found.isEmpty { throw FrameworkValidationError(problems: found) }
    }

    /// Each cycle of parent links once, starting at its byte-smallest item. Iterative (a framework is
    /// input, and a deep chain must not exhaust the stack): every item has at most one parent, so
    /// following parents from each unvisited item either ends, meets a finished path, or loops.
    func cycles() -> [[String]] {
        var parentOf: [String: String] = [:]
        for item in items where parentOf[item.id] == nil { parentOf[item.id] = item.parent }
        var state: [String: Int] = [:]  // absent: unseen; 1: on the current path; 2: finished
        var found: [[String]] = []
        for start in items.map(\.id) where state[start] == nil {
            var path: [String] = []
            var current: String? = start
            while let node = current, state[node] == nil {
                state[node] = 1
                path.append(node)
                current = parentOf[node]
            }
            if let node = current, state[node] == 1, let loopStart = path.firstIndex(of: node) {
                var loop = Array(path[loopStart...])
                if let smallest = loop.indices.min(by: { Self.byteOrder(loop[$0], loop[$1]) }) {
                    loop = Array(loop[smallest...] + loop[..<smallest])
                }
                found.append(loop)
            }
            for node in path { state[node] = 2 }
        }
        return found
    }

    static func byteOrder(_ a: String, _ b: String) -> Bool { a.utf8.lexicographicallyPrecedes(b.utf8) }
}
