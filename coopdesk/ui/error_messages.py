"""The sentences the user reads for each typed error of the domain (translated where they are shown).

Domain errors carry data (`InvalidValue(kind, value, code)`, `StaleEdit(entity, id)`…), never text:
this module turns them into one clear sentence, specific to the field when one is known.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from coopdesk.domain.applications import PaymentAboveGrant
from coopdesk.domain.errors import (
    UNSUPPORTED_URL,
    CoopDeskError,
    DatabaseMissing,
    DatabaseNotEmpty,
    DatabaseProblem,
    DatabaseTooNew,
    DatabaseUnreachable,
    DataDirUnusable,
    FieldErrors,
    ForbiddenTransition,
    InUse,
    InvalidValue,
    NotADatabase,
    NotFound,
    StaleEdit,
    YearsDoNotAddUp,
)
from coopdesk.domain.errors import InvalidValueCode as Code
from coopdesk.formats.contacts_csv import RowProblem, RowProblemCode
from coopdesk.formats.errors import FormatError, FormatErrorCode
from coopdesk.ui.formatting import money


def _field_messages() -> dict[tuple[str, Code], str]:
    """Sentences for one rule and one reason; anything missing falls back to `_code_messages`."""
    return {
        ("siret", Code.REQUIRED): QCoreApplication.translate("ErrorMessages", "Enter the SIRET number."),
        ("siret", Code.NOT_DIGITS): QCoreApplication.translate(
            "ErrorMessages", "A SIRET number contains digits only."
        ),
        ("siret", Code.BAD_LENGTH): QCoreApplication.translate(
            "ErrorMessages", "A SIRET number has 14 digits."
        ),
        ("siret", Code.BAD_CHECKSUM): QCoreApplication.translate(
            "ErrorMessages", "This SIRET number is not valid (wrong check digit)."
        ),
        ("siren", Code.REQUIRED): QCoreApplication.translate("ErrorMessages", "Enter the SIREN number."),
        ("siren", Code.NOT_DIGITS): QCoreApplication.translate(
            "ErrorMessages", "A SIREN number contains digits only."
        ),
        ("siren", Code.BAD_LENGTH): QCoreApplication.translate(
            "ErrorMessages", "A SIREN number has 9 digits."
        ),
        ("siren", Code.BAD_CHECKSUM): QCoreApplication.translate(
            "ErrorMessages", "This SIREN number is not valid (wrong check digit)."
        ),
        ("rna", Code.REQUIRED): QCoreApplication.translate("ErrorMessages", "Enter the RNA number."),
        ("rna", Code.BAD_FORMAT): QCoreApplication.translate(
            "ErrorMessages", "An RNA number is a W followed by 9 digits (e.g. W751234567)."
        ),
        ("iban", Code.REQUIRED): QCoreApplication.translate("ErrorMessages", "Enter the IBAN."),
        ("iban", Code.BAD_FORMAT): QCoreApplication.translate(
            "ErrorMessages",
            "An IBAN starts with two letters (the country) and two digits, e.g. FR76 3000 6000…",
        ),
        ("iban", Code.BAD_COUNTRY): QCoreApplication.translate(
            "ErrorMessages", "The country code of this IBAN is unknown."
        ),
        ("iban", Code.BAD_LENGTH): QCoreApplication.translate(
            "ErrorMessages", "This IBAN has the wrong number of characters (27 for a French IBAN)."
        ),
        ("iban", Code.BAD_CHECKSUM): QCoreApplication.translate(
            "ErrorMessages", "This IBAN is not valid (wrong check digits)."
        ),
        ("bic", Code.BAD_FORMAT): QCoreApplication.translate(
            "ErrorMessages", "This BIC is not valid: it has 8 or 11 letters and digits, e.g. AGRIFRPP882."
        ),
        ("email", Code.REQUIRED): QCoreApplication.translate("ErrorMessages", "Enter an e-mail address."),
        ("email", Code.BAD_FORMAT): QCoreApplication.translate(
            "ErrorMessages", "This e-mail address is not valid (e.g. contact@asso.fr)."
        ),
        ("phone", Code.REQUIRED): QCoreApplication.translate("ErrorMessages", "Enter a phone number."),
        ("phone", Code.BAD_FORMAT): QCoreApplication.translate(
            "ErrorMessages", "This phone number is not valid."
        ),
        ("phone", Code.BAD_LENGTH): QCoreApplication.translate(
            "ErrorMessages", "This phone number has the wrong number of digits."
        ),
        ("postal_code", Code.REQUIRED): QCoreApplication.translate("ErrorMessages", "Enter the postal code."),
        ("postal_code", Code.BAD_FORMAT): QCoreApplication.translate(
            "ErrorMessages", "A postal code has 5 digits (e.g. 34000)."
        ),
        ("website", Code.REQUIRED): QCoreApplication.translate("ErrorMessages", "Enter the website address."),
        ("website", Code.BAD_FORMAT): QCoreApplication.translate(
            "ErrorMessages", "This website address is not valid (e.g. www.asso.fr)."
        ),
        ("employees_fte", Code.BAD_FORMAT): QCoreApplication.translate(
            "ErrorMessages", "Enter a number of full-time equivalents, e.g. 1,5 (two decimals at most)."
        ),
        ("name", Code.REQUIRED): QCoreApplication.translate("ErrorMessages", "The name is required."),
        ("name", Code.TOO_LONG): QCoreApplication.translate(
            "ErrorMessages", "This name is too long (200 characters at most)."
        ),
        ("fiscal_year_end_month", Code.OUT_OF_RANGE): QCoreApplication.translate(
            "ErrorMessages", "Choose a month between 1 and 12."
        ),
        ("fiscal_year_end_day", Code.BAD_DATE): QCoreApplication.translate(
            "ErrorMessages", "This day does not exist in the chosen month."
        ),
        ("fiscal_year_end", Code.BAD_DATE): QCoreApplication.translate(
            "ErrorMessages", "This end of the financial year does not exist."
        ),
        ("volunteers_count", Code.NEGATIVE): QCoreApplication.translate(
            "ErrorMessages", "A number of volunteers cannot be negative."
        ),
        ("employees_count", Code.NEGATIVE): QCoreApplication.translate(
            "ErrorMessages", "A number of employees cannot be negative."
        ),
        ("money", Code.REQUIRED): QCoreApplication.translate("ErrorMessages", "Enter an amount."),
        ("money", Code.BAD_FORMAT): QCoreApplication.translate(
            "ErrorMessages", "This amount is not understood; write e.g. 1 234,56 €."
        ),
        ("money", Code.NEGATIVE): QCoreApplication.translate(
            "ErrorMessages", "An amount cannot be negative here."
        ),
        ("money", Code.TOO_MANY_DECIMALS): QCoreApplication.translate(
            "ErrorMessages", "An amount has two digits after the comma at most."
        ),
        ("money", Code.TOO_LARGE): QCoreApplication.translate("ErrorMessages", "This amount is too large."),
        ("date", Code.REQUIRED): QCoreApplication.translate("ErrorMessages", "Enter a date."),
        ("date", Code.BAD_FORMAT): QCoreApplication.translate(
            "ErrorMessages", "Write the date as 31/12/2026."
        ),
        ("date", Code.OUT_OF_RANGE): QCoreApplication.translate(
            "ErrorMessages", "The year must be between 1900 and 2200."
        ),
        ("date", Code.BAD_DATE): QCoreApplication.translate("ErrorMessages", "This date does not exist."),
        ("decision_on", Code.OUT_OF_RANGE): QCoreApplication.translate(
            "ErrorMessages", "The decision cannot come before the submission."
        ),
        ("title", Code.REQUIRED): QCoreApplication.translate("ErrorMessages", "The title is required."),
        ("title", Code.TOO_LONG): QCoreApplication.translate(
            "ErrorMessages", "This title is too long (300 characters at most)."
        ),
        ("refund", Code.TOO_LARGE): QCoreApplication.translate(
            "ErrorMessages", "A refund cannot be more than what was received on this grant."
        ),
        ("report_note_indirect", Code.TOO_LONG): QCoreApplication.translate(
            "ErrorMessages", "The note on indirect charges is too long (10,000 characters at most)."
        ),
        ("report_note_gaps", Code.TOO_LONG): QCoreApplication.translate(
            "ErrorMessages", "The note on the gaps is too long (10,000 characters at most)."
        ),
        ("report_note_in_kind", Code.TOO_LONG): QCoreApplication.translate(
            "ErrorMessages", "The note on contributions in kind is too long (10,000 characters at most)."
        ),
        ("reference", Code.TOO_LONG): QCoreApplication.translate(
            "ErrorMessages", "This reference is too long (100 characters at most)."
        ),
        ("url", Code.BAD_FORMAT): QCoreApplication.translate(
            "ErrorMessages", "This web address is not valid (e.g. https://www.exemple.fr/appel)."
        ),
        ("amount_max_cents", Code.OUT_OF_RANGE): QCoreApplication.translate(
            "ErrorMessages", "The maximum amount cannot be below the minimum."
        ),
        ("rate_min_percent", Code.OUT_OF_RANGE): QCoreApplication.translate(
            "ErrorMessages", "A rate is between 0 and 100 %."
        ),
        ("rate_max_percent", Code.OUT_OF_RANGE): QCoreApplication.translate(
            "ErrorMessages", "The maximum rate is between the minimum rate and 100 %."
        ),
        ("predeposit_on", Code.OUT_OF_RANGE): QCoreApplication.translate(
            "ErrorMessages", "The pre-deposit cannot come before the opening."
        ),
        ("deadline", Code.OUT_OF_RANGE): QCoreApplication.translate(
            "ErrorMessages", "The deadline cannot come before the opening or the pre-deposit."
        ),
        ("period_end", Code.OUT_OF_RANGE): QCoreApplication.translate(
            "ErrorMessages", "The funded period cannot end before it starts."
        ),
        ("report_due_on", Code.OUT_OF_RANGE): QCoreApplication.translate(
            "ErrorMessages", "The report cannot fall due before the funded period ends."
        ),
        ("submitted_on", Code.REQUIRED): QCoreApplication.translate(
            "ErrorMessages", "Enter the date the application was submitted."
        ),
        ("decision_on", Code.REQUIRED): QCoreApplication.translate(
            "ErrorMessages", "Enter the date of the decision."
        ),
        ("amount_granted_cents", Code.REQUIRED): QCoreApplication.translate(
            "ErrorMessages", "Enter the amount granted."
        ),
        ("amount_granted_cents", Code.OUT_OF_RANGE): QCoreApplication.translate(
            "ErrorMessages", "A partial grant is more than zero and less than the amount requested."
        ),
        ("report_filed_on", Code.REQUIRED): QCoreApplication.translate(
            "ErrorMessages",
            "Enter the date the financial report was filed (needed to close a grant).",
        ),
        ("report_filed_on", Code.OUT_OF_RANGE): QCoreApplication.translate(
            "ErrorMessages", "The report cannot be filed before the decision."
        ),
        ("amount_cents", Code.REQUIRED): QCoreApplication.translate(
            "ErrorMessages", "Enter the amount received."
        ),
    }


def _code_messages() -> dict[Code, str]:
    return {
        Code.REQUIRED: QCoreApplication.translate("ErrorMessages", "This field is required."),
        Code.BAD_LENGTH: QCoreApplication.translate(
            "ErrorMessages", "This value does not have the right length."
        ),
        Code.NOT_DIGITS: QCoreApplication.translate("ErrorMessages", "Only digits are accepted here."),
        Code.BAD_CHECKSUM: QCoreApplication.translate(
            "ErrorMessages", "This value is not valid (wrong check digit)."
        ),
        Code.BAD_FORMAT: QCoreApplication.translate(
            "ErrorMessages", "This value is not in the expected format."
        ),
        Code.BAD_COUNTRY: QCoreApplication.translate("ErrorMessages", "Unknown country code."),
        Code.NEGATIVE: QCoreApplication.translate("ErrorMessages", "This value cannot be negative."),
        Code.TOO_MANY_DECIMALS: QCoreApplication.translate(
            "ErrorMessages", "Too many digits after the comma."
        ),
        Code.TOO_LARGE: QCoreApplication.translate("ErrorMessages", "This value is too large."),
        Code.BAD_DATE: QCoreApplication.translate("ErrorMessages", "This date does not exist."),
        Code.OUT_OF_RANGE: QCoreApplication.translate(
            "ErrorMessages", "This value is out of the accepted range."
        ),
        Code.TOO_LONG: QCoreApplication.translate("ErrorMessages", "This text is too long."),
        Code.DOES_NOT_ADD_UP: QCoreApplication.translate("ErrorMessages", "These amounts do not add up."),
    }


def invalid_value_message(error: InvalidValue) -> str:
    """One sentence for a refused value, specific to its rule (siret, iban, money…) when known."""
    if isinstance(error, YearsDoNotAddUp):
        if error.kind == "amount_granted_cents":
            return (
                QCoreApplication.translate(
                    "ErrorMessages",
                    "The amounts per year of this multi-year grant add up to %1, not the %2 granted: "
                    "correct them first in the application (General tab, amounts per year), then record "
                    "the decision.",
                )
                .replace("%1", _amount(error.years_total_cents))
                .replace("%2", _amount(error.granted_cents))
            )
        return (
            QCoreApplication.translate(
                "ErrorMessages", "The years add up to %1, not the %2 granted: correct the amount of a year."
            )
            .replace("%1", _amount(error.years_total_cents))
            .replace("%2", _amount(error.granted_cents))
        )
    specific = _field_messages().get((error.kind, error.code))
    return specific if specific is not None else _code_messages()[error.code]


def field_messages(errors: FieldErrors) -> dict[str, str]:
    """Field name -> sentence, for a form that shows each message next to its field."""
    return {name: invalid_value_message(error) for name, error in errors.errors.items()}


def entity_labels() -> dict[str, str]:
    """ "this funder"… for each entity name a NotFound, StaleEdit or InUse can carry."""
    return {
        "association": QCoreApplication.translate("ErrorMessages", "the association's profile"),
        "volunteer": QCoreApplication.translate("ErrorMessages", "this volunteer"),
        "funder": QCoreApplication.translate("ErrorMessages", "this funder"),
        "contact": QCoreApplication.translate("ErrorMessages", "this contact"),
        "call": QCoreApplication.translate("ErrorMessages", "this call for projects"),
        "project": QCoreApplication.translate("ErrorMessages", "this project"),
        "application": QCoreApplication.translate("ErrorMessages", "this application"),
        "document": QCoreApplication.translate("ErrorMessages", "this document"),
        "required_piece": QCoreApplication.translate("ErrorMessages", "this piece of the checklist"),
        "payment": QCoreApplication.translate("ErrorMessages", "this payment"),
        "interaction": QCoreApplication.translate("ErrorMessages", "this exchange"),
        "time_entry": QCoreApplication.translate("ErrorMessages", "this time entry"),
        "text_block": QCoreApplication.translate("ErrorMessages", "this text"),
        "text_block_version": QCoreApplication.translate("ErrorMessages", "this version of the text"),
        "application_section": QCoreApplication.translate("ErrorMessages", "this part of the application"),
        "budget_line": QCoreApplication.translate("ErrorMessages", "this budget line"),
        "investment_line": QCoreApplication.translate("ErrorMessages", "this line of the financing plan"),
    }


def _entity_label(entity: str) -> str:
    # Never an English table name in a French sentence (a stale UPDATE names its table).
    return entity_labels().get(entity) or QCoreApplication.translate("ErrorMessages", "this record")


def _amount(cents: int) -> str:
    return money(cents, with_cents=cents % 100 != 0)


def _sentence(text: str) -> str:
    """Upper-case the first letter of a sentence that starts with a placeholder ("ce bénévole…")."""
    return text[:1].upper() + text[1:]


def database_problem_title() -> str:
    return QCoreApplication.translate("ErrorMessages", "CoopDesk cannot open its data")


def database_problem_message(error: DatabaseProblem) -> str:
    """What happened to the database, and what the user can do about it."""
    if isinstance(error, DataDirUnusable):
        reasons = {
            "missing": QCoreApplication.translate(
                "ErrorMessages", "The data folder %1 does not exist. Check its name, or create it first."
            ),
            "not_a_directory": QCoreApplication.translate(
                "ErrorMessages", "%1 is a file, not a folder: CoopDesk needs a data folder."
            ),
            "not_writable": QCoreApplication.translate(
                "ErrorMessages",
                "CoopDesk cannot write in the data folder %1. Check the folder's permissions.",
            ),
        }
        text = reasons.get(
            error.reason, QCoreApplication.translate("ErrorMessages", "The data folder %1 cannot be used.")
        )
        return text.replace("%1", error.path)
    if isinstance(error, NotADatabase):
        return QCoreApplication.translate(
            "ErrorMessages",
            "The file %1 is not a CoopDesk database. Nothing was changed in it. "
            "Choose another file, or start without --db to use your usual data.",
        ).replace("%1", error.path)
    if isinstance(error, DatabaseTooNew):
        return (
            QCoreApplication.translate(
                "ErrorMessages",
                "The database %1 was written by a newer version of CoopDesk (schema %2). "
                "Install the latest version of CoopDesk to open it; nothing was changed.",
            )
            .replace("%1", error.location)
            .replace("%2", error.revision)
        )
    if isinstance(error, DatabaseUnreachable) and error.detail == UNSUPPORTED_URL:
        return QCoreApplication.translate(
            "ErrorMessages",
            "CoopDesk cannot open %1: give a SQLite file "
            "or a postgresql+psycopg://user@server/database address.",
        ).replace("%1", error.location)
    if isinstance(error, DatabaseUnreachable):
        return (
            QCoreApplication.translate(
                "ErrorMessages",
                "CoopDesk cannot reach the database %1.\n\nDetail: %2\n\n"
                "Check the network and the server, then start CoopDesk again.",
            )
            .replace("%1", error.location)
            .replace("%2", error.detail)
        )
    if isinstance(error, DatabaseMissing):
        return QCoreApplication.translate("ErrorMessages", "There is no database at %1.").replace(
            "%1", error.location
        )
    return QCoreApplication.translate("ErrorMessages", "The database cannot be opened: %1").replace(
        "%1", str(error)
    )


def error_message(error: BaseException) -> str:
    """A sentence for any error a use case can raise; unexpected ones say so."""
    if isinstance(error, InvalidValue):
        return invalid_value_message(error)
    if isinstance(error, FieldErrors):
        return "\n".join(field_messages(error).values())
    if isinstance(error, StaleEdit):
        return QCoreApplication.translate(
            "ErrorMessages",
            "Someone else changed %1 in the meantime. Nothing was overwritten: reload to see their version.",
        ).replace("%1", _entity_label(error.entity))
    if isinstance(error, InUse):
        return _sentence(
            QCoreApplication.translate(
                "ErrorMessages", "%1 cannot be deleted: other records refer to it."
            ).replace("%1", _entity_label(error.entity))
        )
    if isinstance(error, NotFound):
        return _sentence(
            QCoreApplication.translate(
                "ErrorMessages", "%1 no longer exists: someone else may have deleted it."
            ).replace("%1", _entity_label(error.entity))
        )
    if isinstance(error, PaymentAboveGrant):
        return (
            QCoreApplication.translate(
                "ErrorMessages", "The payments would add up to %1, more than the %2 granted."
            )
            .replace("%1", _amount(error.total_after))
            .replace("%2", _amount(error.granted))
        )
    if isinstance(error, ForbiddenTransition):
        return QCoreApplication.translate("ErrorMessages", "This change of status is not possible.")
    if isinstance(error, DatabaseNotEmpty):
        return QCoreApplication.translate(
            "ErrorMessages",
            "The database %1 already holds data: demonstration data only goes into an empty database.",
        ).replace("%1", error.location)
    if isinstance(error, DatabaseProblem):
        return database_problem_message(error)
    if isinstance(error, FormatError):
        return format_error_message(error)
    if isinstance(error, CoopDeskError):
        return str(error)
    return QCoreApplication.translate("ErrorMessages", "Something unexpected went wrong: %1").replace(
        "%1", f"{type(error).__name__}: {error}"
    )


def format_problem_message(error: FormatError) -> str:
    """Why a file was refused (without the file and line: `format_error_message` adds them)."""
    code = error.code
    texts = {
        FormatErrorCode.MALFORMED_JSON: QCoreApplication.translate(
            "ErrorMessages", "the content is not valid JSON (a truncated or damaged file?)"
        ),
        FormatErrorCode.NOT_AN_AIDS_LIST: QCoreApplication.translate(
            "ErrorMessages", "this file is not a list of aids from Aides-territoires"
        ),
        FormatErrorCode.MISSING_FIELD: QCoreApplication.translate(
            "ErrorMessages", "a required field is missing (%1)"
        ),
        FormatErrorCode.BAD_DATE: QCoreApplication.translate(
            "ErrorMessages", "a date cannot be read in %1 (write it as 31/12/2026)"
        ),
        FormatErrorCode.BAD_VALUE: QCoreApplication.translate("ErrorMessages", "unexpected value for %1"),
        FormatErrorCode.UNREADABLE_ENCODING: QCoreApplication.translate(
            "ErrorMessages", "this is not a text file CoopDesk can read: save it as CSV in UTF-8"
        ),
        FormatErrorCode.EMPTY_FILE: QCoreApplication.translate("ErrorMessages", "the file is empty"),
        FormatErrorCode.NO_HEADER: QCoreApplication.translate(
            "ErrorMessages", "there is no row of column titles"
        ),
        FormatErrorCode.SHORT_ROW: QCoreApplication.translate(
            "ErrorMessages", "a row has fewer cells than the row of titles"
        ),
        FormatErrorCode.MIXED_SEPARATORS: QCoreApplication.translate(
            "ErrorMessages",
            "the titles and the data are not separated by the same character: save the file again from "
            "the spreadsheet",
        ),
        FormatErrorCode.UNCLOSED_QUOTE: QCoreApplication.translate(
            "ErrorMessages", "a quotation mark is opened and never closed"
        ),
        FormatErrorCode.UNKNOWN_COLUMN: QCoreApplication.translate(
            "ErrorMessages", "the mapping of the columns is not valid (%1)"
        ),
    }
    return texts[code].replace("%1", error.detail)


def format_error_message(error: FormatError) -> str:
    """One sentence naming the file and the line: "File contacts.csv, line 4: the file is empty."."""
    if error.line is None:
        where = QCoreApplication.translate("ErrorMessages", "File %1").replace("%1", error.source)
    else:
        where = (
            QCoreApplication.translate("ErrorMessages", "File %1, line %2")
            .replace("%1", error.source)
            .replace("%2", str(error.line))
        )
    return (
        QCoreApplication.translate("ErrorMessages", "%1: %2.")
        .replace("%1", where)
        .replace("%2", format_problem_message(error))
    )


def row_problem_message(problem: RowProblem) -> str:
    """Why one row of a contacts spreadsheet is refused."""
    texts = {
        RowProblemCode.SHORT_ROW: QCoreApplication.translate(
            "ErrorMessages", "fewer cells than the row of titles"
        ),
        RowProblemCode.MISSING_NAME: QCoreApplication.translate("ErrorMessages", "no name"),
        RowProblemCode.MISSING_FUNDER: QCoreApplication.translate("ErrorMessages", "no funder"),
        RowProblemCode.BAD_EMAIL: QCoreApplication.translate("ErrorMessages", "e-mail not valid (%1)"),
        RowProblemCode.BAD_PHONE: QCoreApplication.translate("ErrorMessages", "phone not valid (%1)"),
        RowProblemCode.BAD_DATE: QCoreApplication.translate("ErrorMessages", "date not understood (%1)"),
        RowProblemCode.BAD_BOOLEAN: QCoreApplication.translate(
            "ErrorMessages", "in post: write yes or no (%1)"
        ),
    }
    return texts[problem.code].replace("%1", " ".join(problem.value.split()))
