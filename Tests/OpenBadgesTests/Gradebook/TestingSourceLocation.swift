import Testing

/// `OpenBadges.SourceLocation` (where a learner record came from) and `Testing.SourceLocation` (where a
/// test expectation was written) share a name; inside this test module the name means the latter, which
/// Swift Testing's `#_sourceLocation` defaults need. Gradebook tests read a record's location through its
/// properties and never name the type.
typealias SourceLocation = Testing.SourceLocation
