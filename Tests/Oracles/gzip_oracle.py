#!/usr/bin/env python3
"""Python's zlib module as an independent DEFLATE implementation, to cross-check Laurel's.

Usage:
  gzip_oracle.py decompress FORMAT   < compressed   -> the original bytes on standard output
  gzip_oracle.py compress FORMAT LEVEL < data       -> compressed bytes on standard output
FORMAT is gzip, zlib or raw; LEVEL is 0-9 (0 writes stored blocks, 1-9 mostly dynamic Huffman blocks).
"""
import sys
import zlib

WBITS = {"gzip": 16 + 15, "zlib": 15, "raw": -15}


def main():
    command, fmt = sys.argv[1], sys.argv[2]
    data = sys.stdin.buffer.read()
    if command == "decompress":
        d = zlib.decompressobj(WBITS[fmt])
        out = d.decompress(data) + d.flush()
        if not d.eof or d.unused_data:
            print("incomplete stream or trailing data", file=sys.stderr)
            return 1
    elif command == "compress":
        c = zlib.compressobj(int(sys.argv[3]), zlib.DEFLATED, WBITS[fmt])
        out = c.compress(data) + c.flush()
    else:
        print(f"unknown command {command!r}", file=sys.stderr)
        return 2
    sys.stdout.buffer.write(out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
