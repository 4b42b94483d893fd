"""Searching the text library: 10,000 texts (three versions each) must answer within 30 ms per query.

A database is filled with invented texts by bulk inserts: French words with accents drawn as in real
texts (Zipf: function words, then topical words each found in 10 to 50 % of the texts, then thousands of
rarer words); the migration's triggers index the current version of each as it is inserted, as they do for
the window and the demo. Each query goes through `TextService.search` (one session, the ranked SQL with
its LIMIT, the highlighted excerpts, the rows built): single words, words typed prefix by prefix,
several words, and misses. The baseline is the budget (30 ms): a ratio of 1.0 means the median just fits.
Runs on SQLite (FTS5) and, when PostgreSQL server binaries are installed, on PostgreSQL (tsvector, GIN).
"""

from __future__ import annotations

import random
import statistics
import sys
import tempfile
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import insert

from coopdesk.domain.enums import TextCategory
from coopdesk.services.text_service import TextService
from coopdesk.storage.database import Database
from coopdesk.storage.tables import TextBlock, TextBlockVersion
from tests.perf.harness import Result, print_table
from tests.postgres_server import PostgresServer, PostgresStartError, PostgresUnavailable

BLOCKS = 10_000
VERSIONS = 3
BUDGET_S = 0.030

_VOCABULARY_TEXT = (
    "épicerie solidaire bénévoles familles foyers accueil orientation travailleurs sociaux CCAS "
    "précarité alimentaire produits frais fruits légumes tonnes denrées distribuées partenaires "
    "commune département région État DDETS banque alimentaire ramasse chaîne du froid ateliers cuisine "
    "budget accompagnement insertion étudiants retraités quartier prioritaire politique de la ville "
    "gaspillage invendus commerces agriculteurs circuits courts dignité libre choix participation "
    "indicateurs évaluation questionnaire satisfaction assemblée générale conseil d'administration "
    "salariée coordinatrice logistique camion entrepôt local loyer assurance formation hygiène "
    "Hérault Montpellier Lodève Clermont-l'Hérault Pézenas Béziers Sète Lunel territoire rural mobilité"
)
_TOPICAL = _VOCABULARY_TEXT.split()
_FUNCTION_WORDS = [
    "de",
    "la",
    "le",
    "les",
    "et",
    "des",
    "à",
    "en",
    "du",
    "pour",
    "un",
    "une",
    "au",
    "aux",
    "dans",
    "par",
    "sur",
    "avec",
    "qui",
    "que",
    "est",
    "sont",
    "leur",
    "ses",
    "nous",
]
_SYLLABLES = ("ca", "ré", "mo", "ti", "lu", "pé", "ra", "vo", "ni", "ço", "gè", "ba", "du", "fi", "sa", "lo")
RARE_WORDS = 3_000


def _vocabulary(rng: random.Random) -> tuple[list[str], list[float]]:
    """Words as they come in real texts (Zipf): function words, then the topical words (each in 10 to
    50 % of the texts), then thousands of rarer ones. Weight 1/rank."""
    rare = {"".join(rng.choice(_SYLLABLES) for _ in range(rng.randint(3, 5))) for _ in range(RARE_WORDS)}
    topical = list(_TOPICAL)
    rng.shuffle(topical)
    words = [*_FUNCTION_WORDS, *topical, *sorted(rare)]
    return words, [1 / (rank + 1) for rank in range(len(words))]


_TITLES = (
    "Présentation de l'association", "Objectifs du projet", "Public accueilli", "Territoire",
    "Moyens humains", "Partenariats", "Évaluation", "Budget commenté", "Gaspillage", "Ateliers cuisine",
)  # fmt: skip
SINGLE = ("alimentaire", "bénévoles", "hérault", "precarite", "étudiants", "camion")
TYPED = ("épicerie", "partenaires", "questionnaire")
PHRASES = (
    "aide alimentaire hérault",
    "bénévoles ramasse",
    "circuits courts agriculteurs",
    "ateliers cuisine",
)
MISSES = ("xylophone", "zzz", "bénévoles xylophone")


