/// The kind of an achievement (`Achievement.achievementType`): a degree, a badge, a course... An open
/// vocabulary: `ext:` terms and unknown values are kept.
public struct AchievementType: OpenVocabulary {
    public let rawValue: String

    public init(rawValue: String) { self.rawValue = rawValue }

    public static let achievement = AchievementType(rawValue: "Achievement")
    public static let apprenticeshipCertificate = AchievementType(rawValue: "ApprenticeshipCertificate")
    public static let assessment = AchievementType(rawValue: "Assessment")
    public static let assignment = AchievementType(rawValue: "Assignment")
    public static let associateDegree = AchievementType(rawValue: "AssociateDegree")
    public static let award = AchievementType(rawValue: "Award")
    public static let badge = AchievementType(rawValue: "Badge")
    public static let bachelorDegree = AchievementType(rawValue: "BachelorDegree")
    public static let certificate = AchievementType(rawValue: "Certificate")
    public static let certificateOfCompletion = AchievementType(rawValue: "CertificateOfCompletion")
    public static let certification = AchievementType(rawValue: "Certification")
    public static let communityService = AchievementType(rawValue: "CommunityService")
    public static let competency = AchievementType(rawValue: "Competency")
    public static let course = AchievementType(rawValue: "Course")
    public static let coCurricular = AchievementType(rawValue: "CoCurricular")
    public static let degree = AchievementType(rawValue: "Degree")
    public static let diploma = AchievementType(rawValue: "Diploma")
    public static let doctoralDegree = AchievementType(rawValue: "DoctoralDegree")
    public static let fieldwork = AchievementType(rawValue: "Fieldwork")
    public static let generalEducationDevelopment = AchievementType(rawValue: "GeneralEducationDevelopment")
    public static let journeymanCertificate = AchievementType(rawValue: "JourneymanCertificate")
    public static let learningProgram = AchievementType(rawValue: "LearningProgram")
    public static let license = AchievementType(rawValue: "License")
    public static let membership = AchievementType(rawValue: "Membership")
    public static let professionalDoctorate = AchievementType(rawValue: "ProfessionalDoctorate")
    public static let qualityAssuranceCredential = AchievementType(rawValue: "QualityAssuranceCredential")
    public static let masterCertificate = AchievementType(rawValue: "MasterCertificate")
    public static let masterDegree = AchievementType(rawValue: "MasterDegree")
    public static let microCredential = AchievementType(rawValue: "MicroCredential")
    public static let researchDoctorate = AchievementType(rawValue: "ResearchDoctorate")
    public static let secondarySchoolDiploma = AchievementType(rawValue: "SecondarySchoolDiploma")

    public static let knownTerms: [AchievementType] = [
        achievement,
        apprenticeshipCertificate,
        assessment,
        assignment,
        associateDegree,
        award,
        badge,
        bachelorDegree,
        certificate,
        certificateOfCompletion,
        certification,
        communityService,
        competency,
        course,
        coCurricular,
        degree,
        diploma,
        doctoralDegree,
        fieldwork,
        generalEducationDevelopment,
        journeymanCertificate,
        learningProgram,
        license,
        membership,
        professionalDoctorate,
        qualityAssuranceCredential,
        masterCertificate,
        masterDegree,
        microCredential,
        researchDoctorate,
        secondarySchoolDiploma,
    ]
}
