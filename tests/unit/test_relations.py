"""The attribution tagger's plumbing: gold tags, decoding tags into relations, training on a tiny corpus."""

from __future__ import annotations

import dataclasses
from pathlib import Path

from presslens import Analyzer
from presslens.evaluation.polnear import GoldAttribution
from presslens.pipeline.attribution import quotation_spans
from presslens.pipeline.relations import Columns, decode, quoted_tokens, sequences
from presslens.train.attribution import TrainConfig, labels, train

TEXT = "The mayor said the bridge would reopen soon. “It is old and needs work.” It was built in 1900.\nCritics fear the worst for the town."


def _tokens(analyzer: Analyzer, text: str):  # type: ignore[no-untyped-def]
    return [t for seq in sequences(analyzer.nlp(text)) for t in seq]


def _words(tokens, runs) -> list[str]:  # type: ignore[no-untyped-def]
    doc = tokens[0].doc
    return [doc[a:b].text for a, b in runs]


def test_gold_roles_become_bio_tags(analyzer: Analyzer) -> None:
    tokens = _tokens(analyzer, "The mayor said the bridge would reopen.")
    gold = [GoldAttribution(content=((15, 38),), cue=((10, 14),), source=((0, 9),))]
    assert labels(tokens, gold) == ["B-SRC", "I-SRC", "B-CUE", "B-CON", "I-CON", "I-CON", "I-CON", "O"]


def test_a_cue_takes_its_sentence_and_the_quoted_cueless_sentences_after_it_in_its_paragraph_only(analyzer: Analyzer) -> None:
    tokens = _tokens(analyzer, TEXT)
    words = [t.text for t in tokens]
    tags = ["O"] * len(tokens)
    tags[0:2] = ["B-SRC", "I-SRC"]
    tags[2] = "B-CUE"

    def content(first: int, last: int) -> None:
        tags[first : last + 1] = ["B-CON"] + ["I-CON"] * (last - first)

    content(words.index("the"), words.index("soon"))
    content(words.index("It"), words.index("work"))
    content(words.index("was") - 1, words.index("1900"))  # the outlet's words, though tagged
    critics = words.index("Critics")
    tags[critics] = "B-SRC"
    content(critics + 2, critics + 6)
    quoted = quoted_tokens(tokens[0].doc, quotation_spans(TEXT))
    (first,) = decode(tokens[:critics], tags[:critics], quoted=quoted)
    assert decode(tokens[critics:], tags[critics:], quoted=quoted) == []  # no cue: the outlet's
    assert _words(tokens, first.cue) == ["said"] and _words(tokens, first.source) == ["The mayor"]
    assert _words(tokens, first.content) == ["the bridge would reopen soon", "It is old and needs work"]


def test_a_tagged_content_stops_at_the_end_of_its_sentence_unless_quoted(analyzer: Analyzer) -> None:
    tokens = _tokens(analyzer, "The mayor said the bridge would reopen. It was built in 1900.")
    words = [t.text for t in tokens]
    tags = ["B-SRC", "I-SRC", "B-CUE"] + ["B-CON"] + ["I-CON"] * (words.index("1900") - 3) + ["O"]
    (relation,) = decode(tokens, tags)
    assert _words(tokens, relation.content) == ["the bridge would reopen"]


def test_training_on_a_tiny_corpus_writes_a_model_and_its_record(tmp_path: Path) -> None:
    root = tmp_path / "polnear"
    (root / "train" / "text").mkdir(parents=True)
    (root / "train" / "attributions").mkdir()
    rows = ["compartment\tfilename\tannotators\tpublication_date"]
    for n in range(4):
        name = f"doc{n}"
        (root / "train" / "text" / f"{name}.txt").write_text("Headline\n\nThe mayor said the bridge would reopen.\n", encoding="utf-8")
        ann = "T1\tSource 10 19\tThe mayor\nT2\tCue 20 24\tsaid\nT3\tContent 25 48\tthe bridge would reopen\nT4\tAttribution 20 24\tsaid\n"
        ann += "E1\tAttribution:T4 Content:T3 Cue:T2 Source:T1\n"
        (root / "train" / "attributions" / f"{name}_a1.ann").write_text(ann, encoding="utf-8")
        rows.append(f"train\t{name}\ta1\t2016-01-0{n + 1}")
    (root / "metadata.tsv").write_text("\n".join(rows) + "\n", encoding="utf-8")
    config = dataclasses.replace(TrainConfig.load(), max_iterations=5, holdout_share=0.25, min_feature_freq=1)
    record = train(tmp_path, tmp_path / "out", config, log=lambda *_: None)
    assert (tmp_path / "out" / "model.crfsuite").stat().st_size == record["size_bytes"] > 0
    assert len(record["held_out_articles"]) == 1 and set(record["held_out_token_f1"]) == {"SRC", "CUE", "CON"}
    assert (tmp_path / "out" / "training.json").exists()


def test_columns_read_through_to_array_equal_the_token_attributes(analyzer: Analyzer) -> None:
    doc = analyzer.nlp("“It will fail,” said Senator Smith, who spoke in Washington.\nCritics disagreed on Monday.")
    columns = Columns.of(doc)
    assert columns.lower == [t.lower_ for t in doc] and columns.lemma == [t.lemma_.lower() for t in doc]
    assert columns.pos == [t.pos_ for t in doc] and columns.dep == [t.dep_ for t in doc] and columns.tag == [t.tag_ for t in doc]
    assert columns.ent == [t.ent_type_ for t in doc] and columns.iob == [t.ent_iob_ for t in doc]
    assert columns.shape == [t.shape_[:4] for t in doc] and columns.text == [t.text for t in doc]
    assert columns.head == [t.head.i for t in doc]  # heads before and after a token: signed offsets
    assert columns.sent_start == [bool(t.is_sent_start) for t in doc]
    assert [columns.is_sent_end(t.i) for t in doc] == [bool(t.is_sent_end) for t in doc]
    assert columns.has_children == [t.n_lefts + t.n_rights > 0 for t in doc]


def test_a_tagged_content_stops_where_the_cue_s_verb_goes_on_to_a_second_act(analyzer: Analyzer) -> None:
    tokens = _tokens(analyzer, "The court invalidated a key provision and triggered a wave of new state laws.")
    words = [t.text for t in tokens]
    cue = words.index("invalidated")
    tags = ["B-SRC", "I-SRC", "B-CUE"] + ["B-CON"] + ["I-CON"] * (len(words) - cue - 3) + ["O"]
    (relation,) = decode(tokens, tags)
    assert _words(tokens, relation.content) == ["a key provision"]
