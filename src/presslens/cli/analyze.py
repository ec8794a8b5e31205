"""`presslens analyze` and `presslens schema`: articles in, summaries, JSON and HTML reports out."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Annotated

import typer
from rich.markup import escape
from rich.table import Table

from presslens.cli.common import (
    EXIT_SOME_FAILED,
    EXIT_USAGE,
    app,
    err,
    out,
    parse_date,
    progress_bar,
)
from presslens.errors import InputError, ModelError
from presslens.ingest.sources import expand_paths, read_articles
from presslens.model import Analysis, Article, analysis_json_schema
from presslens.names import together
from presslens.report.html import render_report
from presslens.settings import ARTICLE_SECONDS


@app.command()
def analyze(
    paths: Annotated[list[str], typer.Argument(metavar="PATH...", help="Files (.txt .html .json .jsonl), directories, or '-' for stdin.")],
    published: Annotated[
        str | None, typer.Option(help="Publication date YYYY-MM-DD to assume for every input (overrides metadata).")
    ] = None,
    json_out: Annotated[
        str | None,
        typer.Option("--json", help="Write the analysis JSON to FILE, or '-' for stdout; several articles give JSON Lines."),
    ] = None,
    html_out: Annotated[
        Path | None, typer.Option("--html", help="Write the HTML report to FILE; with several articles, FILE is a directory.")
    ] = None,
    model: Annotated[str | None, typer.Option(help="Installed spaCy pipeline to use, e.g. en_core_web_trf.")] = None,
    technique_model: Annotated[
        bool, typer.Option(help="Find techniques with the shipped model and the lexicon; --no-technique-model: lexicon alone.")
    ] = True,
    attribution_tagger: Annotated[
        bool, typer.Option(help="Add the quotes the shipped tagger finds to the rules'; --no-attribution-tagger: rules alone.")
    ] = True,
    time_limit: Annotated[float, typer.Option(min=0, help="Seconds one article may take before it is abandoned and reported (0: no limit).")] = ARTICLE_SECONDS,
) -> None:
    """Analyse articles and print a summary, or write JSON and HTML reports."""
    # loads spaCy: only the commands that analyse pay for it
    from presslens.pipeline.analyzer import Analyzer

    when = parse_date(published)
    try:
        analyzer = Analyzer(model, techniques_model=technique_model, attribution_tagger=attribution_tagger)
    except ModelError as exc:
        err.print(f"[red]error:[/red] {exc}")
        raise typer.Exit(EXIT_USAGE) from None

    failures: list[InputError] = []
    analyses: list[Analysis] = []
    total = sum(1 for _ in expand_paths(paths)) if "-" not in paths else 1

    def articles() -> Iterator[Article]:
        for item in read_articles(paths, published=when):
            if isinstance(item, InputError):
                failures.append(item)
                err.print(f"[red]skipped[/red] {escape(str(item))}")
            else:
                yield item

    with progress_bar(total) as progress:
        task = progress.add_task("analysing", total=total)
        for _, outcome in analyzer.analyze_each(articles(), time_limit):
            if isinstance(outcome, InputError):
                failures.append(outcome)
                err.print(f"[red]failed[/red] {escape(str(outcome))}")
            else:
                analyses.append(outcome)
            progress.advance(task)

    if json_out is not None:
        _write_json(analyses, json_out)
    if html_out is not None:
        _write_html(analyses, html_out)
    if json_out is None and html_out is None:
        for analysis in analyses:
            print_summary(analysis)
    if failures:
        err.print(f"[yellow]{len(failures)} input(s) failed, {len(analyses)} analysed:[/yellow]")
        for failure in failures:
            err.print(f"  {escape(str(failure))}")
        raise typer.Exit(EXIT_SOME_FAILED)


def _write_json(analyses: list[Analysis], target: str) -> None:
    if len(analyses) == 1:
        payload = analyses[0].model_dump_json(indent=2) + "\n"
    else:
        payload = "".join(a.model_dump_json() + "\n" for a in analyses)
    if target == "-":
        sys.stdout.write(payload)
    else:
        Path(target).write_text(payload, encoding="utf-8")


def _write_html(analyses: list[Analysis], target: Path) -> None:
    if len(analyses) == 1 and target.suffix.lower() in (".html", ".htm"):
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(render_report(analyses[0]), encoding="utf-8")
        return
    target.mkdir(parents=True, exist_ok=True)
    for analysis in analyses:
        stem = Path(analysis.article.source or "article").stem
        (target / f"{stem}-{analysis.article.id[:8]}.html").write_text(render_report(analysis), encoding="utf-8")


def print_summary(analysis: Analysis) -> None:
    """A readable summary of one analysis on the terminal."""
    article = analysis.article
    out.rule(f"[bold]{article.headline or article.source or article.id[:12]}", style="grey50")
    facts = [f"source {article.source or '-'}", f"id {article.id[:12]}", f"language {analysis.language}"]
    if article.outlet:
        facts.append(f"outlet {article.outlet}")
    if article.dateline and article.dateline.place:
        facts.append(f"dateline {analysis.text_of(article.dateline.place)}")
    if analysis.author:
        writer = next(e.canonical for e in analysis.entities if e.id == analysis.author.entity)
        facts.append(f"by {writer} ({analysis.author.how.replace('_', ' ')})")
    publication = analysis.publication
    if publication.date:
        facts.append(f"published {publication.date.isoformat()}{' (inferred)' if publication.source == 'inferred' else ''}")
    elif publication.value:
        facts.append(f"published {publication.value}{f', {publication.earliest.year} or later' if publication.earliest else ''} (inferred)")
    elif publication.earliest and publication.latest:
        facts.append(f"published {publication.earliest.isoformat()}..{publication.latest.isoformat()} (inferred)")
    elif publication.earliest:
        facts.append(f"published {publication.earliest.isoformat()} or later (inferred)")
    else:
        facts.append("published unknown")
    out.print(" · ".join(facts), highlight=False, markup=False)
    table = Table(title=f"{len(analysis.entities)} entities", title_justify="left", show_edge=False)
    for column in ("id", "label", "entity", "mentions", "also written"):
        table.add_column(column, overflow="fold")
    for entity in analysis.entities:
        names = dict.fromkeys(analysis.text_of(m) for m in entity.mentions)
        others = [n for n in names if n != entity.canonical]
        table.add_row(entity.id, entity.label, entity.canonical, str(len(entity.mentions)), ", ".join(others))
    out.print(table, markup=False)
    names = {e.id: e.canonical for e in analysis.entities}
    out.print(f"[bold]{len(analysis.quotes)} quotes[/bold]")
    for quote in analysis.quotes:
        speaker = quote.speaker
        named_by = speaker.refers_to or speaker.span
        who = together([names[i] for i in speaker.everyone()]) or (
            f"? {analysis.text_of(named_by)}" if named_by else "no one named" if speaker.via == "unnamed" else "?"
        )
        facts = [quote.kind + (" · negated" if quote.negated else ""), who + (f" ({speaker.via})" if speaker.via not in ("named", "unnamed", "unresolved") else "")]
        if quote.cue:
            facts.append(f"“{analysis.text_of(quote.cue)}”")
        if quote.channel:
            article = "an" if quote.channel[0] in "aeiou" else "a"
            facts.append(f"in {article} {quote.channel}")  # 'in a tweet' beside the handle that signs it; 'in an interview'
        if quote.said_on:
            facts.append(f"on {quote.said_on.isoformat()}")
        content = analysis.words_of(quote)
        content = content if len(content) <= 72 else content[:69] + "..."
        out.print(f"{quote.id:>4} " + " · ".join(facts), highlight=False, markup=False)
        out.print(f"     {content}", highlight=False, markup=False, style="grey50")
    out.print(f"{len(analysis.outlet_voice)} sentence(s) in the outlet's own voice", highlight=False)
    times = ", ".join(f"{analysis.text_of(t)} = {t.value or 'unknown'}{' ' + t.mod if t.mod else ''}{' (inferred)' if t.inferred else ''}" for t in analysis.timexes)
    out.print(f"[bold]{len(analysis.timexes)} time expressions[/bold] {escape(times)}", highlight=False)
    out.print(f"[bold]{len(analysis.techniques)} technique spans[/bold]", highlight=False)
    for technique in analysis.techniques:
        labels = ", ".join(f"{l.label} {l.probability:.0%}" for l in technique.labels[:2])
        voice = f"quote {technique.quote}" if technique.voice == "quote" else "outlet"
        out.print(f"  “{analysis.text_of(technique)}” {labels} · {voice} · {technique.source}", highlight=False, markup=False)
    for entry in analysis.timeline:
        what = analysis.text_of(entry.span)
        what = what if len(what) <= 60 else what[:57] + "..."
        out.print(f"  {entry.when}  {entry.kind:<9} {what}", highlight=False, markup=False)
    for finding in analysis.findings:
        span = f" “{analysis.text_of(finding.span)}”" if finding.span else ""
        likely = f" → {finding.likely}" if finding.likely else ""
        out.print(f"[bold red]{finding.kind}[/]{escape(span + likely)}: {escape(finding.why)}", highlight=False)


@app.command()
def schema() -> None:
    """Print the JSON Schema of the analysis document."""
    sys.stdout.write(json.dumps(analysis_json_schema(), indent=2) + "\n")
