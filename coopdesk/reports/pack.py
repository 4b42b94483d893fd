"""The application pack as one PDF (reportlab for the pages CoopDesk writes, pypdf for the merge).

Order (everything for the funder: what the association still has to complete is listed by the pack
dialog and the command line, never printed here): cover, contents, identity of the association,
the project and its sections, the budget, the declaration on honour, the list of pieces,
then the pieces (PDFs as they are, images as pages scaled to fit). Every page carries "Page n / N":
drawn on the pages written here, stamped in a small white box over merged pages. The contents give the
page of every part and piece, and the PDF has bookmarks for them.

The generated pages are laid out twice: the first run tells the page of each part and how many pages
they make, the second prints those numbers (a third run only if the numbers changed the layout).

All user text goes through `fonts.paragraph_markup` / `fonts.printable` (escaped, characters the font
lacks shown as "□"): nothing typed can break the document.
"""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from io import BytesIO
from typing import Any, Final

from pypdf.generic import NameObject
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle, StyleSheet1
from reportlab.lib.units import mm
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    KeepTogether,
    PageBreak,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

from coopdesk.domain.applications import PieceState
from coopdesk.domain.budget import Budget
from coopdesk.domain.dates import format_date
from coopdesk.domain.enums import DocumentType, FundingType
from coopdesk.domain.identifiers import format_siret
from coopdesk.domain.money import format_money
from coopdesk.domain.pack import (
    PUBLIC_AID_THRESHOLD_CENTS,
    FileKind,
    MissingItem,
    PackApplication,
    PackContent,
    PieceStatus,
    PlannedPiece,
    UnreadableReason,
)
from coopdesk.reports.budget_pdf import (
    balance_sentences,
    budget_flowables,
    investment_flowables,
    investment_sentence,
)
from coopdesk.reports.fonts import FontNames, paragraph_markup, printable, register_fonts
from coopdesk.reports.pdf_pages import MergedPdf, binary_streams, image_page, merge

Progress = Callable[[int, int], None]

PAGE_WIDTH, PAGE_HEIGHT = A4
MARGIN: Final = 20 * mm
ACCENT: Final = colors.HexColor("#1f5f8b")
ALERT: Final = colors.HexColor("#9b1c1c")
MUTED: Final = colors.HexColor("#555555")
LIGHT: Final = colors.HexColor("#e8eff5")
NOT_GIVEN: Final = "non renseigné"
MAX_PARAGRAPH_CHARS: Final = 3000  # longer paragraphs are cut at a space: reportlab splits them faster

DOCUMENT_TYPE_LABELS: Final = {
    DocumentType.STATUTES: "Statuts",
    DocumentType.BOARD_LIST: "Liste des dirigeants",
    DocumentType.RIB: "Relevé d'identité bancaire",
    DocumentType.APPROVED_ACCOUNTS: "Comptes approuvés",
    DocumentType.ACTIVITY_REPORT: "Rapport d'activité",
    DocumentType.FORECAST_BUDGET: "Budget prévisionnel",
    DocumentType.INSURANCE_CERTIFICATE: "Attestation d'assurance",
    DocumentType.GENERAL_MEETING_MINUTES: "Procès-verbal d'assemblée générale",
    DocumentType.FOOD_AID_ACCREDITATION: "Habilitation aide alimentaire",
    DocumentType.REPUBLICAN_COMMITMENT: "Contrat d'engagement républicain",
    DocumentType.QUOTE: "Devis",
    DocumentType.OTHER: "Autre pièce",
}
FUNDING_TYPE_LABELS: Final = {
    FundingType.OPERATING: "Fonctionnement",
    FundingType.INVESTMENT: "Investissement",
    FundingType.BOTH: "Fonctionnement et investissement",
}
MISSING_LABELS: Final = {
    MissingItem.ASSOCIATION_PROFILE: (
        "L'identité de l'association n'est pas saisie (Paramètres › Association)."
    ),
    MissingItem.ASSOCIATION_NAME: "Le nom de l'association (Paramètres › Association).",
    MissingItem.SIRET: "Le numéro SIRET de l'association (Paramètres › Association).",
    MissingItem.RNA: "Le numéro RNA de l'association (sauf associations d'Alsace-Moselle).",
    MissingItem.ADDRESS: "L'adresse complète du siège (rue, code postal, commune).",
    MissingItem.EMAIL: "Le courriel de l'association.",
    MissingItem.PHONE: "Le téléphone de l'association.",
    MissingItem.LEGAL_REPRESENTATIVE: "Le nom du représentant légal (il signe l'attestation sur l'honneur).",
    MissingItem.LEGAL_REPRESENTATIVE_ROLE: "La fonction du représentant légal (président·e…).",
    MissingItem.HUMAN_RESOURCES: "Les moyens humains : nombre de bénévoles et de salariés.",
    MissingItem.FUNDER: "Le financeur à qui le dossier est adressé (onglet Général du dossier).",
    MissingItem.CALL: "L'appel à projets ou le dispositif (laisser vide pour une demande spontanée).",
    MissingItem.PROJECT: "Le projet financé (onglet Général du dossier) : sans projet, pas de budget.",
    MissingItem.AMOUNT_REQUESTED: "Le montant demandé (onglet Montants et versements).",
    MissingItem.PERSON_IN_CHARGE: "La personne chargée du dossier (responsable du dossier).",
    MissingItem.SECTIONS: "Les textes du projet (aucune rubrique n'est rattachée au dossier).",
    MissingItem.BUDGET: "Le budget du projet (aucune ligne de budget ni plan de financement).",
    MissingItem.BUDGET_YEAR: (
        "La période financée (onglet Général du dossier) : elle dit de quel exercice joindre le budget "
        "de l'association."
    ),
    MissingItem.ASSOCIATION_BUDGET: (
        "Le budget prévisionnel de l'association pour l'exercice financé (page Projets, bouton "
        "« Budget de l'association ») : le formulaire le demande pour toute demande."
    ),
    MissingItem.QUOTES: (
        "Le devis de chaque dépense d'investissement (page Projets, bouton « Plan de financement »)."
    ),
}
PART_TITLES: Final = {
    "contents": "Sommaire",
    "identity": "1. Identification de l'association",
    "project": "2. Le projet",
    "budget": "3. Budget",
    "budget_association": "Budget prévisionnel de l'association",
    "budget_project": "Budget prévisionnel du projet",
    "budget_investment": "Plan de financement de l'investissement",
    "declaration": "4. Attestation sur l'honneur",
    "pieces": "5. Pièces justificatives",
    "attached": "Pièces jointes",
}


