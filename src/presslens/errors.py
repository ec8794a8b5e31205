"""The errors presslens raises, each with a stable code.

    PresslensError            base; ``code`` and a message that says what to do
     ├── InputError           E1xx: one input cannot be read or analysed; the rest of a batch goes on
     ├── ModelError           E2xx: the NLP pipeline or the technique model cannot be loaded
     └── StoreError           E3xx: the corpus store cannot be opened or written
"""

from __future__ import annotations


class PresslensError(Exception):
    """Base of every presslens error; ``str()`` starts with the code."""

    code = "E000"

    def __init__(self, message: str, *, source: str | None = None) -> None:
        self.message = message
        self.source = source
        where = f"{source}: " if source else ""
        super().__init__(f"[{self.code}] {where}{message}")


class InputError(PresslensError):
    """An input could not be turned into an article."""

    code = "E100"


class EmptyInputError(InputError):
    code = "E101"


class InputTooLargeError(InputError):
    code = "E102"


class DecodeError(InputError):
    code = "E103"


class UnsupportedInputError(InputError):
    code = "E104"


class MalformedInputError(InputError):
    code = "E105"


class AnalysisFailedError(InputError):
    """The input was read but its analysis raised: a bug to report, kept per input so a batch goes on."""

    code = "E106"


class ModelError(PresslensError):
    code = "E200"


class StoreError(PresslensError):
    code = "E300"


class NotFoundError(StoreError):
    """A corpus query names an article, entity or story the store does not hold."""

    code = "E301"
