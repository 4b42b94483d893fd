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


def _tr(text: str) -> str:
    return QCoreApplication.translate("FunderLabels", text)


def kind_labels() -> dict[FunderKind, str]:
    return {
        FunderKind.STATE_SERVICE: _tr("State service"),
        FunderKind.REGION: _tr("Region"),
        FunderKind.DEPARTMENT: _tr("Department"),
        FunderKind.INTERCOMMUNALITY: _tr("Intercommunality"),
        FunderKind.MUNICIPALITY: _tr("Municipality"),
        FunderKind.CCAS: _tr("CCAS"),
        FunderKind.CAF: _tr("CAF"),
        FunderKind.MSA: _tr("MSA"),
        FunderKind.EUROPEAN_FUND: _tr("European fund"),
        FunderKind.FOUNDATION: _tr("Foundation"),
        FunderKind.COMPANY: _tr("Company"),
        FunderKind.OTHER: _tr("Other"),
    }


def level_labels() -> dict[FunderLevel, str]:
    return {
        FunderLevel.EUROPEAN: _tr("European"),
        FunderLevel.NATIONAL: _tr("National"),
        FunderLevel.REGIONAL: _tr("Regional"),
        FunderLevel.DEPARTMENTAL: _tr("Departmental"),
        FunderLevel.LOCAL: _tr("Local"),
    }


def cerfa_group_labels() -> dict[Cerfa74Group, str]:
    return {
        Cerfa74Group.STATE: _tr("State"),
        Cerfa74Group.REGION: _tr("Region(s)"),
        Cerfa74Group.DEPARTMENT: _tr("Department(s)"),
        Cerfa74Group.INTERCOMMUNALITY: _tr("Intercommunality(ies)"),
        Cerfa74Group.MUNICIPALITY: _tr("Municipality(ies)"),
        Cerfa74Group.SOCIAL_BODIES: _tr("Social bodies (CAF, MSA…)"),
        Cerfa74Group.EUROPEAN_FUNDS: _tr("European funds"),
        Cerfa74Group.ASP: _tr("ASP (subsidised jobs)"),
        Cerfa74Group.OTHER_PUBLIC: _tr("Other public bodies"),
        Cerfa74Group.PRIVATE: _tr("Private funds"),
    }


def platform_labels() -> dict[SubmissionPlatform, str]:
    return {
        SubmissionPlatform.COMPTE_ASSO: "Le Compte Asso",
        SubmissionPlatform.DAUPHIN: "Dauphin",
        SubmissionPlatform.DEMARCHES_SIMPLIFIEES: "Démarches simplifiées",
        SubmissionPlatform.OWN_PORTAL: _tr("Funder's own portal"),
        SubmissionPlatform.EMAIL: _tr("E-mail"),
        SubmissionPlatform.PAPER: _tr("Paper"),
    }


def interaction_kind_labels() -> dict[InteractionKind, str]:
    return {
        InteractionKind.MEETING: _tr("Meeting"),
        InteractionKind.CALL: _tr("Phone call"),
        InteractionKind.EMAIL: _tr("E-mail"),
        InteractionKind.VISIT: _tr("Visit"),
        InteractionKind.COMMITTEE: _tr("Committee"),
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
        "funder": _tr("Funder"),
        "name": _tr("Full name"),
        "first_name": _tr("First name"),
        "last_name": _tr("Last name"),
        "role": _tr("Role"),
        "service": _tr("Service"),
        "phone": _tr("Phone"),
        "email": _tr("E-mail"),
        "topics": _tr("Topics"),
        "notes": _tr("Notes"),
        "active": _tr("In post"),
        "left_on": _tr("Left on"),
    }
