"""The document model: an :class:`Article` and the :class:`Analysis` of it.

Every span is a pair of character offsets into ``Article.text`` (Python string
indices, end exclusive). Nothing stores a copy of the text it points at, so the
JSON, the report and a database cannot drift apart.
"""

from __future__ import annotations

import hashlib
from datetime import date
from datetime import date as _Date
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

from presslens.settings import SCHEMA_VERSION


class Span(BaseModel):
    """A stretch of ``Article.text``: ``text[start:end]``."""

    model_config = ConfigDict(frozen=True)

    start: int = Field(ge=0)
    end: int = Field(ge=0)

    @model_validator(mode="after")
    def _ordered(self) -> Span:
        if self.end < self.start:
            raise ValueError(f"span end {self.end} is before its start {self.start}")
        return self

    def text_in(self, text: str) -> str:
        return text[self.start : self.end]


class Dateline(BaseModel):
    """The wire dateline opening the body, such as ``BAGDHAD (Dispatches) –``."""

    span: Span
    place: Span | None = None
    outlet: Span | None = None


class Article(BaseModel):
    """One news article as read from its source, before analysis."""

    id: str = Field(description="SHA-256 of the text: the same text always has the same id.")
    source: str | None = Field(default=None, description="File path, '<stdin>', or 'file.jsonl:LINE'.")
    url: str | None = None
    outlet: str | None = None
    headline: str | None = None
    headline_span: Span | None = Field(default=None, description="Where the headline stands in the text, when it is part of it.")
    dateline: Dateline | None = None
    body_start: int = Field(default=0, ge=0, description="Offset where the body begins, after headline and dateline.")
    published: date | None = None
    language: str | None = Field(default=None, description="Language declared by the source, if any.")
    text: str

    @staticmethod
    def content_id(text: str) -> str:
        return hashlib.sha256(text.encode("utf-8")).hexdigest()


MentionOrigin = Literal["ner", "dateline", "same_name", "acronym", "alias", "possessive_split", "transcript", "speaker", "given_name"]


class Mention(Span):
    """One occurrence of an entity in the text."""

    origin: MentionOrigin = Field(description="What found the mention: the NER model, or which presslens rule.")
    model_label: str | None = Field(default=None, description="Label the NER model gave this mention, if it tagged it.")
    variant: bool = Field(default=False, description="A spelling variant joined to the cluster and reported as a finding.")


EntityLabel = Literal["PERSON", "ORG", "GPE", "LOC", "FAC", "NORP", "EVENT", "PRODUCT", "LAW", "WORK_OF_ART", "LANGUAGE"]


class Entity(BaseModel):
    """A cluster of mentions that name the same person, organisation or place."""

    id: str
    label: EntityLabel = Field(description="Decided by the cluster's mentions, not by any single one.")
    canonical: str = Field(description="The fullest name used in the article, or the gazetteer's for a misspelt place.")
    mentions: list[Mention]
    evidence: list[str] = Field(default_factory=list, description="Why mentions were joined or relabelled.")


QuoteKind = Literal["direct", "indirect", "mixed"]
QuoteAct = Literal["speech", "belief"]
SpeakerRoute = Literal["named", "representative", "apposition", "pronoun", "document", "role", "inherited", "unnamed", "author", "unresolved"]


class Speaker(BaseModel):
    """Who a quote is attributed to: the words the text uses, and the entity they resolve to."""

    span: Span | None = Field(
        default=None, description="The speaker as written ('He', 'The statement', 'the IRCC'); for an inherited quote, as the quote it follows names it."
    )
    entity: str | None = Field(default=None, description="Id of the entity the speaker resolves to.")
    resolved: bool
    via: SpeakerRoute = Field(
        description="How the speaker was resolved: named in the text, a pronoun, a document, a role...; 'unnamed' (since 1.7):"
        " the sentence gives the words no holder ('is expected to pass', 'appears to have plummeted'); 'author' (since 1.8):"
        " the writer's own 'I', outside quotation marks, in a text that names its author; 'representative' (since 1.9): the words"
        " name someone who speaks for the entity ('a spokesperson for Theresa May', 'Pentagon officials')."
    )
    variant: bool = Field(default=False, description="Named with a spelling variant (see the name_variant finding).")
    joint: list[str] = Field(
        default_factory=list,
        description="Ids of the other entities the words are attributed to together with `entity`, in the text's order:"
        " 'Nancy Pelosi and Chuck Schumer said', and 'they' after it (since 1.15).",
    )
    refers_to: Span | None = Field(
        default=None,
        description="For a pronoun meaning someone the text never names: the words that brought them in ('Ireland's agriculture minister', 'the generals who ...');"
        " and for a noun naming again someone the text left unnamed ('The source added' after 'A military source told SANA', since 1.16).",
    )

    def everyone(self) -> list[str]:
        """Ids of every entity the words are attributed to: ``entity`` first, then the ``joint`` ones."""
        return [self.entity, *self.joint] if self.entity else []


