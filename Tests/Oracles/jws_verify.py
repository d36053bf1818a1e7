"""Verify a compact JWS with jwcrypto, an independent JOSE implementation.

Standard input: a JSON object {"jws": "<compact JWS>", "jwk": {<public JWK>}}.
Prints the decoded payload and exits 0 when the signature verifies with the key; prints the reason and
exits 1 when it does not; exits 2 on a usage error. The algorithm is taken from the JWS header and must
be one jwcrypto supports for the key.
"""
import json
import sys

from jwcrypto import jwk, jws


def main() -> int:
    try:
        request = json.load(sys.stdin)
        key = jwk.JWK(**request["jwk"])
        token = jws.JWS()
        token.deserialize(request["jws"])
    except Exception as error:  # noqa: BLE001 - report any unusable input as a usage error
        print(f"unusable input: {error}")
        return 2
    alg = token.jose_header.get("alg")
    token.allowed_algs = [alg]
    try:
        token.verify(key, alg=alg)
    except Exception as error:  # noqa: BLE001
        print(f"signature does not verify: {error}")
        return 1
    sys.stdout.write(token.payload.decode("utf-8"))
    return 0


if __name__ == "__main__":
    sys.exit(main())
