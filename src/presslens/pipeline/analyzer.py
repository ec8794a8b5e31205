"""Article in, Analysis out: one spaCy parse per article, then presslens' components over it."""

from __future__ import annotations

import signal
import threading
from collections.abc import Iterable, Iterator

from spacy.tokens import Doc

from presslens import __version__
from presslens.errors import AnalysisFailedError
from presslens.model import Analysis, Article, Finding, Generator, Span
from presslens.pipeline.attribution import find_quotes
from presslens.pipeline.authors import find_author
from presslens.pipeline.dating import date_article
from presslens.pipeline.entities import find_entities
from presslens.pipeline.language import not_english
from presslens.pipeline.mojibake import mojibake_finding
from presslens.pipeline.nlp import load_pipeline, make_doc, pipe_in_batches, pipeline_id
from presslens.pipeline.places import gazetteer
from presslens.pipeline.rhetoric import chosen_model, definitions, find_techniques
from presslens.pipeline.segments import BREAKS_KEY, TEXT_KEY, WHOLE_KEY, live_stamps
from presslens.pipeline.timeline import build_timeline
from presslens.pipeline.transcript import transcript_turns
from presslens.pipeline.tweets import embedded_tweets
from presslens.settings import ARTICLE_SECONDS


class Analyzer:
    """Holds the loaded pipeline; reuse one for many articles."""

    def __init__(self, model: str | None = None, techniques_model: bool = True, attribution_tagger: bool = True) -> None:
        """``techniques_model=False`` finds techniques with the lexicon alone (faster, more literal);
        ``attribution_tagger=False`` finds quotes with the rules alone (fewer, each from a listed cue)."""
        self.nlp = load_pipeline(model)
        self.techniques_model = techniques_model
        self.attribution_tagger = attribution_tagger
        self.places = gazetteer()
        # loaded now, so that a technique model the settings cannot find stops the run before any article
        technique_model = chosen_model() if techniques_model else None
        self.generator = Generator(presslens=__version__, pipeline=pipeline_id(self.nlp), technique_model=technique_model.name if technique_model else None)

    def analyze(self, article: Article) -> Analysis:
        return next(self.analyze_many([article]))

    def analyze_many(self, articles: Iterable[Article]) -> Iterator[Analysis]:
        """Analyse articles in batches through the pipeline (:func:`pipe_in_batches`), in input order."""
        pending: list[Article] = []

        def docs() -> Iterator[Doc]:
            for article in articles:
                pending.append(article)
                yield self._make_doc(article)

        for doc in pipe_in_batches(self.nlp, docs()):
            yield self._analyze_doc(pending.pop(0), doc)

    def analyze_each(self, articles: Iterable[Article], seconds: float = ARTICLE_SECONDS) -> Iterator[tuple[Article, Analysis | AnalysisFailedError]]:
        """Each article with its analysis, or with the error its analysis raised or the time it ran past
        (``analyze_within``): one article never loses the others, nor holds them up."""
        for article in articles:
            try:
                yield article, self.analyze_within(article, seconds)
            except AnalysisFailedError as exc:
                yield article, exc

    def analyze_within(self, article: Article, seconds: float = ARTICLE_SECONDS) -> Analysis:
        """Analyse one article, abandoning it after ``seconds`` (0: no limit) with an error that says so; any
        other error of its analysis is raised as an ``AnalysisFailedError`` naming the article. The limit
        needs a timer signal, which only a process's main thread gets: elsewhere (a web server's worker
        threads) it is not applied."""
        use_timer = seconds > 0 and threading.current_thread() is threading.main_thread()

        def expire(_signum: int, _frame: object) -> None:
            raise _TimeUp

        previous = signal.signal(signal.SIGALRM, expire) if use_timer else None
        if use_timer:
            signal.setitimer(signal.ITIMER_REAL, seconds)
        try:
            return self.analyze(article)
        except _TimeUp:
            raise AnalysisFailedError(f"the analysis took longer than {seconds:g} s and was abandoned", source=article.source) from None
        except Exception as exc:  # noqa: BLE001 - one bad article must not lose the others
            raise AnalysisFailedError(f"analysis failed: {type(exc).__name__}: {exc}", source=article.source) from None
        finally:
            if use_timer:
                signal.setitimer(signal.ITIMER_REAL, 0)
                signal.signal(signal.SIGALRM, previous)

    def parse_many(self, articles: Iterable[Article]) -> Iterator[Doc]:
        """The spaCy docs the analysis starts from, headline and body segmented (for training)."""
        return pipe_in_batches(self.nlp, (self._make_doc(article) for article in articles))

    def _make_doc(self, article: Article) -> Doc:
        doc = make_doc(self.nlp, article.text)
        doc.user_data[TEXT_KEY] = article.text  # what doc.text would rebuild from every token
        breaks = {article.body_start}
        if article.dateline:
            breaks.add(article.dateline.span.start)
            after = len(article.text) - len(article.text[article.dateline.span.end :].lstrip())
            breaks.add(after)  # 'HARARE - Zimbabwe's main opposition party said': the dateline is no part of the subject
            doc.user_data[WHOLE_KEY] = [(article.dateline.span.start, article.dateline.span.end)]
        breaks.update(end for start, end in live_stamps(article.text) if start >= article.body_start)
        doc.user_data[BREAKS_KEY] = sorted(breaks)
        return doc

    def _analyze_doc(self, article: Article, doc: Doc) -> Analysis:
        sentences = [_trimmed(s.start_char, s.end_char, article.text) for s in doc.sents]
        sentences = [s for s in sentences if s.end > s.start]
        text_findings = [f for f in (mojibake_finding(article.text),) if f is not None]
        if (why := not_english(doc)) is not None:
            finding = Finding(kind="not_english", why=f"{why}; entities were not extracted because the English model does not apply")
            return Analysis(
                generator=self.generator, article=article, language="und", sentences=sentences, entities=[], findings=[finding, *text_findings]
            )
        turns = transcript_turns(article.text)  # speakers for the entities, quotes for the attribution
        tweets = embedded_tweets(article.text)  # likewise: a post's signature names its author
        entities, findings = find_entities(doc, article, self.places, turns, tweets)
        timexes, publication, date_findings = date_article(doc, article)
        author = find_author(doc, article, entities)
        quotes, outlet_voice = find_quotes(doc, article, entities, timexes, turns, tweets, author=author, tagger=self.attribution_tagger)
        findings += date_findings + text_findings
        techniques = find_techniques(article.text, article.body_start, quotes, definitions(), use_model=self.techniques_model)
        return Analysis(
            generator=self.generator,
            article=article,
            language="en",
            sentences=sentences,
            entities=entities,
            author=author,
            quotes=quotes,
            outlet_voice=outlet_voice,
            timexes=timexes,
            publication=publication,
            timeline=build_timeline(quotes, timexes, outlet_voice, date_findings),
            techniques=techniques,
            findings=findings,
        )


class _TimeUp(Exception):
    """An analysis ran past its time limit."""


def _trimmed(start: int, end: int, text: str) -> Span:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return Span(start=start, end=end)
