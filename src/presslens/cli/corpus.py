"""Corpus commands: `ingest`, `reanalyze`, `search`, `quotes`, `sources`, `entity`, `stats`, `stories`, `story`, `conflicts`, `errors`."""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, Literal, TypeVar

import typer
from pydantic import BaseModel, TypeAdapter, ValidationError
from rich.table import Table

from presslens.cli.common import (
    EXIT_SOME_FAILED,
    EXIT_USAGE,
    app,
    err,
    finish,
    out,
    parse_date,
    progress_bar,
)
from presslens.corpus import (
    Store,
    find_conflicts,
    list_stories,
    merge_entities,
    queries,
    split_entity,
    story_view,
)
from presslens.corpus import ingest as ingest_into
from presslens.corpus import reanalyze as reanalyze_in
from presslens.corpus.export import write_quotes_csv
from presslens.corpus.results import ArticleRef, QuoteFilters
from presslens.errors import ModelError, PresslensError, StoreError
from presslens.ingest.sources import expand_paths
from presslens.names import together
from presslens.settings import DEFAULT_STORE

if TYPE_CHECKING:
    from presslens.pipeline.analyzer import Analyzer

Db = Annotated[
    str | None,
    typer.Option("--db", envvar="PRESSLENS_DB", help=f"Store: an SQLite file (default {DEFAULT_STORE}) or postgresql://user@host/db."),
]
T = TypeVar("T")
Json = Annotated[bool, typer.Option("--json", help="Print JSON instead of a table.")]


@contextmanager
def open_store(db: str | None) -> Iterator[Store]:
    """The store named by --db, or a clear error and exit code 2."""
    try:
        with Store(db) as store:
            yield store
    except PresslensError as exc:
        err.print(f"[red]error:[/red] {exc}", markup=True, highlight=False)
        raise typer.Exit(EXIT_USAGE) from None


def _print_json(value: BaseModel | Sequence[BaseModel]) -> None:
    adapter: TypeAdapter[Any] = TypeAdapter(type(value) if isinstance(value, BaseModel) else list[Any])
    sys.stdout.write(adapter.dump_json(value, indent=2).decode() + "\n")


def _analyzer(model: str | None, technique_model: bool) -> Analyzer:
    """The pipeline, or a clear error and exit code 2 when a model cannot be loaded."""
    # imported here: only the commands that analyse pay for loading spaCy
    from presslens.pipeline.analyzer import Analyzer

    try:
        return Analyzer(model, techniques_model=technique_model)
    except ModelError as exc:
        err.print(f"[red]error:[/red] {exc}", highlight=False)
        raise typer.Exit(EXIT_USAGE) from None


def count_inputs(paths: list[str]) -> int:
    total = 0
    for path in expand_paths(paths):
        if path != "-" and Path(path).suffix.lower() == ".jsonl":
            with open(path, "rb") as handle:
                total += sum(1 for line in handle if line.strip())
        else:
            total += 1
    return total


@app.command()
def ingest(
    paths: Annotated[list[str], typer.Argument(metavar="PATH...", help="Files (.txt .html .json .jsonl) or directories.")],
    db: Db = None,
    published: Annotated[str | None, typer.Option(help="Publication date YYYY-MM-DD for every input (overrides metadata).")] = None,
    model: Annotated[str | None, typer.Option(help="Installed spaCy pipeline to use.")] = None,
    technique_model: Annotated[bool, typer.Option(help="--no-technique-model: find techniques with the lexicon alone.")] = True,
) -> None:
    """Analyse articles into the corpus store; stored articles are skipped, failed inputs are kept with their reason."""
    when = parse_date(published)
    with open_store(db) as store:
        analyzer = _analyzer(model, technique_model)
        report = _with_progress(
            "ingesting", count_inputs(paths), lambda advance: ingest_into(store, paths, analyzer, published=when, progress=advance), "what was stored before stays"
        )
        finish(
            f"{report.added} added, {report.already_stored} already stored, {len(report.failed)} failed · "
            f"{report.corpus_entities} corpus entities, {report.stories} stories · {store.display_url}",
            report.failed,
        )


