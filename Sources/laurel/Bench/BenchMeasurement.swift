import Foundation
import OpenBadges

/// Runs an operation and its OpenSSL baseline in alternating bursts and reports medians.
struct PairedMeasurement {
    let options: BenchOptions

    /// Iterations per burst so that one burst of `operation` lasts about the target duration.
    func calibrate(_ operation: () async throws -> Void) async rethrows -> Int {
        var iterations = 1
        while true {
            let seconds = try await time(iterations: iterations, operation)
            let target = Double(options.burstMilliseconds) / 1000
            if seconds >= target / 4 || iterations >= 1 << 22 {
                return max(1, Int(Double(iterations) * target / max(seconds, 1e-9)))
            }
            iterations *= 4
        }
    }

    func time(iterations: Int, _ operation: () async throws -> Void) async rethrows -> Double {
        let clock = ContinuousClock()
        let elapsed = try await clock.measure {
            for _ in 0..<iterations { try await operation() }
        }
        let parts = elapsed.components
        return Double(parts.seconds) + Double(parts.attoseconds) / 1e18
    }

    /// Median rates of Laurel's operation and the baseline, and the median of the per-round ratios.
    func run(
        laurel: () async throws -> Void, baseline: (Int) throws -> Double
    ) async throws -> (perSecond: Double, baselinePerSecond: Double, ratio: Double) {
        let iterations = try await calibrate(laurel)
        var rates: [Double] = [], baselines: [Double] = [], ratios: [Double] = []
        for _ in 0..<options.rounds {
            let rate = Double(iterations) / max(try await time(iterations: iterations, laurel), 1e-9)
            let base = Double(iterations) / max(try baseline(iterations), 1e-9)
            rates.append(rate)
            baselines.append(base)
            ratios.append(rate / base)
        }
        return (median(rates), median(baselines), median(ratios))
    }

    func median(_ values: [Double]) -> Double {
        let sorted = values.sorted()
        guard !sorted.isEmpty else { return 0 }
        return sorted.count % 2 == 1 ? sorted[sorted.count / 2] : (sorted[sorted.count / 2 - 1] + sorted[sorted.count / 2]) / 2
    }
}

/// One benchmark result line, as DESIGN.md describes.
struct BenchLine {
    var bench: String
    var op: String
    var perSecond: Double
    var baseline: String?
    var baselinePerSecond: Double?
    var ratio: Double?
    var extra: JSONObject = [:]

    func print() {
        var object: JSONObject = ["bench": .string(bench), "op": .string(op), "per_s": Self.number(perSecond)]
        if let baseline { object["baseline"] = .string(baseline) }
        if let baselinePerSecond { object["baseline_per_s"] = Self.number(baselinePerSecond) }
        if let ratio { object["ratio"] = Self.number(ratio, places: 3) }
        for member in extra { object[member.key] = member.value }
        object["peak_rss_mb"] = .number(PeakMemory.megabytes)
        Terminal.standardOutput(bytes: JSON.object(object).serialized() + [0x0A])
    }

    static func number(_ value: Double, places: Int = 1) -> JSON {
        let scale = pow(10, Double(places))
        return JSON.number((value * scale).rounded() / scale) ?? .null
    }
}

/// The process's peak resident memory.
enum PeakMemory {
    static var megabytes: Int {
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        return Int(usage.ru_maxrss) / 1024  // kilobytes on Linux
    }
}

enum BuildConfiguration {
    static func warnIfDebug() {
        #if DEBUG
        Terminal.standardError("laurel bench: this is a debug build; figures are meaningful only from a release build (swift run -c release laurel bench ...)\n")
        #endif
    }
}
