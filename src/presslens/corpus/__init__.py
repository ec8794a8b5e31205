"""The corpus: analysed articles in SQLite or PostgreSQL, entities joined across articles, stories traced across outlets.

    >>> from presslens import Analyzer
    >>> from presslens.corpus import Store, ingest, queries
    >>> with Store("presslens.db") as store:
    ...     ingest(store, ["articles/"], Analyzer())
    ...     with store.read() as conn:
    ...         queries.quotes_by_speaker(conn, "al-Kadhimi")
"""

from __future__ import annotations

from presslens.corpus import queries
from presslens.corpus.consistency import date_conflicts, find_conflicts, said_on_conflicts, speaker_conflicts
from presslens.corpus.ingest import ingest, relink
from presslens.corpus.linking import merge_entities, split_entity
from presslens.corpus.reanalysis import reanalyze
from presslens.corpus.store import Store, store_url
from presslens.corpus.stories import list_stories, story_view

__all__ = ["Store", "date_conflicts", "find_conflicts", "ingest", "list_stories", "merge_entities", "queries", "reanalyze", "relink", "said_on_conflicts", "speaker_conflicts", "split_entity", "store_url", "story_view"]
