/// Immutable heap storage that lets a value type contain itself (a `Profile`'s `parentOrg` is a `Profile`).
final class Indirect<Value: Sendable & Equatable>: Sendable, Equatable {
    let value: Value

    init(_ value: Value) { self.value = value }

    static func == (lhs: Indirect, rhs: Indirect) -> Bool { lhs === rhs || lhs.value == rhs.value }
}