class Quote(BaseModel):
    """A direct, indirect or mixed quote, or an 'according to' attribution."""

    id: str
    kind: QuoteKind
    act: QuoteAct = Field(default="speech", description="Words said or written, or a belief, intention or finding attributed.")
    content: Span
    continuation: list[Span] = Field(
        default_factory=list, description="More of the same quote after the cue broke it: “A,” she said, “B.”"
    )
    cue: Span | None = Field(default=None, description="The reporting words: 'said', 'called on', 'according to'.")
    cue_lemma: str | None = None
    negated: bool = Field(
        default=False, description="The text says it was not said ('did not mention', 'refused to say', 'No official said'); since 1.14."
    )
    speaker: Speaker
    said_on: date | None = Field(default=None, description="When it was said, when the text says so.")
    said_on_span: Span | None = None
    channel: str | None = Field(default=None, description="statement, tweet, interview ... when the text names it.")
    inherited: bool = Field(
        default=False, description="A bare quote that takes the speaker of the quote before it, or of an earlier quote whose words it repeats."
    )
    confidence: float = Field(
        ge=0, le=1, description="How direct the evidence for the speaker is, capped by the tagger's probability for a quote only the tagger found."
    )


TimexType = Literal["DATE", "TIME", "DURATION", "SET"]


class Timex(Span):
    """A temporal expression with its TIMEX3 type, value and mod."""

    id: str
    type: TimexType
    value: str | None = Field(description="TIMEX3 value: 2021-12-28, 2021, 2021-W52, 2021-Q4, P2D, PRESENT_REF ...; None when unknown.")
    mod: str | None = Field(default=None, description="TIMEX3 mod: START, MID, END, APPROX, EQUAL_OR_LESS ...")
    anchored: bool = Field(description="The value was computed from the publication date ('on Tuesday', 'last year').")
    inferred: bool = Field(default=False, description="Computed from a publication date inferred from the text, not given.")
    counted_from: str | None = Field(
        default=None, description="Id of the expression the value was counted from ('later that year' after 'June 1998'); since 1.4."
    )


class Evidence(BaseModel):
    span: Span
    why: str


class Publication(BaseModel):
    """When the article was published: given by the input, or inferred from the text as a range."""

    date: _Date | None = Field(default=None, description="The publication date, when known exactly.")
    source: Literal["input", "inferred", "unknown"]
    earliest: _Date | None = None
    latest: _Date | None = Field(default=None, description="Empty when the text gives only a lower bound (the latest year it names).")
    value: str | None = Field(
        default=None,
        description="TIMEX3 value of what is known of the date when no whole date is: XXXX-11-28 for a wire dateline's day in a text that gives no year.",
    )
    evidence: list[Evidence] = Field(default_factory=list)


TimelineKind = Literal["statement", "event", "derived"]


class TimelineEntry(BaseModel):
    """Something that happened or was said, and when, in the order of time."""

    when: str = Field(description="TIMEX3 value of the date.")
    kind: TimelineKind
    span: Span = Field(description="What happened or was said: the quote's content, or the sentence.")
    date_span: Span | None = Field(default=None, description="The words that date it.")
    quote: str | None = Field(default=None, description="Id of the quote, for statements.")
    why: str | None = Field(default=None, description="For a derived date, the arithmetic.")


class TechniqueLabel(BaseModel):
    label: str = Field(description="One of the 14 labels of SemEval-2020 Task 11, spelled as in its data set.")
    probability: float = Field(ge=0, le=1)


