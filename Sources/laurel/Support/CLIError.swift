import ArgumentParser

/// A failure the CLI reports in one sentence and an exit status from sysexits(3), so scripts can tell a
/// bad argument (64) from bad data (65), a missing file (66), a failed write (73/74) or a bug (70).
struct CLIError: Error, CustomStringConvertible {
    enum Kind: Int32 {
        case usage = 64
        case dataError = 65
        case noInput = 66
        case software = 70
        case cannotCreate = 73
        case ioError = 74
    }

    let kind: Kind
    let message: String

    init(_ kind: Kind, _ message: String) {
        self.kind = kind
        self.message = message
    }

    var description: String { message }

    var exitCode: ExitCode { ExitCode(kind.rawValue) }
}

/// Prints `error` to standard error and exits with its status; other errors exit with 70.
func exitWith(_ error: CLIError) -> Never {
    Terminal.standardError("laurel: \(error.message)\n")
    Laurel.exit(withError: error.exitCode)
}
