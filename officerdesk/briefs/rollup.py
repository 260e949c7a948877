"""HQ roll-up: every post's activity figures for one period, side by side."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph

from officerdesk.briefs import blocks, charts, fonts
from officerdesk.briefs.activity import key_figures
from officerdesk.briefs.document import cover, render
from officerdesk.briefs.labels import Labels
from officerdesk.briefs.styles import MARGIN_X, PAPERS, make_styles
from officerdesk.core import enums
from officerdesk.core.report_dto import ActivityFigures, BriefOptions, RollupBrief


def _pairs_value(pairs: tuple[tuple[str, int], ...], code: str) -> int:
    return dict(pairs).get(code, 0)


def build(brief: RollupBrief, options: BriefOptions) -> bytes:
    labels, styles = Labels(options.language), make_styles()
    width = PAPERS.get(options.paper, PAPERS["a4"])[0] - 2 * MARGIN_X
    posts = brief.posts
    codes = [p.post_code for p in posts]
    columns: list[ActivityFigures] = [p.figures for p in posts] + [brief.totals]
    label_col = 44 * mm
    number_col = (width - label_col) / max(1, len(columns))
    widths = [label_col] + [number_col] * len(columns)
    headers = [labels("figure"), *codes, labels("total")]
    numeric = tuple(range(1, len(columns) + 1))

    def figure_rows(rows: list[tuple[str, list[int]]]) -> list[list[str]]:
        return [[name, *(f"{v:,}" if v else "–" for v in values)] for name, values in rows]

    figures = [(name, [dict(key_figures(c, labels))[name] for c in columns]) for name, _ in key_figures(brief.totals, labels)]
    by_category = [(labels.category(code), [_pairs_value(c.by_category, code) for c in columns]) for code in enums.CATEGORY]
    by_status = [(labels.status(code), [_pairs_value(c.by_status, code) for c in columns]) for code in enums.STATUS]
    names = [p.post_name_ko if labels.lang == "ko" else p.post_name_en for p in posts]
    story: list[Flowable] = cover(brief.heading, labels, styles)
    story += [
        Paragraph(fonts.markup(" · ".join(f"{c} {n}" for c, n in zip(codes, names, strict=True))), styles.small),
        blocks.heading(labels("comparison"), styles),
        blocks.data_table(headers, figure_rows(figures), styles, widths, numeric=numeric, strong_columns=(len(columns),)),
        blocks.heading(labels("rollup_chart"), styles, level=2),
        charts.grouped_bars(codes, [
            (labels("requests_opened"), [p.figures.requests_opened for p in posts]),
            (labels("requests_closed"), [p.figures.requests_closed for p in posts]),
            (labels("meetings_held"), [p.figures.meetings_held for p in posts]),
        ], width),
        blocks.heading(labels("by_category"), styles),
        blocks.data_table(headers, figure_rows(by_category), styles, widths, numeric=numeric, strong_columns=(len(columns),)),
        blocks.heading(labels("by_status"), styles),
        blocks.data_table(headers, figure_rows(by_status), styles, widths, numeric=numeric, strong_columns=(len(columns),)),
    ]
    return render(brief.heading, options, story, keywords=codes)
