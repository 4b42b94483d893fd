"""Funders, contacts, exchanges: CERFA groups, default levels, validation, and mentions of a person."""

from __future__ import annotations

from datetime import date

import pytest

from coopdesk.domain.enums import Cerfa74Group, FunderKind, FunderLevel, InteractionKind
from coopdesk.domain.errors import FieldErrors, InvalidValueCode
from coopdesk.domain.funders import (
    ERASED_PERSON_MARK,
    ContactInput,
    FunderInput,
    FunderRow,
    InteractionInput,
    InteractionRow,
    cerfa_group,
    clean_topics,
    default_level,
    erase_mentions,
    mention_pattern,
    validate_contact,
    validate_funder,
    validate_interaction,
)


@pytest.mark.parametrize(
    ("kind", "group"),
    [
        (FunderKind.STATE_SERVICE, Cerfa74Group.STATE),
        (FunderKind.REGION, Cerfa74Group.REGION),
        (FunderKind.DEPARTMENT, Cerfa74Group.DEPARTMENT),
        (FunderKind.INTERCOMMUNALITY, Cerfa74Group.INTERCOMMUNALITY),
        (FunderKind.MUNICIPALITY, Cerfa74Group.MUNICIPALITY),
        (FunderKind.CCAS, Cerfa74Group.OTHER_PUBLIC),  # an établissement public of its own
        (FunderKind.CAF, Cerfa74Group.SOCIAL_BODIES),
        (FunderKind.MSA, Cerfa74Group.SOCIAL_BODIES),
        (FunderKind.EUROPEAN_FUND, Cerfa74Group.EUROPEAN_FUNDS),
        (FunderKind.FOUNDATION, Cerfa74Group.PRIVATE),
        (FunderKind.COMPANY, Cerfa74Group.PRIVATE),
        (FunderKind.OTHER, Cerfa74Group.OTHER_PUBLIC),
    ],
)
def test_cerfa_group_of_each_kind(kind: FunderKind, group: Cerfa74Group) -> None:
    assert cerfa_group(kind) == group
    assert FunderRow(id=1, name="x", kind=kind, level=FunderLevel.LOCAL).cerfa_group == group


def test_every_kind_has_a_default_level() -> None:
    assert {kind: default_level(kind) for kind in FunderKind}[FunderKind.REGION] == FunderLevel.REGIONAL
    assert default_level(FunderKind.EUROPEAN_FUND) == FunderLevel.EUROPEAN
    assert default_level(FunderKind.CCAS) == FunderLevel.LOCAL
    assert default_level(FunderKind.FOUNDATION) == FunderLevel.NATIONAL


def test_a_funder_is_trimmed_and_gets_the_default_level_of_its_kind() -> None:
    clean = validate_funder(
        FunderInput(
            name="  DDETS de   l'Hérault ",
            kind=FunderKind.STATE_SERVICE,
            postal_code="34 000",
            website="www.herault.gouv.fr",
            city=" Montpellier ",
        )
    )
    assert clean.name == "DDETS de l'Hérault"
    assert clean.level == FunderLevel.DEPARTMENTAL
    assert clean.postal_code == "34000"
    assert clean.website == "https://www.herault.gouv.fr"
    assert clean.city == "Montpellier"


def test_a_chosen_level_is_kept() -> None:
    data = FunderInput(name="DREETS Occitanie", kind=FunderKind.STATE_SERVICE, level=FunderLevel.REGIONAL)
    assert validate_funder(data).level == FunderLevel.REGIONAL


def test_bad_funder_fields_are_all_named() -> None:
    with pytest.raises(FieldErrors) as raised:
        validate_funder(
            FunderInput(
                name=" ", kind=FunderKind.CAF, postal_code="1234", website="pas une adresse", city="x" * 101
            )
        )
    errors = raised.value.errors
    assert set(errors) == {"name", "postal_code", "website", "city"}
    assert errors["name"].code == InvalidValueCode.REQUIRED
    assert errors["city"].code == InvalidValueCode.TOO_LONG


def test_a_contact_gets_a_french_phone_a_checked_email_and_clean_topics() -> None:
    clean = validate_contact(
        ContactInput(
            funder_id=1,
            name=" Claire  Castan ",
            phone="0467123456",
            email="Claire.Castan@DDETS.Gouv.FR",
            topics=(" aide  alimentaire", "PAT", "Aide alimentaire", "", "précarité", "precarite"),
        )
    )
    assert clean.name == "Claire Castan"
    assert clean.phone == "04 67 12 34 56"
    assert clean.email == "Claire.Castan@ddets.gouv.fr"
    assert clean.topics == ("aide alimentaire", "PAT", "précarité")


def test_an_international_phone_is_kept_international() -> None:
    clean = validate_contact(ContactInput(funder_id=1, name="Jan Peeters", phone="+32 2 123 45 67"))
    assert clean.phone == "+32 2 123 45 67"


