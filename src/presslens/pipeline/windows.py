"""Token windows over an article for the technique model: subword tokens with their character
offsets, cut at line ends where possible, each short enough for the encoder."""

from __future__ import annotations

from dataclasses import dataclass

from tokenizers import Tokenizer


@dataclass(frozen=True)
class Window:
    ids: list[int]  # with [CLS] and [SEP]
    offsets: list[tuple[int, int]]  # character offsets of the tokens between them


def token_windows(tokenizer: Tokenizer, text: str, max_tokens: int) -> list[Window]:
    """Windows of at most ``max_tokens`` tokens (special tokens included) covering the whole text."""
    tokenizer.no_truncation()
    tokenizer.no_padding()
    encoding = tokenizer.encode(text, add_special_tokens=False)
    ids, offsets = encoding.ids, encoding.offsets
    cls_id, sep_id = tokenizer.token_to_id("[CLS]"), tokenizer.token_to_id("[SEP]")
    budget = max_tokens - 2
    windows: list[Window] = []
    start = 0
    while start < len(ids):
        end = min(start + budget, len(ids))
        if end < len(ids):
            line_starts = [i for i in range(start + budget // 2, end) if "\n" in text[offsets[i - 1][1] : offsets[i][0]]]
            if line_starts:
                end = line_starts[-1]
        windows.append(Window([cls_id, *ids[start:end], sep_id], list(offsets[start:end])))
        start = end
    return windows
