"""The administrative-burden report as a PDF to hand over (board, general meeting, funders).

A title page (association, period, date), a summary in plain French sentences, three charts (hours per
funder, hours per activity, euros obtained per hour per funder), then the tables. Every page but the
first is numbered "Page 2 / 5". Fonts come from coopdesk.reports.fonts (DejaVu Sans embedded, Helvetica
as the fallback); user text (names, titles) goes through its paragraph_markup, so it is escaped and
printable. A period without any time entry gives a short report that says so.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from typing import Any, Final

from reportlab.graphics.charts.barcharts import HorizontalBarChart
from reportlab.graphics.charts.piecharts import Pie
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    CondPageBreak,
    KeepTogether,
    PageBreak,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

from coopdesk.domain.burden import (
    BurdenReport,
    apportion,
    format_cents,
    format_hours,
    format_hours_minutes,
    format_tenths,
    is_calendar_year,
)
from coopdesk.domain.dates import format_date
from coopdesk.domain.enums import ApplicationStatus, TimeActivity
from coopdesk.domain.money import format_money
from coopdesk.reports.fonts import FontNames, paragraph_markup, printable, register_fonts

TITLE: Final = "Charge administrative des demandes de subvention"
SMIC_SOURCE: Final = "SMIC horaire brut au 1er janvier 2026"
ACTIVITY_LABELS: Final[dict[TimeActivity, str]] = {
    TimeActivity.RESEARCH: "Veille et recherche",
    TimeActivity.WRITING: "Rédaction",
    TimeActivity.COLLECTING_PIECES: "Collecte des pièces",
    TimeActivity.PLATFORM_ENTRY: "Saisie sur la plateforme",
    TimeActivity.MEETINGS: "Réunions et échanges",
    TimeActivity.FOLLOW_UP: "Suivi et relances",
    TimeActivity.REPORTING: "Compte rendu",
    TimeActivity.OTHER: "Autre",
}
STATUS_LABELS: Final[dict[ApplicationStatus, str]] = {
    ApplicationStatus.IDEA: "idée",
    ApplicationStatus.DRAFTING: "en rédaction",
    ApplicationStatus.SUBMITTED: "déposé",
    ApplicationStatus.UNDER_REVIEW: "en instruction",
    ApplicationStatus.GRANTED: "accordé",
    ApplicationStatus.PARTIALLY_GRANTED: "accordé en partie",
    ApplicationStatus.REFUSED: "refusé",
    ApplicationStatus.WITHDRAWN: "abandonné",
    ApplicationStatus.PAID: "versé",
    ApplicationStatus.REPORT_DUE: "compte rendu à faire",
    ApplicationStatus.REPORT_FILED: "compte rendu déposé",
    ApplicationStatus.CLOSED: "clos",
}
WITHOUT_APPLICATION: Final = "sans dossier"
NO_FUNDER: Final = "Sans financeur"
NOBODY: Final = "Bénévole non indiqué"
CHART_FUNDERS: Final = 10  # the others are added up as "Autres financeurs"
OTHER_FUNDERS: Final = "Autres financeurs"
NARROW_NBSP: Final = "\u202f"
NBSP: Final = "\u00a0"

_PALETTE: Final = (
    "#2e6f9e", "#e07b39", "#3c9d5d", "#c44e52", "#8172b2", "#937860", "#da8bc3", "#8c8c8c", "#ccb974",
    "#64b5cd",
)  # fmt: skip
_HEADER_BACKGROUND: Final = colors.HexColor("#e8eef4")
_LINE: Final = colors.HexColor("#b0b8c0")
_MUTED: Final = colors.HexColor("#555555")


# -- French wording (shared with the command line) -------------------------------------------------


def time_text(minutes: int) -> str:
    """Time in a sentence or a key figure: "226 h 15", "27 h", "0 h" (as in the window)."""
    return format_hours_minutes(minutes)


def hours_text(minutes: int) -> str:
    """ "212 heures", "1,5 heure" (French: singular below 2): the command line's wording."""
    number = format_hours(minutes)
    return f"{number}{NBSP}{'heures' if minutes >= 120 else 'heure'}"


