/// `$ref` and `$recursiveRef`.
extension SchemaEvaluator {
    /// Applies the referenced subschema in place. Re-entering a subschema that is already being
    /// evaluated at this same instance location can only recurse forever, so it stops the evaluation.
    mutating func evaluateReference(_ keyword: String, target: Int, of node: SchemaNode, _ instance: JSON,
                                    _ outcome: inout SchemaOutcome, collectProperties: Bool, collectItems: Bool) -> Bool {
        let instanceDepth = self.instanceDepth
        for entry in references.reversed() {
            guard entry.instanceDepth == instanceDepth else { break }
            if entry.node == target {
                stop(keyword, of: node, "validation stopped: \(keyword) re-enters \(set.nodes[target].location) without consuming any of the instance (a reference cycle)")
                return false
            }
        }
        references.append((target, instanceDepth))
        defer { references.removeLast() }
        let result = evaluate(target, instance, keyword: .name(keyword), collectProperties: collectProperties,
                              collectItems: collectItems)
        if result.valid { outcome.absorb(result) }
        return result.valid
    }

    /// Draft 2019-09 §8.2.4.2: when the statically resolved target is the root of a resource with
    /// `"$recursiveAnchor": true`, the target becomes the outermost resource in the dynamic scope that
    /// also has `"$recursiveAnchor": true`.
    func recursiveTarget(_ initial: Int) -> Int {
        let resource = set.resources[set.nodes[initial].resource]
        guard resource.recursiveAnchor, resource.rootNode == initial else { return initial }
        for scope in dynamicScope where set.resources[scope].recursiveAnchor {
            let root = set.resources[scope].rootNode
            if root >= 0 { return root }
        }
        return initial
    }
}
