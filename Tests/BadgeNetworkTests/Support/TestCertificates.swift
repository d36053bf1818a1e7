import NIOSSL

/// A test root and a server certificate it signed, for issuer.test and localhost (no IP address:
/// NIOSSL accepts an IP entry matching the connected address whatever the name), valid until 2126. Made for these tests only: the private key protects nothing.
enum TestCertificates {
    static let rootPEM = """
-----BEGIN CERTIFICATE-----
MIIBnDCCAUOgAwIBAgIUX9fQ7qsHVxpftdm8zvyf1IftNuEwCgYIKoZIzj0EAwIw
GzEZMBcGA1UEAwwQTGF1cmVsIHRlc3Qgcm9vdDAgFw0yNjExMjIwNDMwMzVaGA8y
MTI2MTAyOTA0MzAzNVowGzEZMBcGA1UEAwwQTGF1cmVsIHRlc3Qgcm9vdDBZMBMG
ByqGSM49AgEGCCqGSM49AwEHA0IABL24XpmAl4D/6auqM02f5K0Wssme64952tK4
NodBj+42IAPNq4VgeEK3beuLx1D1dWXia7RnmAclAcVJrVpfUeSjYzBhMB0GA1Ud
DgQWBBTA3LB/pXm5XuN4eWetfUA61FQ7NDAfBgNVHSMEGDAWgBTA3LB/pXm5XuN4
eWetfUA61FQ7NDAPBgNVHRMBAf8EBTADAQH/MA4GA1UdDwEB/wQEAwIBBjAKBggq
hkjOPQQDAgNHADBEAiAtvwaR7sesd8b8tnb+oZcVsJH1fmYaaQnqDwPGMGyp7gIg
V3Q34c1XjSHY7YuwMhk4xO0/0wFLR6Tn6cBfKSnM2c0=
-----END CERTIFICATE-----
"""

    static let serverPEM = """
-----BEGIN CERTIFICATE-----
MIIBzjCCAXWgAwIBAgIUXM2UQiuMZZmhMpUA0zqx2BNeggAwCgYIKoZIzj0EAwIw
GzEZMBcGA1UEAwwQTGF1cmVsIHRlc3Qgcm9vdDAgFw0yNjExMjIwNDQ5NTZaGA8y
MTI2MTAyOTA0NDk1NlowFjEUMBIGA1UEAwwLaXNzdWVyLnRlc3QwWTATBgcqhkjO
PQIBBggqhkjOPQMBBwNCAAQB3EH+C+F5zTq0XyG5TN6u1vhwoshp/3Zko4XIdXt3
etN44nngKCyMvzZuxjlGv0LieAeg+ewLPvEp53G/4eOwo4GZMIGWMCEGA1UdEQQa
MBiCC2lzc3Vlci50ZXN0gglsb2NhbGhvc3QwDAYDVR0TAQH/BAIwADAOBgNVHQ8B
Af8EBAMCB4AwEwYDVR0lBAwwCgYIKwYBBQUHAwEwHQYDVR0OBBYEFDsT6+vCiNgQ
0wpGnzzcTu3Z5JAcMB8GA1UdIwQYMBaAFMDcsH+leble43h5Z619QDrUVDs0MAoG
CCqGSM49BAMCA0cAMEQCIFW0ThqJ0X1trgVp1n8hfiJH1jT5xgGJfp0ClH5QnoU6
AiBihp7z1blHqrlm9xz810K0KxiaQ2bmjMlvmzoRMMlzAQ==
-----END CERTIFICATE-----
"""

    static let serverKeyPEM = """
-----BEGIN PRIVATE KEY-----
MIGHAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBG0wawIBAQQgqtQVaLtXQVCFnaBe
7LNWI6iryO62F1qYt8LZy1Ap1LyhRANCAAQB3EH+C+F5zTq0XyG5TN6u1vhwoshp
/3Zko4XIdXt3etN44nngKCyMvzZuxjlGv0LieAeg+ewLPvEp53G/4eOw
-----END PRIVATE KEY-----
"""

    /// The server side: the certificate and its key.
    static func serverContext() throws -> NIOSSLContext {
        let configuration = TLSConfiguration.makeServerConfiguration(
            certificateChain: try NIOSSLCertificate.fromPEMBytes(Array(serverPEM.utf8)).map { .certificate($0) },
            privateKey: .privateKey(try NIOSSLPrivateKey(bytes: Array(serverKeyPEM.utf8), format: .pem)))
        return try NIOSSLContext(configuration: configuration)
    }

    /// The client side: trusts only the test root.
    static func clientConfiguration() throws -> TLSConfiguration {
        var configuration = TLSConfiguration.makeClientConfiguration()
        configuration.trustRoots = .certificates(try NIOSSLCertificate.fromPEMBytes(Array(rootPEM.utf8)))
        return configuration
    }
}