def hours_short(minutes: int) -> str:
    """Time on a chart label: the same writing as in the sentences."""
    return format_hours_minutes(minutes)


def tenths_column(minutes: Sequence[int]) -> tuple[list[str], str]:
    """The "Heures" column of a table in decimal hours to the tenth, and its total: each line is rounded
    so that the lines add up to the total shown ("49,8" + "8,8" never beside a total of "58,5")."""
    tenths = apportion([line * 10 for line in minutes], 60)
    return [format_tenths(value) for value in tenths], format_tenths(sum(tenths))


def percent_column(minutes: Sequence[int]) -> list[str]:
    """Shares of the time, rounded so that they add up to 100 %."""
    total = sum(minutes)
    if not total:
        return [f"0{NARROW_NBSP}%" for _ in minutes]
    return [f"{value}{NARROW_NBSP}%" for value in apportion([line * 100 for line in minutes], total)]


def french_spacing(text: str) -> str:
    """No-break spaces of French typography: narrow before ";", normal before ":" and inside « »."""
    return (
        text.replace(" ;", NARROW_NBSP + ";")
        .replace(" :", NBSP + ":")
        .replace("« ", "«" + NBSP)
        .replace(" »", NBSP + "»")
    )


def _count(count: int, singular: str, plural: str) -> str:
    return f"{count} {singular if count < 2 else plural}"


def period_text(report: BurdenReport, *, capitalised: bool = True) -> str:
    """ "En 2026" for a calendar year, else "Du 01/03/2025 au 28/02/2026"."""
    start, end = report.filter.start, report.filter.end
    if is_calendar_year(start, end):
        text = f"en {start.year}"
    else:
        text = f"du {format_date(start)} au {format_date(end)}"
    return text[0].upper() + text[1:] if capitalised else text


def period_title(report: BurdenReport) -> str:
    start, end = report.filter.start, report.filter.end
    if is_calendar_year(start, end):
        return f"Année {start.year} (du {format_date(start)} au {format_date(end)})"
    return f"Du {format_date(start)} au {format_date(end)}"


def empty_sentence(report: BurdenReport) -> str:
    start, end = report.filter.start, report.filter.end
    chosen = " avec les filtres choisis" if filter_lines(report) else ""
    return f"Aucun temps saisi entre le {format_date(start)} et le {format_date(end)}{chosen}."


def filter_lines(report: BurdenReport) -> list[str]:
    """What the report is restricted to, one line each (nothing when it covers everything)."""
    lines = []
    if report.funder_name:
        lines.append(f"Financeur{NBSP}: {report.funder_name}")
    if report.volunteer_name:
        lines.append(f"Bénévole{NBSP}: {report.volunteer_name}")
    if report.filter.statuses:
        names = [STATUS_LABELS[status] for status in ApplicationStatus if status in report.filter.statuses]
        lines.append(f"Dossiers au statut{NBSP}: {', '.join(names)}")
    return lines


def valuation_text(report: BurdenReport) -> str:
    """ "12,02 € de l'heure (SMIC horaire brut au 1er janvier 2026)", or the association's own value."""
    origin = SMIC_SOURCE if report.hourly_valuation_is_default else "montant choisi par l’association"
    return f"{format_cents(report.hourly_valuation_cents)} de l’heure ({origin})"


