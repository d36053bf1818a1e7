import Dispatch
import Synchronization

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Turns a host name into the addresses a connection may go to.
///
/// The fetcher resolves names itself, checks every address against the policy, and then connects to an
/// address it checked, so that what was checked is what is reached. Tests inject a resolver to play a
/// DNS server that answers with private addresses.
public protocol HostResolver: Sendable {
    /// The addresses of `host` (a DNS name, not an address literal). Throws `FetchError.unreachable` when
    /// the name does not resolve.
    func addresses(of host: String, port: Int) async throws(FetchError) -> [IPAddress]
}

/// The system resolver (`getaddrinfo`), run off the calling task's thread because it blocks.
///
/// A lookup cannot be interrupted; when the fetch is cancelled or times out, the caller stops waiting at
/// once and the lookup's answer, when it comes, is dropped.
public struct SystemHostResolver: HostResolver {
    public init() {}

    /// More addresses than this are ignored (a DNS answer is small; this bounds the work per host).
    public static let maxAddresses = 16

    public func addresses(of host: String, port: Int) async throws(FetchError) -> [IPAddress] {
        let once = ResumeOnce<Result<[IPAddress], FetchError>>()
        let result = await withTaskCancellationHandler {
            await withCheckedContinuation { (continuation: CheckedContinuation<Result<[IPAddress], FetchError>, Never>) in
                once.install(continuation)
                DispatchQueue.global().async {
                    once.resume(Self.lookUp(host, port: port))
                }
            }
        } onCancel: {
            once.resume(.failure(.unreachable(host, reason: "the look-up of \(host) was cancelled")))
        }
        return try result.get()
    }

    static func lookUp(_ host: String, port: Int) -> Result<[IPAddress], FetchError> {
        var hints = addrinfo()
        hints.ai_family = AF_UNSPEC
        #if canImport(Darwin)
        hints.ai_socktype = SOCK_STREAM
        #else
        hints.ai_socktype = Int32(SOCK_STREAM.rawValue)
        #endif
        var list: UnsafeMutablePointer<addrinfo>?
        let status = getaddrinfo(host, String(port), &hints, &list)
        guard status == 0 else {
            let message = gai_strerror(status).map { String(cString: $0) } ?? "error \(status)"
            return .failure(.unreachable(host, reason: "the name \(host) did not resolve: \(message)"))
        }
        defer { freeaddrinfo(list) }
        var addresses: [IPAddress] = []
        var cursor = list
        while let entry = cursor?.pointee, addresses.count < maxAddresses {
            cursor = entry.ai_next
            guard let socketAddress = entry.ai_addr else { continue }
            let address: IPAddress?
            switch Int32(socketAddress.pointee.sa_family) {
            case AF_INET:
                address = socketAddress.withMemoryRebound(to: sockaddr_in.self, capacity: 1) {
                    .v4(UInt32(bigEndian: $0.pointee.sin_addr.s_addr))
                }
            case AF_INET6:
                address = socketAddress.withMemoryRebound(to: sockaddr_in6.self, capacity: 1) { pointer in
                    var bytes = [UInt8](repeating: 0, count: 16)
                    withUnsafeBytes(of: pointer.pointee.sin6_addr) { raw in
                        for index in 0..<min(16, raw.count) { bytes[index] = raw[index] }
                    }
                    return .v6(bytes)
                }
            default:
                address = nil
            }
            if let address, !addresses.contains(address) { addresses.append(address) }
        }
        guard !addresses.isEmpty else { return .failure(.unreachable(host, reason: "the name \(host) has no IP address")) }
        return .success(addresses)
    }
}

/// A continuation that is resumed by whichever comes first — the answer or a cancellation — and only
/// once.
final class ResumeOnce<Value: Sendable>: Sendable {
    private enum State {
        case waiting
        case installed(CheckedContinuation<Value, Never>)
        case resolved(Value)
        case done
    }

    private let state = Mutex<State>(.waiting)

    func install(_ continuation: CheckedContinuation<Value, Never>) {
        let early: Value? = state.withLock { state in
            switch state {
            case .waiting:
                state = .installed(continuation)
                return nil
            case .resolved(let value):
                state = .done
                return value
            case .installed, .done:
                return nil
            }
        }
        if let early { continuation.resume(returning: early) }
    }

    func resume(_ value: Value) {
        let continuation: CheckedContinuation<Value, Never>? = state.withLock { state in
            switch state {
            case .waiting:
                state = .resolved(value)
                return nil
            case .installed(let continuation):
                state = .done
                return continuation
            case .resolved, .done:
                return nil
            }
        }
        continuation?.resume(returning: value)
    }
}
