#!/usr/bin/env python3
"""eddsa-rdfc-2022 with pyld (RDF canonicalization, named URDNA2015 there) and `cryptography` (Ed25519),
as an implementation independent of Laurel's.

Usage: data_integrity.py CONTEXTS_MAP COMMAND < input.json

CONTEXTS_MAP is the contexts-map.json of the shared vectors: pyld loads contexts only from those local
files and refuses every other URL, so nothing is fetched.

Commands (input and output are JSON on standard input and output):
  verify  input: a list of signed credentials (one proof each, eddsa-rdfc-2022 or Ed25519Signature2020,
          key given by a did:key or an https URL whose fragment is a Multikey).
          output: a list of {"verified": bool, "error": str|null}.
  sign    input: a list of {"credential": {...}, "seed": hex of the 32-byte Ed25519 seed,
          "verificationMethod": str, "created": str}.
          output: the list of signed credentials.
  canonize  input: a JSON-LD document. output: {"nquads": str}.
"""
import copy
import hashlib
import json
import os
import sys

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from pyld import jsonld

ALPHABET = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"


def base58_decode(text):
    number = 0
    for character in text:
        number = number * 58 + ALPHABET.index(character)
    body = number.to_bytes((number.bit_length() + 7) // 8, "big") if number else b""
    zeros = len(text) - len(text.lstrip("1"))
    return b"\x00" * zeros + body


def base58_encode(data):
    number = int.from_bytes(data, "big")
    out = ""
    while number:
        number, digit = divmod(number, 58)
        out = ALPHABET[digit] + out
    zeros = len(data) - len(data.lstrip(b"\x00"))
    return "1" * zeros + out


def make_loader(map_path):
    folder = os.path.dirname(map_path)
    with open(map_path, encoding="utf-8") as handle:
        table = json.load(handle)
    documents = {}
    for entry in table["contexts"]:
        for url in entry.get("urls", []):
            documents[url] = os.path.join(folder, entry["file"])

    def load(url, options=None):
        path = documents.get(url)
        if path is None:
            raise jsonld.JsonLdError("context not available offline", "jsonld.LoadDocumentError",
                                     {"url": url}, code="loading document failed")
        with open(path, encoding="utf-8") as handle:
            return {"contextUrl": None, "documentUrl": url, "document": json.load(handle)}

    return load


def canonize(document, loader):
    return jsonld.normalize(document, {"algorithm": "URDNA2015", "format": "application/n-quads",
                                       "documentLoader": loader, "safe": False})


def hash_data(credential, proof, loader):
    unsecured = {key: value for key, value in credential.items() if key != "proof"}
    config = {key: value for key, value in proof.items() if key != "proofValue"}
    config["@context"] = unsecured["@context"]
    proof_hash = hashlib.sha256(canonize(config, loader).encode("utf-8")).digest()
    document_hash = hashlib.sha256(canonize(unsecured, loader).encode("utf-8")).digest()
    return proof_hash + document_hash


def public_key(method):
    if method.startswith("did:key:"):
        multikey = method[len("did:key:"):].split("#")[0]
    else:
        multikey = method.split("#", 1)[1]
    if not multikey.startswith("z"):
        raise ValueError("not a base58btc Multikey: " + method)
    raw = base58_decode(multikey[1:])
    if raw[:2] != b"\xed\x01" or len(raw) != 34:
        raise ValueError("not an Ed25519 Multikey: " + method)
    return Ed25519PublicKey.from_public_bytes(raw[2:])


def verify(credential, loader):
    proof = credential.get("proof")
    if isinstance(proof, list):
        if len(proof) != 1:
            return {"verified": False, "error": "expected one proof"}
        proof = proof[0]
    try:
        kind = (proof.get("type"), proof.get("cryptosuite"))
        if kind not in (("DataIntegrityProof", "eddsa-rdfc-2022"), ("Ed25519Signature2020", None)):
            return {"verified": False, "error": "unsupported proof %r" % (kind,)}
        signature = base58_decode(proof["proofValue"][1:])
        public_key(proof["verificationMethod"]).verify(signature, hash_data(credential, proof, loader))
        return {"verified": True, "error": None}
    except InvalidSignature:
        return {"verified": False, "error": "signature mismatch"}
    except Exception as error:  # report, do not crash: the caller compares outcomes
        return {"verified": False, "error": "%s: %s" % (type(error).__name__, error)}


def sign(case, loader):
    credential = copy.deepcopy(case["credential"])
    credential.pop("proof", None)
    proof = {
        "type": "DataIntegrityProof",
        "cryptosuite": "eddsa-rdfc-2022",
        "created": case["created"],
        "verificationMethod": case["verificationMethod"],
        "proofPurpose": "assertionMethod",
    }
    key = Ed25519PrivateKey.from_private_bytes(bytes.fromhex(case["seed"]))
    signature = key.sign(hash_data(credential, proof, loader))
    proof["proofValue"] = "z" + base58_encode(signature)
    credential["proof"] = proof
    return credential


def main():
    if len(sys.argv) != 3:
        print(__doc__, file=sys.stderr)
        return 2
    loader = make_loader(sys.argv[1])
    command = sys.argv[2]
    data = json.loads(sys.stdin.buffer.read().decode("utf-8"))
    if command == "verify":
        out = [verify(item, loader) for item in data]
    elif command == "sign":
        out = [sign(item, loader) for item in data]
    elif command == "canonize":
        out = {"nquads": canonize(data, loader)}
    else:
        print("unknown command " + command, file=sys.stderr)
        return 2
    sys.stdout.buffer.write(json.dumps(out, ensure_ascii=False).encode("utf-8"))
    return 0


if __name__ == "__main__":
    sys.exit(main())
