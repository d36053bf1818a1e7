import ArgumentParser

struct BenchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench",
        abstract: "Measure Laurel against the OpenSSL primitives it builds on.",
        discussion: """
            Each benchmark prints JSON lines, one per operation: Laurel's rate beside the rate of the bare \
            OpenSSL operation measured in the same process, and their ratio, which survives a noisy machine. \
            Run a release build: swift run -c release laurel bench jwt
            """,
        subcommands: [JWTBench.self, LDBench.self]
    )
}

/// Options every benchmark shares.
struct BenchOptions: ParsableArguments {
    @Option(help: "Alternating rounds of Laurel and baseline measurements; the median is reported.")
    var rounds = 7

    @Option(help: "Target duration of one measurement burst, in milliseconds.")
    var burstMilliseconds = 150

    func validate() throws {
        guard (1...101).contains(rounds) else { throw ValidationError("--rounds must be between 1 and 101") }
        guard (10...10_000).contains(burstMilliseconds) else {
            throw ValidationError("--burst-milliseconds must be between 10 and 10000")
        }
    }
}
