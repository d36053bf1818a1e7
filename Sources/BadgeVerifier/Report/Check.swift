import LaurelJSON

/// One finding of the verifier: a stable code, a severity, a sentence a non-expert understands, and the
/// evidence it rests on (the key used, the dates compared, the list consulted).
public struct Check: Sendable, Equatable {
    public let code: CheckCode
    public let severity: Severity
    public let message: String
    public let evidence: JSONObject

    public init(_ code: CheckCode, _ severity: Severity, _ message: String, evidence: JSONObject = [:]) {
        self.code = code
        self.severity = severity
        self.message = message
        self.evidence = evidence
    }

    public static func passed(_ code: CheckCode, _ message: String, evidence: JSONObject = [:]) -> Check {
        Check(code, .info, message, evidence: evidence)
    }

    public static func warning(_ code: CheckCode, _ message: String, evidence: JSONObject = [:]) -> Check {
        Check(code, .warning, message, evidence: evidence)
    }

    public static func failed(_ code: CheckCode, _ message: String, evidence: JSONObject = [:]) -> Check {
        Check(code, .error, message, evidence: evidence)
    }

    public static func undecided(_ code: CheckCode, _ message: String, evidence: JSONObject = [:]) -> Check {
        Check(code, .indeterminate, message, evidence: evidence)
    }
}
