"""The three charts of the Rapports page: hours per funder (horizontal bars), hours per activity (pie),
and euros obtained per hour spent, per funder (horizontal bars). Fed with a BurdenReport, never SQL."""

from __future__ import annotations

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSet,
    QChart,
    QChartView,
    QHorizontalBarSeries,
    QPieSeries,
    QValueAxis,
)
from PySide6.QtCore import QCoreApplication, QLocale, QMargins, Qt
from PySide6.QtGui import QColor, QCursor, QPainter
from PySide6.QtWidgets import QGridLayout, QToolTip, QWidget

from coopdesk.domain.burden import BurdenReport
from coopdesk.domain.enums import TimeActivity
from coopdesk.ui.formatting import hours, money

CHART_FUNDERS = 8  # the others are added up in one bar
NAME_LIMIT = 28
CHART_MIN_HEIGHT = 300
CHART_MIN_WIDTH = 300
PALETTE = ("#2e6f9e", "#e07b39", "#3c9d5d", "#c44e52", "#8172b2", "#937860", "#da8bc3", "#8c8c8c")


def activity_label(activity: TimeActivity) -> str:
    labels = {
        TimeActivity.RESEARCH: QCoreApplication.translate("BurdenLabels", "Research and monitoring"),
        TimeActivity.WRITING: QCoreApplication.translate("BurdenLabels", "Writing"),
        TimeActivity.COLLECTING_PIECES: QCoreApplication.translate("BurdenLabels", "Collecting documents"),
        TimeActivity.PLATFORM_ENTRY: QCoreApplication.translate("BurdenLabels", "Entry on the platform"),
        TimeActivity.MEETINGS: QCoreApplication.translate("BurdenLabels", "Meetings and exchanges"),
        TimeActivity.FOLLOW_UP: QCoreApplication.translate("BurdenLabels", "Follow-up and reminders"),
        TimeActivity.REPORTING: QCoreApplication.translate("BurdenLabels", "Final report"),
        TimeActivity.OTHER: QCoreApplication.translate("BurdenLabels", "Other"),
    }
    return labels[activity]


def funder_text(name: str) -> str:
    return name or QCoreApplication.translate("BurdenLabels", "No funder")


def hours_short(minutes: int) -> str:
    """ "1 234 h 30": durations are written the same way everywhere in the window."""
    return hours(minutes)


def _short(text: str) -> str:
    one_line = " ".join(text.split())
    return one_line if len(one_line) <= NAME_LIMIT else one_line[: NAME_LIMIT - 1] + "…"


def chart_funders(report: BurdenReport) -> list[tuple[str, int, int, int]]:
    """(name, minutes, minutes on decided applications, cents obtained) of the funders with most hours,
    the others added up as one "Other funders" line."""
    rows = [
        (funder_text(row.funder_name), row.minutes, row.minutes_decided, row.granted_cents)
        for row in report.by_funder
    ]
    if len(rows) <= CHART_FUNDERS:
        return rows
    rest = rows[CHART_FUNDERS - 1 :]
    other = QCoreApplication.translate("BurdenLabels", "Other funders")
    return [
        *rows[: CHART_FUNDERS - 1],
        (other, sum(row[1] for row in rest), sum(row[2] for row in rest), sum(row[3] for row in rest)),
    ]