def _euros(cents: int) -> str:
    """French money whose digit groups never break across lines."""
    return format_money(cents, with_cents=cents % 100 != 0).replace("\u202f", "\u00a0")


def piece_title(piece: PlannedPiece) -> str:
    return piece.label or DOCUMENT_TYPE_LABELS.get(piece.document_type, piece.document_type.value)


def unreadable_text(reason: UnreadableReason | None, kind: FileKind | None) -> str:
    if reason is UnreadableReason.ENCRYPTED:
        return "fichier illisible : PDF protégé par un mot de passe"
    if reason is UnreadableReason.EMPTY:
        return "fichier illisible : PDF sans aucune page"
    what = "image" if kind is FileKind.IMAGE else "PDF"
    return f"fichier illisible : {what} endommagé ou non valide"


MISSING_PIECE_FIX: Final = (
    "manquante : choisissez le document dans l'onglet Pièces du dossier, ou ajoutez-le sur la page Pièces"
)


def piece_status_text(piece: PlannedPiece) -> str:
    """How the pack treats the piece, in French, as the funder reads it (the list of pieces)."""
    if piece.status is PieceStatus.MISSING:
        return "non fournie"
    if piece.status is PieceStatus.UNREADABLE:
        return unreadable_text(piece.reason, piece.kind)
    if piece.status is PieceStatus.OTHER:
        return f"fournie séparément ({piece.filename})" if piece.filename else "fournie séparément"
    return "jointe"


def piece_todo_text(piece: PlannedPiece) -> str:
    """How the pack treats the piece, for the association's checklist (the command line): a missing
    piece says where to fix it."""
    if piece.status is PieceStatus.MISSING:
        return MISSING_PIECE_FIX
    return piece_status_text(piece)


BUDGET_FIX: Final = "Corrigez le budget du projet (page Projets, bouton Budget) avant l'envoi."
ASSOCIATION_BUDGET_FIX: Final = (
    "Corrigez le budget de l'association (page Projets, bouton « Budget de l'association ») avant l'envoi."
)
INVESTMENT_FIX: Final = "Corrigez-le (page Projets, bouton « Plan de financement ») avant l'envoi."


def budget_todo_lines(content: PackContent) -> list[str]:
    """What the checklist says of each unbalanced budget of the pack (nothing when all balance)."""
    lines: list[str] = []
    if (balance := content.unbalanced_association_budget) is not None:
        lines += [*balance_sentences(balance), ASSOCIATION_BUDGET_FIX]
    if (balance := content.unbalanced_budget) is not None:
        lines += [*balance_sentences(balance), BUDGET_FIX]
    if content.investment is not None and content.unbalanced_investment_cents:
        lines += [investment_sentence(content.investment), INVESTMENT_FIX]
    return lines


