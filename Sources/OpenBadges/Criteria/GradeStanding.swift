/// Where a learner's attempts at one assignment leave them: the best level reached, or why there is none.
public enum GradeStanding: Sendable, Equatable {
    /// No attempt is recorded.
    case notGraded
    /// The best attempt reached the level at `rank` of the scale (its key is `key`); `attempts` counts
    /// every recorded attempt, resubmissions included.
    case level(key: String, rank: Int, attempts: Int)
    /// Attempts exist but none maps to a level: a number below every threshold or on a scale without
    /// thresholds, or a level key the rubric does not have. `grades` are the attempts as written.
    case unrecognized(grades: [String])

    /// The best of `attempts` on `scale`: resubmission is allowed, so the highest level counts, however
    /// the attempts are ordered.
    public static func best(of attempts: [Grade], on scale: RubricScale) -> GradeStanding {
        guard !attempts.isEmpty else { return .notGraded }
        var best: Int?
        for attempt in attempts {
            let rank: Int?
            switch attempt {
            case .score(let score): rank = scale.rank(ofScore: score)
            case .level(let key): rank = scale.rank(of: key)
            }
            if let rank, rank > (best ?? -1) { best = rank }
        }
        guard let best, scale.levels.indices.contains(best) else {
            return .unrecognized(grades: attempts.map(Self.text))
        }
        return .level(key: scale.levels[best].key, rank: best, attempts: attempts.count)
    }

    /// True when the standing reaches `rank` or above.
    public func reaches(_ rank: Int) -> Bool {
        if case .level(_, let reached, _) = self { return reached >= rank }
        return false
    }

    static func text(_ grade: Grade) -> String {
        switch grade {
        case .score(let score):
            if let number = JSONNumber(exactly: score) { return number.literal }
            return "\(score)"
        case .level(let key): return key
        }
    }
}
