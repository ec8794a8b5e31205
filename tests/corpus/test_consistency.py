"""Conflicts across articles: the same words given to different speakers or dated to different days, stories cited with
their dates, on both backends."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from presslens import Analyzer
from presslens.corpus import Store, date_conflicts, find_conflicts, ingest, said_on_conflicts, speaker_conflicts
from presslens.corpus.results import Conflicts

WORDS = "“We will rebuild every bridge in the province before the winter comes, whatever it costs.”"
ARTICLES = {
    "minister.txt": f"Bridges to be rebuilt\n\nFinance Minister Sami Haddad said on Monday: {WORDS}",
    "governor.txt": f"Governor vows to rebuild bridges\n\nGovernor Laila Nouri said on Monday: {WORDS}",
    "reporters.txt": f"Haddad pledges bridges\n\nSami Haddad, the finance minister, told reporters: {WORDS}",
    "joint.txt": "Leaders demand report\n\nNancy Pelosi and Charles Schumer said: “The full report must be made public without any delay at all.”",
    "pelosi.txt": "Pelosi demands report\n\nNancy Pelosi said: “The full report must be made public without any delay at all.”",
}


def _conflicts_of(texts: dict[str, str], published: date, url: str, analyzer: Analyzer, folder: Path) -> Conflicts:
    """The conflicts of a store holding these articles (file name -> text), each kind also found on its own."""
    for name, text in texts.items():
        (folder / name).write_text(text + "\n", encoding="utf-8")
    with Store(url) as store:
        ingest(store, [folder], analyzer, published=published)
        with store.read() as conn:
            everything = find_conflicts(conn)
            assert everything == Conflicts(dates=date_conflicts(conn), speakers=speaker_conflicts(conn), said_on=said_on_conflicts(conn))
            return everything


def test_the_same_words_given_to_different_speakers(empty_url: str, analyzer: Analyzer, tmp_path: Path) -> None:
    found = _conflicts_of(ARTICLES, date(2022, 3, 7), empty_url, analyzer, tmp_path).speakers
    assert len(found) == 1
    conflict = found[0]
    assert sorted(conflict.speakers) == ["Laila Nouri", "Sami Haddad"]
    assert sorted(q.speaker for q in conflict.versions) == ["Laila Nouri", "Sami Haddad", "Sami Haddad"]
    assert "rebuild every bridge" in conflict.words and "to Sami Haddad in 2 article(s) (named “" in conflict.why


def test_stories_cited_with_their_dates_are_no_event_dated_twice(empty_url: str, analyzer: Analyzer, tmp_path: Path) -> None:
    cited = {
        "first.txt": "Judge rules on deportations\n\nThe judge ruled again on Monday.\n"
        "U.S. Judge Frees Indonesian Immigrant Held By Trump Order, by Nate Raymond, Reuters, November 1, 2017",
        "second.txt": "Deportations on hold\n\nThe case goes on.\n"
        "U.S. Judge May Extend Freeze On Indonesian Immigrants' Deportation, by Nate Raymond, Reuters, January 17, 2018",
    }
    assert _conflicts_of(cited, date(2018, 2, 1), empty_url, analyzer, tmp_path).dates == []


def test_the_same_words_of_one_speaker_dated_to_different_days(empty_url: str, analyzer: Analyzer, tmp_path: Path) -> None:
    said = "“We have never refused negotiations, and it is the West that has been sabotaging them,”"
    dated = {
        "agency.txt": f"Lavrov ready for talks\n\nMOSCOW, March 3. /TASS/. {said} Sergey Lavrov told a news conference in New Delhi on Thursday.",
        "wire.txt": f"Lavrov blames West\n\nNEW DELHI, March 3 (Reuters) - {said} Sergey Lavrov told reporters in New Delhi on Friday.",
        "undated.txt": f"Lavrov speaks\n\n{said} Sergey Lavrov said.",
    }
    everything = _conflicts_of(dated, date(2023, 3, 3), empty_url, analyzer, tmp_path)
    assert everything.speakers == []
    (conflict,) = everything.said_on
    assert conflict.speaker == "Sergey Lavrov" and conflict.days == [date(2023, 3, 2), date(2023, 3, 3)]
    assert [(q.article.outlet, q.said_on) for q in conflict.versions] == [("TASS", date(2023, 3, 2)), ("Reuters", date(2023, 3, 3))]
    assert conflict.why == "the same words (at least 8 in a row) of Sergey Lavrov are dated 2023-03-02 in 1 article(s); 2023-03-03 in 1 article(s)"
