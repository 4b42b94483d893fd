"""French names of the pieces of the permanent file, shared by the pages and dialogs that list them.

A light module (no dialog imported): the dashboard names missing pieces at start-up.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from coopdesk.domain.enums import DocumentType


def document_type_label(document_type: DocumentType) -> str:
    labels = {
        DocumentType.STATUTES: QCoreApplication.translate("ApplicationDialog", "Statutes"),
        DocumentType.BOARD_LIST: QCoreApplication.translate("ApplicationDialog", "List of the board"),
        DocumentType.RIB: QCoreApplication.translate("ApplicationDialog", "Bank details (RIB)"),
        DocumentType.APPROVED_ACCOUNTS: QCoreApplication.translate("ApplicationDialog", "Approved accounts"),
        DocumentType.ACTIVITY_REPORT: QCoreApplication.translate("ApplicationDialog", "Activity report"),
        DocumentType.FORECAST_BUDGET: QCoreApplication.translate("ApplicationDialog", "Forecast budget"),
        DocumentType.INSURANCE_CERTIFICATE: QCoreApplication.translate(
            "ApplicationDialog", "Insurance certificate"
        ),
        DocumentType.GENERAL_MEETING_MINUTES: QCoreApplication.translate(
            "ApplicationDialog", "Minutes of the general meeting"
        ),
        DocumentType.FOOD_AID_ACCREDITATION: QCoreApplication.translate(
            "ApplicationDialog", "Food aid accreditation"
        ),
        DocumentType.REPUBLICAN_COMMITMENT: QCoreApplication.translate(
            "ApplicationDialog", "Republican commitment contract"
        ),
        DocumentType.QUOTE: QCoreApplication.translate("ApplicationDialog", "Quote"),
        DocumentType.OTHER: QCoreApplication.translate("ApplicationDialog", "Other document"),
    }
    return labels[document_type]
