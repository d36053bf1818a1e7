import ArgumentParser

@main
struct Laurel: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "laurel",
        abstract: "Issue and verify Open Badges 2.0 and 3.0 credentials.",
        version: "0.1.0"
    )
}
