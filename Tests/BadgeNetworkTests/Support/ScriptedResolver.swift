import BadgeNetwork
import Synchronization

/// A DNS stand-in: answers names from a table and records every question, so tests can play a hostile
/// DNS server (a public name that answers 127.0.0.1) without one.
final class ScriptedResolver: HostResolver {
    let answers: [String: [IPAddress]]
    private let asked = Mutex<[String]>([])

    init(_ answers: [String: [IPAddress]]) { self.answers = answers }

    var questions: [String] { asked.withLock { $0 } }

    func addresses(of host: String, port: Int) async throws(FetchError) -> [IPAddress] {
        asked.withLock { $0.append(host) }
        guard let addresses = answers[host] else { throw .unreachable(host, reason: "\(host) is not in the test's DNS table") }
        return addresses
    }
}

extension IPAddress {
    static let loopback = IPAddress(127, 0, 0, 1)
}