def validity_text(piece: PlannedPiece, today: dt.date) -> str:
    if piece.document_id is None:
        return "—"
    if piece.valid_until is None:
        return "sans date de fin"
    if piece.state is PieceState.EXPIRED:
        return f"expirée le {format_date(piece.valid_until)}"
    return f"valable jusqu'au {format_date(piece.valid_until)}"


# -- styles --------------------------------------------------------------------------------------------


def pack_styles(fonts: FontNames | None = None) -> StyleSheet1:
    """The styles of the pack (also handed to the budget tables)."""
    fonts = fonts or register_fonts()
    sheet = StyleSheet1()
    base = ParagraphStyle("Body", fontName=fonts.regular, fontSize=10, leading=14, splitLongWords=1)
    sheet.add(base)
    sheet.add(ParagraphStyle("Normal", parent=base))
    sheet.add(ParagraphStyle("Small", parent=base, fontSize=8.5, leading=11))
    sheet.add(ParagraphStyle("Muted", parent=base, textColor=MUTED, fontName=fonts.italic))
    sheet.add(ParagraphStyle("Alert", parent=base, textColor=ALERT))
    sheet.add(ParagraphStyle("Cell", parent=base, fontSize=9, leading=12))
    sheet.add(ParagraphStyle("CellBold", parent=base, fontSize=9, leading=12, fontName=fonts.bold))
    sheet.add(ParagraphStyle("CellIndent", parent=base, fontSize=9, leading=12, leftIndent=12))
    sheet.add(ParagraphStyle("CellRight", parent=base, fontSize=9, leading=12, alignment=TA_RIGHT))
    sheet.add(
        ParagraphStyle(
            "Heading1",
            parent=base,
            fontName=fonts.bold,
            fontSize=16,
            leading=20,
            textColor=ACCENT,
            spaceAfter=10,
        )
    )
    sheet.add(
        ParagraphStyle(
            "Heading2",
            parent=base,
            fontName=fonts.bold,
            fontSize=12,
            leading=16,
            spaceBefore=10,
            spaceAfter=4,
        )
    )
    sheet.add(ParagraphStyle("Heading3", parent=base, fontName=fonts.bold, fontSize=10.5, spaceBefore=6))
    sheet.add(
        ParagraphStyle(
            "CoverTitle", parent=base, fontName=fonts.bold, fontSize=24, leading=30, textColor=ACCENT
        )
    )
    sheet.add(ParagraphStyle("CoverSub", parent=base, fontSize=13, leading=18, textColor=MUTED))
    sheet.add(
        ParagraphStyle(
            "CoverAmount", parent=base, fontName=fonts.bold, fontSize=18, leading=24, alignment=TA_CENTER
        )
    )
    return sheet


# -- marks: where each part starts -----------------------------------------------------------------------


class _Mark(Flowable):  # type: ignore[misc]
    """Draws nothing; records the page it lands on under `key`."""

    def __init__(self, key: str, pages: dict[str, int]) -> None:
        super().__init__()
        self.key = key
        self._pages = pages
        self.width = self.height = 0

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        self._pages[self.key] = self.canv.getPageNumber()


@dataclass
class _Layout:
    """What a run of the layout found out, and what the next run prints."""

    marks: dict[str, int] = field(default_factory=dict)
    generated_pages: int = 0
    total_pages: int = 0
    contents_pages: dict[str, int] = field(default_factory=dict)  # key -> page shown in the contents


# -- the parts ---------------------------------------------------------------------------------------------


@functools.lru_cache(maxsize=4096)
def _markup(text: str, font_name: str) -> str:
    return paragraph_markup(text, font_name)  # the layout runs twice: the same texts, made once


def _p(text: str, style: ParagraphStyle) -> Paragraph:
    return Paragraph(_markup(text, style.fontName), style)


def _long_text(text: str, style: ParagraphStyle) -> list[Flowable]:
    """A user's text as paragraphs (blank lines separate them), very long ones cut at spaces."""
    flowables: list[Flowable] = []
    for block in text.replace("\r\n", "\n").replace("\r", "\n").split("\n\n"):
        block = block.strip("\n")
        if not block.strip():
            continue
        while len(block) > MAX_PARAGRAPH_CHARS:
            cut = block.rfind(" ", 0, MAX_PARAGRAPH_CHARS)
            cut = cut if cut > MAX_PARAGRAPH_CHARS // 2 else MAX_PARAGRAPH_CHARS
            flowables.append(_p(block[:cut], style))
            block = block[cut:].lstrip(" ")
        flowables.append(_p(block, style))
        flowables.append(Spacer(1, 4))
    return flowables


def _value_cell(text: str, styles: StyleSheet1) -> Paragraph:
    if not text.strip():
        return _p(NOT_GIVEN, styles["Muted"])
    return _p(text, styles["Cell"])


