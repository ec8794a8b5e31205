"""Charts rendered on the server as inline SVG: no chart library, no script, labels escaped."""

from __future__ import annotations

from collections.abc import Sequence
from html import escape

from markupsafe import Markup

BAR = "#2471a3"
ROW = 22
LABEL_WIDTH = 180


def bar_chart(items: Sequence[tuple[str, float]], unit: str, width: int = 640, title: str = "") -> Markup:
    """Horizontal bars, one row per item, the value written at the bar's end."""
    if not items:
        return Markup('<p class="meta">No data.</p>')
    top = max(value for _, value in items) or 1.0
    span = width - LABEL_WIDTH - 70
    height = ROW * len(items) + 10
    rows = []
    for i, (label, value) in enumerate(items):
        y = 5 + i * ROW
        length = max(1.0, span * value / top)
        rows.append(
            f'<text x="{LABEL_WIDTH - 8}" y="{y + 15}" text-anchor="end">{escape(_short(label, 28))}</text>'
            f'<rect x="{LABEL_WIDTH}" y="{y + 3}" width="{length:.1f}" height="{ROW - 7}" fill="{BAR}"><title>{escape(label)}: {value:g} {escape(unit)}</title></rect>'
            f'<text x="{LABEL_WIDTH + length + 6:.1f}" y="{y + 15}">{value:g}</text>'
        )
    return Markup(
        f'<svg class="chart" role="img" aria-label="{escape(title or unit)}" viewBox="0 0 {width} {height}" width="{width}" height="{height}" '
        f'font-size="12" font-family="system-ui, sans-serif">{"".join(rows)}</svg>'
    )


def column_chart(items: Sequence[tuple[str, float]], unit: str, width: int = 640, height: int = 200, title: str = "") -> Markup:
    """Vertical columns over time (labels such as 2022-01), the value above each column."""
    if not items:
        return Markup('<p class="meta">No data.</p>')
    top = max(value for _, value in items) or 1.0
    plot = height - 40
    step = (width - 20) / len(items)
    bars = []
    for i, (label, value) in enumerate(items):
        x = 10 + i * step
        h = max(1.0, plot * value / top)
        y = 15 + plot - h
        bars.append(
            f'<rect x="{x + step * 0.15:.1f}" y="{y:.1f}" width="{step * 0.7:.1f}" height="{h:.1f}" fill="{BAR}"><title>{escape(label)}: {value:g} {escape(unit)}</title></rect>'
            f'<text x="{x + step / 2:.1f}" y="{y - 3:.1f}" text-anchor="middle">{value:g}</text>'
            f'<text x="{x + step / 2:.1f}" y="{height - 8}" text-anchor="middle">{escape(_short(label, 10))}</text>'
        )
    return Markup(
        f'<svg class="chart" role="img" aria-label="{escape(title or unit)}" viewBox="0 0 {width} {height}" width="{width}" height="{height}" '
        f'font-size="11" font-family="system-ui, sans-serif">{"".join(bars)}</svg>'
    )


def _short(text: str, size: int) -> str:
    return text if len(text) <= size else text[: size - 1] + "…"
