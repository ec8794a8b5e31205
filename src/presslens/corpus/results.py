"""What corpus queries return: pydantic models shared by the CLI, the Python API and the web API."""

from __future__ import annotations

from datetime import date
from typing import Literal

from pydantic import BaseModel, Field, field_validator, model_validator

from presslens.model import Span


class ArticleRef(BaseModel):
    """Enough of an article to list and link it."""

    id: str
    headline: str | None
    outlet: str | None
    published: date | None
    url: str | None = None
    source: str | None = None


class IngestReport(BaseModel):
    added: int = 0
    already_stored: int = 0
    failed: list[str] = Field(default_factory=list, description="'source: [code] reason' for every input that failed.")
    corpus_entities: int = 0
    stories: int = 0


class ReanalysisReport(BaseModel):
    reanalysed: int = 0
    failed: list[str] = Field(default_factory=list, description="'article ID: [code] source: reason' for every article that kept its old analysis.")
    corpus_entities: int = 0
    stories: int = 0


class SearchHit(BaseModel):
    article: ArticleRef
    snippet: str = Field(description="Plain text around the match; the matched words are between [ and ].")


class QuoteRecord(BaseModel):
    """One quote from the store, with its article."""

    article: ArticleRef
    quote_id: str
    kind: str
    speaker: str | None = Field(description="The corpus entity's name, or the speaker as written when unresolved.")
    speaker_entity: str | None = Field(description="Id of the corpus entity.")
    joint_speakers: list[str] = Field(default_factory=list, description="Those who said it with the speaker ('Pelosi and Schumer said'), in the text's order.")
    joint_entities: list[str | None] = Field(default_factory=list, description="Their corpus entity ids, in the same order.")
    speaker_text: str | None
    speaker_via: str | None = Field(default=None, description="How the speaker was resolved: named, pronoun, role, document... (the analysis' speaker.via).")
    cue: str | None
    negated: bool = Field(description="The text says it was not said: 'did not mention', 'refused to say'.")
    content: str
    said_on: date | None
    channel: str | None
    span: Span


class QuoteFilters(BaseModel):
    """What `presslens quotes`, the quotes page and /api/quotes filter by; empty fields filter nothing, the others all apply."""

    speaker: str | None = Field(default=None, max_length=200, description="Said by this person or body (a name, an alias, an acronym or a corpus entity id), alone or with others.")
    about: str | None = Field(default=None, max_length=200, description="Words that name this entity, said by someone else.")
    outlet: str | None = Field(default=None, max_length=200)
    since: date | None = Field(default=None, description="Said (or, when the text does not say when, published) on or after this day.")
    until: date | None = Field(default=None, description="Said (or published) on or before this day.")
    kind: Literal["direct", "indirect", "mixed"] | None = None
    words: str | None = Field(default=None, max_length=500, description='Words (or "a phrase") the quote holds, all of them, in any case.')

    @field_validator("*", mode="before")
    @classmethod
    def _empty_is_none(cls, value: object) -> object:
        """An empty form field filters nothing."""
        return None if isinstance(value, str) and not value.strip() else value

    @model_validator(mode="after")
    def _a_period(self) -> QuoteFilters:
        if self.since and self.until and self.since > self.until:
            raise ValueError(f"since ({self.since}) is after until ({self.until})")
        return self


class QuotePage(BaseModel):
    total: int = Field(description="Quotes under the filters, all pages together.")
    quotes: list[QuoteRecord]


class SourceCount(BaseModel):
    """One speaker of the quotes under some filters, and how much they are quoted."""

    speaker: str | None = Field(description="The corpus entity's name; for a speaker the text does not name, its words in lower case ('officials'), or none.")
    speaker_entity: str | None = None
    label: str | None = Field(default=None, description="PERSON, ORG, GPE...: the corpus entity's label.")
    quotes: int
    articles: int
    outlets: int


class SourcesReport(BaseModel):
    """Who the quotes under some filters quote."""

    quotes: int
    named_share: float = Field(description="Share of the quotes whose speaker is a named person or body (a corpus entity).")
    named: list[SourceCount] = Field(description="The most quoted people and bodies, most quoted first; words said together count for each.")
    unnamed: list[SourceCount] = Field(description="The speakers the text does not name, by the words it uses, most frequent first.")


class EntityLink(BaseModel):
    """One article's cluster inside a corpus entity, and why it was joined."""

    article: ArticleRef
    entity_id: str
    canonical: str
    mentions: int
    evidence: str


