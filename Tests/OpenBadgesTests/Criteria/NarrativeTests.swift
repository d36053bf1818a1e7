import OpenBadges
import Testing

@Suite("Criteria narratives and reasons in several languages")
struct NarrativeTests {
    typealias S = CriteriaSamples

    static func narrative(_ language: String, _ rule: CriteriaRule = S.courseRule) -> String {
        CriteriaWording(outline: S.outline, language: language, defaultLanguage: "en").narrative(for: rule)
    }

    /// A learner short of several things: 4 live sessions and 1 recording, a poor partner map, a good
    /// pitch, one peer review.
    static let partial = LearnerRecord(
        id: "partial", grades: ["partner-map": [.score(40)], "final-pitch": [.level("good")]],
        attendance: S.attendance(attended: 4, watched: 1), peerReviewsGiven: 1)

    static func sentences(_ language: String) -> [String] {
        let outcome = CriteriaEvaluator(outline: S.outline, rule: S.courseRule).evaluate(partial)
        let wording = CriteriaWording(outline: S.outline, language: language, defaultLanguage: "en")
        return outcome.flattened.map(wording.sentence(for:))
    }

    @Test("English narrative of the course rule")
    func english() {
        #expect(Self.narrative("en") == """
            To earn this achievement, the learner must:
            1. attend at least 6 of the 8 live sessions (watching a session's recording counts as attending)
            2. have each of the assignments “Partner map”, “Outreach e-mail”, “Meeting plan” and “Partnership agreement outline” graded “Good” or better
            3. have the final project “Final pitch” graded “Good” or better
            4. give at least 2 peer reviews

            Work may be resubmitted; the best grade counts.
            """)
        #expect(Self.sentences("en") == [
            "1 of 4 requirements met; all 4 needed",
            "attended or watched 5 of 8 sessions; 6 needed",
            "0 of 4 assignments graded Good or better; 4 needed; not graded: “Outreach e-mail”, “Meeting plan” and “Partnership agreement outline”",
            "“Final pitch”: best grade Good; Good or better needed",
            "gave 1 peer review; 2 needed",
        ])
    }

    @Test("Spanish narrative and reasons")
    func spanish() {
        #expect(Self.narrative("es") == """
            Para obtener este logro, la persona participante debe:
            1. asistir al menos a 6 de las 8 sesiones en directo (ver la grabación de una sesión cuenta como asistencia)
            2. obtener al menos «Bien» en cada una de las tareas «Mapa de socios», «Correo de primer contacto», «Plan de reunión» y «Esquema del acuerdo de colaboración»
            3. obtener al menos «Bien» en el proyecto final «Presentación final»
            4. hacer al menos 2 revisiones entre pares

            Los trabajos se pueden volver a entregar; cuenta la mejor calificación.
            """)
        #expect(Self.sentences("es-MX") == [
            "se cumple 1 de 4 requisitos; se necesitan todos",
            "asistió o vio la grabación de 5 de 8 sesiones; se necesitan 6",
            "0 de 4 tareas con al menos Bien; se necesitan 4; sin calificar: «Correo de primer contacto», «Plan de reunión» y «Esquema del acuerdo de colaboración»",
            "«Presentación final»: mejor calificación Bien; se necesita al menos Bien",
            "hizo 1 revisión entre pares; se necesitan 2",
        ])
    }

    @Test("French narrative uses French typography")
    func french() {
        let nnbsp = "\u{202F}"
        let text = Self.narrative("fr")
        #expect(text.hasPrefix("Pour obtenir ce badge, la personne apprenante doit\(nnbsp):\n1. assister à au moins 6 des 8 séances en direct"))
        #expect(text.contains("3. obtenir au moins «\(nnbsp)Bien\(nnbsp)» au projet final «\(nnbsp)Présentation finale\(nnbsp)»"))
        #expect(text.hasSuffix("Un travail peut être soumis de nouveau\(nnbsp); la meilleure note compte."))
        #expect(Self.sentences("fr")[1] == "5 séances suivies sur 8, en direct ou en enregistrement\(nnbsp); 6 requises")
        #expect(Self.sentences("fr")[4] == "a rédigé 1 évaluation par les pairs\(nnbsp); 2 requises")
    }

    @Test("Arabic narrative: plain text, right to left by its language tag")
    func arabic() {
        let text = Self.narrative("ar")
        #expect(text == """
            للحصول على هذا الإنجاز، يجب على المتعلّم:
            1. حضور ما لا يقل عن 6 من الجلسات المباشرة البالغ عددها 8 (تُحتسب مشاهدة تسجيل الجلسة حضورًا)
            2. الحصول على تقدير «جيد» على الأقل في كل من الواجبات «خريطة الشركاء» و«رسالة التواصل الأولى» و«خطة الاجتماع» و«مخطط اتفاقية الشراكة»
            3. الحصول على تقدير «جيد» على الأقل في المشروع النهائي «العرض النهائي»
            4. تقديم مراجعات للأقران لا يقل عددها عن 2

            يمكن إعادة تسليم الأعمال، وتُحتسب أفضل درجة.
            """)
        // No bidirectional control characters: the direction comes from `ar`.
        let controls: Set<Unicode.Scalar> = ["\u{200E}", "\u{200F}", "\u{202A}", "\u{202B}", "\u{202C}", "\u{202D}", "\u{202E}",
                                             "\u{2066}", "\u{2067}", "\u{2068}", "\u{2069}"]
        #expect(!text.unicodeScalars.contains { controls.contains($0) })
        #expect(LanguageTag.isRightToLeft("ar") && LanguageTag.isRightToLeft("ar-EG") && !LanguageTag.isRightToLeft("fr"))
        #expect(Self.sentences("ar") == [
            "الشروط المستوفاة: 1 من 4؛ المطلوب جميعها",
            "الجلسات التي حضرها أو شاهد تسجيلها: 5 من 8؛ المطلوب 6",
            "الواجبات الحاصلة على جيد على الأقل: 0 من 4؛ المطلوب 4؛ لم تُقيَّم: «رسالة التواصل الأولى» و«خطة الاجتماع» و«مخطط اتفاقية الشراكة»",
            "«العرض النهائي»: أفضل تقدير: جيد؛ المطلوب جيد على الأقل",
            "مراجعات الأقران المقدَّمة: 1؛ المطلوب 2",
        ])
    }

    @Test("nested groups are indented under their lead-in, in every language")
    func nested() {
        let rule = CriteriaRule.allOf([
            .atLeast(2, of: [.assignment("partner-map", level: "excellent"), .peerReviews(count: 1),
                             .anyOf([.attendance(count: 8, countRecordings: false), .finalProject(level: "excellent")])]),
            .peerReviews(count: 3),
        ])
        #expect(Self.narrative("en", rule) == """
            To earn this achievement, the learner must:
            1. at least 2 of the following:
               - have the assignment “Partner map” graded “Excellent” or better
               - give at least 1 peer review
               - at least one of the following:
                  - attend all 8 live sessions
                  - have the final project “Final pitch” graded “Excellent” or better
            2. give at least 3 peer reviews

            Work may be resubmitted; the best grade counts.
            """)
        for language in ["es", "fr", "ar"] {
            let lines = Self.narrative(language, rule).split(separator: "\n", omittingEmptySubsequences: false)
            #expect(lines.count == 10, "\(language)")
            #expect(lines.filter { $0.hasPrefix("      - ") }.count == 2, "\(language)")
        }
        // Without grades, no resubmission note.
        #expect(!Self.narrative("en", .peerReviews(count: 1)).contains("resubmitted"))
        #expect(Self.narrative("en", .peerReviews(count: 1)) == "To earn this achievement, the learner must:\n1. give at least 1 peer review")
    }

    @Test("unsupported languages fall back to English words with the names' own fallback")
    func fallback() {
        #expect(!CriteriaPhrasebooks.supports("de"))
        #expect(CriteriaPhrasebooks.supports("ar-SA"))
        #expect(Self.narrative("de").hasPrefix("To earn this achievement"))
        #expect(CriteriaPhrasebooks.languages == ["en", "es", "fr", "ar"])
    }
}
