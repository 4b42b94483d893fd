"""`coopdesk texts …`: search, list, show and add texts of the library from the command line."""

from __future__ import annotations

import argparse
from typing import Final

from coopdesk.cli.common import (
    EXIT_OK,
    NO_BREAK_SPACE,
    Parser,
    UserError,
    integer,
    number_sign,
    open_registry,
    plural,
    quoted,
    read_input,
)
from coopdesk.cli.numbers import whole_number
from coopdesk.domain.dates import format_date
from coopdesk.domain.enums import TextCategory
from coopdesk.domain.errors import FieldErrors, InvalidValueCode, NotFound
from coopdesk.domain.text_search import fold
from coopdesk.domain.texts import (
    MATCH_END,
    MATCH_START,
    TextBlockInput,
    count_text,
    parse_category,
)
from coopdesk.paths import Locations

CATEGORY_LABELS: Final = {
    TextCategory.PRESENTATION: "Présentation de l'association",
    TextCategory.OBJECTIVES: "Objectifs",
    TextCategory.AUDIENCE: "Public visé",
    TextCategory.TERRITORY: "Territoire",
    TextCategory.HUMAN_RESOURCES: "Moyens humains",
    TextCategory.PARTNERSHIPS: "Partenariats",
    TextCategory.EVALUATION: "Évaluation",
    TextCategory.BUDGET_NOTES: "Budget commenté",
    TextCategory.OTHER: "Autre",
}

_FIELD_PROBLEMS: Final = {
    ("title", InvalidValueCode.REQUIRED): "le titre est obligatoire",
    ("title", InvalidValueCode.TOO_LONG): "le titre dépasse 300 caractères",
    ("body", InvalidValueCode.REQUIRED): "le texte est vide",
    ("body", InvalidValueCode.TOO_LONG): "le texte est trop long (200 000 caractères au plus)",
    ("tags", InvalidValueCode.TOO_LONG): "les mots-clés dépassent 500 caractères",
}


def _one_line(text: str) -> str:
    return " ".join(text.split())


def plain_excerpt(excerpt: str) -> str:
    """A search excerpt on one line, each match between « » (no-break spaces inside)."""
    one_line = _one_line(excerpt)  # before the no-break spaces: str.split() would take them for spaces
    return one_line.replace(MATCH_START, f"«{NO_BREAK_SPACE}").replace(MATCH_END, f"{NO_BREAK_SPACE}»")


def _category_list() -> str:
    return ", ".join(f"{category.value} ({label})" for category, label in CATEGORY_LABELS.items())


def _cmd_search(args: argparse.Namespace, locations: Locations) -> int:
    if not args.query.strip():
        raise UserError("Indiquez les mots à chercher.")
    limit = whole_number(args.limit, "nombre de textes (--limit)")
    registry = open_registry(locations, must_exist=True)
    try:
        hits = registry.texts.search(args.query, limit=limit)
    finally:
        registry.close()
    if not hits:
        print(f"Aucun texte ne contient {quoted(_one_line(args.query))}.")
        return EXIT_OK
    for hit in hits:
        print(f"{hit.id:>5}  {_one_line(hit.title)}  [{CATEGORY_LABELS[hit.category]}]")
        excerpt = plain_excerpt(hit.excerpt)
        if excerpt:
            print(f"       {excerpt}")
    print(plural(len(hits), "texte trouvé", "textes trouvés") + ".")
    return EXIT_OK


def _cmd_list(args: argparse.Namespace, locations: Locations) -> int:
    registry = open_registry(locations, must_exist=True)
    try:
        blocks = registry.texts.list_blocks()
    finally:
        registry.close()
    if not blocks:
        print("La bibliothèque de textes est vide : ajoutez-en avec « coopdesk texts add ».")
        return EXIT_OK
    for block in blocks:
        counts = count_text(block.body)
        print(
            f"{block.id:>5}  {_one_line(block.title)}  [{CATEGORY_LABELS[block.category]}]  "
            f"v{block.current_version}  {plural(counts.characters, 'caractère', 'caractères')}"
        )
    print(plural(len(blocks), "texte", "textes") + ".")
    return EXIT_OK