class CoOccurrence(BaseModel):
    entity: str
    name: str
    label: str
    articles: int


class TimelinePoint(BaseModel):
    when: date
    kind: Literal["said", "mentioned"]
    article: ArticleRef
    text: str


class EntityProfile(BaseModel):
    id: str
    name: str
    label: str
    aliases: list[str]
    articles: int
    mentions: int
    links: list[EntityLink]
    co_occurring: list[CoOccurrence]
    quotes_by: list[QuoteRecord]
    quotes_about: list[QuoteRecord] = Field(description="Quotes by others whose content mentions this entity.")
    timeline: list[TimelinePoint]


class GroupStats(BaseModel):
    """Counts for one outlet (or month) of the corpus."""

    group: str
    articles: int
    words: int
    techniques: int
    techniques_per_1000_words: float
    unattributed_share: float = Field(description="Body sentences in the outlet's own voice / all body sentences.")
    quotes_per_article: float
    named_source_share: float = Field(description="Quotes whose speaker is a named person or body (a corpus entity) / all quotes; 0 without quotes.")
    by_label: dict[str, int]


class StoryGroup(BaseModel):
    id: str
    first: ArticleRef
    articles: list[ArticleRef]


EditKind = Literal["added", "removed", "reworded"]


class Edit(BaseModel):
    """One difference between a version and the first version of a story."""

    kind: EditKind
    first_text: str | None = Field(description="The words in the first version (None when added).")
    text: str | None = Field(description="The words in this version (None when removed).")
    first_span: Span | None
    span: Span | None
    note: Literal["gloss", "quote", "dateline", "headline"] | None = None


class QuoteChange(BaseModel):
    kind: Literal["cut", "changed", "added"]
    speaker: str | None
    first_text: str | None
    text: str | None


class StoryVersion(BaseModel):
    article: ArticleRef
    similarity: float = Field(description="Estimated Jaccard similarity of word 3-shingles with the first version.")
    edits: list[Edit]
    quotes: list[QuoteChange]


class StoryView(BaseModel):
    id: str
    first: ArticleRef
    why_first: str
    versions: list[StoryVersion] = Field(description="The other versions, each compared with the first.")


class DatedEvent(BaseModel):
    article: ArticleRef
    when: str
    sentence: str
    derived: bool = Field(description="The date is computed from the text ('two days after'), not written.")


class DateConflict(BaseModel):
    """One event dated differently by two articles."""

    first: DatedEvent
    second: DatedEvent
    shared_entities: list[str]
    shared_words: list[str]
    why: str


class SpeakerConflict(BaseModel):
    """The same words given to different speakers by different articles."""

    words: str = Field(description="The words as the first version gives them.")
    versions: list[QuoteRecord] = Field(description="Every quote holding the words whose speaker is resolved, in the order said or published.")
    speakers: list[str] = Field(description="The speakers the versions name, each once.")
    all_named: bool = Field(
        description="Each speaker is named outright in at least one version, not only found through a pronoun, a role or a quote"
        " before: the stronger case, listed first; otherwise one reading may be presslens' own."
    )
    why: str


class SaidOnConflict(BaseModel):
    """The same words of the same speaker said, the articles write, on different days."""

    words: str = Field(description="The words as the first version gives them.")
    speaker: str = Field(description="The speaker the versions agree on.")
    versions: list[QuoteRecord] = Field(description="Every version the text dates, in the order said.")
    days: list[date] = Field(description="The days the versions give, each once, earliest first.")
    why: str


class Conflicts(BaseModel):
    """What the articles of a corpus tell differently."""

    dates: list[DateConflict] = Field(description="One event dated differently by two articles.")
    speakers: list[SpeakerConflict] = Field(description="The same words given to different speakers by different articles.")
    said_on: list[SaidOnConflict] = Field(
        default_factory=list, description="The same words of the same speaker dated to different days by different articles."
    )


class Facet(BaseModel):
    value: str
    label: str
    count: int


class ArticleFilters(BaseModel):
    """What the corpus page and /api/articles filter by; empty fields filter nothing."""

    q: str | None = None
    outlet: str | None = None
    month: str | None = Field(default=None, pattern=r"^\d{4}-\d{2}$")
    technique: str | None = None
    entity: str | None = None


class ArticlePage(BaseModel):
    total: int
    articles: list[ArticleRef]
    facets: dict[str, list[Facet]] = Field(description="outlet, month, technique and entity, with counts under the filters.")
