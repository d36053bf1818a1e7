/// Arabic criteria wording. Arabic nouns agree with numbers in four ways (one, two, three to ten,
/// eleven and more); the phrases are built as "label: count" or "no less than N of …" so that a count
/// never has to agree with its noun. The text is plain: its right-to-left direction comes from the
/// language tag `ar`.
struct ArabicPhrasebook: CriteriaPhrasebook {
    let language = "ar"

    func quote(_ name: String) -> String { "«\(name)»" }

    /// "«أ» و«ب» و«ج»": the conjunction و is written joined to the word after it.
    func list(_ items: [String]) -> String {
        guard let first = items.first else { return "" }
        return items.dropFirst().reduce(first) { $0 + " و" + $1 }
    }

    let intro = "للحصول على هذا الإنجاز، يجب على المتعلّم:"
    let allOfLead = "استيفاء جميع الشروط التالية:"
    let anyOfLead = "استيفاء شرط واحد على الأقل من الشروط التالية:"
    func atLeastLead(_ count: Int) -> String {
        count == 1 ? anyOfLead : "استيفاء ما لا يقل عن \(count) من الشروط التالية:"
    }

    func attendance(count: Int, total: Int, recordingsCount: Bool) -> String {
        let base = count == total
            ? "حضور جميع الجلسات المباشرة البالغ عددها \(total)"
            : "حضور ما لا يقل عن \(count) من الجلسات المباشرة البالغ عددها \(total)"
        return recordingsCount ? base + " (تُحتسب مشاهدة تسجيل الجلسة حضورًا)" : base
    }

    func assignment(name: String, level: String) -> String {
        "الحصول على تقدير \(quote(level)) على الأقل في الواجب \(quote(name))"
    }

    func assignments(names: [String], count: Int?, level: String) -> String {
        let quoted = list(names.map(quote))
        if let count, count < names.count {
            return "الحصول على تقدير \(quote(level)) على الأقل في ما لا يقل عن \(count) من الواجبات \(quoted)"
        }
        return "الحصول على تقدير \(quote(level)) على الأقل في كل من الواجبات \(quoted)"
    }

    func finalProject(name: String, level: String) -> String {
        "الحصول على تقدير \(quote(level)) على الأقل في المشروع النهائي \(quote(name))"
    }

    func peerReviews(count: Int) -> String { "تقديم مراجعات للأقران لا يقل عددها عن \(count)" }

    let bestGradeCounts = "يمكن إعادة تسليم الأعمال، وتُحتسب أفضل درجة."

    func attendanceReason(counted: Int, watched: Int, total: Int, needed: Int, recordingsCount: Bool) -> String {
        let label = recordingsCount ? "الجلسات التي حضرها أو شاهد تسجيلها" : "الجلسات التي حضرها"
        var text = "\(label): \(counted) من \(total)؛ المطلوب \(needed)"
        if !recordingsCount && watched > 0 { text += " (التسجيلات المشاهَدة: \(watched)، ولا تحتسبها هذه القاعدة)" }
        return text
    }

    func gradedReason(name: String, best: String?, unrecognized: [String]?, level: String) -> String {
        let standing: String
        if let best {
            standing = "أفضل تقدير: \(best)"
        } else if let unrecognized {
            standing = "الدرجة \(list(unrecognized.map(quote))) لا تقابل أي مستوى"
        } else {
            standing = "لم يُقيَّم بعد"
        }
        return "\(quote(name)): \(standing)؛ المطلوب \(level) على الأقل"
    }

    func assignmentsReason(met: Int, total: Int, needed: Int, level: String, notGraded: [String]) -> String {
        var text = "الواجبات الحاصلة على \(level) على الأقل: \(met) من \(total)؛ المطلوب \(needed)"
        if !notGraded.isEmpty { text += "؛ لم تُقيَّم: \(list(notGraded.map(quote)))" }
        return text
    }

    func peerReviewsReason(given: Int?, needed: Int) -> String {
        guard let given else { return "لا توجد مراجعات أقران مسجّلة؛ المطلوب \(needed)" }
        return "مراجعات الأقران المقدَّمة: \(given)؛ المطلوب \(needed)"
    }

    func groupReason(kind: CriteriaGroupKind, met: Int, total: Int, needed: Int) -> String {
        switch kind {
        case .allOf: "الشروط المستوفاة: \(met) من \(total)؛ المطلوب جميعها"
        case .anyOf: "الخيارات المستوفاة: \(met) من \(total)؛ المطلوب 1"
        case .atLeast: "الشروط المستوفاة: \(met) من \(total)؛ المطلوب \(needed)"
        }
    }
}
