import BadgeCrypto
import OpenBadges
import Synchronization

/// What the OB 2.0 steps have established about one badge: the documents read so far and where they
/// came from. One session is made per verification and shared by its steps, which run one after the
/// other; the lock only makes the sharing safe to express.
final class OB2Session: Sendable {
    private let storage = Mutex(OB2Badge())

    /// A copy of what is known now.
    var badge: OB2Badge { storage.withLock { $0 } }

    func update(_ body: (inout OB2Badge) -> Void) {
        storage.withLock { body(&$0) }
    }
}

/// The documents of one OB 2.0 badge, as far as verification has read them.
struct OB2Badge: Sendable {
    /// The document as presented (the JSON, the JWS payload, or what the presented URL returned).
    var presented: OB2.Document?
    /// The URL the presented document was itself fetched from, when the input was a URL.
    var presentedFrom: String?
    /// The assertion the checks apply to: the hosted copy once it has been fetched, else the presented one.
    var assertion: OB2.Assertion?
    var badgeClass: OB2.BadgeClass?
    /// Where the badge class was read from (nil when embedded).
    var badgeClassURL: String?
    var issuer: OB2.Profile?
    /// Where the issuer profile was read from (nil when only an embedded copy is known).
    var issuerURL: String?
    /// The keys the signature may be checked with, each the issuer's.
    var keys: [OB2SigningKey] = []

    /// How the assertion says it is verified.
    var method: OB2.VerificationObject.Method? { assertion?.verification.method }
}

/// A public key an issuer has authorised, with the IRI it was found under.
struct OB2SigningKey: Sendable {
    let id: String
    let key: SigningPublicKey
}
