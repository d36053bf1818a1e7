import NIOCore
import NIOHTTP1
import NIOPosix
import NIOSSL
import Synchronization

/// What the local test server answers to one request.
enum ServerResponse: Sendable {
    /// A complete answer with a Content-Length.
    case document(status: Int = 200, contentType: String? = "application/json", body: [UInt8], headers: [(String, String)] = [])
    /// A redirect to `location`.
    case redirect(status: Int = 302, location: String)
    /// `count` chunks of `chunkSize` bytes with no Content-Length (or with `declaredLength`), written one
    /// after the other as the client takes them, `interval` apart.
    case stream(chunkSize: Int, count: Int, interval: Duration? = nil, declaredLength: Int? = nil, contentType: String = "application/json")
    /// Headers are never sent: a server that accepted the connection and went silent.
    case silence
}

/// A request the server saw.
struct SeenRequest: Sendable {
    let path: String
    let host: String?
    let userAgent: String?
    let accept: String?
}

/// A small HTTP/1.1 server on 127.0.0.1 (optionally with TLS), inside the test process, to exercise the
/// fetcher's policy against real sockets. Each test starts its own on a free port and stops it.
final class LocalHTTPServer: Sendable {
    typealias Routes = @Sendable (SeenRequest) -> ServerResponse

    let channel: any Channel
    let port: Int
    let log: ServerLog

    private init(channel: any Channel, port: Int, log: ServerLog) {
        self.channel = channel
        self.port = port
        self.log = log
    }

    static func start(tls: NIOSSLContext? = nil, routes: @escaping Routes) async throws -> LocalHTTPServer {
        let log = ServerLog()
        let channel = try await ServerBootstrap(group: MultiThreadedEventLoopGroup.singleton)
            .serverChannelOption(.socketOption(.so_reuseaddr), value: 1)
            .childChannelInitializer { channel in
                channel.eventLoop.makeCompletedFuture {
                    if let tls { try channel.pipeline.syncOperations.addHandler(NIOSSLServerHandler(context: tls)) }
                    try channel.pipeline.syncOperations.configureHTTPServerPipeline()
                    try channel.pipeline.syncOperations.addHandler(RequestHandler(routes: routes, log: log))
                }
            }
            .bind(host: "127.0.0.1", port: 0).get()
        guard let port = channel.localAddress?.port else { throw ServerError.noPort }
        return LocalHTTPServer(channel: channel, port: port, log: log)
    }

    func stop() async {
        try? await channel.close()
    }

    var origin: String { "http://127.0.0.1:\(port)" }

    enum ServerError: Error { case noPort }
}

/// What the server saw and wrote, for the tests' assertions.
final class ServerLog: Sendable {
    private let state = Mutex<(requests: [SeenRequest], bodyBytesWritten: Int)>(([], 0))

    func record(_ request: SeenRequest) { state.withLock { $0.requests.append(request) } }
    func wrote(_ count: Int) { state.withLock { $0.bodyBytesWritten += count } }

    var requests: [SeenRequest] { state.withLock { $0.requests } }
    var bodyBytesWritten: Int { state.withLock { $0.bodyBytesWritten } }
}

final class RequestHandler: ChannelInboundHandler {
    typealias InboundIn = HTTPServerRequestPart
    typealias OutboundOut = HTTPServerResponsePart

    let routes: LocalHTTPServer.Routes
    let log: ServerLog
    var head: HTTPRequestHead?

    init(routes: @escaping LocalHTTPServer.Routes, log: ServerLog) {
        self.routes = routes
        self.log = log
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        switch unwrapInboundIn(data) {
        case .head(let head): self.head = head
        case .body: break
        case .end:
            guard let head else { return }
            let request = SeenRequest(path: head.uri, host: head.headers.first(name: "Host"),
                                      userAgent: head.headers.first(name: "User-Agent"), accept: head.headers.first(name: "Accept"))
            log.record(request)
            respond(routes(request), context: context)
        }
    }

    func respond(_ response: ServerResponse, context: ChannelHandlerContext) {
        switch response {
        case .document(let status, let contentType, let body, let extra):
            var headers = HTTPHeaders([("Content-Length", "\(body.count)")])
            if let contentType { headers.add(name: "Content-Type", value: contentType) }
            for (name, value) in extra { headers.replaceOrAdd(name: name, value: value) }
            writeHead(status, headers, context)
            context.write(wrapOutboundOut(.body(.byteBuffer(ByteBuffer(bytes: body)))), promise: nil)
            log.wrote(body.count)
            context.writeAndFlush(wrapOutboundOut(.end(nil)), promise: nil)
        case .redirect(let status, let location):
            writeHead(status, HTTPHeaders([("Location", location), ("Content-Length", "0")]), context)
            context.writeAndFlush(wrapOutboundOut(.end(nil)), promise: nil)
        case .stream(let chunkSize, let count, let interval, let declared, let contentType):
            var headers = HTTPHeaders([("Content-Type", contentType)])
            if let declared { headers.add(name: "Content-Length", value: "\(declared)") }
            writeHead(200, headers, context)
            context.flush()
            let chunk = ByteBuffer(repeating: UInt8(ascii: " "), count: chunkSize)
            writeChunks(chunk, remaining: count, interval: interval, context: context)
        case .silence:
            break
        }
    }

    func writeHead(_ status: Int, _ headers: HTTPHeaders, _ context: ChannelHandlerContext) {
        let head = HTTPResponseHead(version: .http1_1, status: HTTPResponseStatus(statusCode: status), headers: headers)
        context.write(wrapOutboundOut(.head(head)), promise: nil)
    }

    /// One chunk at a time, the next when the last was written: a client that stops reading stops the
    /// server too, so `bodyBytesWritten` shows how much the client let through.
    func writeChunks(_ chunk: ByteBuffer, remaining: Int, interval: Duration?, context: ChannelHandlerContext) {
        guard remaining > 0 else {
            context.writeAndFlush(wrapOutboundOut(.end(nil)), promise: nil)
            return
        }
        let loop = context.eventLoop.assumeIsolated()
        let size = chunk.readableBytes
        let next = {
            context.writeAndFlush(self.wrapOutboundOut(.body(.byteBuffer(chunk)))).assumeIsolated().whenComplete { result in
                guard case .success = result else { return }
                self.log.wrote(size)
                self.writeChunks(chunk, remaining: remaining - 1, interval: interval, context: context)
            }
        }
        if let interval {
            let (seconds, attoseconds) = interval.components
            loop.scheduleTask(in: .nanoseconds(seconds * 1_000_000_000 + attoseconds / 1_000_000_000)) { next() }
        } else {
            next()
        }
    }
}
