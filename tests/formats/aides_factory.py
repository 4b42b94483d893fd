"""Aides-territoires payloads for tests and benchmarks: realistic, deterministic, any size.

`make_aids_payload(2000, seed)` gives one API page of 2,000 aids, about 5 MB of JSON once dumped, with
HTML descriptions, financers as names, a perimeter, display values as the API writes them, and dates.
"""

from __future__ import annotations

import json
import random
from datetime import UTC, date, datetime, timedelta
from typing import Any

FINANCERS = (
    "DREETS Occitanie",
    "DDETS de l'Hérault",
    "DRAAF Occitanie",
    "Préfecture de l'Hérault",
    "Région Occitanie",
    "Conseil départemental de l'Hérault",
    "Montpellier Méditerranée Métropole",
    "Ville de Montpellier",
    "CCAS de Montpellier",
    "Caisse d'allocations familiales de l'Hérault",
    "MSA Languedoc",
    "Fonds social européen (FSE+)",
    "Fondation de France",
    "Fondation Carrefour",
    "Banque des Territoires",
    "ADEME",
    "Ministère des Solidarités",
)
PERIMETERS = ("France", "Occitanie", "Hérault", "Montpellier", "Gard", "Europe", "Auvergne-Rhône-Alpes")
CATEGORIES = (
    "Solidarités / lien social|Alimentation",
    "Solidarités / lien social|Précarité",
    "Solidarités / lien social|Inclusion",
    "Alimentation / agriculture|Circuits courts",
    "Alimentation / agriculture|Gaspillage alimentaire",
    "Économie sociale et solidaire|Associations",
    "Nature / environnement|Économie circulaire",
)
AUDIENCES = ("Associations", "Communes", "Intercommunalités / Pays", "Entreprises privées", "Particuliers")
AID_TYPES = ("Subvention", "Prêt", "Ingénierie technique", "Avance récupérable")
DESTINATIONS = ("Dépenses de fonctionnement", "Dépenses d'investissement")
RECURRENCES = ("Ponctuelle", "Permanente", "Récurrente")
WORDS = (
    "épicerie solidaire", "aide alimentaire", "bénévoles", "circuits courts", "précarité", "ménages",
    "accompagnement", "insertion", "produits frais", "collecte", "distribution", "territoire", "projet",
    "partenariat", "lutte contre le gaspillage", "dignité", "accès", "cuisine", "jardin partagé",
    "mobilité", "équipement", "chambre froide", "véhicule frigorifique", "formation", "évaluation",
)  # fmt: skip
_BASE_DAY = date(2027, 1, 1)


def _sentence(rng: random.Random) -> str:
    words = rng.choices(WORDS, k=rng.randint(5, 10))
    return (" ".join(words) + ".").capitalize()


def _description(rng: random.Random) -> str:
    parts = [f"<p>{_sentence(rng)} <strong>{_sentence(rng)}</strong></p>"]
    for _ in range(rng.randint(1, 2)):
        parts.append(f"<p>{_sentence(rng)}<br />{_sentence(rng)}&nbsp;: {_sentence(rng)}</p>")
    items = "".join(f"<li>{_sentence(rng)}</li>" for _ in range(rng.randint(2, 3)))
    parts.append(f"<ul>{items}</ul>")
    parts.append(
        f'<p>Plus d&#39;informations sur <a href="https://example.org/{rng.randint(1, 999)}">le site</a>.</p>'
    )
    return "\n".join(parts)


def _day(rng: random.Random, low: int, high: int) -> str:
    return (_BASE_DAY + timedelta(days=rng.randint(low, high))).isoformat()


def make_aid(rng: random.Random, index: int) -> dict[str, Any]:
    """One aid as the API serializes it."""
    name = f"Appel à projets {_sentence(rng)[:60].rstrip('.')} n°{index}"
    slug = f"{index:04x}-appel-a-projets-{index}"
    is_call = rng.random() < 0.6
    lower = rng.choice((None, 20, 30, 50))
    return {
        "id": 100000 + index,
        "slug": slug,
        "url": f"/aides/{slug}/",
        "name": name,
        "name_initial": name,
        "short_title": rng.choice(("", f"AAP {index}")),
        "financers": rng.sample(FINANCERS, k=rng.randint(1, 3)),
        "instructors": rng.sample(FINANCERS, k=rng.randint(0, 1)),
        "programs": [],
        "description": _description(rng),
        "eligibility": f"<p>{_sentence(rng)}</p><ul><li>{_sentence(rng)}</li></ul>",
        "perimeter": rng.choice(PERIMETERS),
        "mobilization_steps": ["Réflexion / conception", "Mise en œuvre / réalisation"],
        "origin_url": f"https://financeur.example.org/aap/{index}",
        "categories": rng.sample(CATEGORIES, k=rng.randint(1, 3)),
        "is_call_for_project": is_call,
        "application_url": rng.choice(("", f"https://www.demarches-simplifiees.fr/commencer/aap-{index}")),
        "targeted_audiences": rng.sample(AUDIENCES, k=rng.randint(1, 3)),
        "aid_types": rng.sample(AID_TYPES, k=rng.randint(1, 2)),
        "is_charged": False,
        "destinations": rng.sample(DESTINATIONS, k=rng.randint(0, 2)),
        "start_date": _day(rng, -200, 0),
        "predeposit_date": rng.choice((None, _day(rng, 1, 60))),
        "submission_deadline": None if not is_call else _day(rng, 61, 365),
        "subvention_rate_lower_bound": lower,
        "subvention_rate_upper_bound": None if lower is None else lower + rng.choice((10, 30, 50)),
        "loan_amount": None,
        "recoverable_advance_amount": None,
        "contact": f"<p>Service instructeur : <a href='mailto:aap{index}@example.org'>écrire</a>"
        f"<br>Tél. 04 67 {rng.randint(10, 99)} {rng.randint(10, 99)} {rng.randint(10, 99)}</p>",
        "recurrence": rng.choice(RECURRENCES),
        "project_examples": f"<p>{_sentence(rng)}</p>",
        "import_data_url": None,
        "import_data_mention": None,
        "import_share_licence": None,
        "date_created": datetime(2026, 1, 1, tzinfo=UTC).isoformat(),
        "date_updated": (
            datetime(2026, 6, 1, tzinfo=UTC) + timedelta(minutes=rng.randint(0, 200_000))
        ).isoformat(),
    }


def make_aids_payload(n: int, seed: int = 0) -> dict[str, Any]:
    """One page of the API's aid list holding n aids, the same for the same seed."""
    rng = random.Random(seed)
    return {
        "count": n,
        "next": None,
        "previous": None,
        "results": [make_aid(rng, index) for index in range(n)],
    }


def dump(payload: object, *, indent: int | None = None) -> bytes:
    """The payload as the API sends it and a browser saves it: compact UTF-8 JSON (or indented)."""
    separators = (",", ":") if indent is None else None
    return json.dumps(payload, ensure_ascii=False, indent=indent, separators=separators).encode("utf-8")
