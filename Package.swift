// swift-tools-version:6.0
// Laurel: an Open Badges 2.0 / 3.0 issuer and verifier. See docs/ARCHITECTURE.md for the layering.
import PackageDescription

let package = Package(
    name: "Laurel",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "laurel", targets: ["laurel"]),
        .library(name: "LaurelJSON", targets: ["LaurelJSON"]),
        .library(name: "BadgeCrypto", targets: ["BadgeCrypto"]),
        .library(name: "LinkedData", targets: ["LinkedData"]),
        .library(name: "OpenBadges", targets: ["OpenBadges"]),
        .library(name: "BadgeIssuer", targets: ["BadgeIssuer"]),
        .library(name: "BadgeVerifier", targets: ["BadgeVerifier"]),
        .library(name: "BadgeNetwork", targets: ["BadgeNetwork"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        // YAML achievement definitions; parsed YAML is converted to Laurel's JSON under a node budget.
        .package(url: "https://github.com/jpsim/Yams", from: "5.0.1"),
        // The live HTTP fetcher only: BadgeNetwork is the one library target that uses it, so a library
        // user who verifies offline builds none of it.
        .package(url: "https://github.com/swift-server/async-http-client", from: "1.37.0"),
        // Already in the graph through AsyncHTTPClient; named here for the test target's local servers.
        .package(url: "https://github.com/apple/swift-nio", from: "2.100.0"),
        .package(url: "https://github.com/apple/swift-nio-ssl", from: "2.30.0"),
    ],
    targets: [
        // C shim over libcrypto. Only BadgeCrypto imports it.
        .systemLibrary(
            name: "COpenSSL",
            pkgConfig: "openssl",
            providers: [.apt(["libssl-dev"])]
        ),
        // JSON value, strict parser, serializer, JCS (RFC 8785). No dependencies: BadgeCrypto
        // needs exact JSON for JWS headers and JWKs, and LinkedData builds JSON-LD on it.
        .target(name: "LaurelJSON"),
        .target(name: "BadgeCrypto", dependencies: ["COpenSSL", "LaurelJSON"]),
        .target(name: "LinkedData", dependencies: ["LaurelJSON", "BadgeCrypto"]),
        .target(
            name: "OpenBadges",
            dependencies: ["LinkedData", "BadgeCrypto", .product(name: "Yams", package: "Yams")]
        ),
        .target(name: "BadgeIssuer", dependencies: ["OpenBadges", "BadgeCrypto"]),
        .target(name: "BadgeVerifier", dependencies: ["OpenBadges", "BadgeCrypto"]),
        // The live fetcher behind BadgeVerifier's DocumentFetcher: one network policy for every remote read.
        .target(
            name: "BadgeNetwork",
            dependencies: [
                "BadgeVerifier",
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
                // Part of AsyncHTTPClient's own graph: its configuration and errors are NIO types.
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
                .product(name: "NIOSSL", package: "swift-nio-ssl"),
            ]
        ),
        .executableTarget(
            name: "laurel",
            dependencies: [
                "BadgeIssuer", "BadgeVerifier", "BadgeNetwork",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),

        // Tests. TestSupport finds ../shared/vectors (or $LAUREL_VECTORS) and the Python oracle venv.
        .target(name: "TestSupport", dependencies: ["LaurelJSON"], path: "Tests/TestSupport"),
        // Credentials issued the way `laurel issue` does, for the tests of the issuer, verifier and CLI.
        .target(name: "IssuanceFixtures", dependencies: ["BadgeIssuer", "TestSupport"], path: "Tests/IssuanceFixtures"),
        .testTarget(name: "LaurelJSONTests", dependencies: ["LaurelJSON", "TestSupport"]),
        .testTarget(name: "BadgeCryptoTests", dependencies: ["BadgeCrypto", "TestSupport"]),
        .testTarget(name: "LinkedDataTests", dependencies: ["LinkedData", "TestSupport"]),
        // The gradebook samples are read from the source tree (#filePath), not bundled.
        .testTarget(name: "OpenBadgesTests", dependencies: ["OpenBadges", "TestSupport"], exclude: ["Gradebook/Samples"]),
        .testTarget(name: "BadgeIssuerTests", dependencies: ["BadgeIssuer", "BadgeVerifier", "IssuanceFixtures", "TestSupport"]),
        .testTarget(name: "BadgeVerifierTests", dependencies: ["BadgeVerifier", "BadgeIssuer", "IssuanceFixtures", "TestSupport"]),
        .testTarget(
            name: "BadgeNetworkTests",
            dependencies: [
                "BadgeNetwork", "BadgeVerifier", "BadgeIssuer", "IssuanceFixtures", "TestSupport",
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
                .product(name: "NIOSSL", package: "swift-nio-ssl"),
            ]
        ),
        .testTarget(name: "LaurelCLITests", dependencies: ["laurel", "TestSupport"]),
    ]
)
