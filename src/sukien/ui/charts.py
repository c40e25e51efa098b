"""Plotly charts for the pages and the report, as HTML fragments (plotly.js loaded separately).

plotly.js comes from the plotly Python package itself (``plotly_js_path``), never a CDN.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from pathlib import Path

import networkx as nx
import plotly
import plotly.graph_objects as go
from markupsafe import Markup

QUAD_LABELS = {
    1: "Hợp tác lời nói / verbal cooperation",
    2: "Hợp tác vật chất / material cooperation",
    3: "Xung đột lời nói / verbal conflict",
    4: "Xung đột vật chất / material conflict",
    0: "Chưa phân loại / unclassified",
}
QUAD_COLOURS = {1: "#6baed6", 2: "#1f77b4", 3: "#fd8d3c", 4: "#d62728", 0: "#999999"}
FONT = dict(family="Liberation Sans, Arial, sans-serif", size=13)


def plotly_js_path() -> Path:
    """The plotly.min.js shipped inside the plotly package."""
    return Path(plotly.__file__).parent / "package_data" / "plotly.min.js"


def score_colour(score: float | None) -> str:
    """Red (conflict, -10) through grey (0) to blue (cooperation, +10)."""
    if score is None:
        return "#999999"
    t = max(-1.0, min(1.0, score / 10.0))
    grey, red, blue = (160, 160, 160), (214, 39, 40), (31, 119, 180)
    end = blue if t >= 0 else red
    a = abs(t) ** 0.5
    r, g, b = (round(grey[i] + (end[i] - grey[i]) * a) for i in range(3))
    return f"#{r:02x}{g:02x}{b:02x}"


def to_div(fig: go.Figure, div_id: str, height: int = 360) -> Markup:
    """The figure as a ``<div>`` plus the script that draws it (no plotly.js included)."""
    fig.update_layout(
        height=height, margin=dict(l=40, r=20, t=40, b=40), font=FONT, template="plotly_white"
    )
    html = fig.to_html(
        full_html=False,
        include_plotlyjs=False,
        div_id=div_id,
        config={"displaylogo": False, "responsive": True},
    )
    return Markup(html)


def timeline(rows: Sequence[tuple], title: str = "Sự kiện theo thời gian / events over time"):
    """Stacked bars of event counts per period and quad class; rows: (period, quad, n, mean)."""
    fig = go.Figure()
    periods = sorted({r[0] for r in rows})
    for quad in (1, 2, 3, 4, 0):
        counts = {r[0]: r[2] for r in rows if (r[1] or 0) == quad}
        if not counts:
            continue
        fig.add_bar(
            x=periods,
            y=[counts.get(p, 0) for p in periods],
            name=QUAD_LABELS[quad],
            marker_color=QUAD_COLOURS[quad],
        )
    fig.update_layout(barmode="stack", title=title, xaxis_type="category", legend_orientation="h")
    return fig


def dyad_chart(periods: Sequence[dict], title: str):
    """Counts (bars) and mean cooperation/conflict score (line) per period."""
    pts = [p for p in periods if p["period"] != "?"]
    x = [p["period"] for p in pts]
    fig = go.Figure()
    fig.add_bar(x=x, y=[p["count"] for p in pts], name="Số sự kiện / events", yaxis="y")
    fig.add_scatter(
        x=x,
        y=[p.get("mean_score") for p in pts],
        name="Điểm hợp tác–xung đột / score",
        yaxis="y2",
        mode="lines+markers",
        line_color="#d62728",
    )
    fig.update_layout(
        title=title,
        xaxis_type="category",
        yaxis=dict(title="số sự kiện"),
        yaxis2=dict(title="điểm (−10…+10)", overlaying="y", side="right", range=[-10, 10]),
        legend_orientation="h",
    )
    return fig


def relation_graph(
    centre: tuple[str, str],
    partners: Sequence[dict],
    title: str = "Quan hệ / relations",
):
    """A star graph: ``centre`` (code, name) and its partners; edge colour = mean score.

    partners: dicts with code, name, count, mean_score.
    """
    g = nx.Graph()
    g.add_node(centre[0])
    for p in partners:
        g.add_edge(centre[0], p["code"])
    n = max(1, len(partners))
    pos = {centre[0]: (0.0, 0.0)}
    for i, p in enumerate(partners):
        ang = 2 * math.pi * i / n
        pos[p["code"]] = (math.cos(ang), math.sin(ang))
    return _graph_figure(
        nodes=[(centre[0], centre[1], 0)]
        + [(p["code"], p.get("name") or p["code"], p["count"]) for p in partners],
        edges=[(centre[0], p["code"], p["count"], p.get("mean_score")) for p in partners],
        pos=pos,
        title=title,
    )


def network(edges: Sequence[dict], names: dict[str, str], title: str, max_edges: int = 300):
    """The actor graph (edges: actor_code, recipient_code, count, mean_score), spring layout."""
    top = sorted(edges, key=lambda e: -e["count"])[:max_edges]
    g = nx.Graph()
    for e in top:
        a, b = e["actor_code"], e["recipient_code"]
        w = g.get_edge_data(a, b, {}).get("weight", 0) + e["count"]
        g.add_edge(a, b, weight=w)
    pos = nx.spring_layout(g, seed=1, weight="weight") if g.number_of_nodes() else {}
    deg = dict(g.degree(weight="weight"))
    return _graph_figure(
        nodes=[(c, names.get(c, c), deg.get(c, 0)) for c in g.nodes],
        edges=[
            (e["actor_code"], e["recipient_code"], e["count"], e.get("mean_score")) for e in top
        ],
        pos={k: (float(v[0]), float(v[1])) for k, v in pos.items()},
        title=title,
    )


def _graph_figure(nodes, edges, pos, title: str):  # noqa: ANN001
    fig = go.Figure()
    maxc = max([e[2] for e in edges] or [1])
    for a, b, count, score in edges:
        (x0, y0), (x1, y1) = pos[a], pos[b]
        fig.add_scatter(
            x=[x0, x1],
            y=[y0, y1],
            mode="lines",
            line=dict(color=score_colour(score), width=1.5 + 6 * count / maxc),
            hoverinfo="text",
            text=f"{a} – {b}: {count} sự kiện, điểm {score}",
            showlegend=False,
        )
        fig.add_scatter(  # an invisible midpoint carries the hover text of the edge
            x=[(x0 + x1) / 2],
            y=[(y0 + y1) / 2],
            mode="markers",
            marker=dict(size=8, color=score_colour(score), opacity=0.01),
            hovertext=f"{a} – {b}: {count} sự kiện, điểm TB {score}",
            hoverinfo="text",
            showlegend=False,
        )
    fig.add_scatter(
        x=[pos[c][0] for c, _, _ in nodes],
        y=[pos[c][1] for c, _, _ in nodes],
        mode="markers+text",
        text=[name for _, name, _ in nodes],
        textposition="top center",
        hovertext=[f"{name} ({c})" for c, name, _ in nodes],
        hoverinfo="text",
        marker=dict(size=[16 if k == 0 else 10 + min(20, k) for _, _, k in nodes], color="#333333"),
        showlegend=False,
        name="nodes",
    )
    for label, colour in (
        ("hợp tác / cooperation", score_colour(8)),
        ("xung đột / conflict", score_colour(-8)),
    ):
        fig.add_scatter(x=[None], y=[None], mode="lines", line_color=colour, name=label)
    fig.update_layout(
        title=title,
        xaxis=dict(visible=False),
        yaxis=dict(visible=False, scaleanchor="x"),
        legend_orientation="h",
        hovermode="closest",
    )
    return fig


def places_map(
    points: Sequence[dict],
    title: str = "Địa điểm sự kiện / event places",
    backdrop: Sequence[tuple[float, float]] = (),
):
    """Event places on longitude/latitude axes (points: name, lat, lon, count).

    Plotly's geographic base maps are fetched from a CDN, so the map is drawn on plain
    equirectangular axes with a graticule; ``backdrop`` (lat, lon) pairs, e.g. every city of
    the knowledge base, are drawn as faint dots that outline the inhabited land.
    """
    fig = go.Figure()
    if backdrop:
        fig.add_scatter(
            x=[round(lon, 2) for _, lon in backdrop],
            y=[round(lat, 2) for lat, _ in backdrop],
            mode="markers",
            marker=dict(size=3, color="#c8ced6"),
            hoverinfo="skip",
            showlegend=False,
        )
    maxc = max([p["count"] for p in points] or [1])
    fig.add_scatter(
        x=[p["lon"] for p in points],
        y=[p["lat"] for p in points],
        mode="markers+text",
        text=[p["name"] for p in points],
        textposition="top center",
        hovertext=[f"{p['name']}: {p['count']} sự kiện" for p in points],
        hoverinfo="text",
        marker=dict(
            size=[8 + 30 * math.sqrt(p["count"] / maxc) for p in points],
            color="#1f77b4",
            opacity=0.7,
        ),
        showlegend=False,
    )
    fig.update_layout(
        title=title,
        xaxis=dict(range=[-180, 180], dtick=30, title="kinh độ / longitude", zeroline=False),
        yaxis=dict(
            range=[-70, 80], dtick=30, title="vĩ độ / latitude", scaleanchor="x", zeroline=False
        ),
    )
    return fig
