"""The burden report as a PDF: title page, French sentences with the right plurals and number formats,
numbered pages, user text escaped, and a period without time that says so instead of an empty PDF."""

from __future__ import annotations

import datetime as dt
import io
import re
from dataclasses import replace

from pypdf import PdfReader

from coopdesk.domain.burden import (
    ActivityHours,
    ApplicationHours,
    BurdenFilter,
    BurdenReport,
    FunderHours,
    StatusHours,
    VolunteerHours,
)
from coopdesk.domain.enums import ApplicationStatus, TimeActivity
from coopdesk.reports.burden_report import (
    chart_funders,
    empty_sentence,
    hours_short,
    hours_text,
    period_text,
    render_pdf,
    summary_sentences,
    time_text,
)

S = ApplicationStatus
YEAR = BurdenFilter(dt.date(2026, 1, 1), dt.date(2026, 12, 31))


def _report(**changes: object) -> BurdenReport:
    values: dict[str, object] = {
        "filter": YEAR,
        "hourly_valuation_cents": 1202,
        "hourly_valuation_is_default": True,
        "association_name": "Épicerie <b>solidaire</b> & Co",
        "funder_name": "",
        "volunteer_name": "",
        "generated_on": dt.date(2026, 11, 28),
        "entries": 40,
        "by_status": (
            StatusHours(S.GRANTED, 151 * 60 + 30, 9, 4_500_000),
            StatusHours(S.REFUSED, 61 * 60, 5, 0),
            StatusHours(None, 0, 0, 0),
        ),
        "by_funder": (
            FunderHours(1, "DDETS <de> l'Hérault", 150 * 60, 8, 0, 150 * 60, 4_500_000, 20 * 60),
            FunderHours(2, "", 62 * 60 + 30, 6, 0, 62 * 60 + 30, 0, 41 * 60),
        ),
        "by_application": (
            ApplicationHours(
                7, "Camion & <chambre> froide", 1, "DDETS <de> l'Hérault", S.REFUSED, 600, 3, None
            ),
            ApplicationHours(None, "", 2, "CAF", None, 90, 2, None),
        ),
        "by_activity": (
            ActivityHours(TimeActivity.WRITING, 100 * 60, 20),
            ActivityHours(TimeActivity.FOLLOW_UP, 112 * 60 + 30, 20),
        ),
        "by_volunteer": (VolunteerHours(3, "Sophie", 200 * 60, 30), VolunteerHours(None, "", 750, 10)),
    }
    values.update(changes)
    return BurdenReport(**values)  # type: ignore[arg-type]


def _text(data: bytes) -> tuple[int, str]:
    reader = PdfReader(io.BytesIO(data))
    return len(reader.pages), "\n".join(page.extract_text() for page in reader.pages)


def _flat(text: str) -> str:
    return " ".join(text.replace("\u202f", " ").replace("\u00a0", " ").split())


def test_summary_in_plain_french() -> None:
    sentences = [_flat(sentence) for sentence in summary_sentences(_report())]
    assert sentences[0] == (
        "En 2026, 212 h 30 de bénévolat ont été consacrées à 14 demandes ; "
        "5 ont été refusées, soit 61 h sans retour."
    )
    assert "ont obtenu 45 000,00 € pour 212 h 30 de travail, soit 211,76 € par heure." in sentences[1]
    assert any(sentence == "1 bénévole y a participé." for sentence in sentences)
    # The value of the time on applications is part of the 864/870 lines, not their amount.
    assert "ce temps passé sur les demandes de subvention vaut 2 554,25 €" in sentences[-1]
    assert "C’est une partie du bénévolat de l’association à inscrire aux comptes 864" in sentences[-1]
    assert "pas le montant de ces lignes" in sentences[-1]
    assert "contribution bénévole en nature" not in sentences[-1]
    assert "870" in sentences[-1]


def test_singular_and_custom_period() -> None:
    report = _report(
        filter=BurdenFilter(dt.date(2025, 3, 1), dt.date(2026, 2, 28)),
        by_status=(StatusHours(S.WITHDRAWN, 90, 1, 0), StatusHours(None, 30, 0, 0)),
    )
    first = _flat(summary_sentences(report)[0])
    assert first == (
        "Du 01/03/2025 au 28/02/2026, 1 h 30 de bénévolat a été consacrée à 1 demande ; "
        "1 a été abandonnée, soit 1 h 30 sans retour."
    )
    assert _flat(summary_sentences(report)[1]).startswith("S’y ajoute 0 h 30 de veille")


