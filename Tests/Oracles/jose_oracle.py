"""An independent JWS/JWK implementation on Python `cryptography`, to cross-check Laurel's.

Reads one JSON request on stdin and writes one JSON answer on stdout:
  {"op": "verify", "jws": "<compact>", "jwk": {...}}      -> {"valid": true|false}
  {"op": "sign", "payload_b64u": "...", "jwk": {...}}     -> {"jws": "<compact>"}  (alg from the key)
  {"op": "thumbprint", "jwk": {...}}                      -> {"thumbprint": "..."}  (RFC 7638, SHA-256)
Supports EdDSA (Ed25519), ES256, ES384 and RS256. Exit status 2 on a usage error.
"""
import base64
import hashlib
import json
import sys

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import ec, ed25519, padding, rsa
from cryptography.hazmat.primitives.asymmetric.utils import decode_dss_signature, encode_dss_signature


def b64u_decode(text):
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


def b64u_encode(data):
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


def as_int(text):
    return int.from_bytes(b64u_decode(text), "big")


CURVES = {"P-256": (ec.SECP256R1(), hashes.SHA256(), 32, "ES256"), "P-384": (ec.SECP384R1(), hashes.SHA384(), 48, "ES384")}


def public_key(jwk):
    if jwk["kty"] == "OKP" and jwk["crv"] == "Ed25519":
        return ed25519.Ed25519PublicKey.from_public_bytes(b64u_decode(jwk["x"])), "EdDSA"
    if jwk["kty"] == "EC":
        curve, _, _, alg = CURVES[jwk["crv"]]
        return ec.EllipticCurvePublicNumbers(as_int(jwk["x"]), as_int(jwk["y"]), curve).public_key(), alg
    if jwk["kty"] == "RSA":
        return rsa.RSAPublicNumbers(as_int(jwk["e"]), as_int(jwk["n"])).public_key(), "RS256"
    raise ValueError("unsupported key")


def private_key(jwk):
    if jwk["kty"] == "OKP":
        return ed25519.Ed25519PrivateKey.from_private_bytes(b64u_decode(jwk["d"])), "EdDSA"
    if jwk["kty"] == "EC":
        curve, _, _, alg = CURVES[jwk["crv"]]
        return ec.derive_private_key(as_int(jwk["d"]), curve), alg
    public = rsa.RSAPublicNumbers(as_int(jwk["e"]), as_int(jwk["n"]))
    numbers = rsa.RSAPrivateNumbers(as_int(jwk["p"]), as_int(jwk["q"]), as_int(jwk["d"]), as_int(jwk["dp"]),
                                    as_int(jwk["dq"]), as_int(jwk["qi"]), public)
    return numbers.private_key(), "RS256"


def verify(compact, jwk):
    header_b64, payload_b64, signature_b64 = compact.split(".")
    header = json.loads(b64u_decode(header_b64))
    key, alg = public_key(jwk)
    if header.get("alg") != alg:
        return False
    signing_input = (header_b64 + "." + payload_b64).encode("ascii")
    signature = b64u_decode(signature_b64)
    try:
        if alg == "EdDSA":
            key.verify(signature, signing_input)
        elif alg in ("ES256", "ES384"):
            _, digest, size, _ = CURVES[jwk["crv"]]
            if len(signature) != 2 * size:
                return False
            r, s = int.from_bytes(signature[:size], "big"), int.from_bytes(signature[size:], "big")
            key.verify(encode_dss_signature(r, s), signing_input, ec.ECDSA(digest))
        else:
            key.verify(signature, signing_input, padding.PKCS1v15(), hashes.SHA256())
    except InvalidSignature:
        return False
    return True


def sign(payload, jwk):
    key, alg = private_key(jwk)
    header_b64 = b64u_encode(json.dumps({"alg": alg}, separators=(",", ":")).encode("utf-8"))
    signing_input = header_b64 + "." + b64u_encode(payload)
    data = signing_input.encode("ascii")
    if alg == "EdDSA":
        signature = key.sign(data)
    elif alg in ("ES256", "ES384"):
        _, digest, size, _ = CURVES[jwk["crv"]]
        r, s = decode_dss_signature(key.sign(data, ec.ECDSA(digest)))
        signature = r.to_bytes(size, "big") + s.to_bytes(size, "big")
    else:
        signature = key.sign(data, padding.PKCS1v15(), hashes.SHA256())
    return signing_input + "." + b64u_encode(signature)


def thumbprint(jwk):
    required = {"OKP": ["crv", "kty", "x"], "EC": ["crv", "kty", "x", "y"], "RSA": ["e", "kty", "n"]}[jwk["kty"]]
    canonical = json.dumps({name: jwk[name] for name in required}, separators=(",", ":"), sort_keys=True)
    return b64u_encode(hashlib.sha256(canonical.encode("utf-8")).digest())


def main():
    request = json.load(sys.stdin)
    op = request.get("op")
    if op == "verify":
        answer = {"valid": verify(request["jws"], request["jwk"])}
    elif op == "sign":
        answer = {"jws": sign(b64u_decode(request["payload_b64u"]), request["jwk"])}
    elif op == "thumbprint":
        answer = {"thumbprint": thumbprint(request["jwk"])}
    else:
        print("unknown op", file=sys.stderr)
        return 2
    json.dump(answer, sys.stdout)
    return 0


if __name__ == "__main__":
    sys.exit(main())
