"""Demonstration data: a believable, entirely invented food-aid association and its grant desk.

Used by `coopdesk demo`, by the first-start choice "Explorer avec des données de démonstration", by the
screenshots and by the benchmarks. Everything is generated from `random.Random(seed)` and dated relative
to `today`, so that deadlines are always upcoming or overdue in a believable way and two fills with the
same seed and day write the same data.

The geography is fictional (Saint-Aubin-sur-Lez, the département of Lez-et-Garrigues, the région
Garrigues-Méditerranée); the kinds of funders are real (DREETS, DDETS, CAF…), the people are invented,
and every web address and e-mail is a sub-domain of `DEMO_DOMAIN`.
"""

from __future__ import annotations

import calendar
import datetime as dt
import hashlib
import random
import re
from collections.abc import Sequence
from dataclasses import dataclass, field, replace

from sqlalchemy.orm import Session

from coopdesk.domain.enums import (
    ApplicationStatus,
    BudgetSection,
    DocumentType,
    FunderKind,
    FunderLevel,
    FundingType,
    InteractionKind,
    InvestmentLineKind,
    Recurrence,
    RequestObject,
    SubmissionPlatform,
    TextCategory,
    TimeActivity,
)
from coopdesk.domain.errors import DatabaseNotEmpty
from coopdesk.domain.history import HistoryAction, HistoryEntity, PastChange
from coopdesk.domain.rows import DemoSummary
from coopdesk.domain.text_search import fold
from coopdesk.reports.demo_documents import demo_pdf
from coopdesk.storage.database import Database
from coopdesk.storage.repositories import (
    application_repository,
    call_repository,
    contact_repository,
    dashboard_repository,
    funder_repository,
    history_repository,
)
from coopdesk.storage.tables import (
    Application,
    ApplicationSection,
    ApplicationYear,
    Association,
    Blob,
    BudgetLine,
    Call,
    Contact,
    ContactTopic,
    Document,
    Funder,
    Interaction,
    InvestmentLine,
    Payment,
    Project,
    RequiredPiece,
    StatusChange,
    TextBlock,
    TextBlockVersion,
    TimeEntry,
    Volunteer,
)

S = ApplicationStatus
DAY = dt.timedelta(days=1)
FISCAL_YEAR_END = (12, 31)
REPORT_DELAY_MONTHS = 6
APPLICATION_TIME_ENTRIES_PER_COPY = 270
RESEARCH_TIME_ENTRIES_PER_COPY = 30
DEMO_DOMAIN = "exemple.fr"  # every invented web address and e-mail lives under it

# --- Small pure helpers ------------------------------------------------------------------------------


def normalized_name(name: str) -> str:
    """The same folding as every funder saved by hand, so that imports match demo funders too."""
    return fold(name)


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", normalized_name(text)).strip("-")


def _luhn_check_digit(digits: str) -> str:
    """The digit to append to `digits` so that the whole number passes the Luhn check."""
    total = 0
    for index, char in enumerate(reversed(digits)):
        value = int(char)
        if index % 2 == 0:  # doubled once the check digit is appended on the right
            value *= 2
            if value > 9:
                value -= 9
        total += value
    return str((10 - total % 10) % 10)


def _siret(siren_stem: str, nic_stem: str) -> str:
    """A SIRET from 8 SIREN digits and 4 NIC digits: both check digits computed (Luhn)."""
    siren = siren_stem + _luhn_check_digit(siren_stem)
    body = siren + nic_stem
    return body + _luhn_check_digit(body)


def _french_iban(bank: str, branch: str, account: str) -> str:
    """A French IBAN (27 characters) with a correct RIB key and ISO 13616 mod-97 check digits."""
    rib_key = 97 - (89 * int(bank) + 15 * int(branch) + 3 * int(account)) % 97
    bban = f"{bank}{branch}{account}{rib_key:02d}"
    check = 98 - int(bban + "152700") % 97  # F = 15, R = 27, then "00"
    return f"FR{check:02d}{bban}"


def _add_months(day: dt.date, months: int) -> dt.date:
    index = day.year * 12 + day.month - 1 + months
    year, month0 = divmod(index, 12)
    last = calendar.monthrange(year, month0 + 1)[1]
    return dt.date(year, month0 + 1, min(day.day, last))


def _calendar_year(year: int) -> tuple[dt.date, dt.date]:
    return dt.date(year, 1, 1), dt.date(year, 12, 31)


def _first_of_month(day: dt.date) -> dt.date:
    return day.replace(day=1)


def _twelve_months_from(start: dt.date, months: int = 12) -> tuple[dt.date, dt.date]:
    return start, _add_months(start, months) - DAY


def _report_due(period_end: dt.date) -> dt.date:
    """Six months after the end of the fiscal year (31/12) holding the end of the funded period."""
    month, day = FISCAL_YEAR_END
    year_end = dt.date(period_end.year, month, day)
    if year_end < period_end:
        year_end = dt.date(period_end.year + 1, month, day)
    return _add_months(year_end + DAY, REPORT_DELAY_MONTHS) - DAY


def _french_date(day: dt.date) -> str:
    return f"{day.day:02d}/{day.month:02d}/{day.year}"


def _at(day: dt.date, hour: int, minute: int = 0) -> dt.datetime:
    return dt.datetime.combine(day, dt.time(hour, minute), tzinfo=dt.UTC)


def _euros(amount: int) -> str:
    """12000 -> "12 000 €" (for texts inside the demo PDFs and notes only)."""
    return f"{amount:,} €".replace(",", " ")


# --- The fictional territory ----------------------------------------------------------------------------


@dataclass(frozen=True)
class _Territory:
    region: str
    region_city: str
    department: str
    department_city: str
    agglomeration: str
    town: str
    postal_prefix: str
    suffix: str  # "" for the main territory, "-7" for copy 7 (web addresses and e-mails)

    def fill(self, template: str) -> str:
        return template.format(
            region=self.region,
            region_city=self.region_city,
            dept=self.department,
            dept_city=self.department_city,
            agglo=self.agglomeration,
            town=self.town,
            cp=self.postal_prefix,
        )


MAIN_TERRITORY = _Territory(
    region="Garrigues-Méditerranée",
    region_city="Castelnau-de-Garrigue",
    department="Lez-et-Garrigues",
    department_city="Villefranche-sur-Lez",
    agglomeration="Lez-Garrigues Agglomération",
    town="Saint-Aubin-sur-Lez",
    postal_prefix="34",
    suffix="",
)

# Copies (scale > 1) get other invented places, built from these pieces.
_TOWN_STEMS = (
    "Saint-Martin", "Castelmaure", "Villeneuve", "Montferrier", "Puech", "Sainte-Croix", "Cazevieille",
    "Le Bousquet", "Saint-Jean", "Mas-Rouge", "Fontanès", "La Roque", "Saint-Privat", "Combelongue",
    "Les Aires", "Saint-Clément", "Valmagne", "Pégairolles", "Roquefixade", "Saint-Géniès",
)  # fmt: skip
_TOWN_SUFFIXES = (
    "-de-Garrigue", "-sur-Lez", "-les-Vignes", "-le-Vieux", "-du-Causse", "-des-Pins", "-la-Plaine",
    "-sur-Vène", "-en-Cévenne", "-le-Haut", "-les-Salins", "-de-Lauze",
)  # fmt: skip
_REGIONS = ("Causses-et-Littoral", "Haut-Languedoc-Sud", "Plaines-d'Orb", "Cévennes-et-Mer")
_DEPARTMENTS = ("Vène-et-Causses", "Haute-Lauze", "Orb-Littoral", "Mosson-et-Salins", "Val-d'Hérisson")


