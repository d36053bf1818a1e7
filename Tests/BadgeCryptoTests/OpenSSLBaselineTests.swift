import BadgeCrypto
import Testing

/// The baseline's contract (names, counts, a working loop); its speed is measured by `laurel bench`,
/// never asserted in a test.
@Suite struct OpenSSLBaselineTests {
    @Test(arguments: KeyType.allCases)
    func measuresSignAndVerify(type: KeyType) throws {
        let key = try TestKeys.key(type)
        let message = [UInt8](repeating: 0x61, count: 512)
        let sign = try OpenSSLBaseline.measureSigning(key: key, message: message, iterations: 5)
        let verify = try OpenSSLBaseline.measureVerification(key: key, message: message, iterations: 5)
        let stem = switch type {
        case .ed25519: "openssl-ed25519"
        case .p256: "openssl-p256"
        case .p384: "openssl-p384"
        case .rsa: "openssl-rsa2048"
        }
        #expect(sign.name == stem + "-sign" && verify.name == stem + "-verify")
        #expect(sign.iterations == 5 && verify.iterations == 5)
        #expect(sign.seconds > 0 && sign.perSecond > 0)
        #expect(verify.seconds > 0 && verify.perSecond > 0)
    }
}
