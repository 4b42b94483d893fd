"""Contacts: who does what, who left, and a person's rights to their data (export and erasure)."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from coopdesk.domain.enums import ApplicationStatus, FunderKind, InteractionKind
from coopdesk.domain.errors import FieldErrors, NotFound, StaleEdit
from coopdesk.domain.funders import ERASED_PERSON_MARK, ContactInput, FunderInput, InteractionInput
from coopdesk.services.contact_service import ContactService
from coopdesk.services.funder_service import FunderService
from coopdesk.services.interaction_service import InteractionService
from coopdesk.storage.database import Database
from coopdesk.storage.tables import Application, Contact, ContactTopic, Interaction

TODAY = dt.date(2026, 11, 28)


@pytest.fixture
def contacts(database: Database) -> ContactService:
    return ContactService(database)


@pytest.fixture
def ddets(database: Database) -> int:
    return (
        FunderService(database)
        .create(FunderInput(name="DDETS de l'Hérault", kind=FunderKind.STATE_SERVICE))
        .id
    )


@pytest.fixture
def caf(database: Database) -> int:
    return FunderService(database).create(FunderInput(name="CAF de l'Hérault", kind=FunderKind.CAF)).id


def test_create_normalizes_phone_email_and_topics(contacts: ContactService, ddets: int) -> None:
    claire = contacts.create(
        ContactInput(
            funder_id=ddets,
            name=" Claire Castan ",
            role="Chargée de mission aide alimentaire",
            phone="0467123456",
            email="claire.castan@HERAULT.gouv.fr",
            topics=("aide alimentaire", "Aide Alimentaire", "précarité"),
        )
    )
    assert (claire.name, claire.phone, claire.email) == (
        "Claire Castan",
        "04 67 12 34 56",
        "claire.castan@herault.gouv.fr",
    )
    assert claire.topics == ("aide alimentaire", "précarité")
    assert claire.funder_name == "DDETS de l'Hérault"
    assert claire.last_exchange_on is None
    assert contacts.get(claire.id) == claire


def test_bad_input_saves_nothing(contacts: ContactService, ddets: int) -> None:
    with pytest.raises(FieldErrors) as raised:
        contacts.create(ContactInput(funder_id=ddets, name=" ", phone="abc", email="claire@"))
    assert set(raised.value.errors) == {"name", "phone", "email"}
    assert contacts.list() == []
    with pytest.raises(NotFound):
        contacts.create(ContactInput(funder_id=ddets + 100, name="Claire Castan"))
    assert contacts.list() == []


def test_topics_take_the_spelling_already_in_use(contacts: ContactService, ddets: int, caf: int) -> None:
    contacts.create(ContactInput(funder_id=ddets, name="Claire Castan", topics=("Aide alimentaire",)))
    karim = contacts.create(
        ContactInput(funder_id=caf, name="Karim Benali", topics=("AIDE ALIMENTAIRE", "PAT"))
    )
    assert karim.topics == ("Aide alimentaire", "PAT")
    assert contacts.topics() == ["Aide alimentaire", "PAT"]


def test_update_replaces_topics_and_refuses_stale_edits(contacts: ContactService, ddets: int) -> None:
    claire = contacts.create(ContactInput(funder_id=ddets, name="Claire Castan", topics=("PAT", "insertion")))
    edited = contacts.update(
        claire.id,
        claire.version,
        ContactInput(funder_id=ddets, name="Claire Castan", topics=("insertion", "FSE+")),
    )
    assert edited.topics == ("insertion", "FSE+")
    assert edited.version == claire.version + 1  # a change of topics alone is a change of the contact
    with pytest.raises(StaleEdit):
        contacts.update(claire.id, claire.version, ContactInput(funder_id=ddets, name="Claire Fabre"))
    assert contacts.get(claire.id).name == "Claire Castan"


def test_list_puts_people_in_post_first_and_searches_without_accents(
    contacts: ContactService, ddets: int, caf: int
) -> None:
    contacts.create(ContactInput(funder_id=ddets, name="Élodie Vidal", topics=("précarité",)))
    contacts.create(ContactInput(funder_id=ddets, name="Anne Roux", active=False))
    contacts.create(ContactInput(funder_id=caf, name="Karim Benali", role="Conseiller technique"))
    assert [row.name for row in contacts.list()] == ["Élodie Vidal", "Karim Benali", "Anne Roux"]
    assert [row.name for row in contacts.list(ddets)] == ["Élodie Vidal", "Anne Roux"]
    assert [row.name for row in contacts.list(include_former=False)] == ["Élodie Vidal", "Karim Benali"]
    assert [row.name for row in contacts.list(text="elodie PRECARITE")] == ["Élodie Vidal"]
    assert [row.name for row in contacts.list(text="conseiller caf")] == ["Karim Benali"]
    assert [row.name for row in contacts.list(text="herault", limit=1)] == ["Élodie Vidal"]


def test_mark_left_keeps_the_contact_as_history(contacts: ContactService, ddets: int) -> None:
    paul = contacts.create(ContactInput(funder_id=ddets, name="Paul Roux", topics=("aide alimentaire",)))
    left = contacts.mark_left(paul.id, paul.version, dt.date(2026, 6, 30))
    assert (left.active, left.left_on, left.topics) == (False, dt.date(2026, 6, 30), ("aide alimentaire",))
    with pytest.raises(StaleEdit):
        contacts.mark_left(paul.id, paul.version, None)
    assert contacts.who_does_what() == []


def test_last_exchange_is_the_latest_linked_exchange(
    database: Database, contacts: ContactService, ddets: int
) -> None:
    claire = contacts.create(ContactInput(funder_id=ddets, name="Claire Castan"))
    interactions = InteractionService(database)
    for day in (dt.date(2026, 10, 1), dt.date(2026, 11, 3), dt.date(2026, 2, 1)):
        interactions.create(
            InteractionInput(
                funder_id=ddets, occurred_on=day, kind=InteractionKind.CALL, contact_id=claire.id
            )
        )
    interactions.create(InteractionInput(funder_id=ddets, occurred_on=TODAY, kind=InteractionKind.EMAIL))
    assert contacts.get(claire.id).last_exchange_on == dt.date(2026, 11, 3)


def test_who_does_what_lists_people_in_post_per_topic_across_funders(
    database: Database, contacts: ContactService, ddets: int, caf: int
) -> None:
    claire = contacts.create(
        ContactInput(funder_id=ddets, name="Claire Castan", topics=("aide alimentaire", "PAT"))
    )
    karim = contacts.create(ContactInput(funder_id=caf, name="Karim Benali", topics=("aide alimentaire",)))
    contacts.create(
        ContactInput(funder_id=ddets, name="Paul Roux", topics=("aide alimentaire",), active=False)
    )
    region = FunderService(database).create(FunderInput(name="Région Occitanie", kind=FunderKind.REGION))
    contacts.create(ContactInput(funder_id=region.id, name="Anne Vidal", topics=("investissement",)))
    FunderService(database).archive(region.id, region.version)

    table = contacts.who_does_what()
    assert [(entry.topic, [(c.name, c.funder_name) for c in entry.contacts]) for entry in table] == [
        ("aide alimentaire", [("Karim Benali", "CAF de l'Hérault"), ("Claire Castan", "DDETS de l'Hérault")]),
        ("PAT", [("Claire Castan", "DDETS de l'Hérault")]),
    ]
    assert table[0].contacts[1].id == claire.id
    assert table[0].contacts[0].id == karim.id
    assert [entry.topic for entry in contacts.who_does_what(include_archived_funders=True)] == [
        "aide alimentaire",
        "investissement",
        "PAT",
    ]


# -- personal data ---------------------------------------------------------------------------------------


@pytest.fixture
def claire_and_history(database: Database, contacts: ContactService, ddets: int, caf: int) -> dict[str, int]:
    claire = contacts.create(
        ContactInput(
            funder_id=ddets,
            name="Claire Castan",
            phone="04 67 12 34 56",
            email="claire.castan@herault.gouv.fr",
            topics=("aide alimentaire",),
            notes="Préfère être appelée le matin.",
        )
    )
    colleague = contacts.create(
        ContactInput(funder_id=ddets, name="Paul Roux", notes="Remplace CLAIRE CASTAN pendant l'été.")
    )
    interactions = InteractionService(database)
    linked = interactions.create(
        InteractionInput(
            funder_id=ddets,
            occurred_on=dt.date(2026, 9, 1),
            kind=InteractionKind.MEETING,
            contact_id=claire.id,
            participants="Camille Roussel ; Claire Castan (DDETS)",
            summary="Claire Castan conseille de déposer avant le 15/12. Tél. 04.67.12.34.56.",
        )
    )
    named = interactions.create(
        InteractionInput(
            funder_id=caf,
            occurred_on=dt.date(2026, 10, 1),
            kind=InteractionKind.CALL,
            summary="La CAF suggère de contacter claire castan à la DDETS (claire.castan@herault.gouv.fr).",
        )
    )
    unrelated = interactions.create(
        InteractionInput(
            funder_id=ddets,
            occurred_on=dt.date(2026, 8, 1),
            kind=InteractionKind.EMAIL,
            contact_id=colleague.id,
            summary="Paul Roux confirme la réception. Mme Castan est en congés.",
        )
    )
    with database.session() as session:
        application = Application(
            title="Aide alimentaire 2027",
            funder_id=ddets,
            status=ApplicationStatus.DRAFTING,
            notes="Relu par Claire Castan.",
        )
        session.add(application)
        session.flush()
        application_id = application.id
    return {
        "claire": claire.id,
        "colleague": colleague.id,
        "linked": linked.id,
        "named": named.id,
        "unrelated": unrelated.id,
        "application": application_id,
        "ddets": ddets,
    }


def test_person_record_holds_everything_about_the_person(
    contacts: ContactService, claire_and_history: dict[str, int]
) -> None:
    ids = claire_and_history
    record = contacts.person_record(ids["claire"])
    assert record.contact.name == "Claire Castan"
    assert record.contact.topics == ("aide alimentaire",)
    assert record.contact.notes == "Préfère être appelée le matin."
    assert record.funder.name == "DDETS de l'Hérault"
    assert [row.id for row in record.interactions] == [ids["named"], ids["linked"]]  # newest first
    assert {(mention.entity, mention.entity_id, mention.field) for mention in record.mentions} == {
        ("contact", ids["colleague"], "notes"),
        ("application", ids["application"], "notes"),
    }


def test_erase_removes_the_person_everywhere_and_keeps_the_exchanges(
    database: Database, contacts: ContactService, claire_and_history: dict[str, int]
) -> None:
    ids = claire_and_history
    funders = FunderService(database)
    assert [row.name for row in funders.search("castan")] == ["DDETS de l'Hérault"]
    changed = contacts.erase(ids["claire"])
    assert changed == 5  # participants and summary of one exchange, another summary, two notes

    with pytest.raises(NotFound):
        contacts.get(ids["claire"])
    assert funders.search("castan") == []
    with database.session() as session:
        assert session.scalars(select(ContactTopic.topic)).all() == []
        assert session.scalars(select(Contact.name)).all() == ["Paul Roux"]
        linked = session.get(Interaction, ids["linked"])
        named = session.get(Interaction, ids["named"])
        unrelated = session.get(Interaction, ids["unrelated"])
        application = session.get(Application, ids["application"])
        colleague = session.get(Contact, ids["colleague"])
        assert linked is not None
        assert named is not None
        assert unrelated is not None
        assert application is not None
        assert colleague is not None
        assert linked.contact_id is None
        assert (linked.occurred_on, linked.kind) == (dt.date(2026, 9, 1), "meeting")
        assert linked.participants == f"Camille Roussel ; {ERASED_PERSON_MARK} (DDETS)"
        assert linked.summary == (
            f"{ERASED_PERSON_MARK} conseille de déposer avant le 15/12. Tél. {ERASED_PERSON_MARK}."
        )
        assert named.summary == (
            f"La CAF suggère de contacter {ERASED_PERSON_MARK} à la DDETS ({ERASED_PERSON_MARK})."
        )
        # The documented limit: a surname alone stays.
        assert unrelated.summary == "Paul Roux confirme la réception. Mme Castan est en congés."
        assert application.notes == f"Relu par {ERASED_PERSON_MARK}."
        assert colleague.notes == f"Remplace {ERASED_PERSON_MARK} pendant l'été."
    with pytest.raises(NotFound):
        contacts.erase(ids["claire"])


def test_an_erased_contacts_exchanges_stay_in_the_funders_timeline(
    database: Database, contacts: ContactService, claire_and_history: dict[str, int]
) -> None:
    ids = claire_and_history
    contacts.erase(ids["claire"])
    timeline = InteractionService(database).list(funder_id=ids["ddets"])
    assert [(row.id, row.contact_id, row.contact_name) for row in timeline] == [
        (ids["linked"], None, ""),
        (ids["unrelated"], ids["colleague"], "Paul Roux"),
    ]


def test_moving_a_contact_moves_the_funders_found_by_their_name(
    database: Database, contacts: ContactService, ddets: int, caf: int
) -> None:
    funders = FunderService(database)
    claire = contacts.create(ContactInput(funder_id=ddets, name="Claire Castan"))
    contacts.update(claire.id, claire.version, ContactInput(funder_id=caf, name="Claire Castan"))
    assert [row.id for row in funders.search("castan")] == [caf]
    with pytest.raises(NotFound):
        contacts.update(
            claire.id, claire.version + 1, ContactInput(funder_id=caf + ddets, name="Claire Castan")
        )