def _fields_table(rows: Sequence[tuple[str, str]], styles: StyleSheet1) -> Table:
    data = [[_p(label, styles["CellBold"]), _value_cell(value, styles)] for label, value in rows]
    table = Table(data, colWidths=[55 * mm, PAGE_WIDTH - 2 * MARGIN - 55 * mm])
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LINEBELOW", (0, 0), (-1, -1), 0.3, colors.HexColor("#cccccc")),
                ("BACKGROUND", (0, 0), (0, -1), LIGHT),
                ("TOPPADDING", (0, 0), (-1, -1), 3),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
            ]
        )
    )
    return table


def _cover(content: PackContent, styles: StyleSheet1) -> list[Flowable]:
    application, association = content.application, content.association
    name = association.name if association and association.name else "Association (nom non renseigné)"
    story: list[Flowable] = [Spacer(1, 25 * mm), _p(name, styles["CoverTitle"])]
    if association and association.acronym:
        story.append(_p(association.acronym, styles["CoverSub"]))
    story += [
        Spacer(1, 12 * mm),
        _p("Demande de subvention", styles["CoverSub"]),
        Spacer(1, 2 * mm),
        _p(application.title, styles["Heading1"]),
        Spacer(1, 8 * mm),
    ]
    funder = application.funder_name
    if funder and application.funder_service:
        funder = f"{funder} – {application.funder_service}"
    call = application.call_title
    if call and application.call_reference:
        call = f"{call} (réf. {application.call_reference})"
    period = ""
    if application.period_start and application.period_end:
        period = f"du {format_date(application.period_start)} au {format_date(application.period_end)}"
    operation = application.for_operation
    project = "fonctionnement global de l'association" if operation else application.project_title
    years = ", ".join(str(year) for year, _ in application.year_amounts)
    rows = [
        ("Financeur", funder or "aucun financeur indiqué"),
        ("Appel à projets", call or "demande hors appel à projets"),
        ("Objet de la demande", request_object_text(application)),
        ("Projet", project or "aucun projet rattaché"),
        ("Nature du financement", FUNDING_TYPE_LABELS.get(application.funding_type, "")),
        (
            "Période",
            f"☐ annuelle ☒ pluriannuelle{f' ({years})' if years else ''}"
            if application.multi_year
            else "☒ annuelle ☐ pluriannuelle",
        ),
        ("Forme de l'aide", "☐ numéraire ☒ en nature" if application.in_kind else "☒ numéraire ☐ en nature"),
        ("Période financée", period),
    ]
    if application.deadline:
        rows.append(("Date limite de dépôt", format_date(application.deadline)))
    story.append(_fields_table(rows, styles))
    story += [
        Spacer(1, 14 * mm),
        _p("Montant demandé", styles["CoverSub"]),
        _p(
            _euros(application.amount_requested_cents)
            if application.amount_requested_cents
            else "non renseigné",
            styles["CoverAmount"],
        ),
        Spacer(1, 20 * mm),
        _p(f"Dossier établi le {format_date(content.made_on)}", styles["Muted"]),
    ]
    if association and (association.street or association.city):
        address = ", ".join(
            part
            for part in (association.street, f"{association.postal_code} {association.city}".strip())
            if part
        )
        story.append(_p(address, styles["Muted"]))
    return story


def request_object_text(application: PackApplication) -> str:
    """Section 0 of the CERFA: what is asked for, as the form's two boxes."""
    if application.for_operation:
        return "☒ fonctionnement global ☐ projet(s) / action(s)"
    return "☐ fonctionnement global ☒ projet(s) / action(s)"


def _contents(
    content: PackContent, styles: StyleSheet1, layout: _Layout, pages: dict[str, int]
) -> list[Flowable]:
    shown = layout.contents_pages

    def number(key: str) -> str:
        return str(shown.get(key, "")) if shown else "000"

    entries: list[tuple[str, str, bool]] = []
    for key in ("identity", "project", "budget", "declaration", "pieces"):
        entries.append((PART_TITLES[key], number(key), False))
        if key == "project":
            entries += [
                (section.title, number(f"section{index}"), True)
                for index, section in enumerate(content.sections)
            ]
        if key == "budget":
            entries += [(PART_TITLES[part], number(part), True) for part in budget_parts(content)]
    if content.pieces:
        entries.append((PART_TITLES["attached"], "", False))
        for index, piece in enumerate(content.pieces):
            if piece.merged:
                entries.append((piece_title(piece), number(f"piece{index}"), True))
            else:
                entries.append((f"{piece_title(piece)} — {piece_status_text(piece)}", "—", True))
    rows = []
    for title, page, indented in entries:
        style = styles["CellIndent"] if indented else styles["CellBold"]
        rows.append([_p(title, style), _p(page, styles["CellRight"])])
    table = Table(rows, colWidths=[PAGE_WIDTH - 2 * MARGIN - 20 * mm, 20 * mm], repeatRows=0)
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LINEBELOW", (0, 0), (-1, -1), 0.25, colors.HexColor("#dddddd")),
                ("LEFTPADDING", (0, 0), (-1, -1), 2),
            ]
        )
    )
    return [_Mark("contents", pages), _p(PART_TITLES["contents"], styles["Heading1"]), table]


