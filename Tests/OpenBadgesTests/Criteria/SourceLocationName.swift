import Testing

/// OpenBadges now has its own `SourceLocation` (a place in a gradebook file, used by `LearnerRecord`),
/// which makes the bare name ambiguous next to Swift Testing's in this test target (the baking helpers'
/// `sourceLocation: SourceLocation = #_sourceLocation` stopped compiling). Inside the test target the
/// bare name means Swift Testing's; tests that need the gradebook one write `OpenBadges.SourceLocation`.
typealias SourceLocation = Testing.SourceLocation
