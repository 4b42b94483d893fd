"""Every typed error of the domain has a clear French sentence."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from coopdesk.domain.association import validate_profile
from coopdesk.domain.errors import (
    DatabaseMissing,
    DatabaseNotEmpty,
    DatabaseTooNew,
    DatabaseUnreachable,
    DataDirUnusable,
    FieldErrors,
    InUse,
    InvalidValue,
    InvalidValueCode,
    NotADatabase,
    NotFound,
    StaleEdit,
)
from coopdesk.domain.rows import AssociationProfile
from coopdesk.storage.tables import Base
from coopdesk.ui.error_messages import (
    database_problem_message,
    entity_labels,
    error_message,
    field_messages,
    invalid_value_message,
)

pytestmark = pytest.mark.usefixtures("french")


def test_siret_bad_checksum_in_french():
    error = InvalidValue("siret", "73282932000075", InvalidValueCode.BAD_CHECKSUM)
    assert invalid_value_message(error) == "Ce numéro SIRET n’est pas valide (clé de contrôle incorrecte)."


@pytest.mark.parametrize("code", list(InvalidValueCode))
def test_every_code_has_a_french_sentence_even_for_an_unknown_rule(code):
    message = invalid_value_message(InvalidValue("unknown_rule", "x", code))
    assert message
    assert message[0].isupper()
    assert message.endswith(".")
    assert not message.startswith(("This", "Only", "Too", "Unknown"))  # French, not the English source


def test_messages_of_a_whole_profile_are_per_field():
    profile = AssociationProfile(name="", siret="123", iban="FR76 0000", postal_code="99999", email="a@b")
    with pytest.raises(FieldErrors) as caught:
        validate_profile(profile)
    messages = field_messages(caught.value)
    assert messages == {
        "name": "Le nom est obligatoire.",
        "siret": "Un numéro SIRET compte 14 chiffres.",
        "postal_code": "Un code postal compte 5 chiffres (par exemple 34000).",
        "email": "Cette adresse de courriel n’est pas valide (par exemple contact@asso.fr).",
        "iban": "Cet IBAN n’a pas le bon nombre de caractères (27 pour un IBAN français).",
    }


@pytest.mark.parametrize(
    ("error", "expected"),
    [
        (DataDirUnusable("/srv/asso", "missing"), "Le dossier de données /srv/asso n’existe pas."),
        (DataDirUnusable("/srv/asso", "not_writable"), "CoopDesk ne peut pas écrire dans le dossier"),
        (DataDirUnusable("/srv/asso", "not_a_directory"), "/srv/asso est un fichier, pas un dossier"),
        (NotADatabase("/tmp/x.db"), "Le fichier /tmp/x.db n’est pas une base de données CoopDesk."),
        (DatabaseTooNew("/tmp/x.db", "0099"), "La base de données /tmp/x.db a été écrite par une version"),
        (
            DatabaseUnreachable("postgresql://asso@serveur/coop", "timeout"),
            "CoopDesk ne parvient pas à joindre",
        ),
        (DatabaseMissing("/tmp/x.db"), "Il n’y a pas de base de données à l’emplacement /tmp/x.db."),
    ],
)
def test_database_problems(error, expected):
    assert database_problem_message(error).startswith(expected)
    assert error_message(error) == database_problem_message(error)


def test_other_errors():
    assert error_message(StaleEdit("association", 1)).startswith(
        "Quelqu’un d’autre a modifié le profil de l’association entre-temps."
    )
    assert error_message(InUse("volunteer", 3, "time_entry")).startswith("Ce ou cette bénévole ne peut pas")
    assert error_message(NotFound("application", 3)).startswith("Ce dossier n’existe plus")
    assert "contient déjà des données" in error_message(DatabaseNotEmpty("/tmp/x.db"))
    assert (
        error_message(RuntimeError("boom"))
        == "Une erreur inattendue s’est produite\u00a0: RuntimeError: boom"
    )


SOURCES = Path(__file__).resolve().parents[2] / "coopdesk"
# NotFound("time_entry", …), StaleEdit("budget_line", …), InUse("document", …, "required_piece")
RAISED = re.compile(r"\b(?:NotFound|StaleEdit|InUse)\(\s*\"([a-z_]+)\"(?:\s*,\s*[^,()]+,\s*\"([a-z_]+)\")?")
# for entity, table, entity_id in (("project", Project, data.project_id), …): raise NotFound(entity, …)
CHECKED_LINK = re.compile(r"\(\s*\"([a-z_]+)\",\s*[A-Z]\w*,\s*data\.\w+_id\s*\)")


def _raised_entities() -> set[str]:
    """Every entity name written in a NotFound, StaleEdit or InUse of the storage and the services."""
    found: set[str] = set()
    for path in [*SOURCES.glob("storage/**/*.py"), *SOURCES.glob("services/**/*.py")]:
        text = path.read_text(encoding="utf-8")
        for match in RAISED.finditer(text):
            found.update(name for name in match.groups() if name)
        found.update(CHECKED_LINK.findall(text))
    return found


def test_the_source_scan_finds_the_names_it_should():
    raised = _raised_entities()
    assert {"funder", "time_entry", "text_block", "application_section", "budget_line"} <= raised
    assert "required_piece" in raised  # also what makes a document InUse


def test_every_entity_raised_anywhere_has_a_label():
    # A stale UPDATE names its table: every table with a version column can be one too.
    versioned = {table.name for table in Base.metadata.sorted_tables if "version" in table.c}
    missing = (_raised_entities() | versioned) - set(entity_labels())
    assert not missing, f"no label in coopdesk/ui/error_messages.py for {sorted(missing)}"


@pytest.mark.parametrize("entity", sorted(entity_labels()))
def test_every_entity_label_makes_a_sentence_without_its_code_name(entity):
    for error in (StaleEdit(entity, 1), NotFound(entity, 1), InUse(entity, 1, "application")):
        message = error_message(error)
        assert entity_labels()[entity] in message[0].lower() + message[1:]
        assert "_" not in message  # never "text_block"
        assert message[0].isupper()


def test_an_unknown_entity_is_a_record_never_its_code_name():
    message = error_message(NotFound("shared_setting", 4))
    assert "shared_setting" not in message
    assert message[0].isupper()