def _identity(content: PackContent, styles: StyleSheet1, pages: dict[str, int]) -> list[Flowable]:
    association, application = content.association, content.application
    story: list[Flowable] = [_Mark("identity", pages), _p(PART_TITLES["identity"], styles["Heading1"])]
    if association is None:
        story.append(_p("Identité de l'association non renseignée.", styles["Alert"]))
    else:
        address = " ".join(
            part for part in (association.street, association.postal_code, association.city) if part.strip()
        )
        story.append(
            _fields_table(
                [
                    ("Nom", association.name),
                    ("Sigle", association.acronym or "—"),
                    ("Numéro SIRET", format_siret(association.siret) if association.siret else ""),
                    ("Numéro RNA", association.rna),
                    ("Adresse du siège", address),
                    ("Téléphone", association.phone),
                    ("Courriel", association.email),
                    ("Site internet", association.website or "—"),
                ],
                styles,
            )
        )
        if association.purpose.strip():
            story.append(_p("Objet de l'association", styles["Heading2"]))
            story += _long_text(association.purpose, styles["Body"])
        story.append(_p("Représentant légal", styles["Heading2"]))
        story.append(
            _fields_table(
                [
                    ("Nom", association.legal_representative),
                    ("Fonction", association.legal_representative_role),
                ],
                styles,
            )
        )
    story.append(_p("Personne chargée du dossier", styles["Heading2"]))
    story.append(
        _fields_table(
            [
                ("Nom", application.owner_name),
                ("Fonction", application.owner_role or "—"),
                ("Courriel", application.owner_email or "—"),
                ("Téléphone", application.owner_phone or "—"),
            ],
            styles,
        )
    )
    if association is not None:
        story.append(_p("Moyens humains", styles["Heading2"]))
        story.append(
            _fields_table(
                [
                    ("Bénévoles", str(association.volunteers_count)),
                    ("Salariés", str(association.employees_count)),
                    ("Équivalents temps plein", association.employees_fte or "—"),
                ],
                styles,
            )
        )
        if association.accreditations.strip():
            story.append(_p("Agréments et habilitations", styles["Heading2"]))
            story += _long_text(association.accreditations, styles["Body"])
    return story


def _project(content: PackContent, styles: StyleSheet1, pages: dict[str, int]) -> list[Flowable]:
    application = content.application
    story: list[Flowable] = [_Mark("project", pages), _p(PART_TITLES["project"], styles["Heading1"])]
    if application.project_title:
        dates = ""
        if application.project_starts_on and application.project_ends_on:
            start, end = application.project_starts_on, application.project_ends_on
            dates = f"du {format_date(start)} au {format_date(end)}"
        story.append(
            _fields_table(
                [("Intitulé", application.project_title), ("Dates de réalisation", dates or "—")], styles
            )
        )
        if application.project_description.strip():
            story.append(Spacer(1, 6))
            story += _long_text(application.project_description, styles["Body"])
    if not content.sections:
        story.append(_p("Aucune rubrique de texte n'est rattachée à ce dossier.", styles["Muted"]))
    for index, section in enumerate(content.sections):
        heading = _p(section.title, styles["Heading2"])
        body = _long_text(section.body, styles["Body"]) or [_p("(rubrique vide)", styles["Muted"])]
        story.append(CondPageBreak(30 * mm))
        story.append(_Mark(f"section{index}", pages))
        story.append(KeepTogether([heading, body[0]]))
        story += body[1:]
    return story


def budget_part(budget: Budget | None, styles: StyleSheet1, *, has_project: bool = True) -> list[Flowable]:
    """The budget tables (coopdesk.reports.budget_pdf), or a notice when the project has none (or the
    application no project)."""
    if budget is None:
        if not has_project:
            return [
                _p("Ce dossier n'est rattaché à aucun projet : pas de budget de projet.", styles["Muted"])
            ]
        return [_p("Aucun budget n'est saisi pour le projet de ce dossier.", styles["Muted"])]
    return list(budget_flowables(budget, styles))


def budget_parts(content: PackContent) -> tuple[str, ...]:
    """The parts of "3. Budget", in the form's order: the association's budget (section 5), then for a
    project request the project's budget (section 6) and its plan de financement when it has one."""
    parts = ["budget_association"]
    if not content.application.for_operation:
        if content.budget is not None or content.investment is None:
            parts.append("budget_project")
        if content.investment is not None:
            parts.append("budget_investment")
    return tuple(parts)


