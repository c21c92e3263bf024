"""Bar charts drawn server-side as inline SVG: no JavaScript, no CDN, readable with JS off."""

from __future__ import annotations

from html import escape

# `unit` arguments are written before numbers, e.g. "£".
PALETTE = ("#4e79a7", "#f28e2b", "#59a14f", "#e15759", "#76b7b2", "#edc948", "#b07aa1",
           "#ff9da7", "#9c755f", "#bab0ac")
FONT = "font-family='system-ui, sans-serif' font-size='12'"


def colour_for(index: int) -> str:
    return PALETTE[index % len(PALETTE)]


def _number(value: float) -> str:
    """A compact label: 1234567 -> 1.2m, 45000 -> 45k, 7 -> 7."""
    magnitude = abs(value)
    if magnitude >= 1_000_000_000:
        return f"{value / 1_000_000_000:.1f}bn"
    if magnitude >= 1_000_000:
        return f"{value / 1_000_000:.1f}m"
    if magnitude >= 10_000:
        return f"{value / 1_000:.0f}k"
    return f"{value:g}"


def _legend(segments: list[str], x: float, y: float) -> str:
    items = []
    for index, name in enumerate(segments):
        dy = y + index * 18
        items.append(f"<rect class='legend-swatch' x='{x}' y='{dy}' width='12' height='12' "
                     f"fill='{colour_for(index)}'/><text x='{x + 18}' y='{dy + 10}' {FONT}>"
                     f"{escape(name)}</text>")
    return "".join(items)


def _figure(chart_id: str, title: str, body: str) -> str:
    return (f"<figure class='chart' id='{escape(chart_id)}'><figcaption>{escape(title)}"
            f"</figcaption>{body}</figure>")


def stacked_columns(chart_id: str, title: str, categories: list[str],
                    series: dict[str, list[float]], unit: str = "") -> str:
    """Vertical bars, one per category, stacked by series (e.g. agreements per year by kind)."""
    if not categories or not series:
        return _figure(chart_id, title, "<p class='chart-empty'>No data yet.</p>")
    names = list(series)
    totals = [sum(series[name][i] for name in names) for i in range(len(categories))]
    top = max(totals) or 1.0
    plot_h, bar_w, gap, left, top_pad = 220.0, 36.0, 18.0, 48.0, 16.0
    width = left + len(categories) * (bar_w + gap) + 190
    height = top_pad + plot_h + 40
    parts = [f"<line x1='{left}' y1='{top_pad + plot_h}' x2='{width - 180}' "
             f"y2='{top_pad + plot_h}' stroke='#888'/>",
             f"<text x='{left - 6}' y='{top_pad + 8}' text-anchor='end' {FONT}>"
             f"{_number(top)}</text>",
             f"<text x='{left - 6}' y='{top_pad + plot_h}' text-anchor='end' {FONT}>0</text>"]
    for i, category in enumerate(categories):
        x = left + gap / 2 + i * (bar_w + gap)
        y = top_pad + plot_h
        for s, name in enumerate(names):
            value = series[name][i]
            if value <= 0:
                continue
            h = plot_h * value / top
            y -= h
            parts.append(f"<rect class='bar' data-series='{escape(name)}' x='{x:.1f}' "
                         f"y='{y:.1f}' width='{bar_w}' height='{h:.1f}' fill='{colour_for(s)}'>"
                         f"<title>{escape(category)} · {escape(name)}: {unit}{_number(value)}"
                         f"</title></rect>")
        parts.append(f"<text x='{x + bar_w / 2:.1f}' y='{y - 4:.1f}' text-anchor='middle' "
                     f"{FONT}>{_number(totals[i])}</text>")
        parts.append(f"<text x='{x + bar_w / 2:.1f}' y='{top_pad + plot_h + 16}' "
                     f"text-anchor='middle' {FONT}>{escape(category)}</text>")
    parts.append(_legend(names, width - 170, top_pad))
    svg = (f"<svg xmlns='http://www.w3.org/2000/svg' role='img' aria-label='{escape(title)}' "
           f"width='{width:.0f}' height='{height:.0f}' viewBox='0 0 {width:.0f} {height:.0f}'>"
           f"{''.join(parts)}</svg>")
    return _figure(chart_id, title, svg)


def stacked_rows(chart_id: str, title: str, rows: list[tuple[str, dict[str, float]]],
                 segments: list[str], unit: str = "") -> str:
    """Horizontal bars, one per row, split into segments (e.g. each partner's share)."""
    if not rows:
        return _figure(chart_id, title, "<p class='chart-empty'>No data yet.</p>")
    top = max(sum(parts.values()) for _, parts in rows) or 1.0
    label_w, plot_w, bar_h, gap, top_pad = 300.0, 420.0, 20.0, 8.0, 8.0
    legend_h = 18 * len(segments) if len(segments) > 1 else 0
    height = top_pad + len(rows) * (bar_h + gap) + legend_h + 12
    width = label_w + plot_w + 90
    out = []
    for i, (label, values) in enumerate(rows):
        y = top_pad + i * (bar_h + gap)
        shown = label if len(label) <= 42 else label[:41] + "…"
        out.append(f"<text class='row-label' x='{label_w - 8}' y='{y + 14}' text-anchor='end' "
                   f"{FONT}><title>{escape(label)}</title>{escape(shown)}</text>")
        x = label_w
        total = sum(values.values())
        for s, name in enumerate(segments):
            value = values.get(name, 0.0)
            if value <= 0:
                continue
            w = plot_w * value / top
            share = f" ({100 * value / total:.1f}%)" if total and len(segments) > 1 else ""
            out.append(f"<rect class='bar' data-series='{escape(name)}' x='{x:.1f}' y='{y}' "
                       f"width='{w:.1f}' height='{bar_h}' fill='{colour_for(s)}'><title>"
                       f"{escape(label)} · {escape(name)}: {unit}{_number(value)}{share}"
                       f"</title></rect>")
            x += w
        out.append(f"<text x='{x + 6:.1f}' y='{y + 14}' {FONT}>{unit}{_number(total)}</text>")
    if legend_h:
        out.append(_legend(segments, label_w, top_pad + len(rows) * (bar_h + gap) + 4))
    svg = (f"<svg xmlns='http://www.w3.org/2000/svg' role='img' aria-label='{escape(title)}' "
           f"width='{width:.0f}' height='{height:.0f}' viewBox='0 0 {width:.0f} {height:.0f}'>"
           f"{''.join(out)}</svg>")
    return _figure(chart_id, title, svg)
