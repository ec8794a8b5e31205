"""The TempEval-3 reader and scorer on a TimeML document written for them."""

from __future__ import annotations

from datetime import date

import pytest

from presslens.evaluation.tempeval import PredictedTimex, halves, parse_timeml, score_timexes

TIMEML = """<?xml version="1.0" ?>
<TimeML>
<DOCID>APW19980213.0001</DOCID>
<DCT><TIMEX3 tid="t0" type="DATE" value="1998-02-13" temporalFunction="false" functionInDocument="CREATION_TIME">1998-02-13</TIMEX3></DCT>
<TEXT>
Talks <EVENT eid="e1">ended</EVENT> <TIMEX3 tid="t1" type="DATE" value="1998-02-10">Tuesday</TIMEX3> after
<TIMEX3 tid="t2" type="DURATION" value="P3D" mod="APPROX">about three days</TIMEX3> &amp; more.
</TEXT>
</TimeML>
"""


def test_the_text_loses_its_tags_and_the_timexes_keep_their_offsets() -> None:
    doc = parse_timeml("APW19980213.0001", "AQUAINT", TIMEML)
    assert doc.dct == date(1998, 2, 13)
    assert "<" not in doc.text and "& more" in doc.text
    assert [(doc.text[t.start : t.end], t.type, t.value, t.mod) for t in doc.timexes] == [
        ("Tuesday", "DATE", "1998-02-10", None),
        ("about three days", "DURATION", "P3D", "APPROX"),
    ]


def test_a_document_without_a_creation_time_is_refused() -> None:
    with pytest.raises(ValueError, match="no document creation time"):
        parse_timeml("x", "TimeBank", "<TimeML><TEXT>on Tuesday</TEXT></TimeML>")


def test_strict_relaxed_type_and_value_are_counted_on_overlapping_pairs() -> None:
    doc = parse_timeml("d", "AQUAINT", TIMEML)
    tuesday, days = doc.timexes
    predicted = [
        PredictedTimex(tuesday.start, tuesday.end, "DATE", "1998-02-10"),  # strict, type and value right
        PredictedTimex(days.start + 6, days.end, "DURATION", "P4D"),  # 'three days': relaxed only, value wrong
        PredictedTimex(0, 5, "DATE", "PRESENT_REF"),  # 'Talks': spurious
    ]
    counts = score_timexes(predicted, doc.timexes)
    assert (counts.predicted, counts.gold, counts.strict, counts.relaxed, counts.type_correct, counts.value_correct) == (3, 2, 1, 2, 2, 1)
    report = counts.report()
    assert report["value_f"] == round(2 * (1 / 3) * (1 / 2) / (1 / 3 + 1 / 2), 4)


def test_halves_alternate_within_each_source() -> None:
    names = ["APW1", "APW2", "APW3", "NYT1", "NYT2", "XIE1"]
    docs = [parse_timeml(n, "AQUAINT", TIMEML) for n in reversed(names)]
    first, second = halves(docs)
    assert [d.name for d in first] == ["APW1", "APW3", "NYT1", "XIE1"]
    assert [d.name for d in second] == ["APW2", "NYT2"]