@app.command()
def reanalyze(
    db: Db = None,
    everything: Annotated[bool, typer.Option("--all", help="Analyse every stored article again, not only the outdated ones.")] = False,
    model: Annotated[str | None, typer.Option(help="Installed spaCy pipeline to use.")] = None,
    technique_model: Annotated[bool, typer.Option(help="--no-technique-model: find techniques with the lexicon alone.")] = True,
    dry_run: Annotated[bool, typer.Option("--dry-run", help="Only say how many articles would be analysed again.")] = False,
) -> None:
    """Analyse stored articles again with this version of presslens, in place: those an older schema, version,
    spaCy pipeline or technique model analysed (every one with --all). A rerun goes on where a run stopped."""
    with open_store(db) as store:
        analyzer = _analyzer(model, technique_model)
        outdated = store.count_outdated(analyzer.generator, everything=everything)
        if dry_run:
            stored = store.count_outdated(analyzer.generator, everything=True)
            out.print(f"{outdated} of {stored} stored article(s) would be analysed again · {store.display_url}", highlight=False, markup=False)
            return
        report = _with_progress(
            "reanalysing",
            outdated,
            lambda advance: reanalyze_in(store, analyzer, everything=everything, progress=advance),
            "what was reanalysed before stays",
        )
        finish(
            f"{report.reanalysed} reanalysed, {len(report.failed)} failed (their old analyses kept) · "
            f"{report.corpus_entities} corpus entities, {report.stories} stories · {store.display_url}",
            report.failed,
        )


def _with_progress(label: str, total: int, work: Callable[[Callable[[str, str], None]], T], kept: str) -> T:
    """Run work that reports each item done, under a progress bar that says when the corpus is linked after
    the last one; a store that fails half-way is a clear error (exit 2) saying what was ``kept``."""

    def advance(_item: str, _outcome: str) -> None:
        progress.advance(task)
        if progress.tasks[task].finished:
            progress.update(task, description="linking corpus entities and stories")

    try:
        with progress_bar(total) as progress:
            task = progress.add_task(label, total=total)
            return work(advance)
    except StoreError as exc:
        err.print(f"[red]error:[/red] {exc}; {kept}, a rerun resumes", highlight=False)
        raise typer.Exit(EXIT_USAGE) from None


@app.command()
def search(
    query: Annotated[str, typer.Argument(help='Words that must all occur; "quoted phrase" for a phrase.')],
    db: Db = None,
    limit: Annotated[int, typer.Option(min=1, max=1000)] = 20,
    as_json: Json = False,
) -> None:
    """Full-text search over headlines and texts (SQLite FTS5, PostgreSQL tsvector)."""
    with open_store(db) as store, store.read() as conn:
        hits = queries.search(conn, query, limit)
    if as_json:
        return _print_json(hits)
    for hit in hits:
        article = hit.article
        out.print(f"{article.id[:12]}  {article.published or '----------'}  {article.outlet or '-'}  {article.headline or article.source}", highlight=False, markup=False)
        out.print(f"    {hit.snippet}", style="grey50", highlight=False, markup=False)
    err.print(f"{len(hits)} article(s)", highlight=False)


Speaker = Annotated[str | None, typer.Option(help="Said by this person or body (a name, an alias, an acronym or a corpus entity id), alone or with others.")]
About = Annotated[str | None, typer.Option(help="Whose name the words hold, said by someone else.")]
Outlet = Annotated[str | None, typer.Option(help="Published by this outlet.")]
Since = Annotated[str | None, typer.Option(help="Said (or, when the text does not say when, published) on or after YYYY-MM-DD.")]
Until = Annotated[str | None, typer.Option(help="Said (or published) on or before YYYY-MM-DD.")]
Kind = Annotated[Literal["direct", "indirect", "mixed"] | None, typer.Option(help="Only quotes of this kind.")]
Words = Annotated[str | None, typer.Option(help='Words (or "a phrase") the quote holds, all of them, in any case.')]


def _quote_filters(**fields: Any) -> QuoteFilters:
    """The filter options as QuoteFilters, or a usage error that says what is wrong."""
    try:
        return QuoteFilters(**{**fields, "since": parse_date(fields["since"]), "until": parse_date(fields["until"])})
    except ValidationError as exc:
        raise typer.BadParameter("; ".join(e["msg"].removeprefix("Value error, ") for e in exc.errors())) from None


