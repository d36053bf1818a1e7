#!/usr/bin/env python3
"""Compute OB IdentityHash values with Python's hashlib, as an independent check of Laurel's.

Reads a JSON array of {"algorithm": "sha256"|"md5", "identifier": str, "salt": str} from standard input
and prints a JSON array of "<algorithm>$<lower-case hex of digest(UTF-8(identifier + salt))>" strings.
"""
import hashlib
import json
import sys


def main():
    cases = json.loads(sys.stdin.buffer.read().decode("utf-8"))
    out = []
    for case in cases:
        algorithm = case["algorithm"]
        if algorithm not in ("sha256", "md5"):
            print(f"unknown algorithm {algorithm!r}", file=sys.stderr)
            return 2
        data = (case["identifier"] + case["salt"]).encode("utf-8")
        out.append(algorithm + "$" + hashlib.new(algorithm, data).hexdigest())
    print(json.dumps(out))
    return 0


if __name__ == "__main__":
    sys.exit(main())
