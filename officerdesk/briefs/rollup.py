"""HQ roll-up: every post's activity figures for one period, side by side, with totals, rates
and the previous period."""

from __future__ import annotations

from reportlab.lib.units import mm

from officerdesk.briefs import model as m
from officerdesk.briefs import pdf, rates
from officerdesk.briefs.activity import key_figures
from officerdesk.briefs.assemble import document
from officerdesk.briefs.labels import Labels
from officerdesk.briefs.styles import MARGIN_X, PAPERS
from officerdesk.core import enums, kinds
from officerdesk.core.report_dto import ActivityFigures, BriefOptions, PostFigures, RollupBrief


def ministry_order(posts: tuple[PostFigures, ...], lang: str) -> list[PostFigures]:
    """Posts by name, as the ministry lists them: 가나다 order of the Korean name without the
    leading 주 (주미국 → 미국), or alphabetical English names in an English brief."""
    def key(p: PostFigures) -> str:
        if lang == "ko" and p.post_name_ko:
            return p.post_name_ko.removeprefix("주")
        return (p.post_name_en or p.post_code).casefold()
    return sorted(posts, key=key)


def _pairs_value(pairs: tuple[tuple[str, int], ...], code: str) -> int:
    return dict(pairs).get(code, 0)


def compose(brief: RollupBrief, options: BriefOptions) -> m.Document:
    labels = Labels(options.language)
    width = PAPERS.get(options.paper, PAPERS["a4"])[0] - 2 * MARGIN_X
    posts = ministry_order(brief.posts, labels.lang)
    codes = [p.post_code for p in posts]
    columns: list[ActivityFigures] = [p.figures for p in posts] + [brief.totals]
    headers = [labels("figure"), *codes, labels("total")]
    previous = brief.previous_totals
    if previous is not None:
        columns.append(previous)
        headers.append(labels("previous_period"))
    label_col = 40 * mm
    number_col = (width - label_col) / max(1, len(columns))
    widths = [label_col] + [number_col] * len(columns)
    numeric = tuple(range(1, len(columns) + 1))
    strong = (len(posts) + 1,)

    def figure_rows(rows: list[tuple[str, list[int]]]) -> list[list[str]]:
        return [[name, *(f"{v:,}" if v else "–" for v in values)] for name, values in rows]

    figures = [(name, [dict(key_figures(c, labels))[name] for c in columns]) for name, _ in key_figures(brief.totals, labels)]
    rate_rows = [[name, *(rates.percent(rate(c)) for c in columns)]
                 for name, rate in ((labels("closure_rate"), rates.closure_rate), (labels("on_time_rate"), rates.on_time_rate))]
    by_category = [(labels.category(code), [_pairs_value(c.by_category, code) for c in columns]) for code in enums.CATEGORY]
    by_status = [(labels.status(code), [_pairs_value(c.by_status, code) for c in columns]) for code in enums.STATUS]
    names = [p.post_name_ko if labels.lang == "ko" else p.post_name_en for p in posts]
    body: list[m.Block] = [
        m.Text(" · ".join(f"{c} {n}" for c, n in zip(codes, names, strict=True)), small=True),
        m.Heading(labels("comparison")),
        m.Table(headers, figure_rows(figures) + rate_rows, widths, numeric=numeric, strong_columns=strong),
        m.Heading(labels("rollup_chart"), 2),
        m.GroupedBars(codes, [
            (labels("requests_opened"), [p.figures.requests_opened for p in posts]),
            (labels("requests_closed"), [p.figures.requests_closed for p in posts]),
            (labels("meetings_held"), [p.figures.meetings_held for p in posts]),
        ]),
    ]
    annex: list[m.Block] = [
        m.Heading(labels("by_category"), 2),
        m.Table(headers, figure_rows(by_category), widths, numeric=numeric, strong_columns=strong),
        m.Heading(labels("by_status"), 2),
        m.Table(headers, figure_rows(by_status), widths, numeric=numeric, strong_columns=strong),
    ]
    return document(kinds.ROLLUP_BRIEF.code, brief, options, body, annex, keywords=codes)


def build(brief: RollupBrief, options: BriefOptions) -> bytes:
    return pdf.build(compose(brief, options), options)
