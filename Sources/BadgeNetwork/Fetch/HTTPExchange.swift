import AsyncHTTPClient
import NIOCore
import NIOHTTP1
import NIOPosix
import NIOSSL

/// One request of a fetch (the first, or one redirect), made to addresses the policy already checked.
struct HTTPExchange: Sendable {
    enum Outcome: Sendable {
        case document([UInt8], contentType: String?)
        case redirect(String)
    }

    let policy: HTTPFetchPolicy
    let tlsConfiguration: TLSConfiguration?
    let url: FetchURL
    /// The URL the caller asked for, which errors name.
    let requested: String
    let accept: [String]

    /// A failed exchange, and whether it failed before a connection was made (so another address of the
    /// host may still work).
    struct Failure: Error {
        let error: FetchError
        var beforeConnecting = false
    }

    /// At most this many of a host's addresses are tried when connecting fails.
    static let maxConnectAttempts = 3

    /// Tries the addresses in order until one connects; only a failure to connect moves on to the next.
    func run(connectingTo addresses: [IPAddress]) async throws(FetchError) -> Outcome {
        var lastFailure: FetchError?
        for address in addresses.prefix(Self.maxConnectAttempts) {
            let client = HTTPClient(eventLoopGroup: MultiThreadedEventLoopGroup.singleton, configuration: configuration(pinnedTo: address))
            let result: Result<Outcome, Failure>
            do {
                result = .success(try await exchange(with: client, address: address))
            } catch {
                result = .failure(error)
            }
            // Closes the connection too when the body was cut off at the size cap. Not awaited: a TLS
            // peer that never answers the closing handshake would otherwise hold the fetch past its
            // deadline; the client lives until its shutdown completes.
            Task { try? await client.shutdown() }
            switch result {
            case .success(let outcome):
                return outcome
            case .failure(let failure):
                guard failure.beforeConnecting else { throw failure.error }
                lastFailure = failure.error
            }
        }
        throw lastFailure ?? .unreachable(requested, reason: "\(url.host) has no address to connect to")
    }

    func configuration(pinnedTo address: IPAddress) -> HTTPClient.Configuration {
        var tls = tlsConfiguration ?? TLSConfiguration.makeClientConfiguration()
        // The wait for the peer's close_notify is bounded like everything else.
        tls.shutdownTimeout = min(tls.shutdownTimeout, Self.timeAmount(policy.connectTimeout))
        var configuration = HTTPClient.Configuration(
            tlsConfiguration: tls,
            redirectConfiguration: .disallow,
            timeout: .init(connect: Self.timeAmount(policy.connectTimeout), read: Self.timeAmount(policy.totalTimeout)),
            proxy: nil,
            decompression: .disabled)
        if case .name(let name) = url.host {
            // Connect to the address that was checked, not to whatever a second look-up would say; the
            // Host header, SNI and certificate check still use the name.
            configuration.dnsOverride = [name: address.description]
        }
        configuration.connectionPool = .init(idleTimeout: .seconds(1))
        return configuration
    }

    func exchange(with client: HTTPClient, address: IPAddress) async throws(Failure) -> Outcome {
        var request = HTTPClientRequest(url: url.description)
        request.method = .GET
        request.headers.add(name: "User-Agent", value: policy.userAgent)
        request.headers.add(name: "Accept", value: accept.isEmpty ? "*/*" : accept.joined(separator: ", "))
        request.headers.add(name: "Accept-Encoding", value: "identity")
        let response: HTTPClientResponse
        do {
            response = try await client.execute(request, timeout: Self.timeAmount(policy.totalTimeout))
        } catch {
            throw mapped(error, address: address, phase: "connecting to or requesting")
        }
        let status = Int(response.status.code)
        switch status {
        case 301, 302, 303, 307, 308:
            guard let location = response.headers.first(name: "Location") else {
                throw Failure(error: .unacceptable(requested, reason: "\(url) answered \(status) without a Location to redirect to"))
            }
            return .redirect(location)
        case 200, 203:
            break
        default:
            throw Failure(error: .httpStatus(status, url: url.description == requested ? requested : "\(requested) (at \(url))"))
        }
        let contentType = response.headers.first(name: "Content-Type").flatMap(MediaType.essence(of:))
        guard MediaType.isAcceptable(contentType, accept: accept) else {
            let found = contentType ?? (response.headers.first(name: "Content-Type").map { "a malformed \"\($0)\"" } ?? "no content type")
            throw Failure(error: .unacceptable(requested, reason: "\(url) sent \(found), not one of \(accept.joined(separator: ", "))"))
        }
        let cap = policy.bodyCap
        if let declared = response.headers.first(name: "Content-Length").flatMap({ Int($0) }), declared > cap {
            throw Failure(error: .unacceptable(requested, reason: "\(url) announced a body of \(declared) bytes, more than the \(cap)-byte limit; nothing was read"))
        }
        var bytes: [UInt8] = []
        do {
            for try await chunk in response.body {
                guard bytes.count + chunk.readableBytes <= cap else {
                    throw Failure(error: .unacceptable(requested, reason: "the body from \(url) is larger than the \(cap)-byte limit; reading stopped after \(bytes.count + chunk.readableBytes) bytes"))
                }
                bytes.append(contentsOf: chunk.readableBytesView)
            }
        } catch let failure as Failure {
            throw failure
        } catch {
            throw mapped(error, address: address, phase: "reading the body from")
        }
        return .document(bytes, contentType: contentType)
    }

    /// AsyncHTTPClient and SwiftNIO errors, as the verifier's report should state them.
    func mapped(_ error: any Error, address: IPAddress, phase: String) -> Failure {
        let reason = describe(error, address: address, phase: phase)
        let connect = error is NIOConnectionError || (error as? HTTPClientError) == .connectTimeout
            || (error is IOError && phase.hasPrefix("connecting"))
        return Failure(error: .unreachable(requested, reason: reason), beforeConnecting: connect)
    }

    func describe(_ error: any Error, address: IPAddress, phase: String) -> String {
        let place = url.host == .address(address) ? "\(url)" : "\(url) (at \(address))"
        if error is CancellationError { return "the fetch was cancelled while \(phase) \(place)" }
        if let client = error as? HTTPClientError {
            switch client {
            case .connectTimeout:
                return "connecting to \(place) took longer than \(HTTPDocumentFetcher.seconds(policy.connectTimeout))"
            case .deadlineExceeded, .readTimeout:
                return "\(place) did not answer within \(HTTPDocumentFetcher.seconds(policy.totalTimeout))"
            case .cancelled:
                return "the fetch was cancelled while \(phase) \(place)"
            case .remoteConnectionClosed:
                return "\(place) closed the connection"
            case .tlsHandshakeTimeout:
                return "the TLS handshake with \(place) timed out"
            default:
                return "\(phase) \(place) failed: \(client)"
            }
        }
        if error is NIOSSLError || error is NIOSSLExtraError || error is BoringSSLError {
            return "the TLS connection to \(place) failed: \(error)"
        }
        if error is NIOConnectionError || error is IOError || error is ChannelError {
            return "could not connect to \(place): \(error)"
        }
        return "\(phase) \(place) failed: \(error)"
    }

    static func timeAmount(_ duration: Duration) -> TimeAmount {
        let (seconds, attoseconds) = duration.components
        let nanoseconds = seconds.multipliedReportingOverflow(by: 1_000_000_000)
        guard !nanoseconds.overflow else { return .hours(24) }
        return .nanoseconds(max(0, nanoseconds.partialValue + attoseconds / 1_000_000_000))
    }
}
