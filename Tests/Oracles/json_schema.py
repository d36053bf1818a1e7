"""Validate a JSON document (stdin) against a JSON Schema file (argv[1]) with the `jsonschema` package.

Prints one line per error ("<json pointer>: <message>") and exits 0 when the document is valid, 1 when
it is not, 2 on a usage error. Schemas that reference other schemas by $id are resolved from the files
given after the first argument.
"""
import json
import sys

import jsonschema
from referencing import Registry, Resource


def main() -> int:
    if len(sys.argv) < 2:
        print("usage: json_schema.py SCHEMA [REFERENCED_SCHEMA ...] < document.json", file=sys.stderr)
        return 2
    with open(sys.argv[1], encoding="utf-8") as handle:
        schema = json.load(handle)
    resources = []
    for path in sys.argv[2:]:
        with open(path, encoding="utf-8") as handle:
            extra = json.load(handle)
        resources.append((extra["$id"], Resource.from_contents(extra)))
    registry = Registry().with_resources(resources)
    document = json.load(sys.stdin)
    validator_class = jsonschema.validators.validator_for(schema)
    validator_class.check_schema(schema)
    validator = validator_class(schema, registry=registry, format_checker=validator_class.FORMAT_CHECKER)
    errors = sorted(validator.iter_errors(document), key=lambda e: list(e.absolute_path))
    for error in errors:
        pointer = "/" + "/".join(str(part) for part in error.absolute_path)
        print(f"{pointer}: {error.message}")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