class BurdenCharts(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.funder_view = self._view("funderHoursChart")
        self.activity_view = self._view("activityChart")
        self.per_hour_view = self._view("eurosPerHourChart")
        # Hours and euros per hour side by side (the same funders in the same order), the activities
        # below at full width so that the legend of the pie has room.
        layout = QGridLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.funder_view, 0, 0)
        layout.addWidget(self.per_hour_view, 0, 1)
        layout.addWidget(self.activity_view, 1, 0, 1, 2)

    @staticmethod
    def _view(name: str) -> QChartView:
        view = QChartView()
        view.setObjectName(name)
        view.setRenderHint(QPainter.RenderHint.Antialiasing)
        view.setMinimumSize(CHART_MIN_WIDTH, CHART_MIN_HEIGHT)
        # Nothing to do there with the keyboard (the tables give every figure): no stop on the way.
        view.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        view.viewport().setFocusPolicy(Qt.FocusPolicy.NoFocus)
        return view

    def set_report(self, report: BurdenReport) -> None:
        funders = chart_funders(report)
        self.funder_view.setChart(
            self._bars(
                self.funder_view,
                self.tr("Hours per funder"),
                [(name, minutes / 60, hours_short(minutes)) for name, minutes, _decided, _granted in funders],
                PALETTE[0],
                self.tr("hours"),
            )
        )
        self.activity_view.setChart(self._pie(report))
        per_hour = [
            (name, granted / 100 / (decided / 60), money((granted * 60 + decided // 2) // decided))
            for name, _minutes, decided, granted in funders
            if decided > 0
        ]
        self.per_hour_view.setChart(
            self._bars(
                self.per_hour_view,
                self.tr("Euros obtained per hour spent"),
                per_hour,
                PALETTE[2],
                self.tr("euros per hour"),
            )
        )
        self.funder_view.setToolTip(self.tr("Point at a bar for the funder's full name and hours"))
        self.per_hour_view.setToolTip(self.tr("Point at a bar for the funder's full name and euros per hour"))

    def chart_titles(self) -> list[str]:
        return [view.chart().title() for view in (self.funder_view, self.activity_view, self.per_hour_view)]

    @staticmethod
    def _chart(title: str) -> QChart:
        chart = QChart()
        chart.setTitle(title)
        chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        chart.setMargins(QMargins(4, 4, 4, 4))
        chart.setBackgroundRoundness(0)
        chart.setLocale(QLocale(QLocale.Language.French, QLocale.Country.France))
        chart.setLocalizeNumbers(True)  # "3 000", not "3000"
        return chart

    def _bars(
        self, view: QChartView, title: str, values: list[tuple[str, float, str]], color: str, unit: str
    ) -> QChart:
        """Bars without labels (Qt would print "26.5" the English way): the tables give the figures, and
        pointing at a bar shows the funder's full name (shortened on the axis) with its figure."""
        # Chart coordinates only (floats): every figure printed as such comes from integer minutes/cents.
        chart = self._chart(title)
        chart.legend().hide()
        shown = list(reversed(values))  # the first line at the top
        bar_set = QBarSet(title)
        bar_set.setColor(QColor(color))
        bar_set.append([value for _name, value, _text in shown])

        def hovered(status: bool, index: int) -> None:
            if status and 0 <= index < len(shown):
                name, _value, text = shown[index]
                QToolTip.showText(QCursor.pos(), f"{name}\n{text}", view)
            else:
                QToolTip.hideText()

        bar_set.hovered.connect(hovered)
        series = QHorizontalBarSeries()
        series.append(bar_set)
        chart.addSeries(series)
        names = QBarCategoryAxis()
        names.append([_short(name) for name, _value, _text in shown])
        chart.addAxis(names, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(names)
        axis = QValueAxis()
        axis.setLabelFormat("%.0f")
        axis.setTitleText(unit)
        axis.setRange(0, max([value for _name, value, _text in values], default=0) or 1)
        axis.setTickCount(5)
        axis.applyNiceNumbers()
        chart.addAxis(axis, Qt.AlignmentFlag.AlignBottom)
        series.attachAxis(axis)
        return chart

    def _pie(self, report: BurdenReport) -> QChart:
        chart = self._chart(self.tr("Hours per activity"))
        series = QPieSeries()
        total = report.minutes or 1
        for index, row in enumerate(report.by_activity):
            share = round(row.minutes * 100 / total)
            label = f"{activity_label(row.activity)} : {hours_short(row.minutes)} ({share}\u202f%)"
            pie_slice = series.append(label, row.minutes)
            pie_slice.setColor(QColor(PALETTE[index % len(PALETTE)]))
        series.setPieSize(0.85)
        chart.addSeries(series)
        legend = chart.legend()
        legend.setAlignment(Qt.AlignmentFlag.AlignRight)
        return chart


def money_per_hour(cents: int | None) -> str:
    return money(cents) if cents is not None else "—"
