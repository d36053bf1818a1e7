/// Spanish criteria wording.
struct SpanishPhrasebook: CriteriaPhrasebook {
    let language = "es"

    func quote(_ name: String) -> String { "«\(name)»" }

    func list(_ items: [String]) -> String {
        switch items.count {
        case 0: ""
        case 1: items[0]
        default: items.dropLast().joined(separator: ", ") + " y " + (items.last ?? "")
        }
    }

    /// "se necesita 1", "se necesitan 6".
    func needed(_ count: Int) -> String { count == 1 ? "se necesita 1" : "se necesitan \(count)" }

    let intro = "Para obtener este logro, la persona participante debe:"
    let allOfLead = "cumplir todo lo siguiente:"
    let anyOfLead = "cumplir al menos una de las siguientes condiciones:"
    func atLeastLead(_ count: Int) -> String {
        count == 1 ? "cumplir al menos una de las siguientes condiciones:" : "cumplir al menos \(count) de las siguientes condiciones:"
    }

    func attendance(count: Int, total: Int, recordingsCount: Bool) -> String {
        let base = count == total
            ? (total == 1 ? "asistir a la sesión en directo" : "asistir a las \(total) sesiones en directo")
            : "asistir al menos a \(count) de las \(total) sesiones en directo"
        return recordingsCount ? base + " (ver la grabación de una sesión cuenta como asistencia)" : base
    }

    func assignment(name: String, level: String) -> String {
        "obtener al menos \(quote(level)) en la tarea \(quote(name))"
    }

    func assignments(names: [String], count: Int?, level: String) -> String {
        let quoted = list(names.map(quote))
        if let count, count < names.count {
            return "obtener al menos \(quote(level)) en al menos \(count) de las tareas \(quoted)"
        }
        return "obtener al menos \(quote(level)) en cada una de las tareas \(quoted)"
    }

    func finalProject(name: String, level: String) -> String {
        "obtener al menos \(quote(level)) en el proyecto final \(quote(name))"
    }

    func peerReviews(count: Int) -> String {
        count == 1 ? "hacer al menos 1 revisión entre pares" : "hacer al menos \(count) revisiones entre pares"
    }

    let bestGradeCounts = "Los trabajos se pueden volver a entregar; cuenta la mejor calificación."

    func attendanceReason(counted: Int, watched: Int, total: Int, needed: Int, recordingsCount: Bool) -> String {
        let verb = recordingsCount ? "asistió o vio la grabación de" : "asistió a"
        var text = "\(verb) \(counted) de \(total) sesiones; \(self.needed(needed))"
        if !recordingsCount && watched > 0 {
            text += watched == 1 ? " (vio 1 grabación, que esta regla no cuenta)" : " (vio \(watched) grabaciones, que esta regla no cuenta)"
        }
        return text
    }

    func gradedReason(name: String, best: String?, unrecognized: [String]?, level: String) -> String {
        let standing: String
        if let best {
            standing = "mejor calificación \(best)"
        } else if let unrecognized {
            standing = "la calificación \(list(unrecognized.map(quote))) no corresponde a ningún nivel"
        } else {
            standing = "sin calificar"
        }
        return "\(quote(name)): \(standing); se necesita al menos \(level)"
    }

    func assignmentsReason(met: Int, total: Int, needed: Int, level: String, notGraded: [String]) -> String {
        var text = "\(met) de \(total) tareas con al menos \(level); \(self.needed(needed))"
        if !notGraded.isEmpty { text += "; sin calificar: \(list(notGraded.map(quote)))" }
        return text
    }

    func peerReviewsReason(given: Int?, needed: Int) -> String {
        guard let given else { return "no consta ninguna revisión entre pares; \(self.needed(needed))" }
        let done = given == 1 ? "hizo 1 revisión entre pares" : "hizo \(given) revisiones entre pares"
        return "\(done); \(self.needed(needed))"
    }

    func groupReason(kind: CriteriaGroupKind, met: Int, total: Int, needed: Int) -> String {
        let verb = met == 1 ? "se cumple" : "se cumplen"
        switch kind {
        case .allOf: return "\(verb) \(met) de \(total) requisitos; se necesitan todos"
        case .anyOf: return "\(verb) \(met) de \(total) opciones; se necesita 1"
        case .atLeast: return "\(verb) \(met) de \(total) requisitos; \(self.needed(needed))"
        }
    }
}
