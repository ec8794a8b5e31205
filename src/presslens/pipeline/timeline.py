"""The article's timeline: statements with the day they were made, dated events in the outlet's voice,
and dates the text implies, in the order of time."""

from __future__ import annotations

from presslens.model import Finding, Quote, Span, Timex, TimelineEntry

_DATED = ("DATE", "TIME")


def build_timeline(quotes: list[Quote], timexes: list[Timex], outlet_voice: list[Span], findings: list[Finding]) -> list[TimelineEntry]:
    entries: list[TimelineEntry] = []
    for quote in quotes:
        if quote.said_on is not None and not quote.negated:  # 'did not comment on Tuesday' is no statement
            entries.append(
                TimelineEntry(when=quote.said_on.isoformat(), kind="statement", span=quote.content, date_span=quote.said_on_span, quote=quote.id)
            )
    for sentence in outlet_voice:
        for timex in timexes:
            if timex.type in _DATED and timex.value and timex.value[:1].isdigit() and sentence.start <= timex.start < sentence.end:
                entries.append(TimelineEntry(when=timex.value, kind="event", span=sentence, date_span=Span(start=timex.start, end=timex.end)))
    for finding in findings:
        if finding.kind == "derived_date" and finding.value and finding.span:
            entries.append(TimelineEntry(when=finding.value, kind="derived", span=finding.span, why=finding.why))
    return sorted(entries, key=lambda e: (e.when, e.span.start))
