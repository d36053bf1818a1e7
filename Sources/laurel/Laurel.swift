import ArgumentParser
import BadgeVerifier

@main
struct Laurel: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "laurel",
        abstract: "Issue and verify Open Badges credentials.",
        discussion: """
            Start with `laurel demo`, which creates a development key, issues a credential for the example \
            course and verifies it. `laurel <command> --help` explains each command.
            """,
        version: LaurelVersion.number,
        subcommands: [DemoCommand.self, KeysCommand.self, IssueCommand.self, VerifyCommand.self, CanonicalizeCommand.self,
                      BenchCommand.self]
    )
}
