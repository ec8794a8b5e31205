"""The lexicon baseline: every label it gives has a reason a reader can check."""

from __future__ import annotations

import re
from pathlib import Path

import numpy as np
import pytest

from presslens import Analysis, Analyzer, build_article
from presslens.evaluation.ptc import TECHNIQUES
from presslens.model import Quote, Span, Speaker
from presslens.pipeline.rhetoric import Detected, _model_span, _quote_around, _trigger, _whole_words, definitions, find_techniques, lexicon, lexicon_detect


def test_every_lexicon_label_is_a_task_label_with_a_definition() -> None:
    assert {p.label for p in lexicon()} <= set(TECHNIQUES)
    assert set(definitions()) == set(TECHNIQUES)


def test_one_span_can_carry_two_techniques() -> None:
    text = "They fought the occupying forces near the border."
    (hit,) = lexicon_detect(text)
    assert text[hit.start : hit.end] == "occupying forces"
    assert [label for label, _ in hit.labels] == ["Loaded_Language", "Name_Calling,Labeling"]
    assert "'occupying forces'" in hit.reason


def test_flag_waving_and_doubt() -> None:
    text = "The so-called reform betrays our beloved nation."
    found = {text[h.start : h.end]: h.labels[0][0] for h in lexicon_detect(text)}
    assert found == {"so-called": "Doubt", "our beloved nation": "Flag-Waving"}


def test_labels_that_cast_the_target_as_criminal_or_servile_are_name_calling() -> None:
    text = "The warmongers and their stooges staged the drills, and the gangsters will pay."
    assert {text[h.start : h.end]: h.labels[0][0] for h in lexicon_detect(text)} == {
        "warmongers": "Name_Calling,Labeling", "stooges": "Name_Calling,Labeling", "gangsters": "Name_Calling,Labeling"
    }


def test_plain_reporting_is_not_flagged() -> None:
    assert lexicon_detect("The ministry said in a statement on Tuesday that talks would resume in March.") == []


def test_no_technique_is_shown_on_a_link_to_another_story() -> None:
    text = "Talks resume\n\nThe so-called reform betrays our beloved nation.\nAlso on rt.com The so-called reform betrays our beloved nation\n"
    found = find_techniques(text, text.index("The"), [], definitions(), use_model=False)
    assert {text[t.start : t.end] for t in found} == {"so-called", "our beloved nation"}
    assert all(t.end < text.index("Also") for t in found)


def test_the_words_of_the_law_and_of_time_are_not_loaded_language() -> None:
    neutral = (
        "Prosecutors opened a criminal investigation under the criminal justice reform, during a transition period "
        "of two years; the sanctions regime stays. Let everyone know when terrorists strike the homeland."
    )
    assert [(neutral[d.start : d.end], d.labels[0][0]) for d in lexicon_detect(neutral)] == [("terrorists", "Name_Calling,Labeling")]
    loaded = "“We may well have a criminal in the White House. We will win ― period.” Everybody knows it."
    found = {(loaded[d.start : d.end], d.labels[0][0]) for d in lexicon_detect(loaded)}
    assert found == {
        ("criminal", "Loaded_Language"),
        ("period", "Thought-terminating_Cliches"),
        ("Everybody knows", "Bandwagon,Reductio_ad_hitlerum"),
    }


def test_a_model_span_cut_inside_a_word_or_an_abbreviation_takes_the_whole_word() -> None:
    text = "the U.S. dream of bereft towns"
    assert text[slice(*_whole_words(text, text.index("S."), text.index("S.") + 1))] == "U.S"
    assert text[slice(*_whole_words(text, text.index("ft"), text.index("ft") + 2))] == "bereft"
    named = "that the United States is not serious. States differ."
    assert named[slice(*_whole_words(named, named.index("States"), named.index(" serious")))] == "United States is not"
    assert named[slice(*_whole_words(named, named.rindex("States"), len(named) - 1))] == "States differ"


def test_a_model_span_ends_before_the_function_words_its_run_spilled_onto() -> None:
    for words, shown in (("defying the", "defying"), ("is one of the parties to the", "is one of the parties"), ("slam at ", "slam"), ("the truth", "the truth")):
        text = f"He was {words} views."
        start = text.index(words)
        assert text[slice(*_model_span(text, start, start + len(words)))] == shown