@app.command()
def quotes(
    speaker: Speaker = None,
    about: About = None,
    outlet: Outlet = None,
    since: Since = None,
    until: Until = None,
    kind: Kind = None,
    words: Words = None,
    limit: Annotated[int | None, typer.Option(min=1, help="At most this many quotes, the earliest first.  [default: all]")] = None,
    db: Db = None,
    as_json: Json = False,
    as_csv: Annotated[bool, typer.Option("--csv", help="Print CSV, one row per quote, instead of a table.")] = False,
) -> None:
    """Who said what, when, about whom: quotes across the corpus by speaker, entity named, outlet, period, kind or words,
    with dates and outlets. `presslens quotes --speaker al-Kadhimi --about "United States" --since 2021-12-01 --csv`."""
    filters = _quote_filters(speaker=speaker, about=about, outlet=outlet, since=since, until=until, kind=kind, words=words)
    with open_store(db) as store, store.read() as conn:
        if as_csv:  # streamed: an export of the whole corpus holds one chunk in memory
            total = _or_exit(lambda: queries.count_quotes(conn, filters))
            write_quotes_csv(queries.iter_quotes(conn, filters, limit), sys.stdout)
            if limit and limit < total:
                err.print(f"{limit} of {total} quote(s): --limit cut the rest", highlight=False)
            return
        found = _or_exit(lambda: queries.find_quotes(conn, filters, limit))
    records = found.quotes
    if as_json:
        _print_json(records)
    else:
        table = Table(show_edge=False)
        for column in ("said", "outlet", "speaker", "kind", "quote"):
            table.add_column(column, overflow="fold")
        for record in records:
            said = str(record.said_on) if record.said_on else f"({record.article.published or '?'})"
            speakers = together([record.speaker or "?", *record.joint_speakers])
            table.add_row(said, record.article.outlet or "-", speakers, record.kind + (" · negated" if record.negated else ""), record.content)
        out.print(table, markup=False, highlight=False)
    if len(records) < found.total:
        err.print(f"{len(records)} of {found.total} quote(s): --limit cut the rest", highlight=False)
    elif not as_json:
        err.print(f"{found.total} quote(s); a date in brackets is the article's, when the text does not say when it was said", highlight=False)


@app.command()
def sources(
    about: About = None,
    outlet: Outlet = None,
    since: Since = None,
    until: Until = None,
    kind: Kind = None,
    words: Words = None,
    limit: Annotated[int, typer.Option(min=1, max=1000, help="The most quoted this many of each, named and unnamed.")] = 20,
    db: Db = None,
    as_json: Json = False,
) -> None:
    """Who is quoted, how often, in how many articles and outlets: the sources of the corpus, an outlet, a period or a topic,
    named people and bodies apart from the speakers the text does not name ('officials', 'a source')."""
    filters = _quote_filters(about=about, outlet=outlet, since=since, until=until, kind=kind, words=words)
    with open_store(db) as store, store.read() as conn:
        report = _or_exit(lambda: queries.sources(conn, filters, limit))
    if as_json:
        return _print_json(report)
    for title, counts in (("named", report.named), ("not named", report.unnamed)):
        if not counts:
            continue
        table = Table(title=f"Most quoted, {title}", title_justify="left", show_edge=False)
        for column in ("speaker", "label", "quotes", "articles", "outlets"):
            table.add_column(column, justify="right" if column in ("quotes", "articles", "outlets") else "left", overflow="fold")
        for c in counts:
            table.add_row(c.speaker or "(no speaker in the text)", c.label or "", str(c.quotes), str(c.articles), str(c.outlets))
        out.print(table, markup=False, highlight=False)
    err.print(f"{report.quotes} quote(s), {report.named_share:.0%} of them by a named person or body", highlight=False)


def _source(article: ArticleRef) -> str:
    """The outlet, or the article's id where the outlet is unknown (a bare '-' tells a reader nothing)."""
    return article.outlet or f"article {article.id[:12]}"


def _where(article: ArticleRef) -> str:
    return f"{_source(article)} {article.published}" if article.published else _source(article)


