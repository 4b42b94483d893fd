"""Search as you type among 5,000 funders and 20,000 contacts must answer within 50 ms per query.

A SQLite database is filled with invented funders (names with accents, apostrophes and hyphens, as in
real life), their contacts and the topics they handle, by bulk inserts; the search texts are then
computed by the repositories' own function, as the demo does. Each query goes through
`FunderService.search` (one session, SQL with LIMIT, the row objects built), typed prefix by prefix as
a volunteer types: "d", "dd", "dde", "ddet", "ddets"… The baseline is the budget itself (50 ms): a ratio
of 1.0 means the slowest median just fits.
"""

from __future__ import annotations

import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

from sqlalchemy import insert

from coopdesk.domain.enums import FunderKind, FunderLevel
from coopdesk.domain.funders import default_level
from coopdesk.domain.text_search import fold
from coopdesk.services.funder_service import FunderService
from coopdesk.storage.database import Database
from coopdesk.storage.repositories import contact_repository, funder_repository
from coopdesk.storage.tables import Contact, ContactTopic, Funder
from tests.perf.harness import Result, print_table

FUNDERS = 5_000
CONTACTS_PER_FUNDER = 4
BUDGET_S = 0.050

WORDS = ("ddets", "hérault", "alimentaire", "saint", "fondation", "castan", "précarité")
SHORT = ("d", "dd", "dde", "h", "hé", "hér", "a", "al", "ali", "c", "ca", "cas", "f", "fo", "fon")
PHRASES = ("aide alimentaire", "ccas saint", "ddets l'hérault", "caf gironde", "fondation partage")
MISSES = ("xyz", "introuvable", "ddets bretagne")  # nothing found: every funder is read

_DEPARTMENTS = (
    "l'Hérault", "l'Ardèche", "la Drôme", "l'Isère", "la Gironde", "Finistère", "la Corrèze", "la Lozère",
    "l'Aveyron", "Gard", "l'Aude", "Pyrénées-Orientales", "Bouches-du-Rhône", "Côte-d'Or", "l'Orne",
    "Seine-Saint-Denis", "Val-d'Oise", "la Nièvre", "l'Yonne", "Puy-de-Dôme",
)  # fmt: skip
_REGIONS = (
    "Occitanie",
    "Auvergne-Rhône-Alpes",
    "Nouvelle-Aquitaine",
    "Bretagne",
    "Grand Est",
    "Île-de-France",
)
_TOWN_STEMS = (
    "Saint-Martin", "Castelnau", "Villeneuve", "Montferrier", "Sainte-Croix", "Le Bousquet", "Saint-Jean",
    "Fontanès", "La Roque", "Saint-Privat", "Les Aires", "Saint-Clément", "Valmagne", "Pégairolles",
)  # fmt: skip
_TOWN_SUFFIXES = ("-de-Garrigue", "-sur-Lez", "-les-Vignes", "-le-Vieux", "-du-Causse", "-des-Pins", "")
_FOUNDATION_WORDS = ("Partage", "Solidarité", "Avenir", "Entraide", "Semeurs", "Greniers", "Glaneurs", "Cœur")
_FIRST = (
    "Claire", "Mathilde", "Élodie", "Fatima", "Anaïs", "Céline", "Julien", "Karim", "Thomas", "Loïc",
    "François", "Hélène", "Agnès", "Sébastien", "Zoé", "Rachid", "Maëlle", "Jérôme", "Inès", "Noël",
)  # fmt: skip
_LAST = (
    "Castan", "Fabre", "Mercier", "Bonnet", "Girard", "Guérin", "Boyer", "Perrin", "Rey", "Aubert",
    "Brun", "Marty", "Bousquet", "Teissier", "Cabanel", "Granier", "Salles", "Azaïs", "N'Diaye", "Lefèvre",
)  # fmt: skip
_TOPICS = (
    "aide alimentaire", "précarité", "PAT", "insertion", "lutte contre le gaspillage",
    "politique de la ville", "investissement", "bénévolat", "FSE+", "épiceries solidaires", "mobilité",
    "parentalité",
)  # fmt: skip
_ROLES = (
    "Chargée de mission",
    "Responsable du pôle",
    "Instructeur des subventions",
    "Directrice",
    "Assistant",
)


def _town(rng: random.Random) -> str:
    return rng.choice(_TOWN_STEMS) + rng.choice(_TOWN_SUFFIXES)


