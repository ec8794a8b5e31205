"""The HTML view of one analysis: a self-contained report (inline CSS and script, no network), and the
same article view for the web app. Every article string is escaped; only presslens' own markup wraps it."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from importlib import resources

import jinja2

from presslens.model import Analysis, Quote, Span
from presslens.names import together
from presslens.report.segments import cut

#: One colour per entity label, readable on white.
LABEL_COLOURS = {
    "PERSON": "#fde2b0",
    "ORG": "#c9e4ff",
    "GPE": "#cdeccd",
    "LOC": "#dff2d8",
    "FAC": "#e6dcf5",
    "NORP": "#f4d6e4",
    "EVENT": "#ffd5cc",
    "PRODUCT": "#e0e0e0",
    "LAW": "#f0ecc4",
    "WORK_OF_ART": "#f0ecc4",
    "LANGUAGE": "#e0e0e0",
}
#: One colour per technique label (underline colour in the text, swatch in the legend).
TECHNIQUE_COLOURS = {
    "Loaded_Language": "#e74c3c",
    "Name_Calling,Labeling": "#8e44ad",
    "Flag-Waving": "#2980b9",
    "Exaggeration,Minimisation": "#d35400",
    "Doubt": "#16a085",
    "Appeal_to_fear-prejudice": "#c0392b",
    "Repetition": "#7f8c8d",
    "Causal_Oversimplification": "#27ae60",
    "Appeal_to_Authority": "#2c3e50",
    "Slogans": "#f39c12",
    "Black-and-White_Fallacy": "#34495e",
    "Thought-terminating_Cliches": "#9b59b6",
    "Whataboutism,Straw_Men,Red_Herring": "#1abc9c",
    "Bandwagon,Reductio_ad_hitlerum": "#e67e22",
}
#: Speaker colours, in order of first quote; unresolved speakers are grey.
SPEAKER_COLOURS = ("#d35400", "#2471a3", "#1e8449", "#8e44ad", "#b03a2e", "#117a65", "#7d6608", "#2e4053")
UNRESOLVED_COLOUR = "#95a5a6"


TEMPLATES = resources.files("presslens.report").joinpath("templates")


def _environment() -> jinja2.Environment:
    return jinja2.Environment(
        loader=jinja2.FunctionLoader(lambda name: TEMPLATES.joinpath(name).read_text("utf-8")),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
    )


def asset(name: str) -> str:
    """The article view's stylesheet (report.css) or script (report.js): inlined in reports, served by the web app."""
    return TEMPLATES.joinpath(name).read_text("utf-8")


def render_report(analysis: Analysis) -> str:
    """Render one analysis as a standalone HTML page."""
    return _environment().get_template("report.html.j2").render(css=asset("report.css"), js=asset("report.js"), **report_context(analysis))


def report_context(analysis: Analysis, entity_links: dict[str, str] | None = None) -> dict[str, object]:
    """What ``analysis.html.j2`` needs; ``entity_links`` maps article entity ids to pages about them."""
    entity_links = entity_links or {}
    article = analysis.article
    entity_of: dict[tuple[int, int], str] = {}
    for entity in analysis.entities:
        for mention in entity.mentions:
            entity_of[(mention.start, mention.end)] = entity.id
    quote_of: dict[tuple[int, int], Quote] = {(s.start, s.end): q for q in analysis.quotes for s in (q.content, *q.continuation)}
    speakers, speaker_of = _speakers(analysis, entity_links)
    layers: dict[str, list[Span]] = {
        "entity": [m for e in analysis.entities for m in e.mentions],
        "quote": [s for q in analysis.quotes for s in (q.content, *q.continuation)],
        "cue": [q.cue for q in analysis.quotes if q.cue],
        "voice": analysis.outlet_voice,
        "timex": analysis.timexes,
        "technique": analysis.techniques,
    }
    headline = article.headline_span
    body_start = headline.end if headline else 0
    counts = Counter(e.label for e in analysis.entities)
    return dict(
        analysis=analysis,
        article=article,
        headline_pieces=cut(article.text, layers, headline.start, headline.end) if headline else None,
        body_pieces=cut(article.text, layers, body_start),
        entity_of=entity_of,
        quote_of=quote_of,
        entities={e.id: e for e in analysis.entities},
        timex_of={(t.start, t.end): t for t in analysis.timexes},
        technique_of={(t.start, t.end): t for t in analysis.techniques},
        technique_colours=TECHNIQUE_COLOURS,
        technique_legend=Counter(t.labels[0].label for t in analysis.techniques).most_common(),
        # what the probability filter counts: every technique, including one that another span covers in the text
        technique_data=[{"label": t.labels[0].label, "probability": t.labels[0].probability} for t in analysis.techniques],
        speakers=speakers,
        speaker_of=speaker_of,
        legend=[(label, LABEL_COLOURS[label], counts[label]) for label in LABEL_COLOURS if counts[label]],
        colours=LABEL_COLOURS,
        url=article.url if article.url and article.url.startswith(("http://", "https://")) else None,
        entity_links=entity_links,
        author_name=next((e.canonical for e in analysis.entities if analysis.author and e.id == analysis.author.entity), None),
    )


@dataclass
class SpeakerGroup:
    """The quotes of one speaker in the report (an entity, or the words used when unresolved)."""

    anchor: str
    name: str
    colour: str
    resolved: bool
    link: str | None = None
    quotes: list[Quote] = field(default_factory=list)


def _speakers(analysis: Analysis, entity_links: dict[str, str]) -> tuple[list[SpeakerGroup], dict[str, SpeakerGroup]]:
    """Speaker groups in order of first quote, and each quote's group."""
    groups: dict[str, SpeakerGroup] = {}
    by_quote: dict[str, SpeakerGroup] = {}
    names = {e.id: e.canonical for e in analysis.entities}
    for quote in analysis.quotes:
        speaker = quote.speaker
        named_by = speaker.refers_to or speaker.span  # 'He' groups with the unnamed minister it refers to
        words = analysis.text_of(named_by) if named_by else ("no one named" if speaker.via == "unnamed" else "unknown speaker")
        key = " ".join(speaker.everyone()) or f"unresolved:{words}"  # 'Pelosi and Schumer' speak as one
        if key not in groups:
            resolved = speaker.entity is not None
            index = sum(g.resolved for g in groups.values())
            colour = SPEAKER_COLOURS[index % len(SPEAKER_COLOURS)] if resolved else UNRESOLVED_COLOUR
            name = together([names[i] for i in speaker.everyone()]) or words
            groups[key] = SpeakerGroup(f"speaker-{len(groups) + 1}", name, colour, resolved, entity_links.get(speaker.entity or ""))
        groups[key].quotes.append(quote)
        by_quote[quote.id] = groups[key]
    return list(groups.values()), by_quote