def _territory(copy: int) -> _Territory:
    if copy == 0:
        return MAIN_TERRITORY
    stem = _TOWN_STEMS[copy % len(_TOWN_STEMS)]
    suffix = _TOWN_SUFFIXES[(copy // len(_TOWN_STEMS)) % len(_TOWN_SUFFIXES)]
    round_ = copy // (len(_TOWN_STEMS) * len(_TOWN_SUFFIXES))
    town = stem + suffix + (f" {round_ + 1}" if round_ else "")
    department = _DEPARTMENTS[copy % len(_DEPARTMENTS)]
    return _Territory(
        region=_REGIONS[copy % len(_REGIONS)],
        region_city=_TOWN_STEMS[(copy + 7) % len(_TOWN_STEMS)] + "-de-Garrigue",
        department=department,
        department_city=_TOWN_STEMS[(copy + 3) % len(_TOWN_STEMS)] + "-sur-Vène",
        agglomeration=f"Communauté de communes du Pays de {town}",
        town=town,
        postal_prefix="34",
        suffix=f"-{copy}",
    )


# --- People ---------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class _VolunteerSpec:
    name: str
    role: str
    active: bool = True


VOLUNTEERS = (
    _VolunteerSpec("Camille Roussel", "Présidente"),
    _VolunteerSpec("Jean-Marc Delpech", "Trésorier"),
    _VolunteerSpec("Nadia Benali", "Secrétaire"),
    _VolunteerSpec("Sophie Marchetti", "Responsable des dossiers de financement"),
    _VolunteerSpec("Yanis Morel", "Référent logistique et chaîne du froid"),
    _VolunteerSpec("Hélène Vidal", "Bénévole – rédaction et ateliers"),
    _VolunteerSpec("Gérard Pons", "Ancien trésorier", active=False),
    _VolunteerSpec("Léa Fournier", "Bénévole – accueil", active=False),
)
PRESIDENT, TREASURER, SECRETARY, GRANTS, LOGISTICS, WRITER, FORMER_TREASURER = range(7)
TEXT_AUTHORS = (PRESIDENT, GRANTS, WRITER, SECRETARY)

_FEMALE_FIRST_NAMES = (
    "Claire", "Mathilde", "Sandrine", "Élodie", "Fatima", "Anaïs", "Céline", "Amélie", "Valérie", "Isabelle",
    "Aurélie", "Chloé", "Patricia", "Samia", "Pauline", "Delphine", "Maud", "Agnès", "Ludivine", "Karima",
)  # fmt: skip
_MALE_FIRST_NAMES = (
    "Julien", "Karim", "Thomas", "Olivier", "Pierre", "Laurent", "Nicolas", "Rachid", "Sébastien", "Mehdi",
    "François", "Vincent", "Hugo", "Didier", "Antoine", "Fabien", "Cédric", "Damien", "Stéphane", "Loïc",
)  # fmt: skip
_LAST_NAMES = (
    "Castan", "Fabre", "Mercier", "Bonnet", "Girard", "Lambert", "Fontaine", "Chevalier", "Masson", "Sanchez",
    "Blanc", "Guérin", "Boyer", "Gauthier", "Perrin", "Rey", "Aubert", "Brun", "Barbier", "Arnaud", "Dumas",
    "Caron", "Marty", "Bousquet", "Teissier", "Cabanel", "Granier", "Salles", "Maurel", "Azaïs",
)  # fmt: skip

TOPICS = (
    "aide alimentaire", "précarité", "PAT", "insertion", "lutte contre le gaspillage",
    "politique de la ville", "investissement", "bénévolat", "FSE+", "épiceries solidaires", "mobilité",
)  # fmt: skip

# --- Funders and their contacts -------------------------------------------------------------------------


@dataclass(frozen=True)
class _ContactSlot:
    role: str
    service: str
    topics: tuple[str, ...]
    female: bool
    active: bool = True


@dataclass(frozen=True)
class _FunderSpec:
    key: str
    name: str
    kind: FunderKind
    level: FunderLevel
    service: str
    street: str
    postal_code: str
    city: str
    domain: str
    platform: SubmissionPlatform | None
    notes: str
    contacts: tuple[_ContactSlot, ...]
    phone_prefix: str = "04 67"


def _c(
    role: str, service: str, topics: tuple[str, ...], *, female: bool, active: bool = True
) -> _ContactSlot:
    return _ContactSlot(role, service, topics, female, active)


FUNDERS = (
    _FunderSpec(
        "dreets", "DREETS {region}", FunderKind.STATE_SERVICE, FunderLevel.REGIONAL,
        "Pôle solidarités – insertion – aide alimentaire", "5 boulevard de la Préfecture", "{cp}100",
        "{region_city}", "dreets", SubmissionPlatform.COMPTE_ASSO,
        "Instruit les appels à projets régionaux « aide alimentaire ». Dépôt sur Le Compte Asso avec le "
        "code de subvention indiqué dans l'avis d'appel.",
        (
            _c("Chargée de mission aide alimentaire", "Pôle solidarités", ("aide alimentaire", "précarité"),
               female=True),
            _c("Responsable du pôle solidarités", "Pôle solidarités", ("précarité", "insertion", "FSE+"),
               female=False),
            _c("Chargé de mission aide alimentaire", "Pôle solidarités", ("aide alimentaire",), female=False,
               active=False),
        ),
    ),
    _FunderSpec(
        "ddets", "DDETS de {dept}", FunderKind.STATE_SERVICE, FunderLevel.DEPARTMENTAL,
        "Service cohésion sociale – aide alimentaire", "2 rue de la République", "{cp}210", "{dept_city}",
        "ddets", SubmissionPlatform.COMPTE_ASSO,
        "Interlocuteur principal pour l'habilitation et les crédits d'aide alimentaire. Rencontre de suivi "
        "au printemps, bilan en novembre.",
        (
            _c("Inspectrice de l'action sanitaire et sociale", "Service cohésion sociale",
               ("aide alimentaire", "épiceries solidaires"), female=True),
            _c("Assistante administrative", "Service cohésion sociale", ("aide alimentaire",), female=True),
            _c("Référent aide alimentaire", "Service cohésion sociale", ("aide alimentaire", "précarité"),
               female=False, active=False),
        ),
    ),
    _FunderSpec(
        "draaf", "DRAAF {region}", FunderKind.STATE_SERVICE, FunderLevel.REGIONAL,
        "Service régional de l'alimentation – pôle offre alimentaire", "14 avenue des Semences", "{cp}130",
        "{region_city}", "draaf", SubmissionPlatform.DEMARCHES_SIMPLIFIEES,
        "Finance les projets alimentaires territoriaux (PAT) et l'accès de tous à une alimentation de "
        "qualité. Appels à projets sur Démarches simplifiées.",
        (
            _c("Chargé de mission alimentation – PAT", "Pôle offre alimentaire",
               ("PAT", "lutte contre le gaspillage"), female=False),
            _c("Chargée de mission justice alimentaire", "Pôle offre alimentaire",
               ("PAT", "aide alimentaire"),
               female=True),
        ),
    ),
    _FunderSpec(
        "prefecture", "Préfecture de {dept}", FunderKind.STATE_SERVICE, FunderLevel.DEPARTMENTAL,
        "Délégation du préfet – politique de la ville", "1 place de la Préfecture", "{cp}200", "{dept_city}",
        "prefecture", SubmissionPlatform.DAUPHIN,
        "Crédits politique de la ville (contrat de ville) : dépôt sur Dauphin, instruction conjointe avec "
        "l'agglomération.",
        (
            _c("Déléguée du préfet", "Politique de la ville", ("politique de la ville", "insertion"),
               female=True),
            _c("Chef de projet contrat de ville", "Politique de la ville", ("politique de la ville",),
               female=False, active=False),
        ),
    ),
    _FunderSpec(
        "region", "Région {region}", FunderKind.REGION, FunderLevel.REGIONAL,
        "Direction des solidarités et de l'égalité", "20 esplanade de l'Europe", "{cp}102", "{region_city}",
        "region", SubmissionPlatform.OWN_PORTAL,
        "Portail des aides régional. N'aide les associations d'aide alimentaire qu'en investissement, "
        "taux maximum 50 %.",
        (
            _c("Chargée de mission économie sociale et solidaire", "Direction des solidarités",
               ("investissement", "lutte contre le gaspillage"), female=True),
            _c("Instructeur des subventions solidarité", "Direction des solidarités",
               ("investissement", "précarité"), female=False),
        ),
    ),
    _FunderSpec(
        "department", "Département de {dept}", FunderKind.DEPARTMENT, FunderLevel.DEPARTMENTAL,
        "Direction de l'action sociale et de l'insertion", "Hôtel du Département, 3 cours Gambetta",
        "{cp}220",
        "{dept_city}", "departement", SubmissionPlatform.OWN_PORTAL,
        "Subvention de fonctionnement annuelle, campagne d'octobre à décembre. Le compte rendu de l'année "
        "précédente est exigé avant tout nouveau versement.",
        (
            _c("Responsable du service insertion", "Direction de l'insertion", ("insertion", "précarité"),
               female=False),
            _c("Travailleuse sociale référente", "Maison départementale des solidarités",
               ("précarité", "aide alimentaire"), female=True),
            _c("Gestionnaire des subventions", "Direction de l'action sociale", ("aide alimentaire",),
               female=True),
        ),
    ),
    _FunderSpec(
        "agglomeration", "{agglo}", FunderKind.INTERCOMMUNALITY, FunderLevel.LOCAL,
        "Direction de la cohésion sociale – projet alimentaire territorial", "9 allée des Platanes",
        "{cp}230",
        "{dept_city}", "agglo", SubmissionPlatform.DEMARCHES_SIMPLIFIEES,
        "Porte le projet alimentaire territorial (PAT). Ses appels à projets sont relayés sur "
        "Aides-territoires.",
        (
            _c("Chef de projet PAT", "Cohésion sociale", ("PAT", "mobilité", "lutte contre le gaspillage"),
               female=False),
            _c("Chargée de mission politique de la ville", "Cohésion sociale", ("politique de la ville",),
               female=True),
        ),
    ),
    _FunderSpec(
        "commune", "Commune de {town}", FunderKind.MUNICIPALITY, FunderLevel.LOCAL,
        "Service vie associative", "Hôtel de ville, place de la Mairie", "{cp}985", "{town}", "mairie",
        SubmissionPlatform.PAPER,
        "Dossier papier à déposer en mairie. Met aussi le local de l'épicerie à disposition (valorisé en "
        "contribution en nature).",
        (
            _c("Adjointe au maire déléguée aux solidarités", "Élus", ("précarité", "bénévolat"), female=True),
            _c("Responsable de la vie associative", "Service vie associative", ("bénévolat",), female=False),
        ),
    ),
    _FunderSpec(
        "ccas", "CCAS de {town}", FunderKind.CCAS, FunderLevel.LOCAL, "Pôle action sociale",
        "4 rue de l'Hôpital", "{cp}985", "{town}", "ccas", SubmissionPlatform.EMAIL,
        "Oriente une grande partie des foyers accueillis. Petite subvention annuelle sur simple courrier.",
        (
            _c("Directrice du CCAS", "Direction", ("précarité", "aide alimentaire"), female=True),
            _c("Conseiller en économie sociale et familiale", "Pôle action sociale",
               ("aide alimentaire", "épiceries solidaires"), female=False),
        ),
    ),
    _FunderSpec(
        "caf", "CAF de {dept}", FunderKind.CAF, FunderLevel.DEPARTMENTAL,
        "Action sociale – animation de la vie sociale", "11 rue des Allocations", "{cp}240", "{dept_city}",
        "caf", SubmissionPlatform.OWN_PORTAL,
        "Finance les ateliers parents-enfants et les actions en direction des familles. Demande sur le "
        "portail partenaires.",
        (
            _c("Conseillère technique action sociale", "Animation de la vie sociale", ("précarité",),
               female=True),
            _c("Conseiller technique parentalité", "Animation de la vie sociale", ("précarité",),
               female=False,
               active=False),
        ),
    ),
    _FunderSpec(
        "msa", "MSA {region}", FunderKind.MSA, FunderLevel.REGIONAL,
        "Action sanitaire et sociale – développement social territorial", "7 chemin des Vendanges", "{cp}140",
        "{region_city}", "msa", SubmissionPlatform.EMAIL,
        "Soutient les projets en milieu rural, en priorité pour les ressortissants du régime agricole.",
        (
            _c("Chargé de développement social territorial", "Action sanitaire et sociale",
               ("précarité", "mobilité"), female=False),
        ),
    ),
    _FunderSpec(
        "fse", "Fonds social européen plus (FSE+) – volet aide alimentaire", FunderKind.EUROPEAN_FUND,
        FunderLevel.EUROPEAN, "Organisme intermédiaire – gestion des crédits FSE+", "30 quai de l'Europe",
        "{cp}110", "{region_city}", "fse", SubmissionPlatform.OWN_PORTAL,
        "Gestion lourde : dépenses justifiées au réel, contrôle de service fait, paiement 12 à 18 mois après "
        "la fin de l'opération. Prévoir la trésorerie.",
        (
            _c("Gestionnaire FSE+", "Service gestion", ("FSE+", "aide alimentaire"), female=True),
            _c("Contrôleur de service fait", "Service contrôle", ("FSE+",), female=False),
        ),
    ),
    _FunderSpec(
        "greniers", "Fondation Les Greniers du Partage", FunderKind.FOUNDATION, FunderLevel.NATIONAL,
        "Programme Alimentation et lien social", "8 impasse des Semailles", "75020", "Paris", "greniers",
        SubmissionPlatform.OWN_PORTAL,
        "Appel à projets annuel, jury en juin. Demande un budget détaillé et deux devis pour tout achat.",
        (_c("Chargée de programme", "Programme Alimentation", ("aide alimentaire", "épiceries solidaires"),
            female=True),),
        phone_prefix="01 43",
    ),
    _FunderSpec(
        "semeurs", "Fondation Semeurs d'Avenir", FunderKind.FOUNDATION, FunderLevel.NATIONAL,
        "Comité des engagements solidaires", "27 rue des Glaneuses", "69007", "Lyon", "semeurs",
        SubmissionPlatform.EMAIL,
        "Comité trimestriel. Finance surtout de l'équipement ; ne motive pas ses refus.",
        (_c("Responsable des partenariats", "Engagements solidaires", ("investissement", "bénévolat"),
            female=False),),
        phone_prefix="04 78",
    ),
    _FunderSpec(
        "company", "Les Vergers de la Garrigue (mécénat)", FunderKind.COMPANY, FunderLevel.LOCAL,
        "Direction de la communication", "Zone artisanale des Cerisiers", "{cp}985", "{town}", "vergers",
        SubmissionPlatform.EMAIL,
        "Coopérative fruitière : mécénat financier et dons de fruits déclassés (reçu fiscal à émettre).",
        (_c("Chargée de communication et mécénat", "Communication", ("lutte contre le gaspillage",),
            female=True),),
    ),
    _FunderSpec(
        "network", "Réseau régional des épiceries solidaires", FunderKind.OTHER, FunderLevel.REGIONAL,
        "Fonds de solidarité du réseau", "16 rue du Marché", "{cp}100", "{region_city}", "reseau-epiceries",
        SubmissionPlatform.EMAIL,
        "Tête de réseau : formations des bénévoles, petit fonds de solidarité, achats mutualisés.",
        (
            _c("Animateur régional", "Animation du réseau", ("épiceries solidaires", "bénévolat"),
               female=False),
            _c("Coordinatrice formation", "Formation", ("bénévolat",), female=True),
        ),
    ),
)  # fmt: skip

FUNDERS_BY_KEY = {spec.key: spec for spec in FUNDERS}

# --- Calls for projects ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class _CallSpec:
    key: str
    funder: str
    title: str  # "{year}": the funded year
    deadline: tuple[int, int] | None  # days from today
    recurrence: Recurrence
    amount: tuple[int, int] | None  # euros
    funding_type: FundingType = FundingType.OPERATING
    rate_max: int | None = None
    multi_year: bool = False
    eligibility: str = ""
    description: str = ""
    imported: bool = False  # as if imported from an Aides-territoires file
    archived: bool = False
    predeposit: bool = False


_ELIGIBLE_FOOD_AID = (
    "Associations habilitées à l'aide alimentaire (habilitation nationale ou régionale) intervenant dans "
    "le département ; épiceries et structures de distribution. Dépenses de fonctionnement éligibles."
)

CALLS = (
    _CallSpec(
        "ddets_food_aid", "ddets", "Appel à projets Aide alimentaire {year}", (10, 25), Recurrence.RECURRING,
        (3_000, 30_000), eligibility=_ELIGIBLE_FOOD_AID,
        description="Soutien au fonctionnement des structures d'aide alimentaire : achats de denrées "
        "complémentaires, logistique, coordination des bénévoles. Priorité aux produits frais et à "
        "l'accompagnement des personnes.",
    ),
    _CallSpec(
        "dreets_sustainable", "dreets", "Appel à projets Alimentation durable et solidaire {year}", (60, 90),
        Recurrence.RECURRING, (10_000, 80_000), multi_year=True,
        eligibility="Associations et groupements d'associations de la région ; projets d'au moins deux ans.",
        description="Améliorer la qualité nutritionnelle de l'aide alimentaire et développer les "
        "approvisionnements locaux. Conventions pluriannuelles possibles (jusqu'à trois ans).",
    ),
    _CallSpec(
        "draaf_local", "draaf", "Appel à projets Alimentation locale et solidaire {year}", (-60, -46),
        Recurrence.RECURRING, (5_000, 50_000), FundingType.BOTH, rate_max=80, predeposit=True,
        eligibility="Associations, collectivités, établissements publics. Projets inscrits dans un PAT.",
        description="Rapprocher les circuits courts de l'aide alimentaire : achats aux producteurs locaux, "
        "ateliers de cuisine, sensibilisation.",
    ),
    _CallSpec(
        "region_investment", "region", "Fonds régional d'investissement solidaire – session {year}", (25, 45),
        Recurrence.RECURRING, (5_000, 40_000), FundingType.INVESTMENT, rate_max=50,
        eligibility="Associations de plus d'un an d'existence ; investissements matériels uniquement, "
        "devis à l'appui.",
        description="Équipement des structures de l'économie sociale et solidaire : véhicules, chambres "
        "froides, mobilier, informatique.",
    ),
    _CallSpec(
        "region_third_places", "region", "Appel à projets Tiers-lieux nourriciers", (90, 120),
        Recurrence.ONEOFF, (20_000, 100_000), FundingType.INVESTMENT, rate_max=60, imported=True,
        eligibility="Collectivités, associations, SCIC. Lieu ouvert au public au moins trois jours par "
        "semaine.",
        description="Créer des lieux mêlant production, transformation, distribution solidaire et "
        "convivialité autour de l'alimentation.",
    ),
    _CallSpec(
        "department_insertion", "department", "Appel à projets Insertion et lutte contre la précarité {year}",
        (-30, -12), Recurrence.RECURRING, (2_000, 20_000),
        eligibility="Associations du département accompagnant des allocataires du RSA ou des personnes en "
        "grande précarité.",
        description="Actions d'accompagnement social et d'accès aux droits, dont l'aide alimentaire "
        "assortie d'un accompagnement.",
    ),
    _CallSpec(
        "agglomeration_pat", "agglomeration", "Appel à projets PAT – actions solidaires {year}", (-14, -6),
        Recurrence.RECURRING, (1_000, 15_000), FundingType.BOTH, imported=True,
        eligibility="Associations dont l'action se déroule sur le territoire de l'agglomération.",
        description="Accès de tous à une alimentation durable : mobilité alimentaire, ateliers, "
        "lutte contre le gaspillage.",
    ),
    _CallSpec(
        "caf_parenting", "caf", "Appel à projets Parentalité et alimentation {year}", (40, 58),
        Recurrence.RECURRING, (1_000, 8_000),
        eligibility="Associations conduisant des actions collectives parents-enfants.",
        description="Ateliers cuisine en famille, éducation au goût, accompagnement budgétaire des familles.",
    ),
    _CallSpec(
        "msa_rural", "msa", "Appel à projets Solidarités en milieu rural {year}", (60, 90),
        Recurrence.RECURRING, (1_000, 6_000),
        eligibility="Projets bénéficiant majoritairement à des habitants de communes rurales.",
    ),
    _CallSpec(
        "fse_inclusion", "fse", "Appel à projets FSE+ Inclusion sociale – aide alimentaire {year}",
        (-60, -50),
        Recurrence.RECURRING, (20_000, 200_000), rate_max=60, multi_year=True,
        eligibility="Opérations d'au moins 20 000 € de dépenses totales ; cofinancement public obligatoire.",
        description="Distribution de denrées assortie de mesures d'accompagnement vers l'inclusion sociale.",
    ),
    _CallSpec(
        "greniers_social", "greniers", "Appel à projets Alimentation et lien social {year}", (30, 55),
        Recurrence.RECURRING, (2_000, 15_000),
        eligibility="Associations d'intérêt général ; budget annuel inférieur à 500 000 €.",
        description="Projets qui font de l'alimentation un support de lien social : repas partagés, "
        "ateliers, épiceries solidaires.",
    ),
    _CallSpec(
        "semeurs_prize", "semeurs", "Prix Initiatives solidaires anti-gaspillage {year}", (100, 120),
        Recurrence.RECURRING, (3_000, 10_000), FundingType.INVESTMENT,
        eligibility="Associations de moins de dix salariés.",
    ),
    _CallSpec(
        "company_fresh", "company", "Mécénat Produits frais pour tous", None, Recurrence.ONGOING,
        (500, 5_000),
        eligibility="Associations d'aide alimentaire situées à moins de 50 km de la coopérative.",
    ),
    _CallSpec(
        "prefecture_city", "prefecture", "Appel à projets Contrat de ville {year}", (-45, -30),
        Recurrence.RECURRING, (1_000, 15_000),
        eligibility="Actions bénéficiant aux habitants des quartiers prioritaires de la politique de la "
        "ville.",
    ),
    _CallSpec(
        "commune_campaign", "commune", "Subventions aux associations {year} – campagne annuelle", (70, 100),
        Recurrence.RECURRING, None,
        eligibility="Associations ayant leur siège ou une activité dans la commune.",
    ),
    _CallSpec(
        "ccas_initiatives", "ccas", "Fonds d'aide aux initiatives solidaires", None, Recurrence.ONGOING,
        (300, 3_000),
    ),
    _CallSpec(
        "department_investment", "department", "Dispositif Investissement associatif", None,
        Recurrence.ONGOING, (1_000, 20_000), FundingType.INVESTMENT, rate_max=40,
        eligibility="Associations du département ; dépôt au moins trois mois avant l'achat.",
    ),
    _CallSpec(
        "ddets_winter", "ddets", "Crédits exceptionnels aux épiceries solidaires – plan hiver", (-60, -40),
        Recurrence.ONEOFF, (2_000, 10_000), archived=True, eligibility=_ELIGIBLE_FOOD_AID,
    ),
    _CallSpec(
        "network_fund", "network", "Fonds de solidarité du réseau – appel {year}", (6, 15),
        Recurrence.RECURRING,
        (500, 4_000), eligibility="Épiceries adhérentes au réseau, à jour de cotisation.",
    ),
    _CallSpec(
        "dreets_mobility", "dreets", "Appel à manifestation d'intérêt Mobilité alimentaire", (45, 80),
        Recurrence.ONEOFF, (10_000, 60_000), FundingType.BOTH, imported=True,
        eligibility="Associations et collectivités ; projets desservant des communes sans commerce "
        "alimentaire.",
        description="Épiceries itinérantes, camions frigorifiques, points de retrait dans les villages.",
    ),
)  # fmt: skip

# --- Projects and their budgets -------------------------------------------------------------------------


@dataclass(frozen=True)
class _ProjectSpec:
    key: str
    title: str
    owner: int
    description: str
    charges: tuple[tuple[str, str, int], ...]  # account, label, euros
    own_products: tuple[tuple[str, str, int], ...]
    in_kind: tuple[tuple[str, str, str, int], ...]  # use account, resource account, label, euros


PROJECTS = (
    _ProjectSpec(
        "grocery",
        "Épicerie solidaire {year}",
        PRESIDENT,
        "Fonctionnement de l'épicerie solidaire : accueil de 250 foyers orientés par les travailleurs "
        "sociaux, trois ouvertures par semaine, accompagnement budgétaire.",
        (
            ("60", "Achats de denrées et de produits d'hygiène", 24_000),
            ("60", "Fournitures et petit équipement", 1_800),
            ("613", "Location de l'entrepôt de stockage", 3_600),
            ("615", "Entretien et maintenance (froid, caisse)", 1_500),
            ("616", "Assurances", 900),
            ("625", "Déplacements (approvisionnement à la banque alimentaire)", 2_400),
            ("641", "Rémunération de la coordinatrice et de l'agent logistique (1,5 ETP)", 38_000),
            ("645", "Charges sociales", 14_500),
        ),
        (
            ("706", "Participation des bénéficiaires (10 à 30 % du prix)", 14_000),
            ("756", "Cotisations des adhérents", 1_200),
        ),
        (
            ("860", "875", "Denrées reçues de la banque alimentaire (valorisation)", 45_000),
            ("861", "871", "Mise à disposition gratuite du local par la commune", 7_200),
            ("864", "870", "Bénévolat : 6 200 heures", 74_400),
        ),
    ),
    _ProjectSpec(
        "truck",
        "Camion itinérant de distribution",
        LOGISTICS,
        "Un camion frigorifique qui dessert chaque semaine les villages sans commerce du territoire.",
        (
            ("60", "Aménagement du camion (étagères, caisses isothermes)", 4_800),
            ("613", "Location du camion frigorifique (12 mois)", 14_400),
            ("616", "Assurance du véhicule", 1_600),
            ("625", "Carburant et péages", 4_200),
            ("641", "Chauffeur-livreur (0,5 ETP)", 12_600),
            ("645", "Charges sociales", 4_800),
        ),
        (("706", "Participation des communes desservies", 6_000),),
        (("864", "870", "Bénévolat : accueil au camion, 1 100 heures", 13_200),),
    ),
    _ProjectSpec(
        "workshops",
        "Ateliers cuisine anti-gaspi",
        WRITER,
        "Deux ateliers par mois pour cuisiner les produits de la ramasse, en famille, avec une "
        "diététicienne.",
        (
            ("60", "Denrées pour les ateliers", 2_400),
            ("60", "Petit électroménager et ustensiles", 1_500),
            ("622", "Intervenante diététicienne (honoraires)", 3_600),
            ("623", "Affiches et flyers", 300),
            ("625", "Déplacements", 400),
        ),
        (("706", "Participation des familles", 300),),
        (("864", "870", "Bénévolat : animation, 240 heures", 2_880),),
    ),
    _ProjectSpec(
        "cold_room",
        "Chambre froide",
        LOGISTICS,
        "Remplacer la chambre froide vétuste par une chambre froide positive de 12 m³ pour accepter plus de "
        "produits frais.",
        (),  # an investment: no operating charges, its plan de financement below
        (),
        (),
    ),
)
# The plans de financement of the investment projects: expenses (label, euros, quote title or None: a
# quote still awaited) and resources other than the investment applications, which come by themselves
# (kind, label, euros, acquired).
_INVESTMENT_EXPENSES = {
    "cold_room": (
        ("Chambre froide positive 12 m³ (fourniture et pose)", 26_000, "Devis Froid Languedoc n° 2291"),
        ("Raccordement électrique et mise en conformité", 3_800, "Devis Élec Services n° 874"),
        ("Bureau d'études froid", 1_200, None),
    ),
    "truck": (
        ("Aménagement frigorifique du camion (caisson isotherme, groupe froid)", 18_000,
         "Devis Carrosserie du Lez n° 5120"),
    ),
}  # fmt: skip
_INVESTMENT_RESOURCES = {
    "cold_room": (
        (InvestmentLineKind.OWN_FUNDS, "Fonds propres de l'association", 6_000, True),
        (InvestmentLineKind.LOAN, "Prêt participatif d'un réseau de financement solidaire", 10_000, False),
    ),
    "truck": ((InvestmentLineKind.OWN_FUNDS, "Fonds propres de l'association", 3_000, True),),
}
# Projects whose budget is left a little unbalanced (charges above produits by this many euros), and the
# project whose granted application shows actual amounts for its compte rendu financier.
_UNBALANCED_BUDGETS = {"truck": 750}
_REPORTED_PROJECT = "grocery"
# The association's own budget for the year of the projects (its 74 lines come from the applications):
# charges and own products of the whole association; the food purchased takes up the difference, so
# that the budget balances as the CERFA asks.
_ASSOCIATION_CHARGES = (
    ("60", "Achats de denrées et de produits d'hygiène", 31_000),
    ("60", "Fournitures, petit équipement et carburant", 9_500),
    ("613", "Loyer de l'entrepôt et location du camion frigorifique", 18_000),
    ("615", "Entretien et réparations (froid, véhicule, caisse)", 5_300),
    ("616", "Assurances (locaux, véhicule, responsabilité civile)", 2_500),
    ("622", "Expert-comptable et intervenante diététicienne", 5_400),
    ("623", "Affiches, flyers et site internet", 600),
    ("625", "Déplacements des bénévoles et approvisionnement", 2_800),
    ("627", "Frais bancaires", 250),
    ("641", "Rémunérations (coordinatrice, agent logistique, chauffeur-livreur : 2 ETP)", 50_600),
    ("645", "Charges sociales", 19_300),
    ("65", "Cotisation au réseau régional des épiceries solidaires", 450),
    ("68", "Dotation aux amortissements (chambre froide, équipements)", 2_000),
)
_ASSOCIATION_PRODUCTS = (
    ("706", "Participation des bénéficiaires aux courses", 16_000),
    ("706", "Participation des communes desservies par le camion", 6_000),
    ("756", "Cotisations des adhérents", 1_500),
    ("758", "Dons manuels et mécénat", 5_000),
    ("76", "Intérêts du livret associatif", 120),
)
_ASSOCIATION_IN_KIND = (
    ("860", "875", "Denrées reçues de la banque alimentaire (valorisation)", 45_000),
    ("861", "871", "Mise à disposition gratuite du local par la commune", 7_200),
    ("864", "870", "Bénévolat : 7 660 heures", 91_920),
)

# --- Applications ---------------------------------------------------------------------------------------


@dataclass(frozen=True)
class _ApplicationSpec:
    key: str
    status: ApplicationStatus
    funder: str
    title: str  # "{year}": the first year of the funded period
    requested: int  # euros
    owner: int
    project: str | None = None
    call: str | None = None
    granted: int | None = None
    funding_type: FundingType = FundingType.OPERATING
    years: int = 1  # > 1: a multi-year grant, with one ApplicationYear per year
    refusal_reason: str | None = None
    previous: str | None = None
    overdue: bool = False
    instalments: int = 1
    refund: int = 0  # euros paid back to the funder after the compte rendu (a « reversement »)
    age: tuple[int, int] | None = None  # days since submission, for refused ones
    via_refusal: bool = False  # closed after a refusal
    report_overdue: bool = False
    review_step: bool = False
    letter_of_intent: bool = False
    notes: str = ""


APPLICATIONS = (
    _ApplicationSpec(
        "idea_workshops", S.IDEA, "greniers",
        "Ateliers cuisine anti-gaspi – Alimentation et lien social {year}",
        2_000, WRITER, "workshops", "greniers_social",
        notes="Vérifier si les ateliers en famille sont éligibles.",
    ),
    _ApplicationSpec(
        "idea_truck", S.IDEA, "commune", "Camion itinérant – participation de la commune", 5_000, LOGISTICS,
        "truck", overdue=True, notes="Date limite du conseil municipal dépassée : demander une dérogation ?",
    ),
    _ApplicationSpec(
        "drafting_grocery", S.DRAFTING, "ddets", "Aide alimentaire {year} – fonctionnement de l'épicerie",
        20_000, GRANTS, None, "ddets_food_aid", previous="paid_ddets",
    ),
    _ApplicationSpec(
        "drafting_cold_room", S.DRAFTING, "region", "Chambre froide – Fonds régional d'investissement",
        15_000,
        LOGISTICS, "cold_room", "region_investment", funding_type=FundingType.INVESTMENT,
        notes="Deux devis demandés, un seul reçu.",
    ),
    _ApplicationSpec(
        "drafting_workshops", S.DRAFTING, "caf", "Ateliers cuisine en famille {year}", 2_500, WRITER,
        "workshops", "caf_parenting",
    ),
    _ApplicationSpec(
        "submitted_grocery", S.SUBMITTED, "department",
        "Insertion et lutte contre la précarité {year} – épicerie",
        12_000, GRANTS, "grocery", "department_insertion", previous="report_due_department",
    ),
    _ApplicationSpec(
        "submitted_truck", S.SUBMITTED, "agglomeration", "PAT – camion itinérant de distribution", 10_000,
        LOGISTICS, "truck", "agglomeration_pat", funding_type=FundingType.BOTH,
    ),
    _ApplicationSpec(
        "review_workshops", S.UNDER_REVIEW, "draaf", "Alimentation locale et solidaire {year} – ateliers",
        3_000,
        WRITER, "workshops", "draaf_local", letter_of_intent=True,
    ),
    _ApplicationSpec(
        "review_grocery", S.UNDER_REVIEW, "fse", "FSE+ – épicerie solidaire et accompagnement budgétaire",
        25_000, GRANTS, "grocery", "fse_inclusion", letter_of_intent=True,
        notes="Trésorerie : le versement n'interviendra qu'après le contrôle de service fait.",
    ),
    _ApplicationSpec(
        "granted_grocery", S.GRANTED, "commune", "Convention pluriannuelle d'objectifs {year} – épicerie",
        24_000,
        PRESIDENT, "grocery", granted=24_000, years=3, previous="closed_commune",
        notes="Convention pluriannuelle d'objectifs : 8 000 € par an pendant trois ans.",
    ),
    _ApplicationSpec(
        "partial_truck", S.PARTIALLY_GRANTED, "region", "Camion itinérant – aménagement frigorifique", 25_000,
        LOGISTICS, "truck", granted=15_000, funding_type=FundingType.INVESTMENT, review_step=True,
        notes="Seul l'aménagement du camion est éligible (investissement) ; la location reste à financer.",
    ),
    _ApplicationSpec(
        "refused_cold_room", S.REFUSED, "semeurs", "Chambre froide – Prix Initiatives solidaires", 10_000,
        LOGISTICS, "cold_room", "semeurs_prize", funding_type=FundingType.INVESTMENT, refusal_reason="",
        age=(130, 200),
    ),
    _ApplicationSpec(
        "refused_msa", S.REFUSED, "msa", "Solidarités en milieu rural {year} – livraisons dans les villages",
        5_000, GRANTS, call="msa_rural", age=(380, 520), review_step=True,
        refusal_reason="Le projet ne cible pas en priorité les ressortissants du régime agricole.",
    ),
    _ApplicationSpec(
        "refused_company", S.REFUSED, "company", "Chambre froide – mécénat", 8_000, PRESIDENT, "cold_room",
        "company_fresh", funding_type=FundingType.INVESTMENT, refusal_reason="", age=(125, 180),
    ),
    _ApplicationSpec(
        "refused_city", S.REFUSED, "prefecture",
        "Contrat de ville {year} – accès à l'alimentation au quartier",
        6_000, SECRETARY, call="prefecture_city", age=(560, 700), review_step=True,
        refusal_reason="Enveloppe du contrat de ville entièrement engagée ; projet jugé recevable, à "
        "représenter l'an prochain.",
    ),
    _ApplicationSpec(
        "withdrawn_dreets", S.WITHDRAWN, "dreets", "Alimentation durable et solidaire {year}", 15_000, GRANTS,
        call="dreets_sustainable",
        notes="Abandonné : un cofinancement FSE+ était exigé et n'était pas acquis.",
    ),
    _ApplicationSpec(
        "paid_ddets", S.PAID, "ddets", "Aide alimentaire {year} – fonctionnement de l'épicerie", 18_000,
        GRANTS,
        call="ddets_food_aid", granted=18_000, instalments=2, previous="filed_ddets",
    ),
    _ApplicationSpec(
        "paid_ccas", S.PAID, "ccas", "Subvention annuelle du CCAS {year}", 3_000, TREASURER, granted=3_000,
    ),
    _ApplicationSpec(
        "report_due_department", S.REPORT_DUE, "department", "Fonctionnement de l'épicerie {year}", 10_000,
        GRANTS, granted=10_000, instalments=2,
    ),
    _ApplicationSpec(
        "report_due_greniers", S.REPORT_DUE, "greniers",
        "Alimentation et lien social {year} – café solidaire",
        5_000, WRITER, call="greniers_social", granted=4_000, report_overdue=True,
    ),
    _ApplicationSpec(
        "filed_caf", S.REPORT_FILED, "caf", "Ateliers parents-enfants {year}", 4_000, WRITER, granted=4_000,
    ),
    _ApplicationSpec(
        "filed_ddets", S.REPORT_FILED, "ddets", "Aide alimentaire {year} – fonctionnement de l'épicerie",
        16_000, GRANTS, call="ddets_food_aid", granted=16_000, instalments=2, previous="closed_ddets",
    ),
    _ApplicationSpec(
        "closed_commune", S.CLOSED, "commune", "Subvention de fonctionnement {year}", 7_000, PRESIDENT,
        granted=7_000, refund=600,
        notes="Compte rendu : 600 € non consommés (atelier annulé), reversés à la commune.",
    ),
    _ApplicationSpec(
        "closed_ddets", S.CLOSED, "ddets", "Aide alimentaire {year} – épicerie solidaire", 15_000,
        FORMER_TREASURER, granted=12_000, instalments=2, review_step=True,
    ),
    _ApplicationSpec(
        "closed_network", S.CLOSED, "network", "Fonds de solidarité du réseau {year}", 3_000,
        FORMER_TREASURER,
        via_refusal=True, refusal_reason="", age=(760, 900),
    ),
)  # fmt: skip

# --- Text library ---------------------------------------------------------------------------------------


@dataclass(frozen=True)
class _TextSpec:
    key: str
    title: str
    category: TextCategory
    tags: str
    paragraphs: tuple[str, ...]
    extras: tuple[str, ...]  # version k adds extras[: k - 1]
    versions: int
    recent: bool  # last reviewed in the last months (else more than a year ago)


TEXTS = (
    _TextSpec(
        "presentation", "Présentation de l'association", TextCategory.PRESENTATION,
        "présentation,dossier permanent",
        (
            "Le Panier du Lez est une association loi 1901 créée en 2012 à Saint-Aubin-sur-Lez. Elle gère "
            "une épicerie solidaire ouverte trois demi-journées par semaine, où des foyers orientés par les "
            "travailleurs sociaux du territoire choisissent eux-mêmes leurs produits et les paient entre 10 "
            "et 30 % de leur prix habituel.",
            "En {year}, l'épicerie a accueilli {households} foyers, soit environ {people} personnes, et "
            "distribué {tonnes} tonnes de denrées, dont {fresh} % de fruits, légumes et produits frais issus "
            "de la ramasse auprès des commerces et des producteurs locaux.",
            "L'association s'appuie sur {volunteers} bénévoles réguliers et deux salariés (1,5 ETP). Elle "
            "est habilitée à l'aide alimentaire et adhère au réseau régional des épiceries solidaires.",
        ),
        (
            "Au-delà de l'aide alimentaire, l'épicerie est un lieu d'accueil et d'écoute : café solidaire, "
            "permanences d'accès aux droits et ateliers de cuisine y sont proposés chaque mois.",
            "Un partenariat avec les maraîchers de la plaine permet de récupérer chaque semaine des invendus "
            "de qualité et de les proposer à petit prix.",
            "Pour atteindre les habitants des villages éloignés, l'association prépare la mise en service "
            "d'un camion itinérant de distribution.",
        ),
        4, True,
    ),
    _TextSpec(
        "presentation_short", "Présentation courte (moins de 500 caractères)", TextCategory.PRESENTATION,
        "présentation,résumé",
        (
            "Épicerie solidaire associative de Saint-Aubin-sur-Lez : {households} foyers accueillis en "
            "{year}, {tonnes} tonnes de denrées distribuées, {volunteers} bénévoles. Accès digne à une "
            "alimentation de qualité, lutte contre le gaspillage, lien social et accompagnement vers "
            "l'autonomie.",
        ),
        ("Membre du réseau régional des épiceries solidaires.",),
        2, True,
    ),
    _TextSpec(
        "objectives", "Objectifs du projet d'épicerie solidaire", TextCategory.OBJECTIVES,
        "objectifs,épicerie",
        (
            "Objectif général : permettre aux foyers en situation de précarité du bassin de vie d'accéder, "
            "dans la dignité et le libre choix, à une alimentation variée et de qualité.",
            "Objectifs opérationnels :\n– maintenir l'ouverture de l'épicerie trois demi-journées par "
            "semaine et accueillir au moins {households} foyers ;\n– porter la part des produits frais à "
            "{fresh} % des volumes distribués ;\n– proposer un accompagnement budgétaire à chaque foyer "
            "pendant sa période d'accès.",
        ),
        (
            "Objectif de lien social : faire de l'épicerie un lieu de rencontre, où les personnes "
            "accueillies qui le souhaitent deviennent à leur tour bénévoles.",
            "Objectif environnemental : réduire le gaspillage alimentaire en valorisant les invendus des "
            "commerces partenaires.",
        ),
        3, False,
    ),
    _TextSpec(
        "audience", "Public accueilli et orientation", TextCategory.AUDIENCE, "public,orientation",
        (
            "L'épicerie s'adresse aux foyers dont le reste à vivre par jour et par personne est inférieur à "
            "10 € une fois les charges fixes payées. Les personnes sont orientées par le CCAS, les "
            "assistantes sociales du Département, la CAF ou les associations partenaires, qui instruisent la "
            "demande avec elles.",
            "En {year}, les foyers accueillis étaient pour 41 % des familles monoparentales, pour 27 % des "
            "personnes seules, pour 18 % des couples avec enfants et pour 14 % des retraités. Un tiers des "
            "personnes accueillies ont un emploi, souvent à temps partiel.",
        ),
        (
            "L'accès est ouvert pour six mois, renouvelable une fois après un point avec la référente "
            "sociale : l'épicerie reste une aide de transition vers l'autonomie.",
        ),
        2, True,
    ),
    _TextSpec(
        "territory", "Territoire d'intervention", TextCategory.TERRITORY, "territoire,diagnostic",
        (
            "L'association intervient à Saint-Aubin-sur-Lez et dans les onze communes rurales de "
            "Lez-Garrigues Agglomération, soit un bassin d'environ 38 000 habitants. Le taux de pauvreté y "
            "atteint 19 %, nettement au-dessus de la moyenne départementale, et deux quartiers sont classés "
            "prioritaires de la politique de la ville.",
            "Les villages de l'est du territoire ne sont desservis par aucune ligne de bus régulière : pour "
            "les foyers sans voiture, faire ses courses à prix réduit demande souvent une demi-journée de "
            "trajet.",
        ),
        (),
        1, False,
    ),
    _TextSpec(
        "team", "Moyens humains : salariés et bénévoles", TextCategory.HUMAN_RESOURCES, "bénévolat,équipe",
        (
            "L'équipe salariée compte une coordinatrice à temps plein, chargée de l'accueil, de "
            "l'accompagnement des foyers et de la coordination des bénévoles, et un agent logistique à "
            "mi-temps (approvisionnement, chaîne du froid, ramasse).",
            "{volunteers} bénévoles réguliers tiennent la caisse, mettent en rayon, assurent la ramasse et "
            "animent les ateliers, soit environ {hours} heures de bénévolat en {year}, valorisées dans le "
            "budget.",
        ),
        (
            "Les bénévoles suivent chaque année une formation à l'hygiène alimentaire et à l'accueil "
            "proposée par le réseau régional.",
            "Un binôme de bénévoles est dédié aux dossiers de financement et au suivi des comptes rendus.",
        ),
        3, True,
    ),
    _TextSpec(
        "partners", "Partenariats opérationnels et financiers", TextCategory.PARTNERSHIPS, "partenaires",
        (
            "Approvisionnement : banque alimentaire départementale, commerces de proximité et producteurs "
            "locaux pour la ramasse des invendus.",
            "Orientation et accompagnement : CCAS de Saint-Aubin-sur-Lez, service social départemental, CAF "
            "et associations d'insertion du territoire, avec une convention d'orientation signée avec "
            "chacun.",
            "Financeurs réguliers : État (DDETS), Département, commune de Saint-Aubin-sur-Lez et CCAS ; "
            "ponctuellement, fondations et mécènes locaux.",
        ),
        (
            "L'association participe au groupe de travail « accès à l'alimentation » du projet alimentaire "
            "territorial porté par l'agglomération.",
        ),
        2, False,
    ),
    _TextSpec(
        "evaluation", "Évaluation : indicateurs et méthode", TextCategory.EVALUATION,
        "évaluation,indicateurs",
        (
            "Indicateurs suivis chaque mois : foyers et personnes accueillis, passages en caisse, tonnages "
            "distribués par famille de produits, part des produits frais, heures de bénévolat.",
            "Indicateurs qualitatifs : questionnaire de satisfaction annuel ({response} % de réponses en "
            "{year}), entretiens de fin de parcours avec la référente, nombre de personnes devenues "
            "bénévoles.",
        ),
        (
            "Les résultats sont présentés chaque année à l'assemblée générale et transmis aux financeurs "
            "avec le compte rendu financier.",
            "Depuis cette année, un tableau de bord trimestriel est partagé avec le CCAS et la DDETS.",
        ),
        3, True,
    ),
    _TextSpec(
        "budget_notes", "Notes sur le budget prévisionnel", TextCategory.BUDGET_NOTES, "budget,CERFA",
        (
            "Les achats de denrées (compte 60) complètent les produits reçus gratuitement de la banque "
            "alimentaire, valorisés en contributions volontaires en nature (comptes 860 et 875).",
            "Le bénévolat est valorisé au taux horaire du SMIC chargé, soit {rate} € de l'heure en {year} "
            "(comptes 864 et 870). La mise à disposition gratuite du local par la commune est valorisée à sa "
            "valeur locative (comptes 861 et 871).",
        ),
        (
            "La participation des bénéficiaires (compte 706) représente 10 à 30 % du prix des produits : "
            "elle ne couvre qu'une partie des achats.",
        ),
        2, False,
    ),
    _TextSpec(
        "waste", "Lutte contre le gaspillage alimentaire", TextCategory.OTHER, "anti-gaspi,ramasse",
        (
            "Chaque semaine, les bénévoles collectent les invendus de trois supermarchés, de deux "
            "boulangeries et du marché de plein vent. Les produits sont triés le jour même ; ce qui ne peut "
            "pas être distribué est donné à un éleveur ou composté.",
            "En {year}, {saved} tonnes de produits ont ainsi été sauvées de la destruction.",
        ),
        (
            "Des ateliers « cuisiner les restes » montrent comment accommoder les fruits et légumes abîmés.",
            "Un partenariat avec une conserverie solidaire transforme les surplus d'été en soupes et "
            "compotes.",
            "La future chambre froide permettra d'accepter davantage de produits frais à date courte.",
        ),
        4, False,
    ),
)  # fmt: skip

# Sections of an application and the text block each is filled from.
_SECTION_SETS = (
    (("Présentation de l'association", "presentation", 3000), ("Objectifs de l'action", "objectives", 2000),
     ("Public visé", "audience", 1500)),
    (("Résumé du projet", "presentation_short", 500), ("Objectifs", "objectives", None),
     ("Modalités d'évaluation", "evaluation", 1500)),
    (("Présentation de la structure", "presentation", None), ("Territoire et besoins", "territory", 2000),
     ("Partenariats", "partners", 2000)),
    (("Présentation de l'association", "presentation", 2500), ("Moyens humains mobilisés", "team", 1500)),
)  # fmt: skip

PIECE_LABELS = {
    DocumentType.STATUTES: "Statuts à jour, datés et signés",
    DocumentType.BOARD_LIST: "Liste des dirigeants (conseil d'administration, bureau)",
    DocumentType.RIB: "Relevé d'identité bancaire au nom de l'association",
    DocumentType.APPROVED_ACCOUNTS: "Derniers comptes annuels approuvés",
    DocumentType.ACTIVITY_REPORT: "Dernier rapport d'activité",
    DocumentType.FORECAST_BUDGET: "Budget prévisionnel de l'association",
    DocumentType.INSURANCE_CERTIFICATE: "Attestation d'assurance en cours de validité",
    DocumentType.GENERAL_MEETING_MINUTES: "Procès-verbal de la dernière assemblée générale",
    DocumentType.FOOD_AID_ACCREDITATION: "Habilitation à l'aide alimentaire",
    DocumentType.REPUBLICAN_COMMITMENT: "Contrat d'engagement républicain signé",
    DocumentType.OTHER: "Attestation de vigilance URSSAF",
}
_BASE_PIECES = (
    DocumentType.STATUTES,
    DocumentType.BOARD_LIST,
    DocumentType.RIB,
    DocumentType.APPROVED_ACCOUNTS,
    DocumentType.ACTIVITY_REPORT,
)
_PUBLIC_KINDS = frozenset(
    {
        FunderKind.STATE_SERVICE,
        FunderKind.REGION,
        FunderKind.DEPARTMENT,
        FunderKind.INTERCOMMUNALITY,
        FunderKind.MUNICIPALITY,
        FunderKind.CCAS,
        FunderKind.CAF,
        FunderKind.MSA,
        FunderKind.EUROPEAN_FUND,
    }
)

_PLATFORM_LABELS = {
    SubmissionPlatform.COMPTE_ASSO: "Le Compte Asso",
    SubmissionPlatform.DAUPHIN: "Dauphin",
    SubmissionPlatform.DEMARCHES_SIMPLIFIEES: "Démarches simplifiées",
    SubmissionPlatform.OWN_PORTAL: "le portail du financeur",
    SubmissionPlatform.EMAIL: "envoi par e-mail",
    SubmissionPlatform.PAPER: "dossier papier",
}

_MINUTES = {  # (min, max) in quarter hours
    TimeActivity.RESEARCH: (2, 12),
    TimeActivity.WRITING: (4, 16),
    TimeActivity.COLLECTING_PIECES: (1, 8),
    TimeActivity.PLATFORM_ENTRY: (2, 12),
    TimeActivity.MEETINGS: (3, 12),
    TimeActivity.FOLLOW_UP: (1, 4),
    TimeActivity.REPORTING: (4, 16),
    TimeActivity.OTHER: (1, 6),
}
_TIME_NOTES = {
    TimeActivity.RESEARCH: ("Lecture du cahier des charges", "Vérification de l'éligibilité", ""),
    TimeActivity.WRITING: ("Rédaction de la présentation du projet", "Reprise des objectifs et indicateurs",
                           "Budget prévisionnel du projet", ""),
    TimeActivity.COLLECTING_PIECES: ("Récupération des comptes approuvés",
                                     "Demande d'attestation à l'assureur",
                                     "Mise à jour de la liste des dirigeants", ""),
    TimeActivity.PLATFORM_ENTRY: ("Saisie du dossier en ligne", "Dépôt des pièces sur la plateforme", ""),
    TimeActivity.MEETINGS: ("Réunion avec le financeur", "Réunion de bureau sur le dossier", ""),
    TimeActivity.FOLLOW_UP: ("Relance par e-mail", "Appel pour connaître l'état du dossier", ""),
    TimeActivity.REPORTING: ("Compte rendu financier (CERFA 15059)", "Bilan qualitatif de l'action", ""),
    TimeActivity.OTHER: ("Impression et envoi postal", "Classement", ""),
}  # fmt: skip
_PREPARATION = (  # writing weighs twice: it is where the hours go
    TimeActivity.RESEARCH,
    TimeActivity.WRITING,
    TimeActivity.WRITING,
    TimeActivity.COLLECTING_PIECES,
    TimeActivity.PLATFORM_ENTRY,
    TimeActivity.MEETINGS,
    TimeActivity.OTHER,
)
_STATUS_TIME_WEIGHT = {
    S.IDEA: 2,
    S.DRAFTING: 9,
    S.SUBMITTED: 11,
    S.UNDER_REVIEW: 12,
    S.GRANTED: 11,
    S.PARTIALLY_GRANTED: 12,
    S.REFUSED: 16,  # refusals cost as much as grants, often more: that is what the burden report shows
    S.WITHDRAWN: 7,
    S.PAID: 13,
    S.REPORT_DUE: 14,
    S.REPORT_FILED: 17,
    S.CLOSED: 15,
}

_INTERACTION_SUMMARIES = {
    InteractionKind.MEETING: (
        "Rencontre annuelle de suivi : point sur la fréquentation de l'épicerie et sur le renouvellement de "
        "la subvention. {contact} conseille de déposer le dossier tôt cette année.",
        "Présentation du projet « {project} » : intérêt marqué, demande d'un budget plus détaillé et d'un "
        "calendrier.",
        "Réunion du groupe de travail du PAT : présentation des chiffres de l'épicerie, proposition de "
        "mutualiser la logistique du froid.",
    ),
    InteractionKind.CALL: (
        "Appel de {contact} : le dossier est complet, passage en commission prévu le mois prochain.",
        "Appel pour comprendre un refus : aucun motif écrit ; à l'oral, enveloppe insuffisante cette année, "
        "le projet reste jugé intéressant.",
        "Question sur l'éligibilité des frais de personnel : acceptés dans la limite de 50 % du budget.",
    ),
    InteractionKind.EMAIL: (
        "Envoi du compte rendu financier et du rapport d'activité.",
        "Relance pour le versement du solde, toujours pas reçu.",
        "Demande de pièce complémentaire : attestation d'assurance à jour.",
        "{contact} transmet l'avis d'appel à projets et le cahier des charges.",
    ),
    InteractionKind.VISIT: (
        "Visite de l'épicerie par {contact} : échanges avec les bénévoles, visite de la réserve et de la "
        "chambre froide actuelle, jugée vétuste.",
        "Visite du local envisagé pour garer le camion itinérant.",
    ),
    InteractionKind.COMMITTEE: (
        "Comité d'attribution : présentation orale du projet « {project} » (10 minutes), questions sur la "
        "part d'autofinancement.",
        "Commission permanente : subvention votée, notification à venir.",
    ),
}

# --- The builder ------------------------------------------------------------------------------------------


@dataclass
class _Timeline:
    """Every date of one application, computed before anything is written."""

    created: dt.date
    steps: list[tuple[dt.date, ApplicationStatus, str]] = field(default_factory=list)
    deadline: dt.date | None = None
    letter_of_intent_on: dt.date | None = None
    submitted_on: dt.date | None = None
    decision_on: dt.date | None = None
    period: tuple[dt.date, dt.date] | None = None
    report_due_on: dt.date | None = None
    report_filed_on: dt.date | None = None
    payments: list[tuple[dt.date, int, str]] = field(default_factory=list)  # day, cents, reference


@dataclass(frozen=True)
class _DocumentVersion:
    title: str
    filename: str
    valid_from: dt.date
    valid_until: dt.date | None
    lines: list[str]
    notes: str = ""


@dataclass
class _Planned:
    spec: _ApplicationSpec
    copy: int
    row: Application
    timeline: _Timeline
    funder: Funder


class DemoService:
    """Fills an empty database with the demonstration association."""

    def __init__(self, database: Database) -> None:
        self._database = database

    def fill(self, today: dt.date, *, seed: int = 2026, scale: int = 1) -> DemoSummary:
        """Write the demonstration data in one transaction and say how much was written.

        `scale` multiplies funders, contacts, exchanges, calls, applications and time entries (for
        benchmarks). Raises DatabaseNotEmpty when the database already holds an association, funders or
        applications; nothing is written then.
        """
        if scale < 1:
            raise ValueError(f"scale must be at least 1, not {scale}")
        with self._database.session() as session:
            if not dashboard_repository.is_empty(session):
                raise DatabaseNotEmpty(self._database.location)
            rng = random.Random(seed)  # noqa: S311 - reproducible demo data, not secrets
            builder = _DemoBuilder(session, today, rng, scale)
            summary = builder.build()
            _past_history(builder)
            return summary


class _DemoBuilder:
    """One fill: the session, the day, the random generator, and what has been written so far."""

    def __init__(self, session: Session, today: dt.date, rng: random.Random, scale: int) -> None:
        self.session = session
        self.today = today
        self.rng = rng
        self.scale = scale
        self.grocery_year = today.year + 1
        self.volunteers: list[Volunteer] = []
        self.funders: list[dict[str, Funder]] = []  # per copy: key -> funder
        self.calls: list[dict[str, Call]] = []
        self.projects: dict[str, Project] = {}
        self.project_periods: dict[str, tuple[dt.date, dt.date]] = {}
        self.text_blocks: dict[str, TextBlock] = {}
        self.text_versions: dict[str, list[tuple[dt.date, str]]] = {}
        self.documents: dict[DocumentType, list[Document]] = {}
        self.planned: list[_Planned] = []
        self.blobs: dict[str, Blob] = {}
        self.counts: dict[str, int] = {}
        self.accreditation_number = ""

    # -- orchestration -----------------------------------------------------------------------------------

    def build(self) -> DemoSummary:
        # Each phase only points at rows flushed by earlier phases: a handful of batched flushes in all.
        self._volunteers()
        for copy in range(self.scale):
            self._funders(copy)
        self._documents()  # flushes (blobs, then the versions of each piece)
        self._association()
        for copy in range(self.scale):
            self._interactions(copy)
            self._calls(copy)
        self._projects()
        self._text_blocks()
        self.session.flush()

        self._text_versions()
        for copy in range(self.scale):
            self._plan_applications(copy)
        self._write_applications()  # flushes once per generation of renewals

        for planned in self.planned:
            self._application_children(planned)
        self._budgets()
        for copy in range(self.scale):
            self._time_entries(copy)
        self.session.flush()
        # What search-as-you-type looks into, computed as the repositories do for the user's own data.
        contact_repository.refresh_search_text(self.session)
        funder_repository.refresh_search_text(self.session)
        call_repository.refresh_search_text(self.session)
        return DemoSummary(
            funders=self.counts.get("funders", 0),
            contacts=self.counts.get("contacts", 0),
            interactions=self.counts.get("interactions", 0),
            calls=self.counts.get("calls", 0),
            projects=len(self.projects),
            applications=len(self.planned),
            text_blocks=len(self.text_blocks),
            documents=sum(len(documents) for documents in self.documents.values()),
            time_entries=self.counts.get("time_entries", 0),
        )

    def _count(self, name: str, amount: int = 1) -> None:
        self.counts[name] = self.counts.get(name, 0) + amount

    def _days(self, low: int, high: int) -> dt.timedelta:
        return dt.timedelta(days=self.rng.randint(low, high))

    def _phone(self, prefix: str = "04 67") -> str:
        pairs = " ".join(f"{self.rng.randint(0, 99):02d}" for _ in range(3))
        return f"{prefix} {pairs}"

    def _volunteer_name(self, index: int) -> str:
        return VOLUNTEERS[index].name

    # -- the association and its people ------------------------------------------------------------------

    def _volunteers(self) -> None:
        for spec in VOLUNTEERS:
            first, last = spec.name.split(" ", 1)
            email = f"{_slug(first)}.{_slug(last)}@panierdulez.{DEMO_DOMAIN}"
            phone = self._phone("06 " + str(self.rng.randint(10, 99)))
            self.volunteers.append(
                Volunteer(name=spec.name, role=spec.role, email=email, phone=phone, active=spec.active)
            )
        self.session.add_all(self.volunteers)

    def _association(self) -> None:
        accreditation = self.documents[DocumentType.FOOD_AID_ACCREDITATION][-1]
        assert accreditation.valid_from is not None
        assert accreditation.valid_until is not None
        self.session.add(
            Association(
                name="Épicerie solidaire Le Panier du Lez",
                acronym="Le Panier du Lez",
                purpose=(
                    "Favoriser l'accès de tous à une alimentation de qualité, choisie et durable, par une "
                    "épicerie solidaire ouverte aux habitants en situation de précarité ; lutter contre le "
                    "gaspillage alimentaire ; créer du lien social par l'accueil, les ateliers et "
                    "l'accompagnement budgétaire des personnes."
                ),
                siret=ASSOCIATION_SIRET,
                rna=ASSOCIATION_RNA,
                street="12 rue des Tanneurs",
                postal_code="34985",
                city=MAIN_TERRITORY.town,
                email=f"contact@panierdulez.{DEMO_DOMAIN}",
                phone="04 67 51 23 80",
                website=f"https://panierdulez.{DEMO_DOMAIN}",
                legal_representative=VOLUNTEERS[PRESIDENT].name,
                legal_representative_role="Présidente",
                treasurer=VOLUNTEERS[TREASURER].name,
                iban=ASSOCIATION_IBAN,
                bic=ASSOCIATION_BIC,
                fiscal_year_end_month=FISCAL_YEAR_END[0],
                fiscal_year_end_day=FISCAL_YEAR_END[1],
                volunteers_count=38,
                employees_count=2,
                employees_fte="1,5",
                accreditations=(
                    f"Habilitation aide alimentaire n° {self.accreditation_number} du "
                    f"{_french_date(accreditation.valid_from)} (arrêté préfectoral), valable jusqu'au "
                    f"{_french_date(accreditation.valid_until)}"
                ),
            )
        )

    # -- funders, contacts, exchanges, calls -------------------------------------------------------------

    def _funders(self, copy: int) -> None:
        territory = _territory(copy)
        used_names = {spec.name for spec in VOLUNTEERS}
        by_key: dict[str, Funder] = {}
        for spec in FUNDERS:
            name = territory.fill(spec.name)
            place = {FunderLevel.REGIONAL: territory.region, FunderLevel.DEPARTMENTAL: territory.department}
            if spec.level in place:
                domain = f"{spec.domain}-{_slug(place[spec.level])}{territory.suffix}.{DEMO_DOMAIN}"
            elif spec.kind in (FunderKind.MUNICIPALITY, FunderKind.CCAS):
                domain = f"{spec.domain}-{_slug(territory.town)}{territory.suffix}.{DEMO_DOMAIN}"
            else:
                domain = f"{spec.domain}{territory.suffix}.{DEMO_DOMAIN}"
            funder = Funder(
                name=name,
                normalized_name=normalized_name(name),
                kind=spec.kind.value,
                level=spec.level.value,
                service=spec.service,
                street=spec.street,
                postal_code=territory.fill(spec.postal_code),
                city=territory.fill(spec.city),
                website=f"https://www.{domain}",
                platform=spec.platform.value if spec.platform else None,
                notes=spec.notes,
            )
            contacts: list[Contact] = []
            for slot in spec.contacts:
                person = self._person_name(slot.female, used_names)
                first, last = person.split(" ", 1)
                contact = Contact(
                    name=person,
                    role=slot.role,
                    service=slot.service,
                    phone=self._phone(spec.phone_prefix),
                    email=f"{_slug(first)}.{_slug(last)}@{domain}",
                    active=slot.active,
                    topics=[ContactTopic(topic=topic) for topic in slot.topics],
                )
                contacts.append(contact)
            successors = [contact for contact in contacts if contact.active]
            for contact in contacts:
                if not contact.active and successors:
                    contact.notes = f"A quitté le service ; dossiers repris par {successors[0].name}."
            funder.contacts = contacts
            by_key[spec.key] = funder
            self._count("contacts", len(contacts))
        self.funders.append(by_key)
        self._count("funders", len(by_key))
        self.session.add_all(by_key.values())

    def _person_name(self, female: bool, used: set[str]) -> str:
        firsts = _FEMALE_FIRST_NAMES if female else _MALE_FIRST_NAMES
        for _ in range(50):
            name = f"{self.rng.choice(firsts)} {self.rng.choice(_LAST_NAMES)}"
            if name not in used:
                break
        used.add(name)  # beyond 50 tries (huge scales) a homonym is acceptable
        return name

    def _interactions(self, copy: int) -> None:
        funders = list(self.funders[copy].values())
        weights = [3 if funder.kind == FunderKind.STATE_SERVICE.value else 2 for funder in funders]
        rows: list[Interaction] = []
        for index in range(40):
            funder = self.rng.choices(funders, weights)[0]
            contacts = funder.contacts
            # The first five set follow-ups, three upcoming and two overdue, so the agenda is never empty;
            # they are with people still in post. The others are history: their follow-ups were done.
            forced = index < 5
            if forced:
                contacts = [contact for contact in contacts if contact.active]
            contact = self.rng.choice(contacts) if contacts else None
            follow_up: dt.date | None
            if index < 3:
                occurred = self.today - self._days(3, 20)
                follow_up = self.today + self._days(4, 25)
            elif forced:
                occurred = self.today - self._days(30, 60)
                follow_up = self.today - self._days(2, 15)
            else:
                occurred = self.today - self._days(21, 730)
                if contact is not None and not contact.active:
                    occurred = min(occurred, self.today - self._days(420, 730))
                follow_up = occurred + self._days(14, 45) if self.rng.random() < 0.3 else None
            kind = self.rng.choice(list(InteractionKind))
            summary = self.rng.choice(_INTERACTION_SUMMARIES[kind]).format(
                contact=contact.name if contact else "le service",
                project=self.rng.choice(PROJECTS).title.format(year=self.grocery_year),
            )
            ours = ", ".join(
                self._volunteer_name(i) for i in sorted(self.rng.sample([PRESIDENT, GRANTS, WRITER], 2))
            )
            theirs = f"{contact.name} ({funder.name})" if contact else funder.name
            rows.append(
                Interaction(
                    funder_id=funder.id,
                    contact_id=contact.id if contact else None,
                    occurred_on=occurred,
                    kind=kind.value,
                    participants=f"{ours} ; {theirs}",
                    summary=summary,
                    follow_up_on=follow_up,
                    follow_up_done=not forced and follow_up is not None and follow_up < self.today,
                )
            )
        self.session.add_all(rows)
        self._count("interactions", len(rows))

    def _calls(self, copy: int) -> None:
        by_key: dict[str, Call] = {}
        for number, spec in enumerate(CALLS, start=1):
            funder = self.funders[copy][spec.funder]
            deadline = self.today + self._days(*spec.deadline) if spec.deadline else None
            year = _funded_year(deadline) if deadline else self.today.year
            title = spec.title.format(year=year)
            slug = _slug(title)
            call = Call(
                funder_id=funder.id,
                title=title,
                reference=f"{FUNDERS_BY_KEY[spec.funder].domain.upper()}-{year}-{number:02d}",
                url=f"{funder.website}/aides/{slug}",
                opens_on=deadline - self._days(45, 90) if deadline else None,
                predeposit_on=deadline - dt.timedelta(days=21) if deadline and spec.predeposit else None,
                deadline=deadline,
                amount_min_cents=spec.amount[0] * 100 if spec.amount else None,
                amount_max_cents=spec.amount[1] * 100 if spec.amount else None,
                rate_min_percent=None,
                rate_max_percent=spec.rate_max,
                funding_type=spec.funding_type.value,
                multi_year=spec.multi_year,
                eligibility=spec.eligibility,
                description=spec.description,
                recurrence=spec.recurrence.value,
                archived=spec.archived,
            )
            if spec.imported:
                call.source_id = str(self.rng.randint(100_000, 199_999))
                call.source_slug = f"{slug}-{call.source_id[-4:]}"
                call.url = f"https://aides-territoires.{DEMO_DOMAIN}/aides/{call.source_slug}/"
                call.source_updated_at = _at(self.today - self._days(5, 40), 3)
            by_key[spec.key] = call
        self.calls.append(by_key)
        self._count("calls", len(by_key))
        self.session.add_all(by_key.values())

    # -- projects and texts ------------------------------------------------------------------------------

    def _projects(self) -> None:
        starts = {
            "grocery": (dt.date(self.grocery_year, 1, 1), 12),
            "truck": (_add_months(_first_of_month(self.today), 3), 12),
            "workshops": (_add_months(_first_of_month(self.today), 2), 10),
            "cold_room": (_add_months(_first_of_month(self.today), 4), 6),
        }
        for spec in PROJECTS:
            start, months = starts[spec.key]
            period = _twelve_months_from(start, months)
            self.project_periods[spec.key] = period
            self.projects[spec.key] = Project(
                title=spec.title.format(year=self.grocery_year),
                starts_on=period[0],
                ends_on=period[1],
                description=spec.description,
                owner_id=self.volunteers[spec.owner].id,
            )
        self.session.add_all(self.projects.values())

    def _text_blocks(self) -> None:
        for spec in TEXTS:
            if spec.recent:
                first, last = self.today - self._days(500, 800), self.today - self._days(8, 80)
            else:
                first, last = self.today - self._days(900, 1100), self.today - self._days(400, 600)
            versions: list[tuple[dt.date, str]] = []
            for number in range(1, spec.versions + 1):
                if spec.versions == 1:
                    day = last
                else:
                    day = first + (last - first) * (number - 1) // (spec.versions - 1)
                figures = _figures(day.year - 1, self.today.year)
                body = "\n\n".join(
                    part.format(**figures) for part in (*spec.paragraphs, *spec.extras[: number - 1])
                )
                versions.append((day, body))
            self.text_versions[spec.key] = versions
            self.text_blocks[spec.key] = TextBlock(
                title=spec.title,
                category=spec.category.value,
                tags=spec.tags,
                current_version=spec.versions,
                last_reviewed_on=versions[-1][0],
            )
        self.session.add_all(self.text_blocks.values())

    def _text_versions(self) -> None:
        rows: list[TextBlockVersion] = []
        for spec in TEXTS:
            block = self.text_blocks[spec.key]
            for number, (day, body) in enumerate(self.text_versions[spec.key], start=1):
                author = self.rng.choice(TEXT_AUTHORS)
                if day < self.today - dt.timedelta(days=700):
                    author = FORMER_TREASURER
                rows.append(
                    TextBlockVersion(
                        text_block_id=block.id,
                        number=number,
                        body=body,
                        author=self._volunteer_name(author),
                        created_at=_at(day, 14, self.rng.randint(0, 59)),
                    )
                )
        self.session.add_all(rows)

    # -- documents ---------------------------------------------------------------------------------------

    def _documents(self) -> None:
        """The permanent file with its history: each older version points at the one that replaced it.

        Flushes once for the blobs, then once per depth of history (current versions first), so that
        `replaced_by_id` always points at a row already written.
        """
        chains: list[list[Document]] = []
        for document_type, versions in self._document_versions():
            chain = [self._document(document_type, version) for version in versions]
            chains.append(chain)
            self.documents.setdefault(document_type, []).extend(chain)
        self.session.flush()
        for depth in range(max(len(chain) for chain in chains)):
            for chain in chains:
                if depth < len(chain):
                    document = chain[-1 - depth]
                    if depth:
                        document.replaced_by_id = chain[-depth].id
                    self.session.add(document)
            self.session.flush()

    def _document(self, document_type: DocumentType, version: _DocumentVersion) -> Document:
        identity = [
            "Épicerie solidaire Le Panier du Lez",
            f"12 rue des Tanneurs, 34985 {MAIN_TERRITORY.town}",
            f"SIRET {ASSOCIATION_SIRET} – RNA {ASSOCIATION_RNA}",
            "",
        ]
        content = demo_pdf(version.title, [*identity, *version.lines])
        added_on = min(version.valid_from + self._days(0, 10), self.today)
        if added_on < self.today - dt.timedelta(days=700):
            added_by = FORMER_TREASURER
        else:
            added_by = self.rng.choice((PRESIDENT, GRANTS, TREASURER))
        return Document(
            document_type=document_type.value,
            title=version.title,
            filename=version.filename,
            media_type="application/pdf",
            blob_sha256=self._blob(content),
            size=len(content),
            valid_from=version.valid_from,
            valid_until=version.valid_until,
            added_at=_at(added_on, 16, self.rng.randint(0, 59)),
            added_by=self._volunteer_name(added_by),
            notes=version.notes,
        )

    def _blob(self, content: bytes) -> str:
        """Store `content` once (by SHA-256) and return its digest."""
        digest = hashlib.sha256(content).hexdigest()
        if digest not in self.blobs:
            self.blobs[digest] = Blob(sha256=digest, size=len(content), content=content)
            self.session.add(self.blobs[digest])
        return digest

    def _document_versions(self) -> list[tuple[DocumentType, list[_DocumentVersion]]]:
        """Every piece of the permanent file, oldest version first: the last one is current."""
        today, days = self.today, self._days
        last_meeting_year = today.year if today.month >= 7 else today.year - 1
        meetings = {
            year: dt.date(year, 6, self.rng.randint(8, 24)) for year in range(today.year - 4, today.year + 1)
        }

        statutes_on = today - days(1500, 2000)
        statutes = [
            _DocumentVersion(
                "Statuts constitutifs",
                "statuts-2012.pdf",
                dt.date(2012, 3, 14),
                None,
                [
                    "Adoptés par l'assemblée générale constitutive du 14/03/2012",
                    "Article 2 – Objet : favoriser l'accès de tous à une alimentation de qualité…",
                ],
            ),
            _DocumentVersion(
                f"Statuts (modifiés par l'assemblée générale extraordinaire du {_french_date(statutes_on)})",
                f"statuts-{statutes_on.year}.pdf",
                statutes_on,
                None,
                [
                    "Article 1 – Constitution et dénomination",
                    "Article 2 – Objet : favoriser l'accès de tous à "
                    "une alimentation de qualité, choisie et durable…",
                    "Article 3 – Siège social",
                    "Fait en deux exemplaires.",
                ],
            ),
        ]
        board, accounts, reports, minutes = [], [], [], []
        for year in range(last_meeting_year - 3, last_meeting_year + 1):
            treasurer = FORMER_TREASURER if year < last_meeting_year - 1 else TREASURER
            members = [("Présidente", PRESIDENT), ("Trésorier", treasurer), ("Secrétaire", SECRETARY)]
            board.append(
                _DocumentVersion(
                    f"Liste des membres du conseil d'administration ({year})",
                    f"liste-dirigeants-{year}.pdf",
                    meetings[year],
                    None,
                    [f"{role} : {self._volunteer_name(index)}" for role, index in members]
                    + [f"Élus par l'assemblée générale du {_french_date(meetings[year])}"],
                )
            )
            figures = _figures(year - 1, today.year)
            step = year - 1 - (today.year - 8)
            charges, result = 112_000 + 9_000 * step, 1_800 + 300 * step
            accounts.append(
                _DocumentVersion(
                    f"Comptes annuels {year - 1} approuvés",
                    f"comptes-{year - 1}.pdf",
                    meetings[year],
                    None,
                    [
                        f"Exercice du 01/01/{year - 1} au 31/12/{year - 1}",
                        f"Total des charges : {_euros(charges)}",
                        f"Total des produits : {_euros(charges + result)}",
                        f"Résultat : excédent de {_euros(result)}",
                        f"Approuvés par l'assemblée générale du {_french_date(meetings[year])}",
                    ],
                )
            )
            reports.append(
                _DocumentVersion(
                    f"Rapport d'activité {year - 1}",
                    f"rapport-activite-{year - 1}.pdf",
                    meetings[year],
                    None,
                    [
                        f"Foyers accueillis : {figures['households']}",
                        f"Personnes : {figures['people']}",
                        f"Tonnes de denrées distribuées : {figures['tonnes']}",
                        f"Bénévoles réguliers : {figures['volunteers']}",
                    ],
                )
            )
            minutes.append(
                _DocumentVersion(
                    f"Procès-verbal de l'assemblée générale du {_french_date(meetings[year])}",
                    f"pv-ag-{meetings[year].isoformat()}.pdf",
                    meetings[year],
                    None,
                    [
                        f"Présents ou représentés : {52 + 4 * (year - last_meeting_year + 3)} adhérents",
                        "Rapport moral et rapport d'activité adoptés à l'unanimité",
                        "Comptes approuvés, quitus donné au trésorier",
                    ],
                )
            )

        rib_on = today - days(300, 450)
        old_rib_on = _add_months(rib_on, -84)
        ribs = [
            _DocumentVersion(
                "RIB – ancien compte Caisse Mutuelle des Garrigues",
                "rib-caisse-mutuelle.pdf",
                old_rib_on,
                rib_on - DAY,
                [
                    "Titulaire : Épicerie solidaire Le Panier du Lez",
                    f"IBAN : {_grouped(OLD_IBAN)}",
                    "BIC : CMGAFRP1XXX",
                    "Domiciliation : Caisse Mutuelle des Garrigues",
                ],
                f"Compte clôturé le {_french_date(rib_on - DAY)}.",
            ),
            _DocumentVersion(
                "RIB – compte courant Banque Coopérative du Lez",
                "rib-banque-cooperative.pdf",
                rib_on,
                None,
                [
                    "Titulaire : Épicerie solidaire Le Panier du Lez",
                    f"IBAN : {_grouped(ASSOCIATION_IBAN)}",
                    f"BIC : {ASSOCIATION_BIC}",
                    "Domiciliation : Banque Coopérative du Lez, agence centre",
                ],
            ),
        ]

        budget_year = today.year + 1 if today.month >= 10 else today.year
        budgets = []
        for year in (budget_year - 1, budget_year):
            made_on = min(dt.date(year - 1, 11, 20), today - days(3, 10))
            total = 150_000 + 6_000 * (year - today.year)
            budgets.append(
                _DocumentVersion(
                    f"Budget prévisionnel {year}",
                    f"budget-previsionnel-{year}.pdf",
                    made_on,
                    None,
                    [
                        f"Total des charges prévues : {_euros(total)}",
                        f"Total des produits prévus : {_euros(total)}",
                        "Contributions volontaires en nature : 126 600 €",
                    ],
                    "Présenté au conseil d'administration." if year == budget_year else "",
                )
            )

        insurance_until = today + days(8, 20)
        insurances = []
        for years_ago in (2, 1, 0):
            until = _add_months(insurance_until + DAY, -12 * years_ago) - DAY
            since = _add_months(until + DAY, -12)
            insurances.append(
                _DocumentVersion(
                    f"Attestation d'assurance responsabilité civile et locaux {since.year}-{until.year}",
                    f"attestation-assurance-{until.year}.pdf",
                    since,
                    until,
                    [
                        "Assureur : Mutuelle Associative du Midi (contrat n° MAM-204518)",
                        f"Période de garantie : du {_french_date(since)} au {_french_date(until)}",
                    ],
                    "" if years_ago else "Demander la nouvelle attestation à l'assureur avant l'échéance.",
                )
            )

        accreditation_on = today - days(120, 300)
        self.accreditation_number = f"34-AA-{accreditation_on.year}-017"
        accreditations = []
        for terms_ago in (2, 1, 0):  # habilitations are granted for two years, then renewed
            since = _add_months(accreditation_on, -24 * terms_ago)
            number = self.accreditation_number if not terms_ago else f"34-AA-{since.year}-{9 + terms_ago:03d}"
            accreditations.append(
                _DocumentVersion(
                    f"Arrêté d'habilitation à l'aide alimentaire ({since.year}-{since.year + 2})",
                    f"habilitation-aide-alimentaire-{since.year}.pdf",
                    since,
                    _add_months(since, 24) - DAY,
                    [
                        f"Habilitation n° {number}",
                        f"Accordée le {_french_date(since)} pour une durée de deux ans",
                    ],
                )
            )
        republican = [
            _DocumentVersion(
                "Contrat d'engagement républicain – attestation signée",
                "contrat-engagement-republicain.pdf",
                min(dt.date(2022, 1, 24), today - days(400, 700)),  # required since 2022
                None,
                [
                    "L'association s'engage à respecter les principes du contrat d'engagement républicain.",
                    f"Signé par {VOLUNTEERS[PRESIDENT].name}, présidente",
                ],
            ),
        ]
        urssaf_on = today - days(200, 260)
        urssaf = [
            _DocumentVersion(
                "Attestation de vigilance URSSAF",
                "attestation-vigilance-urssaf.pdf",
                urssaf_on,
                _add_months(urssaf_on, 6) - DAY,
                ["L'association est à jour de ses obligations déclaratives et de paiement."],
                "Expirée : en demander une nouvelle sur le site de l'URSSAF.",
            ),
        ]
        sirene = [
            _DocumentVersion(
                "Avis de situation au répertoire Sirene",
                "avis-situation-sirene.pdf",
                today - days(60, 150),
                None,
                [
                    "Catégorie juridique : 9220 – Association déclarée",
                    "Activité : 88.99B – Action sociale sans hébergement n.c.a.",
                ],
            ),
        ]
        return [
            (DocumentType.STATUTES, statutes),
            (DocumentType.BOARD_LIST, board),
            (DocumentType.RIB, ribs),
            (DocumentType.APPROVED_ACCOUNTS, accounts),
            (DocumentType.ACTIVITY_REPORT, reports),
            (DocumentType.FORECAST_BUDGET, budgets),
            (DocumentType.INSURANCE_CERTIFICATE, insurances),
            (DocumentType.GENERAL_MEETING_MINUTES, minutes),
            (DocumentType.FOOD_AID_ACCREDITATION, accreditations),
            (DocumentType.REPUBLICAN_COMMITMENT, republican),
            (DocumentType.OTHER, urssaf),
            (DocumentType.OTHER, sirene),
        ]

    def _document_at(self, document_type: DocumentType, day: dt.date) -> Document | None:
        """The document of that type an application made on `day` would have used, if it existed then."""
        candidates = self.documents.get(document_type, [])
        if document_type is DocumentType.OTHER:  # the checklist's "other" piece is the URSSAF attestation
            candidates = [doc for doc in candidates if "URSSAF" in doc.title]
        candidates = sorted(candidates, key=lambda doc: doc.valid_from or dt.date.min)
        usable = [doc for doc in candidates if doc.valid_from is None or doc.valid_from <= day]
        return usable[-1] if usable else None

    # -- applications ------------------------------------------------------------------------------------

    def _plan_applications(self, copy: int) -> None:
        for spec in APPLICATIONS:
            funder = self.funders[copy][spec.funder]
            call = self.calls[copy][spec.call] if spec.call else None
            project_period = self.project_periods[spec.project] if spec.project else None
            timeline = self._timeline(spec, call.deadline if call else None, project_period)
            period = timeline.period
            year = period[0].year if period else self.today.year
            granted = spec.granted * 100 if spec.granted is not None else None
            row = Application(
                title=spec.title.format(year=year),
                project_id=self.projects[spec.project].id if spec.project else None,
                funder_id=funder.id,
                call_id=call.id if call else None,
                owner_id=self.volunteers[spec.owner].id,
                status=spec.status.value,
                funding_type=spec.funding_type.value,
                # without a project: a request for the association's operation as a whole
                request_object=(RequestObject.PROJECT if spec.project else RequestObject.OPERATION).value,
                multi_year=spec.years > 1,
                amount_requested_cents=spec.requested * 100,
                amount_granted_cents=granted,
                period_start=period[0] if period else None,
                period_end=period[1] if period else None,
                letter_of_intent_on=timeline.letter_of_intent_on,
                deadline=timeline.deadline,
                submitted_on=timeline.submitted_on,
                decision_on=timeline.decision_on,
                report_due_on=timeline.report_due_on,
                report_filed_on=timeline.report_filed_on,
                refusal_reason=spec.refusal_reason,
                platform=funder.platform,
                notes=spec.notes,
            )
            row.payments = [
                Payment(received_on=day, amount_cents=cents, reference=reference)
                for day, cents, reference in timeline.payments
            ]
            self.planned.append(_Planned(spec, copy, row, timeline, funder))

    def _write_applications(self) -> None:
        by_key = {(planned.copy, planned.spec.key): planned for planned in self.planned}

        def generation(planned: _Planned) -> int:
            depth = 0
            spec = planned.spec
            while spec.previous is not None:
                depth += 1
                spec = by_key[(planned.copy, spec.previous)].spec
            return depth

        generations = [generation(planned) for planned in self.planned]
        for level in range(max(generations) + 1):
            batch = [planned for planned, gen in zip(self.planned, generations, strict=True) if gen == level]
            for planned in batch:
                if planned.spec.previous is not None:
                    planned.row.previous_id = by_key[(planned.copy, planned.spec.previous)].row.id
            self.session.add_all(planned.row for planned in batch)
            self.session.flush()

    def _timeline(
        self,
        spec: _ApplicationSpec,
        call_deadline: dt.date | None,
        project_period: tuple[dt.date, dt.date] | None,
    ) -> _Timeline:
        today, days = self.today, self._days
        status = spec.status
        if status in (S.IDEA, S.DRAFTING):
            created = today - (days(20, 45) if spec.overdue or status is S.DRAFTING else days(5, 30))
            timeline = _Timeline(created=created, steps=[(created, S.IDEA, "")])
            if spec.overdue:
                timeline.deadline = today - days(2, 6)
            else:
                timeline.deadline = call_deadline or today + days(5, 60)
            if status is S.DRAFTING:
                timeline.steps.append((created + days(2, 15), S.DRAFTING, ""))
            timeline.period = project_period or self._period_after(today + days(30, 60))
            return timeline
        if status is S.WITHDRAWN:
            created = today - days(250, 450)
            drafting = created + days(5, 20)
            withdrawn = drafting + days(10, 60)
            timeline = _Timeline(created=created, steps=[(created, S.IDEA, ""), (drafting, S.DRAFTING, "")])
            timeline.steps.append((withdrawn, S.WITHDRAWN, spec.notes))
            timeline.deadline = withdrawn + days(3, 20)
            timeline.period = self._period_after(timeline.deadline + days(30, 90))
            return timeline

        submitted, decision, period = self._submission_and_decision(spec, call_deadline, project_period)
        created = submitted - days(30, 75)
        timeline = _Timeline(created=created, submitted_on=submitted, decision_on=decision, period=period)
        timeline.steps = [
            (created, S.IDEA, ""),
            (created + days(3, 15), S.DRAFTING, ""),
            (submitted, S.SUBMITTED, f"Déposé ({_PLATFORM_LABELS[self._platform(spec)]})"),
        ]
        timeline.deadline = (
            call_deadline
            if call_deadline and status in (S.SUBMITTED, S.UNDER_REVIEW)
            else submitted + days(0, 7)
        )
        if spec.letter_of_intent:
            timeline.letter_of_intent_on = submitted - days(20, 28)
        if status is S.UNDER_REVIEW or spec.review_step:
            review = min(submitted + days(7, 25), today - DAY)
            if decision is not None:
                review = min(review, decision - DAY)
            timeline.steps.append((review, S.UNDER_REVIEW, "Accusé de réception : dossier complet"))
        if decision is None:
            return timeline

        if spec.granted is None:  # refused
            reason = spec.refusal_reason or ""
            note = f"Motif : {reason}" if reason else "Courrier de refus, aucun motif communiqué"
            timeline.steps.append((decision, S.REFUSED, note))
            if status is S.CLOSED:
                timeline.steps.append((min(decision + days(30, 200), today), S.CLOSED, "Archivé"))
            return timeline

        granted = spec.granted * 100
        decided = S.PARTIALLY_GRANTED if spec.granted < spec.requested else S.GRANTED
        note = f"Notification : {_euros(spec.granted)} accordés"
        if decided is S.PARTIALLY_GRANTED:
            note += f" sur {_euros(spec.requested)} demandés"
        timeline.steps.append((decision, decided, note))
        timeline.report_due_on = _report_due(period[1])
        if status in (S.GRANTED, S.PARTIALLY_GRANTED):
            return timeline

        filed: dt.date | None = None
        if status in (S.REPORT_FILED, S.CLOSED):
            room = (today - period[1]).days - 1
            filed = period[1] + dt.timedelta(days=self.rng.randint(min(30, room), min(170, room)))
            timeline.report_filed_on = filed
        first_day = min(decision + days(20, 45), today - DAY)
        if spec.instalments == 2:
            first = granted * 7 // 10 // 10_000 * 10_000  # 70 %, in whole hundreds of euros
            if status is S.PAID:
                balance_day = first_day + days(60, 150)
            else:
                balance_day = (filed + days(20, 60)) if filed else today + DAY
            timeline.payments.append((first_day, first, "Virement – avance de 70 %"))
            if balance_day < today:
                timeline.payments.append((balance_day, granted - first, "Virement – solde"))
        else:
            timeline.payments.append((first_day, granted, "Virement – versement unique"))
        timeline.steps.append((first_day, S.PAID, ""))
        if status is S.PAID:
            return timeline
        timeline.steps.append((max(period[1] + DAY, first_day + DAY), S.REPORT_DUE, ""))
        if filed is None:
            return timeline
        timeline.steps.append((filed, S.REPORT_FILED, "Compte rendu financier (CERFA 15059) envoyé"))
        if spec.refund:
            refund_day = min(filed + days(15, 40), today - DAY)
            timeline.payments.append((refund_day, -spec.refund * 100, "Reversement – part non consommée"))
        if status is S.CLOSED:
            last_payment = timeline.payments[-1][0]
            closed = min(max(filed + days(30, 120), last_payment + DAY), today)
            timeline.steps.append((closed, S.CLOSED, "Solde reçu, dossier clos"))
        return timeline

    def _submission_and_decision(
        self,
        spec: _ApplicationSpec,
        call_deadline: dt.date | None,
        project_period: tuple[dt.date, dt.date] | None,
    ) -> tuple[dt.date, dt.date | None, tuple[dt.date, dt.date]]:
        """Submission day, decision day (None while open) and funded period, by status."""
        today, days = self.today, self._days
        status = spec.status
        if status in (S.SUBMITTED, S.UNDER_REVIEW):
            if call_deadline is not None:
                submitted = call_deadline - days(0, 4)
            else:
                submitted = today - (days(5, 30) if status is S.SUBMITTED else days(45, 100))
            return submitted, None, project_period or self._period_after(today + days(30, 90))
        if status in (S.REFUSED,) or spec.via_refusal:
            submitted = today - days(*(spec.age or (150, 700)))
            decision = min(submitted + days(45, 120), today - DAY)
            return submitted, decision, project_period or self._period_after(submitted + days(60, 120))
        if status in (S.GRANTED, S.PARTIALLY_GRANTED):
            submitted = today - days(100, 180)
            decision = submitted + days(60, 90)
            period = project_period or self._period_after(decision + days(10, 40))
            if spec.years > 1:
                period = (period[0], dt.date(period[0].year + spec.years - 1, period[1].month, period[1].day))
            return submitted, decision, period
        # Funded periods are calendar years when the day of the year allows the status; otherwise twelve
        # months ending (or starting) at a month's end, which some funders use too.
        if status is S.PAID:
            if today.month >= 5:
                period = _calendar_year(today.year)
                submitted = period[0] - days(40, 100)
                return submitted, submitted + days(50, 80), period
            submitted = today - days(200, 280)
            decision = submitted + days(50, 80)
            return submitted, decision, self._period_after(decision + days(5, 30))
        if status is S.REPORT_DUE and spec.report_overdue:  # due on 30/06 of this year or last year
            period = _calendar_year(today.year - 1 if today > dt.date(today.year, 6, 30) else today.year - 2)
        elif (status is S.REPORT_DUE and today.month <= 5) or (status is S.REPORT_FILED and today.month >= 3):
            period = _calendar_year(today.year - 1)  # report due on 30/06 of this year
        elif status in (S.REPORT_DUE, S.REPORT_FILED):
            months_ago = self.rng.randint(1, 4) if status is S.REPORT_DUE else self.rng.randint(3, 8)
            end = _first_of_month(_add_months(today, -months_ago)) - DAY
            period = (_add_months(end + DAY, -12), end)
        else:  # closed after a grant
            period = _calendar_year(today.year - 2)
        submitted = period[0] - days(60, 120)
        decision = submitted + days(45, 75)
        return submitted, decision, period

    def _period_after(self, day: dt.date) -> tuple[dt.date, dt.date]:
        """Twelve months from the first of the month following `day`."""
        return _twelve_months_from(_add_months(_first_of_month(day), 1))

    def _platform(self, spec: _ApplicationSpec) -> SubmissionPlatform:
        return FUNDERS_BY_KEY[spec.funder].platform or SubmissionPlatform.EMAIL

    def _application_children(self, planned: _Planned) -> None:
        spec, row, timeline = planned.spec, planned.row, planned.timeline
        hour = 9
        changes: list[StatusChange] = []
        previous: ApplicationStatus | None = None
        for day, status, note in timeline.steps:
            owner = self._volunteer_name(spec.owner)
            changes.append(
                StatusChange(
                    application_id=row.id,
                    from_status=previous.value if previous else None,
                    to_status=status.value,
                    changed_at=_at(day, hour, self.rng.randint(0, 59)),
                    changed_by=owner,
                    note=note,
                )
            )
            previous = status
            hour = 9 + (hour - 8) % 9  # distinct times when two steps share a day
        self.session.add_all(changes)

        if spec.years > 1 and spec.granted is not None and timeline.period is not None:
            share = spec.granted * 100 // spec.years
            self.session.add_all(
                ApplicationYear(
                    application_id=row.id, year=timeline.period[0].year + index, amount_cents=share
                )
                for index in range(spec.years)
            )
        if spec.status is S.IDEA:
            return
        reference_day = timeline.submitted_on or self.today
        sections = self.rng.choice(_SECTION_SETS)
        for position, (title, block_key, char_limit) in enumerate(sections):
            number, body = self._text_version_at(block_key, reference_day)
            self.session.add(
                ApplicationSection(
                    application_id=row.id,
                    position=position,
                    title=title,
                    body=body,
                    char_limit=char_limit,
                    text_block_id=self.text_blocks[block_key].id,
                    text_block_version=number,
                )
            )
        kinds = list(_BASE_PIECES)
        if planned.funder.kind in {kind.value for kind in _PUBLIC_KINDS}:
            kinds.append(DocumentType.REPUBLICAN_COMMITMENT)
        if planned.funder.kind == FunderKind.STATE_SERVICE.value:
            kinds.append(DocumentType.FOOD_AID_ACCREDITATION)
        if self.rng.random() < 0.5:
            kinds.append(self.rng.choice([DocumentType.INSURANCE_CERTIFICATE, DocumentType.OTHER]))
        if self.rng.random() < 0.5:
            kinds.append(DocumentType.GENERAL_MEETING_MINUTES)
        if spec.status is S.DRAFTING:  # two pieces still to be collected
            missing = set(self.rng.sample(range(len(kinds)), 2))
            pieces = [
                (kind, None if index in missing else self._document_at(kind, reference_day))
                for index, kind in enumerate(kinds)
            ]
            if DocumentType.OTHER not in kinds:  # really missing: the URSSAF attestation has expired
                pieces.append((DocumentType.OTHER, None))
        else:  # what the funder asked then, answered with the documents of the time
            pieces = [(kind, self._document_at(kind, reference_day)) for kind in kinds]
            pieces = [(kind, document) for kind, document in pieces if document is not None]
        for position, (document_type, document) in enumerate(pieces):
            self.session.add(
                RequiredPiece(
                    application_id=row.id,
                    document_type=document_type.value,
                    label=PIECE_LABELS[document_type],
                    document_id=document.id if document else None,
                    position=position,
                )
            )

    def _text_version_at(self, block_key: str, day: dt.date) -> tuple[int, str]:
        versions = self.text_versions[block_key]
        chosen = 1
        for number, (created, _) in enumerate(versions, start=1):
            if created <= day:
                chosen = number
        return chosen, versions[chosen - 1][1]

    # -- budgets -----------------------------------------------------------------------------------------

    def _budgets(self) -> None:
        """Project budgets whose products balance the charges, counting the live applications (74)."""
        live = {S.IDEA, S.DRAFTING, S.SUBMITTED, S.UNDER_REVIEW, S.GRANTED, S.PARTIALLY_GRANTED, S.PAID}
        for spec in PROJECTS:
            project = self.projects[spec.key]
            subsidies = 0
            for planned in self.planned:
                app = planned.spec
                if planned.copy == 0 and app.project == spec.key and app.status in live:
                    amount = app.granted if app.granted is not None else app.requested
                    subsidies += amount // app.years
            lines: list[tuple[BudgetSection, str, str, int]] = [
                (BudgetSection.CHARGES, account, label, euros) for account, label, euros in spec.charges
            ]
            lines += [
                (BudgetSection.PRODUCTS, account, label, euros) for account, label, euros in spec.own_products
            ]
            charges = sum(euros for _, _, euros in spec.charges)
            own = sum(euros for _, _, euros in spec.own_products)
            gifts = charges - own - subsidies
            if gifts > 0:
                lines.append((BudgetSection.PRODUCTS, "758", "Dons, mécénat et fonds propres", gifts))
            for use_account, resource_account, label, euros in spec.in_kind:
                lines.append((BudgetSection.IN_KIND_USES, use_account, label, euros))
                lines.append((BudgetSection.IN_KIND_RESOURCES, resource_account, label, euros))
            self.session.add_all(
                BudgetLine(
                    project_id=project.id,
                    section=section.value,
                    account=account,
                    label=label,
                    planned_cents=euros * 100,
                    position=position,
                )
                for position, (section, account, label, euros) in enumerate(lines)
            )
        self.session.flush()
        self._investment_plans()
        self._settle_budgets()
        self._association_budget(self.grocery_year)
        # the year before, with what was spent: the compte rendu of that year's operating grants
        self._association_budget(self.grocery_year - 1, with_actuals=True)
        self._report_notes()

    def _investment_plans(self) -> None:
        """The plans de financement, each expense with its quote in the permanent file (one awaited)."""
        for key, expenses in _INVESTMENT_EXPENSES.items():
            project = self.projects[key]
            lines: list[InvestmentLine] = []
            for label, euros, quote in expenses:
                document = None
                if quote is not None:
                    version = _DocumentVersion(
                        title=quote,
                        filename=f"{quote.lower().replace(' ', '-').replace('°', '')}.pdf",
                        valid_from=self.today - dt.timedelta(days=40),
                        valid_until=self.today + dt.timedelta(days=50),
                        lines=[f"Objet : {label}", f"Montant TTC : {euros} €", "Devis valable 90 jours."],
                    )
                    document = self._document(DocumentType.QUOTE, version)
                    self.session.add(document)
                    self.documents.setdefault(DocumentType.QUOTE, []).append(document)
                    self.session.flush()
                lines.append(
                    InvestmentLine(
                        project_id=project.id,
                        kind=InvestmentLineKind.EXPENSE.value,
                        label=label,
                        amount_cents=euros * 100,
                        document_id=document.id if document else None,
                        position=len(lines),
                    )
                )
            for kind, label, euros, acquired in _INVESTMENT_RESOURCES.get(key, ()):
                lines.append(
                    InvestmentLine(
                        project_id=project.id,
                        kind=kind.value,
                        label=label,
                        amount_cents=euros * 100,
                        acquired=acquired,
                        position=len(lines),
                    )
                )
            self.session.add_all(lines)
        self.session.flush()

    def _association_budget(self, year: int, *, with_actuals: bool = False) -> None:
        """The association's budget of a year, balanced by its food purchases (first line); with
        actuals (a year gone by), what was spent, maintenance far above forecast and explained."""
        from coopdesk.domain.budget import build_budget
        from coopdesk.storage.repositories import budget_repository

        subsidies = build_budget(budget_repository.association_sources(self.session, year)).balance
        available = subsidies.products_cents // 100 + sum(euros for _, _, euros in _ASSOCIATION_PRODUCTS)
        planned = sum(euros for _, _, euros in _ASSOCIATION_CHARGES)
        # a leaner year spends less on every line; the food purchases take up what is left over
        charges = [
            (a, text, euros * available // planned if available < planned else euros)
            for a, text, euros in _ASSOCIATION_CHARGES
        ]
        (account, label, food), *others = charges
        charges = [(account, label, food + available - sum(euros for _, _, euros in charges)), *others]
        lines = [(BudgetSection.CHARGES, a, text, euros) for a, text, euros in charges]
        lines += [(BudgetSection.PRODUCTS, a, label, e) for a, label, e in _ASSOCIATION_PRODUCTS]
        for use_account, resource_account, label, euros in _ASSOCIATION_IN_KIND:
            lines.append((BudgetSection.IN_KIND_USES, use_account, label, euros))
            lines.append((BudgetSection.IN_KIND_RESOURCES, resource_account, label, euros))
        off = {"615": (130, "Panne du groupe froid de la chambre froide en juillet : réparation non prévue.")}
        rows = []
        for position, (section, account, label, euros) in enumerate(lines):
            row = BudgetLine(
                fiscal_year=year,
                section=section.value,
                account=account,
                label=label,
                planned_cents=euros * 100,
                position=position,
            )
            if with_actuals:
                in_kind = section in (BudgetSection.IN_KIND_USES, BudgetSection.IN_KIND_RESOURCES)
                percent, explanation = off.get(account, (100 if in_kind else 96 + position % 8, ""))
                row.actual_cents = euros * percent // 100 * 100
                row.gap_explanation = explanation
            rows.append(row)
        self.session.add_all(rows)
        self.session.flush()

    def _report_notes(self) -> None:
        """The « annexe explicative » of the comptes rendus that have actual amounts: the grants of the
        REPORTED_PROJECT and the operating grants of the year gone by."""
        from sqlalchemy import select

        from coopdesk.domain.budget import GRANTED_STATUSES, financed_year

        project_id = self.projects[_REPORTED_PROJECT].id
        granted = [status.value for status in GRANTED_STATUSES]
        for row in self.session.scalars(select(Application).where(Application.status.in_(granted))):
            if row.request_object == RequestObject.OPERATION.value:
                year = financed_year(row.period_start, row.submitted_on, row.deadline)
                if year != self.grocery_year - 1:
                    continue
                row.report_note_indirect = ""
                row.report_note_gaps = (
                    "Les charges d'entretien ont dépassé la prévision après la panne du groupe froid ; les "
                    "autres postes ont été tenus à quelques pour cent près."
                )
            elif row.project_id == project_id:
                row.report_note_indirect = (
                    "Le loyer, l'assurance et les frais bancaires de l'association sont affectés à l'action "
                    "au prorata de la surface de l'épicerie dans le local (60 %)."
                )
                row.report_note_gaps = "Les écarts de plus de 15 % sont expliqués ligne par ligne ci-dessous."
            else:
                continue
            row.report_note_in_kind = (
                "Le bénévolat est valorisé au SMIC horaire brut chargé, d'après les feuilles de présence ; "
                "les dons de denrées de la Banque alimentaire à leur valeur de référence au kilo."
            )
        self.session.flush()

    def _settle_budgets(self) -> None:
        """Balance each budget as the CERFA computes it (the 758 line takes up the difference), but for
        the UNBALANCED_BUDGETS; give the REPORTED_PROJECT actual amounts, two of them far off forecast."""
        from sqlalchemy import select

        from coopdesk.domain.budget import build_budget
        from coopdesk.storage.repositories import budget_repository

        for spec in PROJECTS:
            project = self.projects[spec.key]
            budget = build_budget(budget_repository.project_sources(self.session, project.id))
            gap = budget.balance.difference_cents - _UNBALANCED_BUDGETS.get(spec.key, 0) * 100
            rows = self.session.scalars(select(BudgetLine).where(BudgetLine.project_id == project.id)).all()
            gifts = next((row for row in rows if row.account == "758"), None)
            if gap and gifts is not None and gifts.planned_cents + gap >= 0:
                gifts.planned_cents += gap
            elif gap > 0:
                self.session.add(
                    BudgetLine(project_id=project.id, section=BudgetSection.PRODUCTS.value, account="758",
                               label="Dons, mécénat et fonds propres", planned_cents=gap, position=len(rows))
                )  # fmt: skip
            if spec.key != _REPORTED_PROJECT:
                continue
            off = {"613": (120, "Le bailleur a augmenté le loyer de l'entrepôt en cours d'année."),
                   "625": (70, "")}  # fmt: skip
            for row in rows:
                if row.section in ("in_kind_uses", "in_kind_resources") or row.account == "758":
                    row.actual_cents = row.planned_cents
                    continue
                percent, explanation = off.get(row.account, (98 if row.section == "charges" else 101, ""))
                row.actual_cents = row.planned_cents * percent // 10_000 * 100
                row.gap_explanation = explanation

    # -- time --------------------------------------------------------------------------------------------

    def _time_entries(self, copy: int) -> None:
        planned = self.planned[copy * len(APPLICATIONS) : (copy + 1) * len(APPLICATIONS)]
        weights = [_STATUS_TIME_WEIGHT[item.spec.status] for item in planned]
        total_weight = sum(weights)
        rows: list[TimeEntry] = []
        for item, weight in zip(planned, weights, strict=True):
            count = max(1, round(APPLICATION_TIME_ENTRIES_PER_COPY * weight / total_weight))
            rows.extend(self._application_time(item, count))
        rows.extend(self._research_time(copy))
        self.session.add_all(rows)
        self._count("time_entries", len(rows))

    def _application_time(self, planned: _Planned, count: int) -> list[TimeEntry]:
        timeline, row = planned.timeline, planned.row
        today = self.today
        if planned.spec.status in (S.IDEA, S.DRAFTING):
            preparation_end = today
        else:  # until the file left, or was given up
            preparation_end = timeline.submitted_on or timeline.steps[-1][0]
        preparation: Sequence[TimeActivity] = (
            (TimeActivity.RESEARCH, TimeActivity.MEETINGS, TimeActivity.OTHER)
            if planned.spec.status is S.IDEA
            else _PREPARATION
        )
        phases: list[tuple[int, dt.date, dt.date, Sequence[TimeActivity]]] = [
            (6, timeline.created, preparation_end, preparation)
        ]
        if timeline.submitted_on is not None:
            follow_end = min(timeline.decision_on or today, today)
            phases.append(
                (2, timeline.submitted_on, follow_end, (TimeActivity.FOLLOW_UP, TimeActivity.MEETINGS))
            )
        if timeline.period is not None and any(status is S.REPORT_DUE for _, status, _ in timeline.steps):
            report_end = timeline.report_filed_on or today
            phases.append(
                (
                    3,
                    timeline.period[1] + DAY,
                    report_end,
                    (TimeActivity.REPORTING, TimeActivity.REPORTING, TimeActivity.COLLECTING_PIECES),
                )
            )
        entries: list[TimeEntry] = []
        for _ in range(count):
            _, start, end, activities = self.rng.choices(phases, [phase[0] for phase in phases])[0]
            activity = self.rng.choice(activities)
            if activity is TimeActivity.PLATFORM_ENTRY and timeline.submitted_on is not None:
                start = max(start, timeline.submitted_on - dt.timedelta(days=10))
            day = _random_day(self.rng, start, min(end, today))
            entries.append(
                TimeEntry(
                    volunteer_id=self._time_volunteer(planned.spec.owner, day).id,
                    application_id=row.id,
                    spent_on=day,
                    minutes=self._minutes(activity),
                    activity=activity.value,
                    note=self.rng.choice(_TIME_NOTES[activity]),
                )
            )
        return entries

    def _research_time(self, copy: int) -> list[TimeEntry]:
        """Watching calls and funders before any application: time that no application shows."""
        used_calls = {spec.call for spec in APPLICATIONS if spec.call}
        free_calls = [call for key, call in self.calls[copy].items() if key not in used_calls]
        funders = list(self.funders[copy].values())
        entries: list[TimeEntry] = []
        for _ in range(RESEARCH_TIME_ENTRIES_PER_COPY):
            if self.rng.random() < 0.5:
                call = self.rng.choice(free_calls)
                end = min(call.deadline or self.today, self.today)
                start = call.opens_on or end - dt.timedelta(days=300)
                day = _random_day(self.rng, min(start, end), end)
                funder_id, call_id = None, call.id
                note = f"Veille : « {call.title} »"
            else:
                funder = self.rng.choice(funders)
                day = self.today - self._days(1, 1000)
                funder_id, call_id = funder.id, None
                note = f"Recherche des dispositifs de {funder.name}"
            entries.append(
                TimeEntry(
                    volunteer_id=self._time_volunteer(GRANTS, day).id,
                    application_id=None,
                    funder_id=funder_id,
                    call_id=call_id,
                    spent_on=day,
                    minutes=self._minutes(TimeActivity.RESEARCH),
                    activity=TimeActivity.RESEARCH.value,
                    note=note,
                )
            )
        return entries

    def _time_volunteer(self, owner: int, day: dt.date) -> Volunteer:
        if self.rng.random() < 0.55:
            return self.volunteers[owner]
        old = day < self.today - dt.timedelta(days=400)
        choices = [volunteer for volunteer in self.volunteers if volunteer.active or old]
        return self.rng.choice(choices)

    def _minutes(self, activity: TimeActivity) -> int:
        low, high = _MINUTES[activity]
        return 15 * self.rng.randint(low, high)


# --- Values computed once -------------------------------------------------------------------------------


def _grouped(iban: str) -> str:
    return " ".join(iban[index : index + 4] for index in range(0, len(iban), 4))


def _funded_year(deadline: dt.date) -> int:
    """Calls closing in the autumn fund the next year."""
    return deadline.year + 1 if deadline.month >= 9 else deadline.year


def _random_day(rng: random.Random, start: dt.date, end: dt.date) -> dt.date:
    if end <= start:
        return end
    return start + dt.timedelta(days=rng.randint(0, (end - start).days))


def _figures(year: int, this_year: int) -> dict[str, object]:
    """The association's activity figures of `year`, growing a little every year."""
    step = max(0, year - (this_year - 8))
    volunteers = max(20, 38 - 2 * (this_year - 1 - year))
    rate_cents = 1400 + 35 * step
    return {
        "year": year,
        "households": 140 + 14 * step,
        "people": (140 + 14 * step) * 23 // 10,
        "tonnes": 38 + 3 * step,
        "fresh": 28 + 3 * step,
        "volunteers": volunteers,
        "hours": volunteers * 165,
        "response": 48 + 3 * step,
        "rate": f"{rate_cents // 100},{rate_cents % 100:02d}",
        "saved": 12 + 2 * step,
    }


ASSOCIATION_SIRET = _siret("82314697", "0001")
ASSOCIATION_IBAN = _french_iban("16958", "00041", "04215873901")
ASSOCIATION_BIC = "BCLZFRP1XXX"
ASSOCIATION_RNA = "W343009871"
OLD_IBAN = _french_iban("17289", "00210", "00036127458")


# --- The history of changes, as if the association had used CoopDesk for months ----------------------


def _past_history(builder: _DemoBuilder) -> None:
    """Funders and calls entered before the first application, by the volunteers who did it; each
    application's creation, status changes, decision and payments on the days its status history says,
    by the volunteers who made them; one application dropped and later deleted, for "Supprimés…"."""
    session, rng = builder.session, builder.rng
    session.flush()
    names = [spec.name for spec in VOLUNTEERS]
    first_day = min(planned.timeline.created for planned in builder.planned)

    def moment(day: dt.date) -> dt.datetime:
        return _at(min(day, builder.today), rng.randint(9, 18), rng.randint(0, 59))

    funder_days: dict[int, dt.date] = {}
    for funders in builder.funders:
        for funder in funders.values():
            funder_days[funder.id] = first_day - dt.timedelta(days=rng.randint(20, 90))
    history_repository.restamp(
        session,
        HistoryEntity.FUNDER,
        {key: (moment(day), names[PRESIDENT]) for key, day in funder_days.items()},
    )
    first_use: dict[int, dt.date] = {}
    for planned in builder.planned:
        if planned.row.call_id is not None:
            day = first_use.get(planned.row.call_id, planned.timeline.created)
            first_use[planned.row.call_id] = min(day, planned.timeline.created)
    call_stamps: dict[int, tuple[dt.datetime, str]] = {}
    for calls in builder.calls:
        for call in calls.values():
            day = call.opens_on or (call.deadline - dt.timedelta(days=75) if call.deadline else first_day)
            day = min(day, first_use.get(call.id, day) - dt.timedelta(days=rng.randint(1, 10)))
            if call.funder_id in funder_days:
                day = max(day, funder_days[call.funder_id] + DAY)
            call_stamps[call.id] = (moment(day), names[GRANTS])
    history_repository.restamp(session, HistoryEntity.CALL, call_stamps)

    changes: list[PastChange] = []
    for planned in builder.planned:
        changes.extend(_application_past(builder, planned.row, planned.funder.name, names[TREASURER]))
    history_repository.replace_history(
        session, HistoryEntity.APPLICATION, [planned.row.id for planned in builder.planned], changes
    )
    _dropped_application(builder, names)


def _application_past(
    builder: _DemoBuilder, row: Application, funder_name: str, treasurer: str
) -> list[PastChange]:
    """The events of one application, from its status history (who moved it, when) and its payments."""
    statuses = application_repository.history(builder.session, row.id)
    E, A = HistoryEntity, HistoryAction
    created = statuses[0]

    def change(
        at: dt.datetime,
        who: str,
        action: HistoryAction,
        name: str | None = None,
        old: object = None,
        new: object = None,
    ) -> PastChange:
        return PastChange(at, who, E.APPLICATION, row.id, row.title, action, name, old, new)

    events = [change(created.changed_at, created.changed_by, A.CREATED)]
    for name, value in (
        ("status", S.IDEA),
        ("funder", funder_name),
        ("amount_requested_cents", row.amount_requested_cents),
        ("deadline", row.deadline),
    ):
        events.append(change(created.changed_at, created.changed_by, A.CREATED, name, None, value))
    for step in statuses[1:]:
        at, who, target = step.changed_at, step.changed_by, step.to_status
        events.append(change(at, who, A.TRANSITION, "status", step.from_status, target))
        recorded: list[tuple[str, object]] = []
        if target is S.SUBMITTED:
            recorded = [("submitted_on", row.submitted_on)]
        elif target in (S.GRANTED, S.PARTIALLY_GRANTED):
            recorded = [
                ("amount_granted_cents", row.amount_granted_cents),
                ("decision_on", row.decision_on),
                ("report_due_on", row.report_due_on),
            ]
        elif target is S.REFUSED:
            recorded = [("decision_on", row.decision_on), ("refusal_reason", row.refusal_reason)]
        elif target is S.REPORT_FILED:
            recorded = [("report_filed_on", row.report_filed_on)]
        events.extend(change(at, who, A.UPDATED, name, None, value) for name, value in recorded if value)
    for payment in row.payments:
        at = _at(payment.received_on, builder.rng.randint(10, 17), builder.rng.randint(0, 59))
        head = PastChange(
            at, treasurer, E.PAYMENT, payment.id, payment.reference, A.CREATED,
            parent_entity=E.APPLICATION, parent_id=row.id,
        )  # fmt: skip
        events.append(head)
        for name, value in (
            ("received_on", payment.received_on),
            ("amount_cents", payment.amount_cents),
            ("reference", payment.reference),
        ):
            events.append(replace(head, field=name, new_value=value))
    events.sort(key=lambda event: event.occurred_at)  # stable: a save's events keep their order
    return events


def _dropped_application(builder: _DemoBuilder, names: list[str]) -> None:
    """An idea written, dropped (the foundation does not fund festive parcels) and deleted weeks later."""
    session, today = builder.session, builder.today
    funder = builder.funders[0]["semeurs"]
    created = today - dt.timedelta(days=150)
    application = Application(
        title=f"Colis festifs de fin d'année {today.year}",
        funder_id=funder.id,
        owner_id=builder.volunteers[WRITER].id,
        status=S.WITHDRAWN.value,
        funding_type=FundingType.OPERATING.value,
        amount_requested_cents=150_000,
        deadline=created + dt.timedelta(days=45),
        notes="La fondation ne finance pas les colis festifs : abandonné.",
    )
    session.add(application)
    session.flush()
    E, A = HistoryEntity, HistoryAction
    writer, grants, president = names[WRITER], names[GRANTS], names[PRESIDENT]
    at_creation, at_drafting = _at(created, 14, 5), _at(created + dt.timedelta(days=6), 10, 40)
    at_withdrawal = _at(created + dt.timedelta(days=27), 17, 15)

    def change(
        at: dt.datetime,
        who: str,
        action: HistoryAction,
        name: str | None = None,
        old: object = None,
        new: object = None,
    ) -> PastChange:
        return PastChange(at, who, E.APPLICATION, application.id, application.title, action, name, old, new)

    history_repository.replace_history(
        session,
        E.APPLICATION,
        [application.id],
        [
            change(at_creation, writer, A.CREATED),
            change(at_creation, writer, A.CREATED, "status", None, S.IDEA),
            change(at_creation, writer, A.CREATED, "funder", None, funder.name),
            change(at_creation, writer, A.CREATED, "amount_requested_cents", None, 150_000),
            change(at_creation, writer, A.CREATED, "deadline", None, application.deadline),
            change(at_drafting, writer, A.TRANSITION, "status", S.IDEA, S.DRAFTING),
            change(at_withdrawal, grants, A.TRANSITION, "status", S.DRAFTING, S.WITHDRAWN),
            change(at_withdrawal, grants, A.UPDATED, "notes", "", application.notes),
        ],
    )
    # Deleted through the repository, as the window does, with its author and day.
    session.info["actor"], session.info["occurred_at"] = president, _at(today - dt.timedelta(days=21), 18, 30)
    try:
        application_repository.delete(session, application.id)
    finally:
        del session.info["actor"], session.info["occurred_at"]
