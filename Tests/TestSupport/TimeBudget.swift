import Foundation

/// Time ceilings for hostile-input tests.
///
/// A ceiling in a test is there to catch pathological behaviour (quadratic or exponential work on
/// crafted input), not to measure speed — benchmarks do that. So every nominal ceiling is multiplied by
/// `LAUREL_TEST_TIME_SCALE` (10 by default): generous enough for a loaded two-core CI machine, still far
/// below what a blow-up takes.
public enum TimeBudget {
    public static let scale: Double = {
        if let text = ProcessInfo.processInfo.environment["LAUREL_TEST_TIME_SCALE"], let value = Double(text), value > 0 {
            return value
        }
        return 10
    }()

    public static func seconds(_ nominal: Double) -> Double { nominal * scale }

    public static func duration(seconds nominal: Double) -> Duration { .milliseconds(Int64(nominal * scale * 1000)) }

    public static func duration(milliseconds nominal: Int) -> Duration { .milliseconds(Int64(Double(nominal) * scale)) }
}
