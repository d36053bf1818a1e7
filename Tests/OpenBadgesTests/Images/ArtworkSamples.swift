import OpenBadges

/// Achievements and names the artwork tests share: the brief's examples in several scripts, and hostile
/// names.
enum ArtworkSamples {
    static let partnershipID = "https://example.org/achievements/partnership-building"

    static let english = BadgeArtwork(achievementID: partnershipID, name: "Partnership Building", level: "Excellent",
                                      levelID: "excellent", language: "en")
    static let spanish = BadgeArtwork(achievementID: partnershipID, name: "Construcción de alianzas", level: "Excelente",
                                      levelID: "excellent", language: "es")
    static let arabic = BadgeArtwork(achievementID: partnershipID, name: "بناء الشراكات", level: "ممتاز",
                                     levelID: "excellent", language: "ar")

    /// (language, name, level) in the scripts Laurel's programmes use.
    static let scripts: [(language: String, name: String, level: String)] = [
        ("en", "Partnership Building", "Excellent"),
        ("es", "Construcción de alianzas", "Excelente"),
        ("ar", "بناء الشراكات", "ممتاز"),
        ("he", "בניית שותפויות", "מצוין"),
        ("fa", "ایجاد مشارکت‌ها", "عالی"),
        ("ur", "شراکت داری کی تعمیر", "بہترین"),
        ("hi", "साझेदारी निर्माण", "उत्कृष्ट"),
        ("zh-Hans", "建立伙伴关系", "优秀"),
        ("ja", "パートナーシップの構築", "優秀"),
        ("ko", "파트너십 구축", "우수"),
        ("ru", "Построение партнёрских отношений", "Отлично"),
        ("el", "Οικοδόμηση συνεργασιών", "Άριστα"),
        ("th", "การสร้างความร่วมมือ", "ดีเยี่ยม"),
        ("am", "የአጋርነት ግንባታ", "በጣም ጥሩ"),
        ("vi", "Xây dựng quan hệ đối tác", "Xuất sắc"),
    ]

    /// Names that break careless XML writers or layouts.
    static let hostileNames: [String] = [
        "Tags <b>&amp; </b> & \"quotes\" 'apostrophes' > ]]> <![CDATA[ x ]]>",
        "Controls \u{0}\u{1}\u{8}\u{B}\u{C}\u{1B}\u{7F}\u{85}\u{9F} and \u{FFFE}\u{FFFF} removed",
        "Tab\tnew\nline\r\ncarriage\rreturn\u{2028}separators",
        "Bidi \u{202E}override\u{202C} and \u{2067}isolate\u{2069} controls",
        "Emoji 👩🏽‍🏫 family 👨‍👩‍👧‍👦 flags 🇪🇸🇸🇦 keycap 1️⃣",
        "Zalgo " + "e" + String(repeating: "\u{301}", count: 300),
        String(repeating: "Long name ", count: 100),
        String(repeating: "x", count: 1_000),
        String(repeating: "ش", count: 1_000),
        String(repeating: "字", count: 1_000),
        String(repeating: "क्षि", count: 250),
        "",
        "   ",
        "\u{0}\u{1}",
    ]
}
