/// French criteria wording. French typography puts a narrow no-break space (U+202F) before `:` and `;`
/// and inside guillemets; it is written here so that a line never breaks there.
struct FrenchPhrasebook: CriteriaPhrasebook {
    let language = "fr"
    static let space = "\u{202F}"

    func quote(_ name: String) -> String { "«\(Self.space)\(name)\(Self.space)»" }

    func list(_ items: [String]) -> String {
        switch items.count {
        case 0: ""
        case 1: items[0]
        default: items.dropLast().joined(separator: ", ") + " et " + (items.last ?? "")
        }
    }

    var colon: String { Self.space + ":" }
    var semicolon: String { Self.space + ";" }

    /// French counts 0 and 1 as singular.
    func noun(_ count: Int, _ one: String, _ many: String) -> String { "\(count) \(count <= 1 ? one : many)" }

    /// "1 requise", "6 requises" (for feminine nouns: séances, évaluations, conditions).
    func required(_ count: Int) -> String { count <= 1 ? "\(count) requise" : "\(count) requises" }

    var intro: String { "Pour obtenir ce badge, la personne apprenante doit" + colon }
    var allOfLead: String { "remplir toutes les conditions suivantes" + colon }
    var anyOfLead: String { "remplir au moins l'une des conditions suivantes" + colon }
    func atLeastLead(_ count: Int) -> String {
        count == 1 ? anyOfLead : "remplir au moins \(count) des conditions suivantes" + colon
    }

    func attendance(count: Int, total: Int, recordingsCount: Bool) -> String {
        let base = count == total
            ? (total == 1 ? "assister à la séance en direct" : "assister aux \(total) séances en direct")
            : "assister à au moins \(count) des \(total) séances en direct"
        return recordingsCount ? base + " (regarder l'enregistrement d'une séance compte comme une présence)" : base
    }

    func assignment(name: String, level: String) -> String {
        "obtenir au moins \(quote(level)) au devoir \(quote(name))"
    }

    func assignments(names: [String], count: Int?, level: String) -> String {
        let quoted = list(names.map(quote))
        if let count, count < names.count {
            return "obtenir au moins \(quote(level)) à au moins \(count) des devoirs \(quoted)"
        }
        return "obtenir au moins \(quote(level)) à chacun des devoirs \(quoted)"
    }

    func finalProject(name: String, level: String) -> String {
        "obtenir au moins \(quote(level)) au projet final \(quote(name))"
    }

    func peerReviews(count: Int) -> String {
        "rédiger au moins " + noun(count, "évaluation par les pairs", "évaluations par les pairs")
    }

    var bestGradeCounts: String { "Un travail peut être soumis de nouveau" + semicolon + " la meilleure note compte." }

    func attendanceReason(counted: Int, watched: Int, total: Int, needed: Int, recordingsCount: Bool) -> String {
        var text = recordingsCount
            ? "\(noun(counted, "séance suivie", "séances suivies")) sur \(total), en direct ou en enregistrement\(semicolon) \(required(needed))"
            : "a assisté à \(noun(counted, "séance", "séances")) sur \(total)\(semicolon) \(required(needed))"
        if !recordingsCount && watched > 0 {
            text += " (\(noun(watched, "enregistrement regardé", "enregistrements regardés")), que cette règle ne compte pas)"
        }
        return text
    }

    func gradedReason(name: String, best: String?, unrecognized: [String]?, level: String) -> String {
        let standing: String
        if let best {
            standing = "meilleure note \(best)"
        } else if let unrecognized {
            standing = "la note \(list(unrecognized.map(quote))) ne correspond à aucun niveau"
        } else {
            standing = "non noté"
        }
        return "\(quote(name))\(colon) \(standing)\(semicolon) au moins \(level) requis"
    }

    func assignmentsReason(met: Int, total: Int, needed: Int, level: String, notGraded: [String]) -> String {
        let have = met <= 1 ? "a" : "ont"
        var text = "\(noun(met, "devoir", "devoirs")) sur \(total) \(have) au moins \(level)\(semicolon) \(needed) requis"
        if !notGraded.isEmpty { text += "\(semicolon) non notés\(colon) \(list(notGraded.map(quote)))" }
        return text
    }

    func peerReviewsReason(given: Int?, needed: Int) -> String {
        guard let given else { return "aucune évaluation par les pairs enregistrée\(semicolon) \(required(needed))" }
        return "a rédigé \(noun(given, "évaluation par les pairs", "évaluations par les pairs"))\(semicolon) \(required(needed))"
    }

    func groupReason(kind: CriteriaGroupKind, met: Int, total: Int, needed: Int) -> String {
        let fulfilled = met <= 1 ? "remplie" : "remplies"
        switch kind {
        case .allOf: return "\(noun(met, "condition", "conditions")) sur \(total) \(fulfilled)\(semicolon) toutes requises"
        case .anyOf: return "\(noun(met, "option", "options")) sur \(total) \(fulfilled)\(semicolon) 1 requise"
        case .atLeast: return "\(noun(met, "condition", "conditions")) sur \(total) \(fulfilled)\(semicolon) \(required(needed))"
        }
    }
}