def test_refused_and_withdrawn_together() -> None:
    report = _report(by_status=(StatusHours(S.REFUSED, 600, 2, 0), StatusHours(S.WITHDRAWN, 60, 1, 0)))
    assert "2 ont été refusées et 1 abandonnée, soit 11 h sans retour." in _flat(summary_sentences(report)[0])


def test_number_formats() -> None:
    # Sentences, key figures and chart labels: hours and minutes, as in the window.
    assert _flat(hours_short(1234 * 60 + 30)) == "1 234 h 30"
    assert _flat(time_text(60)) == "1 h"
    assert _flat(time_text(0)) == "0 h"
    assert _flat(time_text(27 * 60)) == "27 h"
    assert _flat(time_text(226 * 60 + 15)) == "226 h 15"
    assert _flat(time_text(45)) == "0 h 45"
    assert _flat(time_text(65)) == "1 h 05"
    assert _flat(hours_text(120)) == "2 heures"  # the command line's message
    assert period_text(_report()) == "En 2026"


def test_pdf_has_a_title_page_numbered_pages_and_escaped_text() -> None:
    data = render_pdf(_report())
    assert data.startswith(b"%PDF")
    pages, text = _text(data)
    assert pages >= 3
    flat = _flat(text)
    assert "Épicerie <b>solidaire</b> & Co" in flat  # shown as typed, never read as markup
    assert "Charge administrative des demandes de subvention" in flat
    assert "Année 2026 (du 01/01/2026 au 31/12/2026)" in flat
    assert "Rapport établi le 28/11/2026" in flat
    assert "Camion & <chambre> froide" in flat
    assert "CAF (sans dossier)" in flat
    assert "Sans financeur" in flat
    assert "Bénévole non indiqué" in flat
    numbers = re.findall(r"Page (\d+) / (\d+)", flat)
    assert numbers == [(str(number), str(pages)) for number in range(2, pages + 1)]
    assert b"DejaVu" in data  # the font with accents and € is embedded


def test_a_period_without_time_says_so() -> None:
    empty = _report(entries=0, by_status=(), by_funder=(), by_application=(), by_activity=(), by_volunteer=())
    assert empty_sentence(empty) == "Aucun temps saisi entre le 01/01/2026 et le 31/12/2026."
    pages, text = _text(render_pdf(empty))
    assert pages == 2
    assert "Aucun temps saisi entre le 01/01/2026 et le 31/12/2026." in _flat(text)
    filtered = replace(empty, funder_name="CAF")
    assert empty_sentence(filtered) == (
        "Aucun temps saisi entre le 01/01/2026 et le 31/12/2026 avec les filtres choisis."
    )


def test_filters_are_named_on_the_title_page() -> None:
    report = _report(funder_name="CAF <x>", volunteer_name="Sophie", filter=YEAR)
    _pages, text = _text(render_pdf(report))
    assert "Financeur : CAF <x>" in _flat(text)
    assert "Bénévole : Sophie" in _flat(text)


def test_chart_keeps_the_funders_with_most_hours_and_adds_up_the_others() -> None:
    funders = tuple(FunderHours(index, f"F{index}", 600 - index, 1, 0, 60, 6000, 0) for index in range(14))
    rows = chart_funders(_report(by_funder=funders))
    assert len(rows) == 10
    assert rows[-1][0] == "Autres financeurs"
    assert rows[-1][1] == sum(600 - index for index in range(9, 14))
    assert rows[-1][2] == 6000  # 5 × 60 € over 5 × 1 h


def test_the_first_sentence_counts_only_the_hours_on_applications() -> None:
    report = _report(
        by_status=(StatusHours(S.REFUSED, 10 * 60, 2, 0), StatusHours(None, 3 * 60, 0, 0)),
    )
    sentences = [_flat(sentence) for sentence in summary_sentences(report)]
    assert sentences[0].startswith("En 2026, 10 h de bénévolat ont été consacrées à 2 demandes ;")
    assert sentences[1].startswith("S’y ajoutent 3 h de veille")


