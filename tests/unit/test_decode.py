import pytest

from presslens.errors import DecodeError, EmptyInputError, InputTooLargeError
from presslens.ingest.decode import decode_bytes
from presslens.settings import MAX_INPUT_BYTES


def test_utf8_with_bom_loses_the_bom() -> None:
    assert decode_bytes("\ufeffBaghdad – “quoted”".encode(), "x.txt") == "Baghdad – “quoted”"


def test_windows_1252_is_detected() -> None:
    text = "The minister’s statement said “no” to the café owners’ demands, according to officials in Paris."
    assert decode_bytes(text.encode("cp1252"), "x.txt") == text


def test_nul_bytes_are_refused_with_the_file_named() -> None:
    with pytest.raises(DecodeError, match=r"\[E103\] x.bin: .*NUL"):
        decode_bytes(b"\x00\x01\x02binary", "x.bin")


@pytest.mark.parametrize("data", [b"", b"   \n\t  "])
def test_empty_or_blank_input_is_refused(data: bytes) -> None:
    with pytest.raises(EmptyInputError):
        decode_bytes(data, "x.txt")


def test_oversized_input_is_refused() -> None:
    with pytest.raises(InputTooLargeError, match="over the limit"):
        decode_bytes(b"a" * (MAX_INPUT_BYTES + 1), "big.txt")
