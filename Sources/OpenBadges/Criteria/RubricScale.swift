/// The rubric scale a course grades on, lowest level first (poor, needs improvement, good, excellent).
///
/// Gradebooks give either a level (`good`) or a number (`78`); a number is placed on the scale by the
/// levels' thresholds: it reaches the highest level whose threshold it meets.
public struct RubricScale: Sendable, Equatable {
    public var levels: [RubricLevel]

    public init(levels: [RubricLevel]) { self.levels = levels }

    /// The position of the level with this key (0 for the lowest), comparing keys exactly and then
    /// ignoring ASCII case, since gradebooks are typed by hand.
    public func rank(of key: String) -> Int? {
        if let exact = levels.firstIndex(where: { $0.key.isByteEqual(to: key) }) { return exact }
        let lower = LanguageTag.lowercased(key)
        return levels.firstIndex { LanguageTag.lowercased($0.key) == lower }
    }

    /// The rank a numeric grade reaches: the highest level whose threshold is at most `score`; `nil` when
    /// the score is below every threshold, not finite, or no level has a threshold.
    public func rank(ofScore score: Double) -> Int? {
        guard score.isFinite else { return nil }
        var reached: Int?
        for (index, level) in levels.enumerated() {
            if let threshold = level.threshold, score >= threshold { reached = index }
        }
        return reached
    }

    /// True when some level has a numeric threshold, so numeric grades can be placed on the scale.
    public var acceptsScores: Bool { levels.contains { $0.threshold != nil } }
}

/// One level of a rubric scale.
public struct RubricLevel: Sendable, Equatable {
    /// The key gradebooks and rules use (`good`).
    public var key: String
    public var name: LocalizedText
    public var description: LocalizedText
    /// The lowest numeric grade that reaches this level, if numeric grades map to it.
    public var threshold: Double?

    public init(key: String, name: LocalizedText, description: LocalizedText = LocalizedText(), threshold: Double? = nil) {
        self.key = key
        self.name = name
        self.description = description
        self.threshold = threshold
    }
}