def test_a_model_span_takes_both_quotation_marks_or_neither_and_no_leading_preposition() -> None:
    text = "Members Prefer ‘No Deal’ Brexit to the ’No Way’ plan and “a sham”, a “hard” border, accused of “treachery”, ‘a total disaster for all’."
    for words, shown in (
        ("No Deal’", "‘No Deal’"), ("‘a total disaster", "a total disaster"), ("’No Way’ plan", "’No Way’ plan"), ("“a sham”", "“a sham”"),
        ("hard” border", "“hard” border"), ("of “treachery", "“treachery”"),
    ):  # fmt: skip
        start = text.index(words)
        assert text[slice(*_model_span(text, start, start + len(words)))] == shown


def test_a_span_over_the_cue_between_two_quotes_is_in_the_voice_of_the_one_holding_most_of_it() -> None:
    text = "It says the plan is not serious, stressing that the dream of the occupiers is a mere illusion."
    speaker = Speaker(resolved=False, via="named")

    def quote(number: int, words: str) -> Quote:
        start = text.index(words)
        return Quote(id=f"Q{number}", kind="indirect", content=Span(start=start, end=start + len(words)), speaker=speaker, confidence=0.9)

    quotes = [quote(1, "the plan is not serious"), quote(2, "the dream of the occupiers is a mere illusion")]
    across = Detected(text.index("serious"), len(text) - 1, (("Flag-Waving", 0.5),), "model", "")
    assert _quote_around(across, quotes) is quotes[1]
    outside = Detected(0, text.index(" the plan"), (("Doubt", 0.5),), "model", "")
    assert _quote_around(outside, quotes) is None



def test_a_model_span_s_label_probabilities_are_no_surer_than_that_a_technique_is_used_there(seed_analysis: Analysis) -> None:
    from presslens.pipeline.rhetoric import chosen_model

    model = chosen_model()
    assert model is not None
    text = seed_analysis.article.text
    offsets, probs, logits = model.token_scores(text)
    found = model.detect(text, (offsets, probs, logits))
    assert found
    for span in found:
        surest = max(p for (s, e), p in zip(offsets, probs) if span.start <= s and e <= span.end)
        assert sum(p for _, p in span.labels) <= surest + 1e-3


def test_the_trigger_shown_is_the_surest_word_with_a_meaning_of_its_own() -> None:
    text = "We are not leaving without a deal."
    offsets = [(m.start(), m.end()) for m in re.finditer(r"\w+", text)]
    probs = np.array([0.2, 0.1, 0.3, 0.4, 0.2, 0.9, 0.5])
    assert _trigger(text, offsets, probs) == "deal"
    assert _trigger("a", [(0, 1)], np.array([0.9])) == "a"


def test_the_settings_choose_the_technique_model_and_the_analysis_names_it(analyzer: Analyzer, monkeypatch: pytest.MonkeyPatch) -> None:
    from presslens import settings
    from presslens.pipeline.rhetoric import chosen_model

    assert analyzer.generator.technique_model == settings.DEFAULT_TECHNIQUE_MODEL == "techniques-v4"
    monkeypatch.setattr(settings, "TECHNIQUE_MODEL", "techniques-v5")  # shipped beside the default: 6 layers
    other = chosen_model()
    assert other is not None and other.name == "techniques-v5"
    chosen = Analyzer(techniques_model=True)
    assert chosen.generator.technique_model == "techniques-v5"
    assert Analyzer(techniques_model=False).generator.technique_model is None  # the lexicon alone
    text = "Headline\n\nThe vile thugs of the regime martyred our heroes, the minister said.\n"
    analysis = chosen.analyze(build_article(text, source="t", headline_first_line=True))
    assert analysis.generator.technique_model == "techniques-v5" and any(t.source == "model" for t in analysis.techniques)


def test_a_technique_model_the_settings_cannot_find_stops_the_analyzer_with_what_to_set(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from presslens import settings
    from presslens.errors import ModelError

    monkeypatch.setattr(settings, "TECHNIQUE_MODEL", str(tmp_path / "no-model-here"))
    with pytest.raises(ModelError, match=r"\[E200\] no technique model named .*no-model-here.*PRESSLENS_TECHNIQUE_MODEL"):
        Analyzer()
