"""Train the attribution tagger (a CRF, python-crfsuite) on PolNeAR ``train/``.

Each word gets a BIO tag of its role in the first listed annotator's attributions (source, cue,
content); the features are those the pipeline computes (``pipeline/relations.py``). A share of the
training articles is held back to report the tagger's own scores; ``dev/`` is never read here.
Reproducible from the config file and the data path; the record holds the data hash.
"""

from __future__ import annotations

import hashlib
import json
import random
import time
import tomllib
from collections.abc import Iterator
from dataclasses import asdict, dataclass
from datetime import date
from importlib import resources
from pathlib import Path
from typing import Any

from spacy.tokens import Doc, Token

from presslens.evaluation.polnear import GoldAttribution, PolnearDocument, load_split
from presslens.ingest.article import build_article
from presslens.pipeline.analyzer import Analyzer
from presslens.pipeline.attribution import draft_roles, quotation_spans, rule_drafts
from presslens.pipeline.relations import Columns, features, quoted_tokens, sequences

_ROLE_OF = {"source": "SRC", "cue": "CUE", "content": "CON"}


@dataclass(frozen=True)
class TrainConfig:
    name: str
    seed: int
    holdout_share: float
    c1: float
    c2: float
    max_iterations: int
    min_feature_freq: int

    @classmethod
    def load(cls, path: Path | None = None) -> TrainConfig:
        text = path.read_text("utf-8") if path else resources.files(__package__).joinpath("attribution.toml").read_text("utf-8")
        return cls(**tomllib.loads(text))


def labels(tokens: list[Token], gold: list[GoldAttribution]) -> list[str]:
    """BIO role tags of a sequence's tokens: a token takes the role whose character span holds its start."""
    owner: dict[int, tuple[int, str]] = {}
    for number, attribution in enumerate(gold):
        for role, tag in _ROLE_OF.items():
            for start, end in getattr(attribution, role):
                for token in tokens:
                    if start <= token.idx < end:
                        owner.setdefault(token.i, (number, tag))
    out: list[str] = []
    previous: tuple[int, str] | None = None
    for token in tokens:
        mine = owner.get(token.i)
        if mine is None:
            out.append("O")
        else:
            out.append(f"{'I' if mine == previous else 'B'}-{mine[1]}")
        previous = mine
    return out


def document_sequences(doc: Doc, gold: list[GoldAttribution]) -> list[tuple[list[list[str]], list[str]]]:
    """Features and tags of each paragraph, the rules' roles among the features as in the pipeline."""
    quoted = quotation_spans(doc.text)
    inside = quoted_tokens(doc, quoted)
    rules = draft_roles(doc, rule_drafts(doc, quoted))
    columns = Columns.of(doc)
    return [(features(columns, [t.i for t in tokens], inside, rules), labels(tokens, gold)) for tokens in sequences(doc)]


def data_hash(documents: list[PolnearDocument]) -> str:
    digest = hashlib.sha256()
    for document in documents:
        digest.update(document.name.encode())
        digest.update(document.text.encode())
        digest.update(repr(document.attributions).encode())
    return digest.hexdigest()


def parse(documents: list[PolnearDocument]) -> Iterator[Doc]:
    """The documents parsed as the pipeline parses an article (headline and body segmented)."""
    analyzer = Analyzer(techniques_model=False, attribution_tagger=False)
    articles = (build_article(d.text, source=d.name, headline_first_line=True, published=d.published) for d in documents)
    return analyzer.parse_many(articles)


def train(data: Path, out: Path, config: TrainConfig, log: Any = print, docs: list[Doc] | None = None) -> dict[str, Any]:
    """Parse the training articles (unless ``docs`` holds them parsed), train the CRF, score it on the
    held-back articles, write the model and its training record."""
    import pycrfsuite

    documents = list(load_split(data / "polnear", "train"))
    if not documents:
        raise FileNotFoundError(f"no PolNeAR training articles under {data / 'polnear' / 'train'}")
    names = sorted(d.name for d in documents)
    random.Random(config.seed).shuffle(names)
    held = set(names[: round(len(names) * config.holdout_share)])
    trainer = pycrfsuite.Trainer(verbose=False)
    trainer.set_params(
        {
            "c1": config.c1,
            "c2": config.c2,
            "max_iterations": config.max_iterations,
            "feature.minfreq": config.min_feature_freq,
            "feature.possible_transitions": True,
        }
    )
    start = time.perf_counter()
    held_out: list[tuple[list[list[str]], list[str]]] = []
    for document, doc in zip(documents, docs if docs is not None else parse(documents)):
        for xseq, yseq in document_sequences(doc, document.attributions):
            if document.name in held:
                held_out.append((xseq, yseq))
            else:
                trainer.append(xseq, yseq)
    log(f"prepared {len(documents)} articles in {time.perf_counter() - start:.0f} s; training on {len(documents) - len(held)}")
    out.mkdir(parents=True, exist_ok=True)
    model_path = out / "model.crfsuite"
    start = time.perf_counter()
    trainer.train(str(model_path))
    seconds = time.perf_counter() - start
    tagger = pycrfsuite.Tagger()
    tagger.open(str(model_path))
    record = {
        "name": config.name,
        "config": asdict(config),
        "data": "PolNeAR v1.0.0 train/, first annotator listed in metadata.tsv",
        "data_sha256": data_hash(documents),
        "articles": len(documents),
        "held_out_articles": sorted(held),
        "training_seconds": round(seconds, 1),
        "held_out_token_f1": token_scores(tagger, held_out),
        "size_bytes": model_path.stat().st_size,
        "date": date.today().isoformat(),
    }
    (out / "training.json").write_text(json.dumps(record, indent=1) + "\n", encoding="utf-8")
    return record


def token_scores(tagger: Any, sequences_: list[tuple[list[list[str]], list[str]]]) -> dict[str, float]:
    """Token-level F1 of each role (B and I merged) on held-back sequences."""
    tp = dict.fromkeys(("SRC", "CUE", "CON"), 0)
    predicted, gold = dict(tp), dict(tp)
    for xseq, yseq in sequences_:
        for ours, theirs in zip(tagger.tag(xseq), yseq):
            ours, theirs = ours[2:], theirs[2:]
            if ours:
                predicted[ours] += 1
            if theirs:
                gold[theirs] += 1
            if ours and ours == theirs:
                tp[ours] += 1
    scores = {}
    for role in tp:
        p = tp[role] / predicted[role] if predicted[role] else 0.0
        r = tp[role] / gold[role] if gold[role] else 0.0
        scores[role] = round(2 * p * r / (p + r), 4) if p + r else 0.0
    return scores
