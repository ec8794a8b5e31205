"""The self-contained HTML report of one analysis: inline CSS, no network, every article string escaped."""

from __future__ import annotations

from collections import Counter
from importlib import resources

import jinja2

from presslens.model import Analysis, Mention
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


def _environment() -> jinja2.Environment:
    templates = resources.files("presslens.report").joinpath("templates")
    return jinja2.Environment(
        loader=jinja2.FunctionLoader(lambda name: templates.joinpath(name).read_text("utf-8")),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
    )


def render_report(analysis: Analysis) -> str:
    """Render one analysis as a standalone HTML page."""
    article = analysis.article
    entity_of: dict[tuple[int, int], tuple[str, str]] = {}
    mentions: list[Mention] = []
    for entity in analysis.entities:
        for mention in entity.mentions:
            entity_of[(mention.start, mention.end)] = (entity.id, entity.label)
            mentions.append(mention)
    headline = article.headline_span
    body_start = headline.end if headline else 0
    counts = Counter(e.label for e in analysis.entities)
    return _environment().get_template("report.html.j2").render(
        analysis=analysis,
        article=article,
        headline_pieces=cut(article.text, mentions, headline.start, headline.end) if headline else None,
        body_pieces=cut(article.text, mentions, body_start),
        entity_of=entity_of,
        entities={e.id: e for e in analysis.entities},
        legend=[(label, LABEL_COLOURS[label], counts[label]) for label in LABEL_COLOURS if counts[label]],
        colours=LABEL_COLOURS,
        url=article.url if article.url and article.url.startswith(("http://", "https://")) else None,
    )
