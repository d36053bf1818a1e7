/// The words and marks an attendance cell may hold, for each ``Attendance`` state.
///
/// Matching ignores case, Unicode spelling and surrounding spaces. A mapping's own values are looked up
/// before the built-in ones, so a course can add marks ("x") or give a built-in mark another meaning.
/// An empty cell records nothing for the session (the learner's record has no entry for it).
public struct AttendanceValues: Sendable, Equatable {
    public var attended: [String]
    public var watchedRecording: [String]
    public var absent: [String]

    public init(attended: [String] = [], watchedRecording: [String] = [], absent: [String] = []) {
        self.attended = attended
        self.watchedRecording = watchedRecording
        self.absent = absent
    }

    public var isEmpty: Bool { attended.isEmpty && watchedRecording.isEmpty && absent.isEmpty }

    /// yes/no/recording, 1/0, P/A/R (present, absent, recording; L for late counts as present, E for
    /// excused as absent), ✓/✗, true/false, and the same words in Spanish, French, Portuguese and German.
    public static let builtIn = AttendanceValues(
        attended: ["yes", "y", "1", "p", "present", "attended", "live", "late", "l", "true", "✓", "✔", "☑",
                   "sí", "si", "presente", "oui", "présent", "sim", "ja", "anwesend"],
        watchedRecording: ["recording", "r", "rec", "watched", "watched recording", "recorded", "replay",
                           "grabación", "enregistrement", "gravação", "aufzeichnung"],
        absent: ["no", "n", "0", "a", "absent", "e", "excused", "false", "✗", "✘", "☒",
                 "ausente", "non", "não", "nein", "abwesend"]
    )

    /// Each value with the state it names, in lookup order.
    var entries: [(value: String, state: Attendance)] {
        attended.map { ($0, Attendance.attended) } + watchedRecording.map { ($0, .watchedRecording) }
            + absent.map { ($0, .absent) }
    }
}
