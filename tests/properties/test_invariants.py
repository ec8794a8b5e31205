"""Invariants every analysis keeps, on generated articles: spans inside the text, quotes that do not
overlap, JSON valid against the published schema, the same output for the same input."""

from __future__ import annotations

import jsonschema
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from presslens import Analyzer, analysis_json_schema, build_article

NAMES = ["Jane Holt", "Hadi al-Amiri", "the ministry", "He", "It", "Officials", "Dr. Ana Lima"]
VERBS = ["said", "added", "told reporters", "warned", "confirmed", "insisted"]
DATES = ["on Tuesday", "on January 3, 2020", "last year", "two days after the vote", "by the end of 2021", ""]
FRAGMENTS = ["the talks failed", "the army will withdraw", "prices rose sharply", "نحن هنا", "le peuple a parlé", "שלום", "🙂 fine"]

sentence = st.builds(
    lambda name, verb, when, what, direct: (f"“{what.capitalize()},” {name} {verb} {when}." if direct else f"{name} {verb} {when} that {what}.").replace("  ", " "),
    st.sampled_from(NAMES),
    st.sampled_from(VERBS),
    st.sampled_from(DATES),
    st.sampled_from(FRAGMENTS),
    st.booleans(),
)
noise = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=40)
article_text = st.lists(st.one_of(sentence, noise), min_size=1, max_size=8).map(lambda parts: "Headline\n" + "\n".join(parts))

SCHEMA = analysis_json_schema()


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(article_text)
def test_invariants(text: str) -> None:
    analyzer = Analyzer(techniques_model=False)
    analysis = analyzer.analyze(build_article(text, source=None, headline_first_line=True))
    for span in analysis.spans():
        assert 0 <= span.start <= span.end <= len(text)
    parts = sorted((p.start, p.end) for q in analysis.quotes for p in (q.content, *q.continuation))
    assert all(a_end <= b_start for (_, a_end), (b_start, _) in zip(parts, parts[1:])), "quote contents overlap"
    document = analysis.model_dump(mode="json")
    jsonschema.validate(document, SCHEMA)
    again = analyzer.analyze(build_article(text, source=None, headline_first_line=True))
    assert again.model_dump() == analysis.model_dump()
