/// The Generate Blank Node Identifier algorithm (JSON-LD 1.1 API §7.4): `_:b0`, `_:b1`, … per call, and
/// document blank node identifiers relabelled consistently.
final class BlankNodeIssuer {
    private var counter = 0
    private var issued: [ByteKey: String] = [:]

    /// A new identifier, or the one already issued for `identifier`.
    func issue(_ identifier: String? = nil) -> String {
        if let identifier, let existing = issued[ByteKey(identifier)] { return existing }
        let fresh = "_:b" + String(counter)
        counter += 1
        if let identifier { issued[ByteKey(identifier)] = fresh }
        return fresh
    }
}
