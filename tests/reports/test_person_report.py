"""The person's file (GDPR access request): every field in French, the exchanges, no control characters."""

from __future__ import annotations

import datetime as dt

from coopdesk.domain.enums import FunderKind, FunderLevel, InteractionKind
from coopdesk.domain.funders import ContactRow, FunderRow, InteractionRow, MentionRow, PersonRecord
from coopdesk.reports.person_report import NOT_GIVEN, clean_text, render_person_text

FUNDER = FunderRow(
    id=7,
    name="DDETS de l'Hérault",
    kind=FunderKind.STATE_SERVICE,
    level=FunderLevel.DEPARTMENTAL,
    service="Pôle cohésion sociale",
    street="615 boulevard d'Antigone",
    postal_code="34000",
    city="Montpellier",
)
CONTACT = ContactRow(
    id=12,
    funder_id=7,
    funder_name=FUNDER.name,
    name="Claire\x00 Castan",
    role="Chargée de mission\x1b[31m",
    phone="04 67 12 34 56",
    email="claire.castan@herault.gouv.fr",
    topics=("aide alimentaire", "PAT"),
    active=False,
    left_on=dt.date(2026, 6, 30),
    notes="Ligne 1\r\nLigne 2\u2028suite",
    last_exchange_on=dt.date(2026, 5, 4),
)


def exchange(
    number: int,
    day: dt.date,
    kind: InteractionKind = InteractionKind.MEETING,
    *,
    linked: bool = True,
    participants: str = "",
    summary: str = "",
    follow_up_on: dt.date | None = None,
    follow_up_done: bool = False,
) -> InteractionRow:
    return InteractionRow(
        id=number,
        funder_id=7,
        funder_name=FUNDER.name,
        occurred_on=day,
        kind=kind,
        contact_id=12 if linked else None,
        participants=participants,
        summary=summary,
        follow_up_on=follow_up_on,
        follow_up_done=follow_up_done,
    )


def render() -> str:
    record = PersonRecord(
        contact=CONTACT,
        funder=FUNDER,
        interactions=(
            exchange(
                3,
                dt.date(2026, 5, 4),
                InteractionKind.EMAIL,
                summary="Dossier reçu.\nManque le RIB.",
                follow_up_on=dt.date(2026, 5, 20),
                follow_up_done=True,
            ),
            exchange(1, dt.date(2026, 2, 10), linked=False, participants="Claire Castan, Paul"),
        ),
        mentions=(MentionRow("application", 4, "notes", "Relancer Claire Castan en mai."),),
    )
    return render_person_text(record, generated_on=dt.date(2026, 11, 28))


def test_every_field_is_written_under_french_headings() -> None:
    text = render()
    lines = text.splitlines()
    assert lines[0] == "Données personnelles : Claire Castan"
    assert lines[1] == "=" * len(lines[0])
    for expected in (
        "Fiche de l'interlocuteur",
        "Numéro de fiche : 12",
        "Nom : Claire Castan",
        "Fonction : Chargée de mission[31m",
        "Téléphone : 04 67 12 34 56",
        "Courriel : claire.castan@herault.gouv.fr",
        "Thématiques suivies : aide alimentaire, PAT",
        "En poste : non, a quitté ses fonctions le 30/06/2026",
        "Dernier échange : 04/05/2026",
        "Organisme",
        "Nom : DDETS de l'Hérault",
        "Type : Service de l'État",
        "Niveau : départemental",
        "Adresse : 615 boulevard d'Antigone 34000 Montpellier",
        f"Site web : {NOT_GIVEN}",
    ):
        assert expected in lines, expected


def test_exchanges_have_their_date_kind_and_summary() -> None:
    text = render()
    assert "Échanges (2)" in text
    first = text.index("- 04/05/2026 — Courriel (échange n°3)")
    second = text.index("- 10/02/2026 — Réunion (échange n°1)")
    assert first < second  # newest first, as given
    assert "    Résumé : Dossier reçu.\n        Manque le RIB.\n" in text
    assert "    Relance prévue : 20/05/2026 (faite)" in text
    assert "    Lié à la personne : non (la personne y est nommée)" in text
    assert "    Participants : Claire Castan, Paul" in text


def test_mentions_elsewhere_are_listed() -> None:
    text = render()
    assert "Mentions dans d'autres textes (1)" in text
    assert "- Notes du dossier de subvention n°4 :\n    Relancer Claire Castan en mai." in text


def test_control_characters_never_reach_the_file() -> None:
    text = render()
    assert all(char in "\n" or char >= " " for char in text)
    assert "\x1b" not in text
    assert "\u2028" not in text
    assert "Notes : Ligne 1\n    Ligne 2suite" in text
    assert text.endswith("\n")


def test_an_empty_record_says_what_is_not_kept() -> None:
    record = PersonRecord(
        contact=ContactRow(id=1, funder_id=7, funder_name=FUNDER.name, name="Karim Benali"),
        funder=FUNDER,
        interactions=(),
    )
    text = render_person_text(record, generated_on=dt.date(2026, 11, 28))
    assert "En poste : oui" in text
    assert f"Courriel : {NOT_GIVEN}" in text
    assert "Aucun échange enregistré." in text
    assert "Aucune autre mention." in text


def test_clean_text_keeps_line_breaks_only() -> None:
    assert clean_text(" a\tb\r\nc\x07\x85d ") == "a b\ncd"
