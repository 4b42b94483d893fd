"""The kind (and level) of a funder guessed from its name alone, for funders created by an import.

An Aides-territoires file or a contacts spreadsheet names organisations ("DDETS de l'Hérault",
"Caisse d'allocations familiales de la Gironde", "Montpellier Méditerranée Métropole") but never says
what they are. The guess reads the folded words of the name (accents, case and apostrophes do not
matter) and looks for whole words or runs of words, so that "CAF" is found in "CAF de l'Hérault" but
never in "Café solidaire". The first rule that matches wins; rules go from the most specific
("CCAS de Montpellier", "Communauté de communes…") to the most general ("Commune de…"). Anything
unrecognized is OTHER ("Pays de…" is deliberately not a rule: "Pays de Lunel" is an intercommunality,
"Pays de la Loire" a region): the user corrects the kind in the funder's editor, and the import never
overwrites a funder that already exists.
"""

from __future__ import annotations

from typing import Final

from coopdesk.domain.enums import FunderKind, FunderLevel
from coopdesk.domain.funders import default_level
from coopdesk.domain.text_search import fold

K = FunderKind

# (kind, phrases): each phrase is folded words that must appear as a run of whole words in the name.
_RULES: Final[tuple[tuple[FunderKind, tuple[str, ...]], ...]] = (
    # A CCAS (or CIAS) is an établissement public of its own, before any "commune" rule.
    (K.CCAS, ("ccas", "cias", "centre communal d action sociale", "centre intercommunal d action sociale")),
    (K.CAF, ("caf", "caisse d allocations familiales", "caisse des allocations familiales")),
    (K.MSA, ("msa", "mutualite sociale agricole")),
    (K.FOUNDATION, ("fondation", "fonds de dotation")),
    (K.EUROPEAN_FUND, (
        "union europeenne", "commission europeenne", "fonds europeen", "fonds europeens",
        "fonds social europeen", "fse", "feder", "feader", "feamp", "feampa", "leader", "interreg",
        "erasmus", "europe",
    )),
    # State services: decentralized directorates, prefectures, ministries, national agencies.
    (K.STATE_SERVICE, (
        "dreets", "ddets", "ddetspp", "ddpp", "ddcs", "ddcspp", "draaf", "daaf", "dreal", "drac", "ddt",
        "ddtm", "drajes", "sdjes", "direccte", "dieccte", "sgar", "ars", "anct", "ademe", "agence",
        "prefecture", "prefet", "sous prefecture", "ministere", "etat", "direction regionale",
        "direction departementale", "secretariat d etat", "haut commissariat",
    )),
    (K.INTERCOMMUNALITY, (
        "metropole", "communaute de communes", "communaute d agglomeration", "communaute urbaine",
        "agglomeration", "agglo", "epci", "intercommunalite", "petr", "pole d equilibre",
        "etablissement public territorial",
    )),
    (K.REGION, ("region", "conseil regional", "collectivite de corse")),
    (K.DEPARTMENT, (
        "departement", "conseil departemental", "conseil general", "collectivite europeenne d alsace",
    )),
    (K.MUNICIPALITY, ("commune", "ville de", "ville d", "mairie", "municipalite")),
    (K.COMPANY, ("entreprise", "sarl", "sas", "sasu", "eurl")),
)  # fmt: skip

# Words that tell the level of a State service (the default level of STATE_SERVICE is departmental).
_REGIONAL_STATE: Final = (
    "dreets", "draaf", "daaf", "dreal", "drac", "drajes", "sgar", "ars", "direction regionale",
    "prefecture de region", "prefecture de la region", "prefet de region", "prefet de la region",
)  # fmt: skip
_NATIONAL_STATE: Final = (
    "ministere",
    "secretariat d etat",
    "haut commissariat",
    "anct",
    "ademe",
    "agence nationale",
)
_NATIONAL_EUROPEAN: Final = ("union europeenne", "commission europeenne")


def _has_phrase(words: list[str], phrase: str) -> bool:
    wanted = phrase.split()
    size = len(wanted)
    return any(words[start : start + size] == wanted for start in range(len(words) - size + 1))


def _any_phrase(words: list[str], phrases: tuple[str, ...]) -> bool:
    return any(_has_phrase(words, phrase) for phrase in phrases)


def guess_funder_kind(name: str) -> FunderKind:
    """The kind a funder of this name most likely is; OTHER when the name says nothing.

    >>> guess_funder_kind("Conseil départemental de l'Hérault")
    <FunderKind.DEPARTMENT: 'department'>
    """
    words = fold(name).split()
    for kind, phrases in _RULES:
        if _any_phrase(words, phrases):
            return kind
    return FunderKind.OTHER


def guess_funder_level(name: str, kind: FunderKind) -> FunderLevel:
    """The level of a funder of this kind and name: the kind's default level, unless the name says
    otherwise ("DREETS Occitanie" is regional, "Ministère des Solidarités" national)."""
    words = fold(name).split()
    if kind is FunderKind.STATE_SERVICE:
        if _any_phrase(words, _NATIONAL_STATE):
            return FunderLevel.NATIONAL
        if _any_phrase(words, _REGIONAL_STATE):
            return FunderLevel.REGIONAL
    return default_level(kind)
