import OpenBadges

/// The Partnership Building course as a `CourseOutline`, written out in code (independently of the
/// example YAML), for rule tests.
enum CriteriaSamples {
    static let rubric = RubricScale(levels: [
        RubricLevel(key: "poor", name: ["en": "Poor", "es": "Insuficiente", "fr": "Insuffisant", "ar": "ضعيف"], threshold: 0),
        RubricLevel(key: "needs-improvement", name: ["en": "Needs improvement", "es": "Necesita mejorar", "fr": "À améliorer",
                                                     "ar": "يحتاج إلى تحسين"], threshold: 50),
        RubricLevel(key: "good", name: ["en": "Good", "es": "Bien", "fr": "Bien", "ar": "جيد"], threshold: 70),
        RubricLevel(key: "excellent", name: ["en": "Excellent", "es": "Excelente", "fr": "Excellent", "ar": "ممتاز"], threshold: 90),
    ])

    static let assignmentKeys = ["partner-map", "outreach-email", "meeting-plan", "agreement-outline"]

    static let outline = CourseOutline(
        sessions: (1...8).map { "session-\($0)" },
        assignments: [
            CourseAssignment(key: "partner-map", name: ["en": "Partner map", "es": "Mapa de socios", "fr": "Carte des partenaires",
                                                        "ar": "خريطة الشركاء"]),
            CourseAssignment(key: "outreach-email", name: ["en": "Outreach e-mail", "es": "Correo de primer contacto",
                                                           "fr": "Courriel de prise de contact", "ar": "رسالة التواصل الأولى"]),
            CourseAssignment(key: "meeting-plan", name: ["en": "Meeting plan", "es": "Plan de reunión", "fr": "Plan de réunion",
                                                         "ar": "خطة الاجتماع"]),
            CourseAssignment(key: "agreement-outline", name: ["en": "Partnership agreement outline",
                                                              "es": "Esquema del acuerdo de colaboración",
                                                              "fr": "Plan de l'accord de partenariat", "ar": "مخطط اتفاقية الشراكة"]),
            CourseAssignment(key: "final-pitch", name: ["en": "Final pitch", "es": "Presentación final", "fr": "Présentation finale",
                                                        "ar": "العرض النهائي"]),
        ],
        finalProject: "final-pitch",
        rubric: rubric)

    /// The course's criteria: 6 of 8 sessions (recordings count), the four assignments at good, the
    /// final pitch at good, 2 peer reviews.
    static let courseRule = CriteriaRule.allOf([
        .attendance(count: 6, countRecordings: true),
        .assignments(count: nil, of: assignmentKeys, level: "good"),
        .finalProject(level: "good"),
        .peerReviews(count: 2),
    ])

    /// Attendance marks: `attended` sessions live, then `watched` by recording, the rest absent.
    static func attendance(attended: Int, watched: Int = 0) -> [String: Attendance] {
        var marks: [String: Attendance] = [:]
        for index in 1...8 {
            marks["session-\(index)"] = index <= attended ? .attended : index <= attended + watched ? .watchedRecording : .absent
        }
        return marks
    }

    /// Every assignment and the final pitch graded `grade` once.
    static func allGraded(_ grade: Grade) -> [String: [Grade]] {
        var grades: [String: [Grade]] = [:]
        for key in assignmentKeys + ["final-pitch"] { grades[key] = [grade] }
        return grades
    }

    /// A learner who meets every requirement.
    static func complete(_ id: String = "complete") -> LearnerRecord {
        LearnerRecord(id: id, grades: allGraded(.level("good")), attendance: attendance(attended: 8), peerReviewsGiven: 3)
    }
}
