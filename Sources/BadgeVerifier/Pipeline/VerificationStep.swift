/// One check of the verification pipeline.
///
/// Modelled on composable verifier policies: each step is a small value that looks at the state, adds
/// its findings as checks, and records what it established for later steps. The pipeline for a kind of
/// input is an ordered list of steps; a step that halts the state stops the rest.
public protocol VerificationStep: Sendable {
    func run(_ state: inout VerificationState) async
}

/// Runs steps in order until one halts the state.
public struct VerificationPipeline: Sendable {
    public let steps: [any VerificationStep]

    public init(_ steps: [any VerificationStep]) { self.steps = steps }

    public func run(_ state: inout VerificationState) async {
        for step in steps {
            if state.halted { break }
            await step.run(&state)
        }
    }
}