def summary_sentences(report: BurdenReport) -> list[str]:
    """The summary in plain French, e.g. "En 2026, 212 heures de bénévolat ont été consacrées à 14
    demandes ; 5 ont été refusées, soit 61 heures sans retour." """
    if report.is_empty:
        return [empty_sentence(report)]
    when = period_text(report)
    minutes, applications = report.minutes, report.applications
    sentences = []
    if applications:
        # The hours on the applications; those spent outside any application come in the next sentence.
        on_applications = minutes - report.minutes_without_application
        spent = "ont été consacrées" if on_applications >= 120 else "a été consacrée"
        demands = _count(applications, "demande", "demandes")
        first = f"{when}, {time_text(on_applications)} de bénévolat {spent} à {demands}"
        refused, withdrawn = report.refused_applications, report.withdrawn_applications
        if refused or withdrawn:
            parts = []
            if refused:
                parts.append("refusée" if refused < 2 else "refusées")
            if withdrawn:
                parts.append("abandonnée" if withdrawn < 2 else "abandonnées")
            total = refused + withdrawn
            verb = "a été" if total < 2 else "ont été"
            if refused and withdrawn:
                outcome = f"{refused} {verb} {parts[0]} et {withdrawn} {parts[1]}"
            else:
                outcome = f"{total} {verb} {parts[0]}"
            first += f" ; {outcome}, soit {time_text(report.minutes_no_return)} sans retour"
        sentences.append(first + ".")
        without = report.minutes_without_application
        if without:
            added = "ajoutent" if without >= 120 else "ajoute"
            sentences.append(
                f"S’y {added} {time_text(without)} de veille et d’échanges avec les financeurs, hors dossier."
            )
    else:
        spent = "ont été consacrées" if minutes >= 120 else "a été consacrée"
        sentences.append(
            f"{when}, {time_text(minutes)} de bénévolat {spent} à la recherche de financements, "
            "sans dossier de demande."
        )
    if report.minutes_decided:
        per_hour = report.cents_per_hour or 0
        sentences.append(
            f"Les dossiers dont l’issue est connue ont obtenu {format_cents(report.granted_cents)} "
            f"pour {time_text(report.minutes_decided)} de travail, soit {format_cents(per_hour)} par heure."
        )
    if report.by_activity:
        top = report.by_activity[0]
        share = percent_column([row.minutes for row in report.by_activity])[0]  # as in the table
        sentences.append(
            f"L’activité la plus longue est « {ACTIVITY_LABELS[top.activity].lower()} » : "
            f"{time_text(top.minutes)}, {share} du temps."
        )
    named = sum(1 for row in report.by_volunteer if row.volunteer_id is not None)
    if named:
        sentences.append(f"{_count(named, 'bénévole y a', 'bénévoles y ont')} participé.")
    sentences.append(
        f"Valorisé à {format_cents(report.hourly_valuation_cents)} de l’heure, ce temps passé sur les "
        f"demandes de subvention vaut {format_cents(report.valuation_cents)}. C’est une partie du "
        "bénévolat de l’association à inscrire aux comptes 864 « personnel bénévole » et 870 "
        "« bénévolat » du budget CERFA, pas le montant de ces lignes, qui comptent tout son bénévolat."
    )
    return [french_spacing(sentence) for sentence in sentences]


def funder_label(funder_name: str) -> str:
    return funder_name or NO_FUNDER


def application_label(title: str, application_id: int | None, funder_name: str) -> str:
    if application_id is None:
        return f"{funder_label(funder_name)} ({WITHOUT_APPLICATION})"
    return title


def status_label(status: ApplicationStatus | None) -> str:
    return STATUS_LABELS[status] if status is not None else WITHOUT_APPLICATION


def volunteer_label(name: str, volunteer_id: int | None) -> str:
    return name if volunteer_id is not None else NOBODY


# -- the PDF --------------------------------------------------------------------------------------


class _Styles:
    def __init__(self, fonts: FontNames) -> None:
        self.fonts = fonts
        self.body = ParagraphStyle("body", fontName=fonts.regular, fontSize=10.5, leading=14.5, spaceAfter=6)
        self.small = ParagraphStyle("small", parent=self.body, fontSize=8.5, leading=11, textColor=_MUTED)
        self.cell = ParagraphStyle("cell", fontName=fonts.regular, fontSize=8, leading=10)
        self.cell_right = ParagraphStyle("cell_right", parent=self.cell, alignment=TA_RIGHT)
        self.head = ParagraphStyle("head", parent=self.cell, fontName=fonts.bold)
        self.head_right = ParagraphStyle("head_right", parent=self.head, alignment=TA_RIGHT)
        self.h1 = ParagraphStyle(
            "h1", fontName=fonts.bold, fontSize=15, leading=19, spaceBefore=6, spaceAfter=10
        )
        self.h2 = ParagraphStyle(
            "h2", fontName=fonts.bold, fontSize=12, leading=15, spaceBefore=10, spaceAfter=6
        )
        self.cover_name = ParagraphStyle(
            "cover_name", fontName=fonts.bold, fontSize=22, leading=28, alignment=TA_CENTER, spaceAfter=24
        )
        self.cover_title = ParagraphStyle(
            "cover_title", fontName=fonts.bold, fontSize=17, leading=22, alignment=TA_CENTER, spaceAfter=18
        )
        self.cover_line = ParagraphStyle(
            "cover_line", fontName=fonts.regular, fontSize=12, leading=17, alignment=TA_CENTER, spaceAfter=4
        )