@app.command()
def entity(
    words: Annotated[
        list[str],
        typer.Argument(
            metavar="NAME | split ENTITY_ID | merge ENTITY_ID OTHER_ID",
            help="An entity to show; 'split' and the id of one to split; 'merge' and the ids of two to make one.",
        ),
    ],
    name: Annotated[list[str] | None, typer.Option("--name", help="With split: the name(s) to split off; repeat for several.")] = None,
    db: Db = None,
    as_json: Json = False,
) -> None:
    """Show a corpus entity (names and why they were joined, co-occurring entities, quotes by and about it, timeline),
    split wrongly joined names off it: `presslens entity split mustafa-al-kadhimi --name "Mustafa al-Kazemi"`, or
    merge two entities the rules kept apart: `presslens entity merge abu-mahdi-al-muhandis jamal-jaafar-al-ibrahimi`.
    Splits and merges are kept: later ingests follow them (a split of merged names takes the merge back)."""
    if words[0] == "split":
        if len(words) != 2 or not name:
            raise typer.BadParameter("usage: presslens entity split ENTITY_ID --name NAME [--name NAME ...]")
        with open_store(db) as store, store.connect() as conn:
            ids = _or_exit(lambda: split_entity(conn, words[1], name))
        out.print(f"split; the names now belong to: {', '.join(ids)}", highlight=False, markup=False)
        return
    if words[0] == "merge":
        if len(words) != 3:
            raise typer.BadParameter("usage: presslens entity merge ENTITY_ID OTHER_ID")
        with open_store(db) as store, store.connect() as conn:
            merged = _or_exit(lambda: merge_entities(conn, words[1], words[2]))
        out.print(f"merged into {merged}", highlight=False, markup=False)
        return
    with open_store(db) as store, store.read() as conn:
        profile = _or_exit(lambda: queries.entity_profile(conn, " ".join(words)))
    if as_json:
        return _print_json(profile)
    out.rule(f"{profile.name} · {profile.label} · {profile.id}", style="grey50")
    out.print(f"{profile.mentions} mentions in {profile.articles} article(s); also written: {', '.join(profile.aliases)}", highlight=False, markup=False)
    for link in profile.links:
        out.print(f"  {_where(link.article)}: '{link.canonical}' — {link.evidence}", highlight=False, markup=False)
    if profile.co_occurring:
        out.print("with: " + ", ".join(f"{c.name} ({c.articles})" for c in profile.co_occurring), highlight=False, markup=False)
    for title, records in (("said", profile.quotes_by), ("said about it", profile.quotes_about)):
        out.print(f"[bold]{len(records)} quote(s) {title}[/bold]")
        for record in records:
            speakers = together([record.speaker or "?", *record.joint_speakers])
            who = (f"(said together by {speakers}) " if title == "said" and record.joint_speakers else "" if title == "said" else f"{speakers}: ")
            who += "(negated: not said) " if record.negated else ""
            out.print(f"  {record.said_on or record.article.published or '?'} {_source(record.article)} · {who}{record.content}", highlight=False, markup=False)
    out.print("[bold]timeline[/bold]")
    for point in profile.timeline:
        out.print(f"  {point.when} {point.kind:<9} {_source(point.article)} · {point.text[:90]}", highlight=False, markup=False)


@app.command()
def stats(
    by: Annotated[Literal["outlet", "month"], typer.Option(help="Group by outlet or by month of publication.")] = "outlet",
    db: Db = None,
    as_json: Json = False,
) -> None:
    """Techniques per 1,000 words, share of unattributed assertions, quotes per article and the share of them by a named
    person or body, per outlet or month."""
    with open_store(db) as store, store.read() as conn:
        groups = queries.stats(conn, by)
    if as_json:
        return _print_json(groups)
    table = Table(show_edge=False)
    table.add_column(by, min_width=10, overflow="fold")
    for column in ("articles", "words", "techniques\n/1k words", "own\nvoice", "quotes\n/article", "named\nsources"):
        table.add_column(column, justify="right", no_wrap=True)
    table.add_column("top techniques", overflow="fold")
    for group in groups:
        top = ", ".join(f"{label} {n}" for label, n in list(group.by_label.items())[:3])
        table.add_row(
            group.group, str(group.articles), str(group.words), f"{group.techniques_per_1000_words:.1f}",
            f"{group.unattributed_share:.0%}", f"{group.quotes_per_article:.1f}", f"{group.named_source_share:.0%}", top,
        )
    out.print(table, markup=False, highlight=False)


