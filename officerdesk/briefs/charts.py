"""Charts from reportlab.graphics, in the brief's fonts and restrained colours."""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.graphics.charts.barcharts import HorizontalBarChart, VerticalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.shapes import Drawing
from reportlab.lib import colors
from reportlab.lib.units import mm

from officerdesk.briefs import fonts
from officerdesk.briefs.styles import INK, MUTED, RULE, SERIES


def axis(value: int) -> tuple[int, int]:
    """A round axis maximum at or above `value` and a whole-number step (at most 5 ticks)."""
    for step in (1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000, 2000, 2500, 5000, 10000, 20000, 50000):
        if value <= step * 5:
            return max(step, ((value + step - 1) // step) * step), step
    return value, max(1, value // 5)


def _label_font(texts: Sequence[str]) -> str:
    # chart labels take one font: the fallback only when the main font cannot draw them all
    ok = all(fonts.has_glyph(fonts.REGULAR, c) or c.isspace() for t in texts for c in t)
    return fonts.REGULAR if ok else fonts.FALLBACK


def bar_list(pairs: Sequence[tuple[str, int]], width: float) -> Drawing:
    """One horizontal bar per label, largest first, with the count at the bar's end."""
    fonts.register()
    labels = [label for label, _ in pairs] or ["—"]
    values = [n for _, n in pairs] or [0]
    font = _label_font(labels)
    label_width = max(fonts.string_width(label, 8) for label in labels) + 6
    bar_height = 5 * mm
    height = bar_height * len(values) + 10 * mm
    drawing = Drawing(width, height)
    chart = HorizontalBarChart()
    chart.x = label_width
    chart.y = 6 * mm
    chart.width = width - label_width - 12 * mm
    chart.height = bar_height * len(values)
    chart.data = [list(reversed(values))]
    chart.categoryAxis.categoryNames = list(reversed(labels))
    chart.categoryAxis.labels.fontName = font
    chart.categoryAxis.labels.fontSize = 8
    chart.categoryAxis.labels.fillColor = INK
    chart.categoryAxis.labels.boxAnchor = "e"
    chart.categoryAxis.labels.dx = -4
    chart.categoryAxis.strokeColor = RULE
    chart.categoryAxis.tickLeft = 0
    _value_axis(chart, max(5, *values))
    chart.bars[0].fillColor = SERIES[0]
    chart.bars[0].strokeColor = None
    chart.barWidth = bar_height * 0.62
    chart.groupSpacing = bar_height * 0.38
    chart.barLabelFormat = "{:,}".format
    chart.barLabels.fontName = fonts.BOLD
    chart.barLabels.fontSize = 7.5
    chart.barLabels.fillColor = INK
    chart.barLabels.boxAnchor = "w"
    chart.barLabels.dx = 3
    drawing.add(chart)
    return drawing


def _value_axis(chart: HorizontalBarChart | VerticalBarChart, top: int) -> None:
    """The value axis every brief chart shares: from zero, light grid, thousands separators."""
    axis_ = chart.valueAxis
    axis_.valueMin = 0
    axis_.valueMax, axis_.valueStep = axis(top)
    axis_.labels.fontName = fonts.REGULAR
    axis_.labels.fontSize = 7
    axis_.labels.fillColor = MUTED
    axis_.strokeColor = RULE
    axis_.visibleGrid = 1
    axis_.gridStrokeColor = colors.HexColor("#e3e7ec")
    axis_.gridStrokeWidth = 0.4
    axis_.labelTextFormat = "{:,.0f}".format


def grouped_bars(groups: Sequence[str], series: Sequence[tuple[str, Sequence[int]]], width: float) -> Drawing:
    """Vertical bars: one group per post, one bar per series, with a legend underneath."""
    fonts.register()
    height = 62 * mm
    drawing = Drawing(width, height)
    chart = VerticalBarChart()
    chart.x = 12 * mm
    chart.y = 8 * mm
    chart.width = min(width - 16 * mm, max(70 * mm, len(groups) * 36 * mm))
    chart.height = height - 22 * mm
    chart.data = [list(values) for _, values in series] or [[0]]
    chart.categoryAxis.categoryNames = list(groups) or ["—"]
    chart.categoryAxis.labels.fontName = fonts.BOLD
    chart.categoryAxis.labels.fontSize = 8
    chart.categoryAxis.strokeColor = RULE
    top = max((v for _, values in series for v in values), default=0)
    _value_axis(chart, top)
    chart.groupSpacing = 8
    chart.barSpacing = 1
    for n in range(len(series)):
        chart.bars[n].fillColor = SERIES[n % len(SERIES)]
        chart.bars[n].strokeColor = None
    drawing.add(chart)
    legend = Legend()
    legend.x = 12 * mm
    legend.y = height - 4 * mm
    legend.fontName = _label_font([name for name, _ in series])
    legend.fontSize = 8
    legend.alignment = "right"
    legend.columnMaximum = 1
    legend.deltax = 0
    legend.dxTextSpace = 4
    legend.dx = 7
    legend.dy = 7
    legend.strokeColor = None
    legend.colorNamePairs = [(SERIES[n % len(SERIES)], name) for n, (name, _) in enumerate(series)]
    legend.boxAnchor = "nw"
    legend.autoXPadding = 18
    drawing.add(legend)
    return drawing