def _cmd_show(args: argparse.Namespace, locations: Locations) -> int:
    text_id = whole_number(args.id, "numéro de texte")
    registry = open_registry(locations, must_exist=True)
    try:
        block = registry.texts.get(text_id)
    except NotFound as error:
        raise UserError(f"Aucun texte {number_sign(text_id)} dans la bibliothèque.") from error
    finally:
        registry.close()
    counts = count_text(block.body)
    print(_one_line(block.title))
    print(f"Catégorie : {CATEGORY_LABELS[block.category]}")
    if block.tags:
        print(f"Mots-clés : {', '.join(block.tags)}")
    reviewed = format_date(block.last_reviewed_on) if block.last_reviewed_on else "jamais"
    print(f"Version {block.current_version}, relu le {reviewed}")
    print(
        f"{plural(counts.characters, 'caractère', 'caractères')} "
        f"({integer(counts.characters_without_spaces)} sans les espaces), "
        f"{plural(counts.words, 'mot', 'mots')}"
    )
    print()
    print(block.body)
    return EXIT_OK


def _cmd_add(args: argparse.Namespace, locations: Locations) -> int:
    category = parse_category(args.category, CATEGORY_LABELS)
    if category is None:
        raise UserError(f"Catégorie inconnue « {args.category} ». Catégories : {_category_list()}.")
    data = read_input(args.file)
    try:
        body = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise UserError(
            f"{args.file} n'est pas un fichier texte en UTF-8 : enregistrez-le en « texte brut (UTF-8) »."
        ) from error
    if "\x00" in body:
        raise UserError(f"{args.file} n'est pas un fichier texte : indiquez un fichier .txt.")
    registry = open_registry(locations)
    try:
        same_title = [
            existing.id
            for existing in registry.texts.list_blocks()
            if fold(existing.title) == fold(args.title)
        ]
        block = registry.texts.create(
            TextBlockInput(
                title=args.title,
                category=category,
                body=body,
                tags=tuple(args.tags.split(",")) if args.tags else (),
                author=args.author or "",
            )
        )
    except FieldErrors as errors:
        problems = [
            _FIELD_PROBLEMS.get((name, problem.code), f"{name} refusé")
            for name, problem in errors.errors.items()
        ]
        raise UserError("Texte non ajouté : " + " ; ".join(problems) + ".") from errors
    finally:
        registry.close()
    title = quoted(_one_line(block.title))
    print(f"Texte {number_sign(block.id)} {title} ajouté ({CATEGORY_LABELS[block.category]}).")
    if same_title:
        others = ", ".join(number_sign(number) for number in same_title)
        print(
            f"Attention : un autre texte porte déjà ce titre ({others}) ; "
            "renommez l'un des deux pour les distinguer."
        )
    return EXIT_OK


def add_commands(commands: argparse._SubParsersAction[Parser]) -> None:
    texts = commands.add_parser("texts", help="bibliothèque de textes : chercher, lister, afficher, ajouter")
    kinds = texts.add_subparsers(dest="texts_command", metavar="ACTION", parser_class=Parser, required=True)

    search = kinds.add_parser(
        "search",
        help="cherche dans les titres et les textes (sans tenir compte des accents ni des majuscules)",
        description="Cherche les textes dont le titre ou la version actuelle contient tous les mots "
        "(début de mot suffisant), les plus pertinents d'abord.",
    )
    search.add_argument("query", metavar="MOTS")
    search.add_argument("--limit", default="20", metavar="N", help="nombre de textes (20 par défaut)")
    search.set_defaults(handler=_cmd_search)

    listing = kinds.add_parser("list", help="liste les textes de la bibliothèque")
    listing.set_defaults(handler=_cmd_list)

    show = kinds.add_parser("show", help="affiche un texte (version actuelle)")
    show.add_argument("id", metavar="NUMÉRO")
    show.set_defaults(handler=_cmd_show)

    add = kinds.add_parser(
        "add",
        help="ajoute un texte lu dans un fichier texte (UTF-8)",
        description=f"Ajoute un texte à la bibliothèque. Catégories : {_category_list()}.",
    )
    add.add_argument("title", metavar="TITRE")
    add.add_argument(
        "--category",
        required=True,
        metavar="CATÉGORIE",
        help="catégorie (nom français ou clé, ex. objectifs)",
    )
    add.add_argument(
        "--file", required=True, metavar="FICHIER", help="fichier texte UTF-8 contenant le texte"
    )
    add.add_argument("--tags", metavar="MOTS-CLÉS", help="mots-clés séparés par des virgules")
    add.add_argument("--author", metavar="NOM", help="qui écrit ce texte (gardé avec la version)")
    add.set_defaults(handler=_cmd_add)
