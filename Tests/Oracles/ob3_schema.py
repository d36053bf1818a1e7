#!/usr/bin/env python3
"""Validate JSON documents against an official OB 3.0 JSON Schema (draft 2019-09).

Usage: ob3_schema.py SCHEMA_PATH [DOCUMENT_PATH | --batch]
The document is read from DOCUMENT_PATH, or from standard input when it is omitted.

Prints one line per validation error, "<json pointer>: <message>", sorted, and exits 0 when the document
is valid, 1 when it is not, 2 on a usage or input problem. With --batch, standard input holds a JSON
array of documents and the output is one JSON array holding, per document, the list of its error lines
(the exit status is then 0 unless the input is unusable). The `date-time` and `date` formats are checked
here (strict RFC 3339 with a time zone, and YYYY-MM-DD), because jsonschema only asserts formats whose
optional checker packages are installed, and the CI venv does not install them: an unchecked format would
let a local time without an offset pass silently.
"""
import datetime
import json
import re
import sys

import jsonschema

DATE_TIME = re.compile(
    r"^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(\.\d+)?(Z|[+-]\d{2}:\d{2})$"
)
DATE = re.compile(r"^(\d{4})-(\d{2})-(\d{2})$")

format_checker = jsonschema.FormatChecker(formats=())


@format_checker.checks("date-time")
def is_date_time(value):
    if not isinstance(value, str):
        return True  # formats only constrain strings
    match = DATE_TIME.match(value)
    if not match:
        return False
    year, month, day, hour, minute, second = (int(g) for g in match.groups()[:6])
    try:
        datetime.date(year, month, day)
    except ValueError:
        return False
    if hour > 23 or minute > 59 or second > 60:
        return False
    zone = match.group(8)
    if zone != "Z" and (int(zone[1:3]) > 23 or int(zone[4:6]) > 59):
        return False
    return True


@format_checker.checks("date")
def is_date(value):
    if not isinstance(value, str):
        return True
    match = DATE.match(value)
    if not match:
        return False
    try:
        datetime.date(*(int(g) for g in match.groups()))
    except ValueError:
        return False
    return True


def pointer(path):
    parts = []
    for part in path:
        parts.append(str(part).replace("~", "~0").replace("/", "~1"))
    return "/" + "/".join(parts) if parts else ""


def errors_of(validator, document):
    return sorted(f"{pointer(error.absolute_path)}: {error.message}" for error in validator.iter_errors(document))


def main(argv):
    if len(argv) not in (2, 3):
        print(__doc__.strip().splitlines()[2], file=sys.stderr)
        return 2
    batch = len(argv) == 3 and argv[2] == "--batch"
    try:
        with open(argv[1], encoding="utf-8") as handle:
            schema = json.load(handle)
        if len(argv) == 3 and not batch:
            with open(argv[2], encoding="utf-8") as handle:
                document = json.load(handle)
        else:
            document = json.loads(sys.stdin.buffer.read().decode("utf-8"))
    except (OSError, ValueError) as error:
        print(f"cannot read input: {error}", file=sys.stderr)
        return 2

    validator_class = jsonschema.validators.validator_for(schema, default=jsonschema.Draft201909Validator)
    if validator_class is not jsonschema.Draft201909Validator:
        print(f"expected a draft 2019-09 schema, got {validator_class.__name__}", file=sys.stderr)
        return 2
    validator_class.check_schema(schema)
    validator = validator_class(schema, format_checker=format_checker)
    if batch:
        if not isinstance(document, list):
            print("--batch expects a JSON array of documents", file=sys.stderr)
            return 2
        print(json.dumps([errors_of(validator, each) for each in document]))
        return 0
    lines = errors_of(validator, document)
    for line in lines:
        print(line)
    return 1 if lines else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
