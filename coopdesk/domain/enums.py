"""Every closed list of the domain. Values are stable identifiers stored in the database."""

from __future__ import annotations

from enum import StrEnum


class FunderKind(StrEnum):
    STATE_SERVICE = "state_service"  # service de l'État (DREETS, DDETS, DRAAF, Préfecture…)
    REGION = "region"
    DEPARTMENT = "department"
    INTERCOMMUNALITY = "intercommunality"
    MUNICIPALITY = "municipality"
    CCAS = "ccas"
    CAF = "caf"
    MSA = "msa"
    EUROPEAN_FUND = "european_fund"
    FOUNDATION = "foundation"
    COMPANY = "company"
    OTHER = "other"


class FunderLevel(StrEnum):
    EUROPEAN = "european"
    NATIONAL = "national"
    REGIONAL = "regional"
    DEPARTMENTAL = "departmental"
    LOCAL = "local"


class Cerfa74Group(StrEnum):
    """Groups of the "74 Subventions d'exploitation" lines of the CERFA 12156 budget."""

    STATE = "state"
    REGION = "region"
    DEPARTMENT = "department"
    INTERCOMMUNALITY = "intercommunality"
    MUNICIPALITY = "municipality"
    SOCIAL_BODIES = "social_bodies"
    EUROPEAN_FUNDS = "european_funds"
    ASP = "asp"
    OTHER_PUBLIC = "other_public"
    PRIVATE = "private"


class SubmissionPlatform(StrEnum):
    COMPTE_ASSO = "compte_asso"
    DAUPHIN = "dauphin"
    DEMARCHES_SIMPLIFIEES = "demarches_simplifiees"
    OWN_PORTAL = "own_portal"
    EMAIL = "email"
    PAPER = "paper"


class ApplicationStatus(StrEnum):
    IDEA = "idea"
    DRAFTING = "drafting"
    SUBMITTED = "submitted"
    UNDER_REVIEW = "under_review"
    GRANTED = "granted"
    PARTIALLY_GRANTED = "partially_granted"
    REFUSED = "refused"
    WITHDRAWN = "withdrawn"
    PAID = "paid"
    REPORT_DUE = "report_due"
    REPORT_FILED = "report_filed"
    CLOSED = "closed"


class FundingType(StrEnum):
    OPERATING = "operating"  # fonctionnement
    INVESTMENT = "investment"  # investissement
    BOTH = "both"


class RequestObject(StrEnum):
    """What an application asks for (CERFA 12156, section 0)."""

    OPERATION = "operation"  # fonctionnement global de l'association (its budget: section 5)
    PROJECT = "project"  # projet(s) / action(s) (the project budget, section 6, and section 5)


class InvestmentLineKind(StrEnum):
    """The lines of an investment project's plan de financement."""

    EXPENSE = "expense"  # dépense d'investissement (an item, with its quote)
    SUBSIDY = "subsidy"  # a subsidy, through its application
    OWN_FUNDS = "own_funds"  # autofinancement
    LOAN = "loan"  # emprunt
    OTHER_RESOURCE = "other_resource"


class Recurrence(StrEnum):
    """Same values as the `recurrence` field of Aides-territoires."""

    ONEOFF = "oneoff"
    ONGOING = "ongoing"
    RECURRING = "recurring"


class InteractionKind(StrEnum):
    MEETING = "meeting"
    CALL = "call"
    EMAIL = "email"
    VISIT = "visit"
    COMMITTEE = "committee"


class TextCategory(StrEnum):
    PRESENTATION = "presentation"
    OBJECTIVES = "objectives"
    AUDIENCE = "audience"
    TERRITORY = "territory"
    HUMAN_RESOURCES = "human_resources"
    PARTNERSHIPS = "partnerships"
    EVALUATION = "evaluation"
    BUDGET_NOTES = "budget_notes"
    OTHER = "other"


class DocumentType(StrEnum):
    STATUTES = "statutes"
    BOARD_LIST = "board_list"
    RIB = "rib"
    APPROVED_ACCOUNTS = "approved_accounts"
    ACTIVITY_REPORT = "activity_report"
    FORECAST_BUDGET = "forecast_budget"
    INSURANCE_CERTIFICATE = "insurance_certificate"
    GENERAL_MEETING_MINUTES = "general_meeting_minutes"
    FOOD_AID_ACCREDITATION = "food_aid_accreditation"
    REPUBLICAN_COMMITMENT = "republican_commitment"
    QUOTE = "quote"  # devis (an investment's expense)
    OTHER = "other"


class TimeActivity(StrEnum):
    RESEARCH = "research"  # veille et recherche
    WRITING = "writing"  # rédaction
    COLLECTING_PIECES = "collecting_pieces"  # collecte des pièces
    PLATFORM_ENTRY = "platform_entry"  # saisie sur la plateforme
    MEETINGS = "meetings"  # réunions et échanges
    FOLLOW_UP = "follow_up"  # suivi et relances
    REPORTING = "reporting"  # compte rendu
    OTHER = "other"


class BudgetSection(StrEnum):
    CHARGES = "charges"
    PRODUCTS = "products"
    IN_KIND_USES = "in_kind_uses"  # 86 emplois des contributions volontaires
    IN_KIND_RESOURCES = "in_kind_resources"  # 87 contributions volontaires


class DeadlineKind(StrEnum):
    LETTER_OF_INTENT = "letter_of_intent"
    SUBMISSION = "submission"
    PREDEPOSIT = "predeposit"
    REPORT = "report"
    CALL_CLOSING = "call_closing"
    FOLLOW_UP = "follow_up"
    DOCUMENT_EXPIRY = "document_expiry"
