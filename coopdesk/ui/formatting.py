"""Domain values as the user reads them: money, dates, percentages, relative days, enum labels.

Money and dates always follow French conventions ("1 234,56 €", "31/12/2026"), whatever the language
of the window: the associations, their funders and their accounts are French.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QDate, QLocale

from coopdesk.domain.burden import format_hours_minutes
from coopdesk.domain.enums import ApplicationStatus, DeadlineKind, RequestObject

FRENCH = QLocale(QLocale.Language.French, QLocale.Country.France)
NO_BREAK_SPACE = "\u00a0"
NARROW_NO_BREAK_SPACE = "\u202f"
NO_VALUE = "—"


def local_today() -> dt.date:
    """Today on this computer's calendar: what "aujourd’hui" and "dans 5 jours" count from."""
    return dt.datetime.now().astimezone().date()


def money(cents: int, *, with_cents: bool = True) -> str:
    """ "1 234,56 €", or "1 235 €" with `with_cents=False` (half a euro rounds away from zero)."""
    negative = cents < 0
    value = abs(cents)
    if with_cents:
        euros, rest = divmod(value, 100)
        number = f"{FRENCH.toString(euros)}{FRENCH.decimalPoint()}{rest:02d}"
    else:
        number = FRENCH.toString((value + 50) // 100)
    sign = FRENCH.negativeSign() if negative and value else ""
    return f"{sign}{number}{NO_BREAK_SPACE}€"


def hours(minutes: int) -> str:
    """Durations and totals of time as the whole window writes them: "226 h 15", "27 h", "0 h"."""
    return format_hours_minutes(minutes)


def per_hour_caption(granted_cents: int, minutes: int) -> str:
    """The caption of "Obtained per hour", the same on the dashboard and the Rapports page."""
    return (
        QCoreApplication.translate("Formatting", "%1 granted for %2")
        .replace("%1", money(granted_cents, with_cents=False))
        .replace("%2", hours(minutes))
    )


def per_hour_explanation() -> str:
    """What "Obtained per hour" divides, the same on the dashboard and the Rapports page (and the PDF)."""
    return QCoreApplication.translate(
        "Formatting",
        "Amounts granted to the applications whose outcome is known (granted, refused or withdrawn), "
        "divided by the hours spent on those same applications during the period.",
    )


def date_text(value: dt.date) -> str:
    """ "31/12/2026"."""
    return FRENCH.toString(QDate(value.year, value.month, value.day), "dd/MM/yyyy")


def percent(value: int) -> str:
    """ "33 %" (with the narrow no-break space of French typography)."""
    return f"{FRENCH.toString(value)}{NARROW_NO_BREAK_SPACE}%"


def relative_days(due_on: dt.date, today: dt.date) -> str:
    """ "aujourd’hui", "demain", "dans 5 jours", "en retard de 3 jours"."""
    days = (due_on - today).days
    if days == 0:
        return QCoreApplication.translate("Formatting", "today")
    if days == 1:
        return QCoreApplication.translate("Formatting", "tomorrow")
    # Explicit singular and plural strings: not every lupdate version sees the plural form of translate().
    if days > 1:
        return QCoreApplication.translate("Formatting", "in %1 days").replace("%1", str(days))
    if days == -1:
        return QCoreApplication.translate("Formatting", "1 day late")
    return QCoreApplication.translate("Formatting", "%1 days late").replace("%1", str(-days))


def deadline_kind_label(kind: DeadlineKind) -> str:
    labels = {
        DeadlineKind.SUBMISSION: QCoreApplication.translate("Formatting", "Application submission"),
        DeadlineKind.LETTER_OF_INTENT: QCoreApplication.translate("Formatting", "Letter of intent"),
        DeadlineKind.PREDEPOSIT: QCoreApplication.translate("Formatting", "Pre-submission"),
        DeadlineKind.REPORT: QCoreApplication.translate("Formatting", "Financial report"),
        DeadlineKind.CALL_CLOSING: QCoreApplication.translate("Formatting", "Call closes"),
        DeadlineKind.FOLLOW_UP: QCoreApplication.translate("Formatting", "Follow-up"),
        DeadlineKind.DOCUMENT_EXPIRY: QCoreApplication.translate("Formatting", "Document expiring"),
    }
    return labels[kind]


def request_object_label(value: RequestObject) -> str:
    """What an application asks for, in the words of the CERFA's section 0."""
    labels = {
        RequestObject.OPERATION: QCoreApplication.translate(
            "Formatting", "Overall operation of the association"
        ),
        RequestObject.PROJECT: QCoreApplication.translate("Formatting", "Project or action"),
    }
    return labels[value]


def status_label(status: ApplicationStatus) -> str:
    labels = {
        ApplicationStatus.IDEA: QCoreApplication.translate("Formatting", "Idea"),
        ApplicationStatus.DRAFTING: QCoreApplication.translate("Formatting", "Drafting"),
        ApplicationStatus.SUBMITTED: QCoreApplication.translate("Formatting", "Submitted"),
        ApplicationStatus.UNDER_REVIEW: QCoreApplication.translate("Formatting", "Under review"),
        ApplicationStatus.GRANTED: QCoreApplication.translate("Formatting", "Granted"),
        ApplicationStatus.PARTIALLY_GRANTED: QCoreApplication.translate("Formatting", "Partially granted"),
        ApplicationStatus.REFUSED: QCoreApplication.translate("Formatting", "Refused"),
        ApplicationStatus.WITHDRAWN: QCoreApplication.translate("Formatting", "Withdrawn"),
        ApplicationStatus.PAID: QCoreApplication.translate("Formatting", "Paid"),
        ApplicationStatus.REPORT_DUE: QCoreApplication.translate("Formatting", "Report due"),
        ApplicationStatus.REPORT_FILED: QCoreApplication.translate("Formatting", "Report filed"),
        ApplicationStatus.CLOSED: QCoreApplication.translate("Formatting", "Closed"),
    }
    return labels[status]