def _funder_name(rng: random.Random, kind: FunderKind, index: int) -> str:
    department = rng.choice(_DEPARTMENTS)
    names = {
        FunderKind.STATE_SERVICE: rng.choice(("DDETS de ", "DDETSPP de ", "DRAAF ", "Préfecture de "))
        + department,
        FunderKind.REGION: "Région " + rng.choice(_REGIONS),
        FunderKind.DEPARTMENT: "Département de " + department,
        FunderKind.INTERCOMMUNALITY: "Communauté de communes de " + _town(rng),
        FunderKind.MUNICIPALITY: "Commune de " + _town(rng),
        FunderKind.CCAS: "CCAS de " + _town(rng),
        FunderKind.CAF: "CAF de " + department,
        FunderKind.MSA: "MSA " + rng.choice(_REGIONS),
        FunderKind.EUROPEAN_FUND: "Fonds social européen plus – " + rng.choice(_REGIONS),
        FunderKind.FOUNDATION: "Fondation " + " ".join(rng.sample(_FOUNDATION_WORDS, 2)),
        FunderKind.COMPANY: "Mécénat des Vergers " + _town(rng),
        FunderKind.OTHER: "Réseau des épiceries solidaires " + rng.choice(_REGIONS),
    }
    return f"{names[kind]} {index}"  # a number keeps 5,000 names distinct


def build(url: str, seed: int = 2026) -> Database:
    """An empty database at `url` filled with FUNDERS funders, 4 contacts each, 1-3 topics per contact."""
    database = Database.open(url)
    rng = random.Random(seed)
    kinds = list(FunderKind)
    funders, contacts, topics = [], [], []
    contact_id = 0
    for funder_id in range(1, FUNDERS + 1):
        kind = kinds[funder_id % len(kinds)]
        name = _funder_name(rng, kind, funder_id)
        level: FunderLevel = default_level(kind)
        funders.append(
            {
                "id": funder_id,
                "name": name,
                "normalized_name": fold(name),
                "kind": kind.value,
                "level": level.value,
            }
        )
        for _ in range(CONTACTS_PER_FUNDER):
            contact_id += 1
            person = f"{rng.choice(_FIRST)} {rng.choice(_LAST)}"
            contacts.append(
                {
                    "id": contact_id,
                    "funder_id": funder_id,
                    "name": person,
                    "role": rng.choice(_ROLES),
                    "active": rng.random() > 0.2,
                }
            )
            for topic in rng.sample(_TOPICS, rng.randint(1, 3)):
                topics.append({"contact_id": contact_id, "topic": topic})
    with database.session() as session:
        session.execute(insert(Funder), funders)
        session.execute(insert(Contact), contacts)
        session.execute(insert(ContactTopic), topics)
        contact_repository.refresh_search_text(session)
        funder_repository.refresh_search_text(session)
    with database.engine.begin() as connection:
        connection.exec_driver_sql("ANALYZE")
    return database


def _prefixes(words: tuple[str, ...]) -> list[str]:
    return [word[:end] for word in words for end in range(1, len(word) + 1)]


def _median_per_query(service: FunderService, queries: list[str], runs: int) -> dict[str, float]:
    medians: dict[str, float] = {}
    for query in queries:
        service.search(query)  # warm the statement cache and the pages
        timings = []
        for _ in range(runs):
            start = time.perf_counter()
            service.search(query)
            timings.append(time.perf_counter() - start)
        medians[query] = statistics.median(timings)
    return medians


def run(quick: bool) -> list[Result]:
    runs = 5 if quick else 25
    with tempfile.TemporaryDirectory() as folder:
        database = build(f"sqlite:///{Path(folder) / 'search.sqlite3'}")
        try:
            service = FunderService(database)
            hits = {query: len(service.search(query)) for query in ("d", "alimentaire", "castan", "zzz")}
            groups = {
                "1-3 letters": list(SHORT),
                "typed prefixes": _prefixes(WORDS),
                "several words": list(PHRASES),
                "nothing found": list(MISSES),
            }
            results = []
            worst_query, worst = "", 0.0
            for label, queries in groups.items():
                medians = _median_per_query(service, queries, runs)
                slowest = max(medians, key=lambda query: medians[query])
                if medians[slowest] > worst:
                    worst_query, worst = slowest, medians[slowest]
                results.append(
                    Result(
                        name=f"funder search: {label}",
                        measured_s=statistics.median(medians.values()),
                        baseline_s=BUDGET_S,
                        target_ratio=1.0,
                        runs=runs * len(queries),
                        note=(
                            f"median of {len(queries)} queries; "
                            f"slowest {slowest!r} {medians[slowest] * 1000:.1f} ms"
                        ),
                    )
                )
            results.append(
                Result(
                    name="funder search: slowest query",
                    measured_s=worst,
                    baseline_s=BUDGET_S,
                    target_ratio=1.0,
                    runs=runs,
                    note=(
                        f"{worst_query!r}; {FUNDERS} funders, {FUNDERS * CONTACTS_PER_FUNDER} contacts, "
                        f"limit {funder_repository.DEFAULT_LIMIT}; hits: {hits}"
                    ),
                )
            )
            return results
        finally:
            database.dispose()


if __name__ == "__main__":
    found = run(quick="--quick" in sys.argv)
    print_table(found)
    sys.exit(0 if all(result.ok for result in found) else 1)