def _budget(content: PackContent, styles: StyleSheet1, pages: dict[str, int]) -> list[Flowable]:
    application = content.application
    story: list[Flowable] = [_Mark("budget", pages), _p(PART_TITLES["budget"], styles["Heading1"])]
    year = application.budget_year
    for index, part in enumerate(budget_parts(content)):
        if index:
            story.append(PageBreak())
        story += [_Mark(part, pages), _p(PART_TITLES[part], styles["Heading2"])]
        if part == "budget_association":
            if year is None:
                story.append(
                    _p(
                        "Exercice non déterminé : la période financée de la demande n'est pas indiquée. "
                        "Le budget de l'association de l'exercice financé est à joindre.",
                        styles["Alert"],
                    )
                )
            elif content.association_budget is None:
                story.append(
                    _p(
                        f"Le budget prévisionnel de l'association pour l'exercice {year} n'est pas encore "
                        "saisi : il est à compléter avant l'envoi (le formulaire le demande pour toute "
                        "demande de subvention).",
                        styles["Alert"],
                    )
                )
            else:
                story.append(_p(f"Exercice {year}. Montants en euros entiers.", styles["Muted"]))
                story += budget_flowables(content.association_budget, styles)
        elif part == "budget_project":
            story += budget_part(content.budget, styles, has_project=bool(application.project_title))
        elif content.investment is not None:
            story += investment_flowables(content.investment, styles)
    return story


def _declaration(content: PackContent, styles: StyleSheet1, pages: dict[str, int]) -> list[Flowable]:
    association, application, aid = content.association, content.application, content.public_aid
    representative = association.legal_representative if association else ""
    role = association.legal_representative_role if association else ""
    name = association.name if association else ""
    signer = representative or "…………………………………………"
    if role:
        signer = f"{signer}, {role}"
    total = _euros(aid.total_cents)
    below = "☐" if aid.above_threshold else "☒"
    above = "☒" if aid.above_threshold else "☐"
    threshold = _euros(PUBLIC_AID_THRESHOLD_CENTS)
    amount = _euros(application.amount_requested_cents) if application.amount_requested_cents else "…………… €"
    year = ""
    if application.period_start:
        year = f" au titre de l'exercice {application.period_start.year}"
    body = [
        f"Je soussigné(e), {signer}, représentant(e) légal(e) de l'association {name or '…………………'} :",
        "– déclare que l'association souscrit au contrat d'engagement républicain ;",
        "– déclare que l'association est à jour de ses obligations administratives, comptables, sociales et "
        "fiscales (déclarations et paiements correspondants) ;",
        "– certifie exactes et sincères les informations du présent dossier, notamment relatives aux "
        "demandes de subventions déposées auprès d'autres financeurs publics, ainsi que l'approbation du "
        "budget par les instances statutaires ;",
        "– déclare que l'association a perçu, au cours des trois derniers exercices (dont l'exercice en "
        f"cours), un montant total et cumulé d'aides publiques de {total} :",
        f"\u00a0\u00a0\u00a0\u00a0{below} inférieur ou égal à {threshold}",
        f"\u00a0\u00a0\u00a0\u00a0{above} supérieur à {threshold} ;",
        f"– demande une subvention de {amount}{year} ;",
        "– précise que cette subvention, si elle est accordée, sera versée au compte bancaire de "
        "l'association (relevé d'identité bancaire joint).",
    ]
    story: list[Flowable] = [
        PageBreak(),
        _Mark("declaration", pages),
        _p(PART_TITLES["declaration"], styles["Heading1"]),
    ]
    story += [_p(line, styles["Body"]) for line in body]
    city = association.city if association and association.city else "…………………"
    story += [
        Spacer(1, 10 * mm),
        _p(f"Fait à {city}, le ……/……/…………", styles["Body"]),
        Spacer(1, 6 * mm),
        _p("Signature", styles["Body"]),
        Spacer(1, 25 * mm),
        _p(
            f"Aides publiques perçues du {format_date(aid.first_day)} au {format_date(aid.last_day)}",
            styles["Heading2"],
        ),
    ]
    if not aid.lines:
        story.append(
            _p("Aucun versement d'aide publique reçu sur la période n'est enregistré.", styles["Muted"])
        )
    else:
        rows: list[list[Any]] = [
            [_p(text, styles["CellBold"]) for text in ("Versement", "Financeur", "Dossier")]
            + [_p("Montant", styles["CellBold"])]
        ]
        for line in aid.lines:
            rows.append(
                [
                    _p(format_date(line.received_on), styles["Cell"]),
                    _p(line.funder_name, styles["Cell"]),
                    _p(line.title, styles["Cell"]),
                    _p(_euros(line.amount_cents), styles["CellRight"]),
                ]
            )
        rows.append(["", "", _p("Total", styles["CellBold"]), _p(total, styles["CellRight"])])
        width = PAGE_WIDTH - 2 * MARGIN
        table = Table(
            rows, colWidths=[24 * mm, 55 * mm, width - 24 * mm - 55 * mm - 30 * mm, 30 * mm], repeatRows=1
        )
        table.setStyle(
            TableStyle(
                [
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("BACKGROUND", (0, 0), (-1, 0), LIGHT),
                    ("LINEBELOW", (0, 0), (-1, -1), 0.25, colors.HexColor("#cccccc")),
                    ("LINEABOVE", (0, -1), (-1, -1), 0.8, colors.black),
                ]
            )
        )
        story.append(table)
        story.append(
            _p(
                "Versements reçus de financeurs publics (État, collectivités, organismes sociaux, "
                "fonds européens), comptés à leur date de réception, quel que soit le dossier (celui-ci "
                "compris) ; les montants accordés mais pas encore versés n'en font pas partie.",
                styles["Small"],
            )
        )
    return story