@app.command()
def stories(db: Db = None, as_json: Json = False) -> None:
    """Groups of articles telling one story (republications and rewrites), first version first."""
    with open_store(db) as store, store.read() as conn:
        groups = list_stories(conn)
    if as_json:
        return _print_json(groups)
    for group in groups:
        out.print(f"{group.id}  {len(group.articles)} versions · {group.first.headline or group.first.source}", highlight=False, markup=False)
        for article in group.articles:
            out.print(f"    {article.published or '----------'}  {article.outlet or '-'}  {article.id[:12]}", highlight=False, markup=False)


@app.command()
def story(story_id: Annotated[str, typer.Argument(help="A story id from `presslens stories`.")], db: Db = None, as_json: Json = False) -> None:
    """The variant view of a story: what each version added, removed or reworded against the first."""
    with open_store(db) as store, store.read() as conn:
        view = _or_exit(lambda: story_view(conn, story_id))
    if as_json:
        return _print_json(view)
    out.print(f"first: {view.first.outlet or '-'} · {view.first.headline or ''} ({view.why_first})", highlight=False, markup=False)
    for version in view.versions:
        out.rule(f"{version.article.outlet or '-'} {version.article.published or ''} · similarity {version.similarity:.2f}", style="grey50")
        for edit in version.edits:
            note = f" [{edit.note}]" if edit.note else ""
            if edit.kind == "added":
                line = f"+ {edit.text}"
            elif edit.kind == "removed":
                line = f"- {edit.first_text}"
            else:
                line = f"~ {edit.first_text} → {edit.text}"
            out.print(f"  {line}{note}", highlight=False, markup=False)
        for change in version.quotes:
            text = change.text if change.kind == "added" else change.first_text
            out.print(f"  quote {change.kind} ({change.speaker or '?'}): {text}", highlight=False, markup=False)


@app.command()
def conflicts(db: Db = None, as_json: Json = False) -> None:
    """What the articles of the corpus tell differently: one event dated differently, the same words given to different
    speakers (each version with how its speaker was found) or said on different days."""
    with open_store(db) as store, store.read() as conn:
        found = find_conflicts(conn)
    if as_json:
        return _print_json(found)
    if found.dates:
        out.rule("One event, different dates", style="grey50")
    for conflict in found.dates:
        for event in (conflict.first, conflict.second):
            how = "implies" if event.derived else "says"
            out.print(f"  {_source(event.article)} ({event.article.published or '?'}) {how} {event.when}: {event.sentence}", highlight=False, markup=False)
        out.print(f"  → {conflict.why}\n", style="yellow", highlight=False, markup=False)
    if found.speakers:
        out.rule("The same words, different speakers", style="grey50")
    for words in found.speakers:
        out.print(f"  “{words.words}”", highlight=False, markup=False)
        for version in words.versions:
            speakers = together([version.speaker or "?", *version.joint_speakers])
            out.print(f"    {_where(version.article)}: {speakers} ({version.speaker_via or '?'}: {version.speaker_text or '-'})", highlight=False, markup=False)
        out.print(f"  → {words.why}\n", style="yellow", highlight=False, markup=False)
    if found.said_on:
        out.rule("The same words, different days", style="grey50")
    for said in found.said_on:
        out.print(f"  “{said.words}”", highlight=False, markup=False)
        for version in said.versions:
            out.print(f"    {_where(version.article)}: {version.speaker or '?'} on {version.said_on}", highlight=False, markup=False)
        out.print(f"  → {said.why}\n", style="yellow", highlight=False, markup=False)
    err.print(
        f"{len(found.dates)} date conflict(s), {len(found.speakers)} quote(s) given to different speakers, "
        f"{len(found.said_on)} dated to different days",
        highlight=False,
    )


@app.command()
def errors(db: Db = None) -> None:
    """Inputs that failed to ingest, with the reason; a later successful ingest removes them."""
    with open_store(db) as store:
        rows = store.errors()
    for row in rows:
        out.print(f"{row['source']}: [{row['code']}] {row['reason']} (tried {row['attempts']}×)", highlight=False, markup=False)
    err.print(f"{len(rows)} failed input(s)", highlight=False)


def _or_exit(query: Callable[[], T]) -> T:
    try:
        return query()
    except StoreError as exc:
        err.print(f"[red]error:[/red] {exc}", highlight=False)
        raise typer.Exit(EXIT_SOME_FAILED) from None