def _body(rng: random.Random, words: int, vocabulary: tuple[list[str], list[float]]) -> str:
    sentences = []
    while words > 0:
        length = rng.randint(8, 20)
        sentence = " ".join(rng.choices(vocabulary[0], vocabulary[1], k=length))
        sentences.append(sentence[0].upper() + sentence[1:] + ".")
        words -= length
    return " ".join(sentences)


def fill(database: Database, seed: int = 2026) -> None:
    rng = random.Random(seed)
    vocabulary = _vocabulary(rng)
    categories = list(TextCategory)
    blocks, versions = [], []
    for block_id in range(1, BLOCKS + 1):
        blocks.append(
            {
                "id": block_id,
                "title": f"{rng.choice(_TITLES)} {block_id}",
                "category": categories[block_id % len(categories)].value,
                "tags": "",
                "current_version": VERSIONS,
            }
        )
    with database.session() as session:
        session.execute(insert(TextBlock), blocks)
    for number in range(1, VERSIONS + 1):  # the last insert of each block indexes its current body
        versions = [
            {
                "text_block_id": block_id,
                "number": number,
                "body": _body(rng, rng.randint(60, 180), vocabulary),
            }
            for block_id in range(1, BLOCKS + 1)
        ]
        with database.session() as session:
            session.execute(insert(TextBlockVersion), versions)
    with database.engine.begin() as connection:
        connection.exec_driver_sql("ANALYZE")


def _prefixes(words: tuple[str, ...]) -> list[str]:
    return [word[:end] for word in words for end in range(2, len(word) + 1)]


def _median_per_query(service: TextService, queries: list[str], runs: int) -> dict[str, float]:
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


def _measure(label: str, database: Database, runs: int) -> list[Result]:
    service = TextService(database)
    hits = {query: len(service.search(query)) for query in ("alimentaire", "camion", "zzz")}
    groups = {
        "one word": list(SINGLE),
        "typed prefixes": _prefixes(TYPED),
        "several words": list(PHRASES),
        "nothing found": list(MISSES),
    }
    results: list[Result] = []
    everything: dict[str, float] = {}
    for group, queries in groups.items():
        medians = _median_per_query(service, queries, runs)
        everything.update(medians)
        slowest = max(medians, key=lambda query: medians[query])
        results.append(
            Result(
                name=f"text search ({label}): {group}",
                measured_s=statistics.median(medians.values()),
                baseline_s=BUDGET_S,
                target_ratio=1.0,
                runs=runs * len(queries),
                note=(
                    f"median of {len(queries)} queries; slowest {slowest!r} {medians[slowest] * 1000:.1f} ms"
                ),
            )
        )
    worst = max(everything, key=lambda query: everything[query])
    results.append(
        Result(
            name=f"text search ({label}): all queries",
            measured_s=statistics.median(everything.values()),
            baseline_s=BUDGET_S,
            target_ratio=1.0,
            runs=runs * len(everything),
            note=(
                f"{BLOCKS} texts x {VERSIONS} versions; slowest {worst!r} {everything[worst] * 1000:.1f} ms; "
                f"hits (limit 50): {hits}"
            ),
        )
    )
    return results


@contextmanager
def _postgresql() -> Iterator[str | None]:
    try:
        server = PostgresServer.start()
    except (PostgresUnavailable, PostgresStartError):
        yield None
        return
    try:
        name = f"bench_{uuid.uuid4().hex[:8]}"
        server.create_database(name)
        yield server.url(name)
    finally:
        server.stop()


def run(quick: bool) -> list[Result]:
    runs = 5 if quick else 25
    results: list[Result] = []
    with tempfile.TemporaryDirectory() as folder:
        database = Database.open(f"sqlite:///{Path(folder) / 'texts.sqlite3'}")
        try:
            fill(database)
            results.extend(_measure("SQLite", database, runs))
        finally:
            database.dispose()
    with _postgresql() as url:
        if url is not None:
            database = Database.open(url)
            try:
                fill(database)
                results.extend(_measure("PostgreSQL", database, runs))
            finally:
                database.dispose()
    return results


if __name__ == "__main__":
    found = run(quick="--quick" in sys.argv)
    print_table(found)
    sys.exit(0 if all(result.ok for result in found) else 1)
