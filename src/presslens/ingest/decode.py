"""Bytes to text: UTF-8 first, then charset detection, never a crash."""

from __future__ import annotations

import charset_normalizer

from presslens.errors import DecodeError, EmptyInputError, InputTooLargeError
from presslens.settings import MAX_INPUT_BYTES

_BOM = "\ufeff"


def check_size(data: bytes, source: str) -> None:
    if len(data) > MAX_INPUT_BYTES:
        raise InputTooLargeError(
            f"{len(data):,} bytes is over the limit of {MAX_INPUT_BYTES:,} bytes per article", source=source
        )
    if not data.strip():
        raise EmptyInputError("the input is empty or only whitespace", source=source)


def decode_bytes(data: bytes, source: str) -> str:
    """Decode an input's bytes; a leading byte-order mark is dropped."""
    check_size(data, source)
    if b"\x00" in data:
        raise DecodeError("the input contains NUL bytes: it looks binary, not text", source=source)
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        best = charset_normalizer.from_bytes(data).best()
        if best is None:
            raise DecodeError("the input's encoding could not be detected: it is not text", source=source) from None
        text = str(best)
    text = text.removeprefix(_BOM)
    if not text.strip():
        raise EmptyInputError("the input is empty or only whitespace", source=source)
    return text