def _pieces_list(
    content: PackContent, styles: StyleSheet1, layout: _Layout, pages: dict[str, int]
) -> list[Flowable]:
    story: list[Flowable] = [
        PageBreak(),
        _Mark("pieces", pages),
        _p(PART_TITLES["pieces"], styles["Heading1"]),
    ]
    if not content.pieces:
        story.append(_p("Aucune pièce justificative n'est demandée pour ce dossier.", styles["Muted"]))
        return story
    rows: list[list[Any]] = [
        [_p(text, styles["CellBold"]) for text in ("N°", "Pièce", "Validité", "Dans ce dossier")]
    ]
    alerts = []
    for index, piece in enumerate(content.pieces):
        name = piece_title(piece)
        if piece.document_title and piece.document_title != name:
            name = f"{name} — {piece.document_title}"
        status = piece_status_text(piece)
        if piece.merged:
            shown = layout.contents_pages.get(f"piece{index}")
            status = f"jointe, page {shown}" if shown else "jointe, page 000"
        expired = piece.state is PieceState.EXPIRED
        bad = expired or piece.status in (PieceStatus.MISSING, PieceStatus.UNREADABLE)
        if bad:
            alerts.append(index + 1)
        rows.append(
            [
                _p(str(index + 1), styles["Cell"]),
                _p(name, styles["Cell"]),
                _p(validity_text(piece, content.made_on), styles["Alert" if expired else "Cell"]),
                _p(status, styles["Alert" if piece.status is not PieceStatus.READABLE else "Cell"]),
            ]
        )
    width = PAGE_WIDTH - 2 * MARGIN
    table = Table(
        rows, colWidths=[10 * mm, width - 10 * mm - 45 * mm - 50 * mm, 45 * mm, 50 * mm], repeatRows=1
    )
    commands: list[Any] = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("BACKGROUND", (0, 0), (-1, 0), LIGHT),
        ("LINEBELOW", (0, 0), (-1, -1), 0.25, colors.HexColor("#cccccc")),
    ]
    commands += [("BACKGROUND", (0, row), (-1, row), colors.HexColor("#fbeaea")) for row in alerts]
    table.setStyle(TableStyle(commands))
    story.append(table)
    return story


# -- the document ------------------------------------------------------------------------------------------


def _story(
    content: PackContent, styles: StyleSheet1, layout: _Layout, pages: dict[str, int]
) -> list[Flowable]:
    story = _cover(content, styles)
    story += [PageBreak(), *_contents(content, styles, layout, pages)]
    story += [PageBreak(), *_identity(content, styles, pages)]
    story += [PageBreak(), *_project(content, styles, pages)]
    story += [PageBreak(), *_budget(content, styles, pages)]
    story += _declaration(content, styles, pages)
    story += _pieces_list(content, styles, layout, pages)
    return story


def _footer_text(content: PackContent) -> str:
    name = content.association.name if content.association and content.association.name else ""
    title = content.application.title
    text = f"{name} — {title}" if name else title
    return text if len(text) <= 90 else text[:89] + "…"


