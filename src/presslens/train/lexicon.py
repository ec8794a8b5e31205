"""How often each lexicon pattern marks what PTC's annotators marked: a probability for its matches.

A pattern is a rule, not a measurement, so a match says nothing by itself about how likely the technique
is. Counted over PTC's training articles (the dev split left out, as for the technique model): of a
pattern's matches, how many lie on a gold span of the pattern's label. Patterns with few matches lean on
the lexicon's share over all patterns (a beta prior worth ``PRIOR_MATCHES`` matches); a pattern no
article matches gets that share itself.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import Any

from presslens.evaluation.ptc import PtcArticle, data_hash, load_articles, split_articles
from presslens.pipeline.rhetoric import LEXICON_CALIBRATION, calibration_key, lexicon_lines, lexicon_regex

#: How many matches the lexicon-wide share counts for in each pattern's estimate.
PRIOR_MATCHES = 10


def calibrate(lines: Sequence[tuple[str, str, str]], articles: Sequence[PtcArticle]) -> tuple[float, dict[str, dict[str, float | int]]]:
    """The lexicon-wide share of matches on a gold span of their pattern's label, and for each lexicon line
    (regex, label, reason): its matches, those on a gold span of its label, and the smoothed share of them,
    the probability its matches carry."""
    counts: dict[str, tuple[int, int]] = {}
    for pattern, label, _ in lines:
        regex = lexicon_regex(pattern)
        matches = on_label = 0
        for article in articles:
            for match in regex.finditer(article.text):
                matches += 1
                on_label += any(g.label == label and g.start < match.end() and match.start() < g.end for g in article.spans)
        counts[calibration_key(pattern, label)] = (matches, on_label)
    total_matches = sum(m for m, _ in counts.values())
    prior = sum(k for _, k in counts.values()) / total_matches if total_matches else 0.0
    return round(prior, 3), {
        key: {"matches": matches, "on_its_label": on_label, "probability": round((on_label + PRIOR_MATCHES * prior) / (matches + PRIOR_MATCHES), 3)}
        for key, (matches, on_label) in counts.items()
    }


def train(data: Path, out: Path, dev_share: float, split_seed: int) -> dict[str, Any]:
    """Count every pattern of the shipped lexicon over PTC's training articles without the dev split; write the record."""
    train_articles, _ = split_articles(load_articles(data / "ptc", "train"), dev_share, split_seed)
    share, by_pattern = calibrate(lexicon_lines(), train_articles)
    record = {
        "what": "per lexicon pattern: its matches in PTC's training articles (dev split left out), those on a gold span of its label, "
        f"and the share of them smoothed toward the lexicon-wide share with a beta prior worth {PRIOR_MATCHES} matches",
        "made_on": date.today().isoformat(),
        "articles": len(train_articles),
        "data": data_hash(train_articles),
        "lexicon_wide_share": share,
        "patterns": by_pattern,
    }
    out.mkdir(parents=True, exist_ok=True)
    (out / LEXICON_CALIBRATION).write_text(json.dumps(record, indent=2, ensure_ascii=False) + "\n", "utf-8")
    return record
