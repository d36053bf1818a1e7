extension VerificationReport {
    /// The report as text for a terminal: the verdict first, then what the credential says, then every
    /// check with its code so a person can look it up or quote it.
    public func text() -> String {
        var lines: [String] = []
        lines.append(Self.headline(outcome))
        if let name = summary.achievementName ?? summary.name { lines.append("  Achievement: \(name)") }
        if summary.issuerId != nil || summary.issuerName != nil {
            let issuer = [summary.issuerName, summary.issuerId.map { "(\($0))" }].compactMap { $0 }.joined(separator: " ")
            lines.append("  Issuer:      \(issuer)")
        }
        if let subject = summary.subject { lines.append("  Recipient:   \(subject)") }
        if let from = summary.validFrom {
            lines.append("  Valid:       from \(from)" + (summary.validUntil.map { " until \($0)" } ?? ", no end date"))
        }
        if let id = summary.id { lines.append("  Credential:  \(id)") }
        let form = [format == .unknown ? nil : format.rawValue.uppercased(), summary.dataModel].compactMap { $0 }
        if !form.isEmpty { lines.append("  Format:      \(form.joined(separator: ", "))") }
        lines.append("")
        lines.append("Checks:")
        let codeWidth = checks.map(\.code.rawValue.count).max() ?? 0
        for check in checks {
            let label = Self.label(check.severity).padding(toLength: 8)
            let code = check.code.rawValue.padding(toLength: codeWidth)
            lines.append("  \(label) \(code)  \(check.message)")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    static func headline(_ outcome: Outcome) -> String {
        switch outcome {
        case .valid: "VALID: the credential is genuine and unchanged, and every check passed."
        case .validWithWarnings: "VALID WITH WARNINGS: the signature checks out, but read the warnings below before relying on it."
        case .invalid: "INVALID: do not rely on this credential; see the failed checks below."
        case .indeterminate: "INDETERMINATE: Laurel could not complete every check, so it cannot say the credential is valid."
        }
    }

    static func label(_ severity: Severity) -> String {
        switch severity {
        case .info: "ok"
        case .warning: "warning"
        case .indeterminate: "unknown"
        case .error: "FAILED"
        }
    }
}

extension String {
    func padding(toLength length: Int) -> String {
        count >= length ? self : self + String(repeating: " ", count: length - count)
    }
}
