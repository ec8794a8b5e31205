"""Coverage-guided fuzzing of the ingestion parsers (atheris): bytes in, an Article or a coded InputError out.

    python fuzz/ingest.py -max_total_time=60 [-runs=N] [corpus-dir]     (make fuzz; FUZZ_SECONDS=600 for longer)

Any other exception, or an article whose offsets do not fit its text, is a bug: atheris stops and
writes the input that caused it (crash-*) to the working directory.
"""

from __future__ import annotations

import sys

import atheris

with atheris.instrument_imports(include=["presslens"]):
    from presslens.errors import InputError
    from presslens.ingest.decode import decode_bytes
    from presslens.ingest.sources import parse_text

SUFFIXES = (".txt", ".html", ".json", ".jsonl", None)


def check(data: bytes) -> None:
    if not data:
        return
    suffix = SUFFIXES[data[0] % len(SUFFIXES)]
    try:
        text = decode_bytes(data[1:], "fuzz")
        items = list(parse_text(text, "fuzz", suffix))
    except InputError:
        return
    for item in items:
        if isinstance(item, InputError):
            continue
        size = len(item.text)
        assert 0 <= item.body_start <= size, item.body_start
        spans = [item.headline_span] + ([item.dateline.span, item.dateline.place, item.dateline.outlet] if item.dateline else [])
        for span in spans:
            if span is not None:
                assert 0 <= span.start <= span.end <= size, span


def main() -> None:
    atheris.Setup(sys.argv, check)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
