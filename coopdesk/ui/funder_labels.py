"""Labels of the funders' enums as the user reads them: kinds, levels, CERFA 74 groups, platforms…

English source strings translated in the "FunderLabels" context; the dicts keep every enum's labels in
one place, in the order the combos show them.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from coopdesk.domain.enums import (
    Cerfa74Group,
    FunderKind,
    FunderLevel,
    InteractionKind,
    SubmissionPlatform,
)


def kind_labels() -> dict[FunderKind, str]:
    return {
        FunderKind.STATE_SERVICE: QCoreApplication.translate("FunderLabels", "State service"),
        FunderKind.REGION: QCoreApplication.translate("FunderLabels", "Region"),
        FunderKind.DEPARTMENT: QCoreApplication.translate("FunderLabels", "Department"),
        FunderKind.INTERCOMMUNALITY: QCoreApplication.translate("FunderLabels", "Intercommunality"),
        FunderKind.MUNICIPALITY: QCoreApplication.translate("FunderLabels", "Municipality"),
        FunderKind.CCAS: QCoreApplication.translate("FunderLabels", "CCAS"),
        FunderKind.CAF: QCoreApplication.translate("FunderLabels", "CAF"),
        FunderKind.MSA: QCoreApplication.translate("FunderLabels", "MSA"),
        FunderKind.EUROPEAN_FUND: QCoreApplication.translate("FunderLabels", "European fund"),
        FunderKind.FOUNDATION: QCoreApplication.translate("FunderLabels", "Foundation"),
        FunderKind.COMPANY: QCoreApplication.translate("FunderLabels", "Company"),
        FunderKind.OTHER: QCoreApplication.translate("FunderLabels", "Other"),
    }


def level_labels() -> dict[FunderLevel, str]:
    return {
        FunderLevel.EUROPEAN: QCoreApplication.translate("FunderLabels", "European"),
        FunderLevel.NATIONAL: QCoreApplication.translate("FunderLabels", "National"),
        FunderLevel.REGIONAL: QCoreApplication.translate("FunderLabels", "Regional"),
        FunderLevel.DEPARTMENTAL: QCoreApplication.translate("FunderLabels", "Departmental"),
        FunderLevel.LOCAL: QCoreApplication.translate("FunderLabels", "Local"),
    }


def cerfa_group_labels() -> dict[Cerfa74Group, str]:
    return {
        Cerfa74Group.STATE: QCoreApplication.translate("FunderLabels", "State"),
        Cerfa74Group.REGION: QCoreApplication.translate("FunderLabels", "Region(s)"),
        Cerfa74Group.DEPARTMENT: QCoreApplication.translate("FunderLabels", "Department(s)"),
        Cerfa74Group.INTERCOMMUNALITY: QCoreApplication.translate("FunderLabels", "Intercommunality(ies)"),
        Cerfa74Group.MUNICIPALITY: QCoreApplication.translate("FunderLabels", "Municipality(ies)"),
        Cerfa74Group.SOCIAL_BODIES: QCoreApplication.translate("FunderLabels", "Social bodies (CAF, MSA…)"),
        Cerfa74Group.EUROPEAN_FUNDS: QCoreApplication.translate("FunderLabels", "European funds"),
        Cerfa74Group.ASP: QCoreApplication.translate("FunderLabels", "ASP (subsidised jobs)"),
        Cerfa74Group.OTHER_PUBLIC: QCoreApplication.translate("FunderLabels", "Other public bodies"),
        Cerfa74Group.PRIVATE: QCoreApplication.translate("FunderLabels", "Private funds"),
    }


def platform_labels() -> dict[SubmissionPlatform, str]:
    return {
        SubmissionPlatform.COMPTE_ASSO: "Le Compte Asso",
        SubmissionPlatform.DAUPHIN: "Dauphin",
        SubmissionPlatform.DEMARCHES_SIMPLIFIEES: "Démarches simplifiées",
        SubmissionPlatform.OWN_PORTAL: QCoreApplication.translate("FunderLabels", "Funder's own portal"),
        SubmissionPlatform.EMAIL: QCoreApplication.translate("FunderLabels", "E-mail"),
        SubmissionPlatform.PAPER: QCoreApplication.translate("FunderLabels", "Paper"),
    }


def interaction_kind_labels() -> dict[InteractionKind, str]:
    return {
        InteractionKind.MEETING: QCoreApplication.translate("FunderLabels", "Meeting"),
        InteractionKind.CALL: QCoreApplication.translate("FunderLabels", "Phone call"),
        InteractionKind.EMAIL: QCoreApplication.translate("FunderLabels", "E-mail"),
        InteractionKind.VISIT: QCoreApplication.translate("FunderLabels", "Visit"),
        InteractionKind.COMMITTEE: QCoreApplication.translate("FunderLabels", "Committee"),
    }


def kind_label(kind: FunderKind) -> str:
    return kind_labels()[kind]


def level_label(level: FunderLevel) -> str:
    return level_labels()[level]


def cerfa_group_label(group: Cerfa74Group) -> str:
    return cerfa_group_labels()[group]


def platform_label(platform: SubmissionPlatform | None) -> str:
    return "—" if platform is None else platform_labels()[platform]


def interaction_kind_label(kind: InteractionKind) -> str:
    return interaction_kind_labels()[kind]


def contact_field_labels() -> dict[str, str]:
    """Target fields of the contacts import (ContactField values), in the mapping combos' order."""
    return {
        "funder": QCoreApplication.translate("FunderLabels", "Funder"),
        "name": QCoreApplication.translate("FunderLabels", "Full name"),
        "first_name": QCoreApplication.translate("FunderLabels", "First name"),
        "last_name": QCoreApplication.translate("FunderLabels", "Last name"),
        "role": QCoreApplication.translate("FunderLabels", "Role"),
        "service": QCoreApplication.translate("FunderLabels", "Service"),
        "phone": QCoreApplication.translate("FunderLabels", "Phone"),
        "email": QCoreApplication.translate("FunderLabels", "E-mail"),
        "topics": QCoreApplication.translate("FunderLabels", "Topics"),
        "notes": QCoreApplication.translate("FunderLabels", "Notes"),
        "active": QCoreApplication.translate("FunderLabels", "In post"),
        "left_on": QCoreApplication.translate("FunderLabels", "Left on"),
    }