def test_bad_contact_fields_are_all_named() -> None:
    with pytest.raises(FieldErrors) as raised:
        validate_contact(
            ContactInput(
                funder_id=1,
                name="",
                phone="12",
                email="claire@",
                topics=("x" * 101,),
                active=True,
                left_on=date(2026, 1, 31),
            )
        )
    assert set(raised.value.errors) == {"name", "phone", "email", "topics", "left_on"}


def test_a_former_contact_may_have_a_departure_date() -> None:
    clean = validate_contact(
        ContactInput(funder_id=1, name="Paul Roux", active=False, left_on=date(2026, 1, 31))
    )
    assert (clean.active, clean.left_on) == (False, date(2026, 1, 31))


def test_clean_topics_keeps_the_first_spelling() -> None:
    assert clean_topics(("FSE+", "fse+ ", " Insertion", "insertion")) == ("FSE+", "Insertion")


def test_a_follow_up_may_not_come_before_the_exchange() -> None:
    with pytest.raises(FieldErrors) as raised:
        validate_interaction(
            InteractionInput(
                funder_id=1,
                occurred_on=date(2026, 11, 20),
                kind=InteractionKind.MEETING,
                follow_up_on=date(2026, 11, 19),
            )
        )
    assert raised.value.errors["follow_up_on"].code == InvalidValueCode.OUT_OF_RANGE
    assert raised.value.errors["follow_up_on"].value == "19/11/2026"


def test_done_needs_a_follow_up_date() -> None:
    with pytest.raises(FieldErrors) as raised:
        validate_interaction(
            InteractionInput(
                funder_id=1, occurred_on=date(2026, 11, 20), kind=InteractionKind.CALL, follow_up_done=True
            )
        )
    assert list(raised.value.errors) == ["follow_up_on"]


def test_an_exchange_is_trimmed_and_may_set_its_follow_up_on_the_same_day() -> None:
    day = date(2026, 11, 20)
    clean = validate_interaction(
        InteractionInput(
            funder_id=1,
            occurred_on=day,
            kind=InteractionKind.EMAIL,
            participants="  Camille Roussel ;\n Claire Castan ",
            summary="\n Relance du dossier. \n",
            follow_up_on=day,
        )
    )
    assert clean.participants == "Camille Roussel ; Claire Castan"
    assert clean.summary == "Relance du dossier."
    assert clean.follow_up_on == day


def test_an_overdue_follow_up() -> None:
    row = InteractionRow(
        id=1,
        funder_id=1,
        funder_name="CAF",
        occurred_on=date(2026, 10, 1),
        kind=InteractionKind.CALL,
        follow_up_on=date(2026, 11, 1),
    )
    assert row.follow_up_overdue(date(2026, 11, 2))
    assert not row.follow_up_overdue(date(2026, 11, 1))


# -- mentions of a person --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "RDV avec Élodie Castan",
        "rdv avec ÉLODIE CASTAN.",
        "rdv avec elodie castan, DDETS",
        "Élodie\n Castan (DDETS)",
        "le dossier d'Élodie Castan",
        "écrire à elodie.castan@ddets.gouv.fr demain",
        "Tél. 04 67 12 34 56",
        "tel 04.67.12.34.56",
        "tel 0467123456",
        "tel +33 4 67 12 34 56",
        "tel +33 (0)4 67 12 34 56",
    ],
)
def test_a_mention_is_the_full_name_the_email_or_the_phone(text: str) -> None:
    pattern = mention_pattern("Élodie Castan", "elodie.castan@ddets.gouv.fr", "04 67 12 34 56")
    erased = erase_mentions(text, pattern)
    assert ERASED_PERSON_MARK in erased
    assert "castan" not in erased.lower()
    assert "1234" not in erased.replace(".", "").replace(" ", "")


@pytest.mark.parametrize(
    "text",
    [
        "Mme Castan a rappelé",  # a surname alone: a documented limit
        "Élodie a rappelé",
        "Élodie Castanet",  # another person
        "Marie-Élodie Castan",  # another person too
        "tel 04 67 12 34 567",
    ],
)
def test_what_is_not_a_mention(text: str) -> None:
    pattern = mention_pattern("Élodie Castan", "elodie.castan@ddets.gouv.fr", "04 67 12 34 56")
    assert erase_mentions(text, pattern) == text


def test_compound_names_match_with_a_hyphen_or_a_space() -> None:
    pattern = mention_pattern("Jean-Marc Delpech")
    assert erase_mentions("Jean Marc Delpech et jean-marc delpech", pattern) == (
        f"{ERASED_PERSON_MARK} et {ERASED_PERSON_MARK}"
    )


def test_an_international_phone_is_a_mention_in_any_spacing() -> None:
    pattern = mention_pattern("Jan Peeters", phone="+32 2 123 45 67")
    assert erase_mentions("bel 0032 2 1234567", pattern) == f"bel {ERASED_PERSON_MARK}"


def test_a_blank_person_mentions_nothing() -> None:
    assert erase_mentions("Rien à effacer", mention_pattern("  ")) == "Rien à effacer"
