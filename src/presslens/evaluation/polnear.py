"""PolNeAR (Newell et al., LREC 2018): brat standoff attribution relations, loaded by offsets.

Each dev article is scored against one annotator: the first listed for it in ``metadata.tsv``.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

Spans = tuple[tuple[int, int], ...]

_TEXT_BOUND = re.compile(r"^(T\d+)\t(\S+) (\d+ \d+(?:;\d+ \d+)*)\t", re.MULTILINE)
_EVENT = re.compile(r"^(E\d+)\t(.+)$", re.MULTILINE)
_RELATION_ROLES = ("Attribution", "Attribution-no-source")


@dataclass(frozen=True)
class GoldAttribution:
    content: Spans
    cue: Spans
    source: Spans


@dataclass
class PolnearDocument:
    name: str
    text: str
    published: date | None
    annotator: str
    attributions: list[GoldAttribution] = field(default_factory=list)


def parse_ann(ann: str) -> list[GoldAttribution]:
    """Attribution relations of one .ann file; annotator flags (Discard, Discuss) are not relations."""
    spans: dict[str, tuple[str, Spans]] = {}
    for match in _TEXT_BOUND.finditer(ann):
        pieces = tuple(tuple(int(x) for x in part.split()) for part in match.group(3).split(";"))
        spans[match.group(1)] = (match.group(2), pieces)  # type: ignore[assignment]
    relations: list[GoldAttribution] = []
    for match in _EVENT.finditer(ann):
        args = dict(arg.split(":", 1) for arg in match.group(2).split())
        if not any(role in args for role in _RELATION_ROLES):
            continue
        roles: dict[str, Spans] = {"Content": (), "Cue": (), "Source": ()}
        for role, ref in args.items():
            role = re.sub(r"\d+$", "", role)
            if role in roles and ref in spans:
                roles[role] = roles[role] + spans[ref][1]
        relations.append(GoldAttribution(content=roles["Content"], cue=roles["Cue"], source=roles["Source"]))
    return relations


def load_split(root: Path, split: str = "dev") -> Iterator[PolnearDocument]:
    """Documents of a split with the first listed annotator's attributions."""
    with (root / "metadata.tsv").open(encoding="utf-8", newline="") as handle:
        rows = [r for r in csv.DictReader(handle, delimiter="\t") if r["compartment"] == split]
    for row in sorted(rows, key=lambda r: r["filename"]):
        annotator = row["annotators"].split("|")[0]
        ann = root / split / "attributions" / f"{row['filename']}_{annotator}.ann"
        text_path = root / split / "text" / f"{row['filename']}.txt"
        if not ann.exists() or not text_path.exists():
            continue
        try:
            published = date.fromisoformat(row["publication_date"])
        except ValueError:
            published = None
        yield PolnearDocument(
            name=row["filename"],
            text=text_path.read_text(encoding="utf-8"),
            published=published,
            annotator=annotator,
            attributions=parse_ann(ann.read_text(encoding="utf-8")),
        )