def _layout_run(content: PackContent, layout: _Layout, fonts: FontNames, styles: StyleSheet1) -> bytes:
    buffer = BytesIO()
    pages: dict[str, int] = {}
    footer = _footer_text(content)

    def on_page(canv: Any, _doc: Any) -> None:
        number = canv.getPageNumber()
        canv.saveState()
        canv.setFont(fonts.regular, 8)
        canv.setFillColor(MUTED)
        canv.drawString(MARGIN, 10 * mm, printable(footer, fonts.regular))
        total = layout.total_pages or 0
        canv.drawRightString(PAGE_WIDTH - MARGIN, 10 * mm, f"Page {number} / {total or '000'}")
        canv.setStrokeColor(colors.HexColor("#cccccc"))
        canv.setLineWidth(0.4)
        canv.line(MARGIN, 14 * mm, PAGE_WIDTH - MARGIN, 14 * mm)
        canv.restoreState()

    title = printable(content.application.title)
    author = printable(content.association.name) if content.association else "CoopDesk"
    document = SimpleDocTemplate(
        buffer,
        pagesize=A4,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=MARGIN,
        bottomMargin=MARGIN,
        title=f"Dossier de demande de subvention – {title}",
        author=author,
        subject=printable(content.application.funder_name),
        creator="CoopDesk",
        invariant=True,
    )
    document.build(_story(content, styles, layout, pages), onFirstPage=on_page, onLaterPages=on_page)
    layout.marks = pages
    layout.generated_pages = document.page
    return buffer.getvalue()


def _contents_pages(content: PackContent, layout: _Layout) -> dict[str, int]:
    shown = dict(layout.marks)
    page = layout.generated_pages + 1
    for index, piece in enumerate(content.pieces):
        if piece.merged:
            shown[f"piece{index}"] = page
            page += piece.pages
    return shown


def render_pack(
    content: PackContent, files: Mapping[int, bytes], progress: Progress | None = None
) -> tuple[bytes, int]:
    """The pack as PDF bytes and its number of pages. `files`: the stored file of each merged piece
    (`piece.merged`), by piece id."""
    with binary_streams():
        return _render(content, files, progress)


def _render(content: PackContent, files: Mapping[int, bytes], progress: Progress | None) -> tuple[bytes, int]:
    fonts = register_fonts()
    styles = pack_styles(fonts)
    merged = [piece for piece in content.pieces if piece.merged]
    steps = 3 + len(merged)
    done = 0

    def advance() -> None:
        nonlocal done
        done += 1
        if progress is not None:
            progress(done, steps)

    layout = _Layout()
    main = _layout_run(content, layout, fonts, styles)
    advance()
    for _attempt in range(3):
        layout.contents_pages = _contents_pages(content, layout)
        layout.total_pages = layout.generated_pages + sum(piece.pages for piece in merged)
        before = (layout.generated_pages, dict(layout.marks))
        main = _layout_run(content, layout, fonts, styles)
        if (layout.generated_pages, layout.marks) == before:
            break
    advance()

    parts = [MergedPdf(main)]
    page = layout.generated_pages
    total = layout.total_pages
    for index, piece in enumerate(content.pieces):
        if not piece.merged:
            continue
        data = files[piece.piece_id]
        heading = f"Pièce {index + 1} : {piece_title(piece)}"
        if piece.kind is FileKind.IMAGE:
            data = image_page(data, heading)
        texts = tuple(
            f"Pièce {index + 1} — Page {page + offset + 1} / {total}" for offset in range(piece.pages)
        )
        parts.append(MergedPdf(data, texts))
        page += piece.pages
        advance()
    writer = merge(parts)
    _outline(writer, content, layout)
    writer.add_metadata(
        {
            "/Title": f"Dossier de demande de subvention – {printable(content.application.title)}",
            "/Author": printable(content.association.name) if content.association else "CoopDesk",
            "/Creator": "CoopDesk",
        }
    )
    writer._root_object[NameObject("/PageMode")] = NameObject("/UseOutlines")
    buffer = BytesIO()
    writer.write(buffer)
    advance()
    return buffer.getvalue(), len(writer.pages)


def _outline(writer: Any, content: PackContent, layout: _Layout) -> None:
    pages = layout.contents_pages

    def add(title: str, key: str, parent: Any = None) -> Any:
        number = pages.get(key)
        if number is None:
            return None
        return writer.add_outline_item(title=printable(title)[:120], page_number=number - 1, parent=parent)

    writer.add_outline_item(title="Page de garde", page_number=0)
    add(PART_TITLES["contents"], "contents")
    add(PART_TITLES["identity"], "identity")
    project = add(PART_TITLES["project"], "project")
    for index, section in enumerate(content.sections):
        add(section.title, f"section{index}", project)
    budget = add(PART_TITLES["budget"], "budget")
    for part in budget_parts(content):
        add(PART_TITLES[part], part, budget)
    add(PART_TITLES["declaration"], "declaration")
    add(PART_TITLES["pieces"], "pieces")
    merged = [(index, piece) for index, piece in enumerate(content.pieces) if piece.merged]
    if merged:
        first = pages[f"piece{merged[0][0]}"]
        parent = writer.add_outline_item(title=PART_TITLES["attached"], page_number=first - 1)
        for index, piece in merged:
            add(f"{index + 1}. {piece_title(piece)}", f"piece{index}", parent)