def _text(value: str, styles: _Styles) -> str:
    """Text made by CoopDesk (no markup): printable and escaped like user text. The narrow no-break
    space of French numbers becomes a no-break space: reportlab breaks lines at U+202F ("3" at the end of
    a line, "155,25 €" on the next), and Helvetica, the fallback font, has no such glyph."""
    value = value.replace(NARROW_NBSP, NBSP)
    return paragraph_markup(value, styles.fonts.regular)


class _NumberedCanvas(Canvas):  # type: ignore[misc]
    """Draws "Page n / total" once the total is known (every page is kept until the document ends)."""

    font_name = "Helvetica"

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._pages: list[dict[str, Any]] = []

    def showPage(self) -> None:  # reportlab's name
        self._pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._pages)
        for state in self._pages:
            self.__dict__.update(state)
            if self._pageNumber > 1:
                self.setFont(self.font_name, 8.5)
                self.setFillColor(_MUTED)
                self.drawRightString(A4[0] - 2 * cm, 1.2 * cm, f"Page {self._pageNumber} / {total}")
            super().showPage()
        super().save()


def render_pdf(report: BurdenReport) -> bytes:
    fonts = register_fonts()
    styles = _Styles(fonts)
    buffer = io.BytesIO()
    document = SimpleDocTemplate(
        buffer,
        pagesize=A4,
        leftMargin=2 * cm,
        rightMargin=2 * cm,
        topMargin=2 * cm,
        bottomMargin=2 * cm,
        title=f"{TITLE} — {period_title(report)}",
        author=printable(report.association_name, fonts.regular),
        creator="CoopDesk",
    )
    story: list[Any] = _cover(report, styles)
    story.append(PageBreak())
    story.append(Paragraph("Résumé", styles.h1))
    for sentence in summary_sentences(report):
        story.append(Paragraph(_text(sentence, styles), styles.body))
    if not report.is_empty:
        story += _key_figures(report, styles)
        story += _charts(report, styles)
        story += _tables(report, styles)
    story.append(Spacer(1, 12))
    story.append(Paragraph(_text(_method_note(report), styles), styles.small))

    class Numbered(_NumberedCanvas):
        font_name = fonts.regular

    document.build(story, canvasmaker=Numbered)
    return buffer.getvalue()


def _method_note(report: BurdenReport) -> str:
    return french_spacing(
        "Méthode : le temps saisi dans CoopDesk entre ces dates est additionné par dossier, financeur, "
        "activité, bénévole et statut du dossier. Le temps passé auprès d’un financeur ou sur un appel à "
        "projets avant tout dossier compte pour ce financeur (« sans dossier »). « Obtenu par heure » "
        "divise les montants accordés aux dossiers dont l’issue est connue (accordés, refusés, "
        "abandonnés) par les heures passées sur ces mêmes dossiers pendant la période ; le tableau de "
        "bord de CoopDesk montre le même chiffre pour l’année civile en cours. Valorisation horaire : "
        f"{valuation_text(report)}."
    )  # the valuation text holds no user text


def _cover(report: BurdenReport, styles: _Styles) -> list[Any]:
    story: list[Any] = [Spacer(1, 5 * cm)]
    if report.association_name:
        story.append(
            Paragraph(paragraph_markup(report.association_name, styles.fonts.bold), styles.cover_name)
        )
    story.append(Paragraph(_text(TITLE, styles), styles.cover_title))
    story.append(Paragraph(_text(period_title(report), styles), styles.cover_line))
    for line in filter_lines(report):
        story.append(Paragraph(paragraph_markup(line, styles.fonts.regular), styles.cover_line))
    story.append(Spacer(1, 1.5 * cm))
    story.append(
        Paragraph(_text(f"Rapport établi le {format_date(report.generated_on)}", styles), styles.cover_line)
    )
    return story