class Technique(Span):
    """A span where a propaganda or persuasion technique is used, with whose voice it is in and why."""

    id: str
    labels: list[TechniqueLabel] = Field(description="Most likely first.")
    source: Literal["model", "lexicon"] = Field(description="The technique model, or the lexicon of loaded words and patterns.")
    voice: Literal["outlet", "quote"] = Field(description="The outlet's own words, or inside a quote.")
    quote: str | None = Field(default=None, description="Id of the quote the span is in.")
    speaker: str | None = Field(default=None, description="Entity id of that quote's speaker.")
    reason: str = Field(description="The words that triggered it and the technique's definition.")


FindingKind = Literal["name_variant", "place_misspelling", "not_english", "derived_date", "date_inconsistency", "mojibake"]


class Finding(BaseModel):
    """Something a careful reader should check, with the reason presslens raises it."""

    kind: FindingKind
    span: Span | None = None
    entity: str | None = Field(default=None, description="Id of the entity the finding is about.")
    likely: str | None = Field(default=None, description="What the text most likely means.")
    value: str | None = Field(default=None, description="A value the finding computes, such as a derived date.")
    why: str


class Author(BaseModel):
    """The person the text names as the article's writer (since 1.8), whose own 'I' the quotes resolve to."""

    entity: str = Field(description="Id of the writer's entity.")
    span: Span = Field(description="The words that name the writer: the byline or the closing line.")
    how: Literal["byline", "closing_line"] = Field(
        description="'By Nick Brown', or at the end 'Rick Scott is the Republican governor of Florida.' or 'Follow Pam Key on Twitter @pamkeyNEN.'"
    )


class Generator(BaseModel):
    """What produced an analysis, so results can be compared across versions."""

    presslens: str
    pipeline: str = Field(description="spaCy pipeline name and version.")
    technique_model: str | None = Field(
        default=None, description="The technique model's name, or None when the lexicon alone looked for techniques (since 1.13)."
    )


class Analysis(BaseModel):
    """Everything presslens found in one article."""

    schema_version: str = SCHEMA_VERSION
    generator: Generator
    article: Article
    language: str = Field(description="Language the analysis assumed ('en'), or 'und' when the text is not English.")
    sentences: list[Span]
    entities: list[Entity]
    author: Author | None = Field(default=None, description="The writer the text names, if it names one (since 1.8).")
    quotes: list[Quote] = Field(default_factory=list)
    outlet_voice: list[Span] = Field(
        default_factory=list, description="Body sentences with no attribution in them: what the outlet asserts in its own voice."
    )
    timexes: list[Timex] = Field(default_factory=list)
    publication: Publication = Field(default_factory=lambda: Publication(source="unknown"))
    timeline: list[TimelineEntry] = Field(default_factory=list)
    techniques: list[Technique] = Field(default_factory=list)
    findings: list[Finding]

    def text_of(self, span: Span) -> str:
        return span.text_in(self.article.text)

    def words_of(self, quote: Quote) -> str:
        """What a quote says: its content and the pieces that continue it past the cue, joined by an ellipsis."""
        return " … ".join(self.text_of(span) for span in (quote.content, *quote.continuation))

    def spans(self) -> list[Span]:
        """Every span of the analysis, for invariant checks."""
        out: list[Span] = list(self.sentences)
        art = self.article
        out += [s for s in (art.headline_span,) if s]
        if art.dateline:
            out += [s for s in (art.dateline.span, art.dateline.place, art.dateline.outlet) if s]
        for entity in self.entities:
            out += entity.mentions
        out += [self.author.span] if self.author else []
        for quote in self.quotes:
            out += [s for s in (quote.content, quote.cue, quote.speaker.span, quote.said_on_span, *quote.continuation) if s]
        out += self.outlet_voice
        out += self.timexes
        out += [e.span for e in self.publication.evidence]
        for entry in self.timeline:
            out += [s for s in (entry.span, entry.date_span) if s]
        out += self.techniques
        out += [f.span for f in self.findings if f.span]
        return out


def analysis_json_schema() -> dict[str, object]:
    """The JSON Schema of an :class:`Analysis` document."""
    schema = Analysis.model_json_schema()
    schema["title"] = f"presslens Analysis {SCHEMA_VERSION}"
    return schema