def test_chart_bar_labels_round_as_the_tables_and_axes_group_thousands() -> None:
    from coopdesk.reports.burden_report import _grouped

    # 31 h 15 is "31,3 h" in the tables: the bar says the same, not the float's "31,2 h".
    funder = FunderHours(1, "DDETS", 31 * 60 + 15, 1, 0, 31 * 60 + 15, 4_500_000, 0)
    _pages, text = _text(render_pdf(_report(by_funder=(funder,))))
    assert "31,2" not in text
    assert "31,3" in text
    assert _grouped(1500.0) == "1\u202f500"
    assert _grouped(250.0) == "250"


def test_no_heading_is_left_alone_at_the_bottom_of_a_page() -> None:
    headings = {
        "Détail",
        "Par financeur",
        "Par dossier",
        "Par statut du dossier",
        "Par activité",
        "Par bénévole",
    }
    for count in range(34, 42):  # the funder table ends lower and lower on the page
        funders = tuple(
            FunderHours(index, f"Financeur numéro {index}", 60, 1, 0, 60, 0, 0)
            for index in range(1, count + 1)
        )
        reader = PdfReader(io.BytesIO(render_pdf(_report(by_funder=funders))))
        for page in reader.pages:
            lines = [line.strip() for line in page.extract_text().splitlines() if line.strip()]
            body = [line for line in lines if not line.startswith("Page ")]
            assert not body or body[-1] not in headings, (count, body[-1])


def test_the_hours_of_a_table_add_up_to_its_total_row() -> None:
    from coopdesk.reports.burden_report import percent_column, tenths_column

    # 49 h 47 + 8 h 47 = 58 h 34: rounded on their own, "49,8" + "8,8" = 58,6 beside a total of 58,6;
    # 2 h 57 + 2 h 57 + 2 h 57 = 8 h 51 (8,85 -> "8,9") while "3,0" × 3 would give 9,0.
    assert tenths_column([49 * 60 + 47, 8 * 60 + 47]) == (["49,8", "8,8"], "58,6")
    lines, total = tenths_column([177, 177, 177])
    assert total == "8,9"
    assert sum(int(line.replace(",", "")) for line in lines) == 89
    assert tenths_column([]) == ([], "0,0")
    assert tenths_column([0]) == (["0,0"], "0,0")
    assert tenths_column([1234 * 60 + 30]) == (["1\u202f234,5"], "1\u202f234,5")
    shares = percent_column([1, 1, 1])
    assert sum(int(share.split("\u202f")[0]) for share in shares) == 100
    assert percent_column([0, 0]) == ["0\u202f%", "0\u202f%"]


def test_the_status_table_of_the_pdf_adds_up() -> None:
    # Refused 2 h 57, withdrawn 2 h 57, without application 2 h 57: 8 h 51 in all, "8,9" in the
    # total row, and lines that add up to it.
    report = _report(
        by_status=(
            StatusHours(S.REFUSED, 177, 1, 0),
            StatusHours(S.WITHDRAWN, 177, 1, 0),
            StatusHours(None, 177, 0, 0),
        ),
    )
    _pages, text = _text(render_pdf(report))
    flat = _flat(text)
    assert "Total 2 8,9 100 %" in flat
    assert "3,0" in flat
    assert "2,9" in flat
    assert "8 h 51" in flat  # the key figure, exact to the minute


def test_the_value_of_the_hours_is_not_called_the_864_870_lines() -> None:
    _pages, text = _text(render_pdf(_report()))
    flat = _flat(text)
    assert "Valeur du temps passé sur les demandes" in flat
    assert "Contribution bénévole (comptes 864 et 870)" not in flat


def test_a_number_is_never_cut_at_the_end_of_a_line() -> None:
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph

    from coopdesk.reports.burden_report import _Styles, _text
    from coopdesk.reports.fonts import register_fonts

    styles = _Styles(register_fonts())
    style = ParagraphStyle("narrow", fontName=styles.fonts.regular, fontSize=10)
    paragraph = Paragraph(_text("aaaa aaaa aaaa vaut 3\u202f155,25\u00a0€ bbb", styles), style)
    paragraph.wrap(120, 100)
    lines = [" ".join(str(word) for word in line[1]) for line in paragraph.blPara.lines]
    assert not any(line.endswith("3") for line in lines)