def _key_figures(report: BurdenReport, styles: _Styles) -> list[Any]:
    rows = [
        ("Temps total", hours_short(report.minutes)),
        ("Demandes concernées", str(report.applications)),
        ("dont temps sans dossier", hours_short(report.minutes_without_application)),
        ("Temps sur des demandes refusées ou abandonnées", hours_short(report.minutes_no_return)),
        ("Montants accordés (dossiers dont l’issue est connue)", format_cents(report.granted_cents)),
        (
            "Obtenu par heure (montants accordés ÷ heures des dossiers dont l’issue est connue)",
            format_cents(report.cents_per_hour) if report.cents_per_hour is not None else "—",
        ),
        ("Valorisation horaire", format_cents(report.hourly_valuation_cents)),
        (
            "Valeur du temps passé sur les demandes (une partie du bénévolat des comptes 864 et 870)",
            format_cents(report.valuation_cents),
        ),
    ]
    data = [
        [Paragraph(_text(label, styles), styles.cell), Paragraph(_text(value, styles), styles.cell_right)]
        for label, value in rows
    ]
    table = Table(data, colWidths=[11 * cm, 5 * cm], hAlign="LEFT")
    table.setStyle(
        TableStyle(
            [
                ("LINEBELOW", (0, 0), (-1, -1), 0.4, _LINE),
                ("BACKGROUND", (0, -1), (-1, -1), _HEADER_BACKGROUND),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ]
        )
    )
    return [KeepTogether([Paragraph("Chiffres clés", styles.h2), table])]


# -- charts ---------------------------------------------------------------------------------------


def _short(text: str, limit: int = 34) -> str:
    one_line = " ".join(text.split())
    return one_line if len(one_line) <= limit else one_line[: limit - 1] + "…"


def chart_funders(report: BurdenReport) -> list[tuple[str, int, int | None]]:
    """(name, minutes, cents per hour) of the funders with most hours; the rest as "Autres financeurs"."""
    rows = [(funder_label(row.funder_name), row.minutes, row.cents_per_hour) for row in report.by_funder]
    if len(rows) <= CHART_FUNDERS:
        return rows
    kept = rows[: CHART_FUNDERS - 1]
    rest = report.by_funder[CHART_FUNDERS - 1 :]
    minutes = sum(row.minutes for row in rest)
    decided = sum(row.minutes_decided for row in rest)
    granted = sum(row.granted_cents for row in rest)
    per_hour = (granted * 60 + decided // 2) // decided if decided else None
    return [*kept, (OTHER_FUNDERS, minutes, per_hour)]


def _grouped(value: float) -> str:
    """An axis tick in French: "1 500" (narrow no-break space between thousands)."""
    return f"{round(value):,}".replace(",", NARROW_NBSP)


def _hours_value(minutes: int) -> float:
    # A chart coordinate, never a figure printed as such: the labels are formatted from the minutes.
    return minutes / 60


def _chart_title(drawing: Drawing, text: str, fonts: FontNames) -> None:
    drawing.add(
        String(0, drawing.height - 12, printable(text, fonts.bold), fontName=fonts.bold, fontSize=10.5)
    )


def _funder_hours_chart(report: BurdenReport, fonts: FontNames) -> Drawing:
    rows = chart_funders(report)
    bar_height = 18
    height = 40 + bar_height * len(rows)
    drawing = Drawing(16.5 * cm, height)
    _chart_title(drawing, "Heures par financeur", fonts)
    chart = HorizontalBarChart()
    chart.x, chart.y = 6.2 * cm, 20
    chart.width, chart.height = 9.2 * cm, bar_height * len(rows)
    chart.data = [[_hours_value(minutes) for _, minutes, _ in reversed(rows)]]
    chart.categoryAxis.categoryNames = [
        printable(_short(name), fonts.regular) for name, _, _ in reversed(rows)
    ]
    chart.categoryAxis.labels.fontName = fonts.regular
    chart.categoryAxis.labels.fontSize = 8
    chart.categoryAxis.labels.boxAnchor = "e"
    chart.valueAxis.labels.fontName = fonts.regular
    chart.valueAxis.labels.fontSize = 8
    chart.valueAxis.valueMin = 0
    chart.valueAxis.rangeRound = "ceiling"  # the axis ends on a tick past the longest bar
    chart.valueAxis.labelTextFormat = lambda value: f"{_grouped(value)}{NBSP}h"
    chart.bars[0].fillColor = colors.HexColor(_PALETTE[0])
    chart.bars[0].strokeColor = None
    chart.barLabels.fontName = fonts.regular
    chart.barLabels.fontSize = 7.5
    chart.barLabels.boxAnchor = "w"
    chart.barLabels.dx = 3
    chart.barLabelFormat = lambda value: hours_short(round(value * 60))  # back to whole minutes
    drawing.add(chart)
    return drawing


def _activity_chart(report: BurdenReport, fonts: FontNames) -> Drawing:
    drawing = Drawing(16.5 * cm, 7.2 * cm)
    _chart_title(drawing, "Heures par activité", fonts)
    pie = Pie()
    pie.x, pie.y = 1 * cm, 0.5 * cm
    pie.width = pie.height = 5.2 * cm
    pie.data = [row.minutes for row in report.by_activity]
    pie.labels = None
    pie.slices.strokeColor = colors.white
    pie.slices.strokeWidth = 0.8
    for index in range(len(report.by_activity)):
        pie.slices[index].fillColor = colors.HexColor(_PALETTE[index % len(_PALETTE)])
    drawing.add(pie)
    y = drawing.height - 1.3 * cm
    shares = percent_column([row.minutes for row in report.by_activity])
    for index, (row, share) in enumerate(zip(report.by_activity, shares, strict=True)):
        from reportlab.graphics.shapes import Rect

        drawing.add(
            Rect(
                7.6 * cm,
                y - 1,
                8,
                8,
                fillColor=colors.HexColor(_PALETTE[index % len(_PALETTE)]),
                strokeColor=None,
            )
        )
        label = f"{ACTIVITY_LABELS[row.activity]} : {hours_short(row.minutes)} ({share})"
        drawing.add(
            String(7.6 * cm + 12, y, printable(label, fonts.regular), fontName=fonts.regular, fontSize=8.5)
        )
        y -= 14
    return drawing


def _per_hour_chart(report: BurdenReport, fonts: FontNames) -> Drawing | None:
    rows = [(name, per_hour) for name, _, per_hour in chart_funders(report) if per_hour is not None]
    if not rows:
        return None
    bar_height = 18
    height = 40 + bar_height * len(rows)
    drawing = Drawing(16.5 * cm, height)
    _chart_title(drawing, "Obtenu par heure, par financeur (dossiers dont l’issue est connue)", fonts)
    chart = HorizontalBarChart()
    chart.x, chart.y = 6.2 * cm, 20
    chart.width, chart.height = 9.2 * cm, bar_height * len(rows)
    chart.data = [[per_hour / 100 for _, per_hour in reversed(rows)]]
    chart.categoryAxis.categoryNames = [printable(_short(name), fonts.regular) for name, _ in reversed(rows)]
    chart.categoryAxis.labels.fontName = fonts.regular
    chart.categoryAxis.labels.fontSize = 8
    chart.categoryAxis.labels.boxAnchor = "e"
    chart.valueAxis.labels.fontName = fonts.regular
    chart.valueAxis.labels.fontSize = 8
    chart.valueAxis.valueMin = 0
    chart.valueAxis.rangeRound = "ceiling"  # the axis ends on a tick past the longest bar
    chart.valueAxis.labelTextFormat = lambda value: f"{_grouped(value)}{NBSP}€"
    chart.bars[0].fillColor = colors.HexColor(_PALETTE[2])
    chart.bars[0].strokeColor = None
    chart.barLabels.fontName = fonts.regular
    chart.barLabels.fontSize = 7.5
    chart.barLabels.boxAnchor = "w"
    chart.barLabels.dx = 3
    chart.barLabelFormat = lambda value: format_money(
        round(value * 100), with_cents=False
    )  # few: babel is fine
    drawing.add(chart)
    return drawing


def _charts(report: BurdenReport, styles: _Styles) -> list[Any]:
    story: list[Any] = [CondPageBreak(9 * cm), Paragraph("Graphiques", styles.h2)]
    story.append(_funder_hours_chart(report, styles.fonts))
    story.append(Spacer(1, 10))
    story.append(KeepTogether([_activity_chart(report, styles.fonts)]))
    per_hour = _per_hour_chart(report, styles.fonts)
    if per_hour is not None:
        story.append(Spacer(1, 10))
        story.append(KeepTogether([per_hour]))
    return story


# -- tables ---------------------------------------------------------------------------------------


_HEADING_ROOM = 3.5 * cm  # a heading, a table's header and its first rows
_CELL_PADDING = 6.0  # reportlab's default left + right padding of a table cell, in points


def _table(
    header: Sequence[str],
    rows: Sequence[Sequence[str]],
    widths: Sequence[float],
    right: set[int],
    styles: _Styles,
    total: Sequence[str] | None = None,
) -> Table:
    """A table whose cells wrap when their text is longer than the column. A cell that fits stays a
    plain string (drawn by the table itself, many times faster than a Paragraph: a year of a large
    association has hundreds of rows)."""
    room = [width * cm - _CELL_PADDING for width in widths]

    def cells(values: Sequence[str], bold: bool = False) -> list[str | Paragraph]:
        result: list[str | Paragraph] = []
        font = styles.fonts.bold if bold else styles.fonts.regular
        for index, value in enumerate(values):
            if index in right and not bold:  # a figure made here: always fits, nothing to clean
                result.append(value if styles.fonts.embedded else value.replace(NARROW_NBSP, NBSP))
                continue
            text = printable(value, font)
            if stringWidth(text, font, styles.cell.fontSize) <= room[index] and "\n" not in text:
                result.append(text)
                continue
            if bold:
                style = styles.head_right if index in right else styles.head
            else:
                style = styles.cell_right if index in right else styles.cell
            result.append(Paragraph(paragraph_markup(value, font), style))
        return result

    data = [cells(header, bold=True)] + [cells(row) for row in rows]
    if total is not None:
        data.append(cells(total, bold=True))
    table = Table(data, colWidths=[width * cm for width in widths], repeatRows=1, hAlign="LEFT")
    commands: list[Any] = [
        ("FONT", (0, 0), (-1, -1), styles.fonts.regular, styles.cell.fontSize, styles.cell.leading),
        ("FONT", (0, 0), (-1, 0), styles.fonts.bold, styles.cell.fontSize, styles.cell.leading),
        ("BACKGROUND", (0, 0), (-1, 0), _HEADER_BACKGROUND),
        ("LINEBELOW", (0, 0), (-1, -1), 0.3, _LINE),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
    ]
    commands += [("ALIGN", (index, 0), (index, -1), "RIGHT") for index in sorted(right)]
    if total is not None:
        commands.append(
            ("FONT", (0, -1), (-1, -1), styles.fonts.bold, styles.cell.fontSize, styles.cell.leading)
        )
        commands.append(("BACKGROUND", (0, -1), (-1, -1), _HEADER_BACKGROUND))
    table.setStyle(TableStyle(commands))
    return table


def _kept_whole(heading: Paragraph, table: Table) -> KeepTogether:
    return KeepTogether([heading, table])


def _money_or_dash(cents: int | None) -> str:
    return format_cents(cents) if cents is not None else "—"


def _tables(report: BurdenReport, styles: _Styles) -> list[Any]:
    """The detail tables. Their "Heures" columns are decimal hours to the tenth, rounded so that each
    column adds up to its total row; the shares of the time add up to 100 %."""
    story: list[Any] = [PageBreak(), Paragraph("Détail", styles.h1)]
    hundred = "100" + NARROW_NBSP + "%"

    funders = report.by_funder
    funder_hours, funder_total = tenths_column([row.minutes for row in funders])
    outside_hours, outside_total = tenths_column([row.minutes_without_application for row in funders])
    story.append(CondPageBreak(_HEADING_ROOM))  # the heading with the first rows, never alone
    story.append(Paragraph("Par financeur", styles.h2))
    story.append(
        _table(
            (
                "Financeur",
                "Demandes",
                "Heures",
                "dont sans dossier",
                "Accordé",
                "€ par heure",
                "Valorisation",
            ),
            [
                (
                    funder_label(row.funder_name),
                    str(row.applications),
                    on_funder,
                    outside,
                    format_cents(row.granted_cents),
                    _money_or_dash(row.cents_per_hour),
                    format_cents(valuation),
                )
                for row, on_funder, outside, valuation in zip(
                    funders,
                    funder_hours,
                    outside_hours,
                    report.valuations_of([row.minutes for row in funders]),
                    strict=True,
                )
            ],
            (4.2, 2.1, 1.5, 1.6, 2.4, 2.3, 2.4),
            {1, 2, 3, 4, 5, 6},
            styles,
            total=(
                "Total",
                str(report.applications),
                funder_total,
                outside_total,
                format_cents(report.granted_cents),
                _money_or_dash(report.cents_per_hour),
                format_cents(report.valuation_cents),
            ),
        )
    )

    applications = report.by_application
    application_hours, application_total = tenths_column([row.minutes for row in applications])
    story.append(CondPageBreak(_HEADING_ROOM))  # the heading with the first rows, never alone
    story.append(Paragraph("Par dossier", styles.h2))
    story.append(
        _table(
            ("Dossier", "Financeur", "Statut", "Heures", "Accordé"),
            [
                (
                    application_label(row.title, row.application_id, row.funder_name),
                    funder_label(row.funder_name),
                    status_label(row.status),
                    spent,
                    _money_or_dash(row.granted_cents),
                )
                for row, spent in zip(applications, application_hours, strict=True)
            ],
            (5.4, 4.4, 2.5, 1.6, 2.6),
            {3, 4},
            styles,
            total=("Total", "", "", application_total, format_cents(report.granted_cents)),
        )
    )

    statuses = report.by_status
    status_hours, status_total = tenths_column([row.minutes for row in statuses])
    status_shares = percent_column([row.minutes for row in statuses])
    # A short table stays whole with its heading (a long one still splits, its header repeated).
    story.append(
        _kept_whole(
            Paragraph("Par statut du dossier", styles.h2),
            _table(
                ("Statut", "Demandes", "Heures", "Part du temps"),
                [
                    (status_label(row.status), str(row.applications), spent, share)
                    for row, spent, share in zip(statuses, status_hours, status_shares, strict=True)
                ],
                (6.0, 2.5, 2.5, 2.5),
                {1, 2, 3},
                styles,
                total=("Total", str(report.applications), status_total, hundred),
            ),
        )
    )

    activities = report.by_activity
    activity_hours, activity_total = tenths_column([row.minutes for row in activities])
    activity_shares = percent_column([row.minutes for row in activities])
    # A short table stays whole with its heading (a long one still splits, its header repeated).
    story.append(
        _kept_whole(
            Paragraph("Par activité", styles.h2),
            _table(
                ("Activité", "Saisies", "Heures", "Part du temps"),
                [
                    (ACTIVITY_LABELS[row.activity], str(row.entries), spent, share)
                    for row, spent, share in zip(activities, activity_hours, activity_shares, strict=True)
                ],
                (6.0, 2.5, 2.5, 2.5),
                {1, 2, 3},
                styles,
                total=("Total", str(report.entries), activity_total, hundred),
            ),
        )
    )

    volunteers = report.by_volunteer
    volunteer_hours, volunteer_total = tenths_column([row.minutes for row in volunteers])
    # A short table stays whole with its heading (a long one still splits, its header repeated).
    story.append(
        _kept_whole(
            Paragraph("Par bénévole", styles.h2),
            _table(
                ("Bénévole", "Saisies", "Heures", "Valorisation"),
                [
                    (
                        volunteer_label(row.name, row.volunteer_id),
                        str(row.entries),
                        spent,
                        format_cents(valuation),
                    )
                    for row, spent, valuation in zip(
                        volunteers,
                        volunteer_hours,
                        report.valuations_of([row.minutes for row in volunteers]),
                        strict=True,
                    )
                ],
                (6.0, 2.5, 2.5, 3.0),
                {1, 2, 3},
                styles,
                total=("Total", str(report.entries), volunteer_total, format_cents(report.valuation_cents)),
            ),
        )
    )
    return story
