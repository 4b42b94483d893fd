"""`coopdesk pack DOSSIER -o FICHIER.pdf [--sans PIECE]...`: the printed application pack, in French.

Prints what the pack holds (parts, pieces joined with their pages), then what needs attention: missing
information, missing or expired pieces, unreadable files, files provided separately.
"""

from __future__ import annotations

import argparse

from coopdesk.cli.common import EXIT_OK, UserError, open_registry, output_path, plural, write_file
from coopdesk.cli.numbers import required, whole_number
from coopdesk.domain.applications import PieceState
from coopdesk.domain.pack import PackContent, PackPlan, PieceStatus, PlannedPiece
from coopdesk.paths import Locations


def add_commands(commands: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    pack = commands.add_parser(
        "pack",
        help="prépare le dossier complet d'une demande en un seul PDF (page de garde, sommaire, identité, "
        "projet, budget, attestation sur l'honneur, liste des pièces et pièces jointes)",
    )
    pack.add_argument("application_id", nargs="?", metavar="DOSSIER", help="numéro du dossier")
    pack.add_argument("-o", "--output", metavar="FICHIER.pdf", help="fichier PDF à écrire")
    pack.add_argument(
        "--sans",
        dest="without",
        action="append",
        default=[],
        metavar="PIECE",
        help="laisse de côté la pièce n° PIECE : son rang dans la liste des pièces du dossier (onglet "
        "Pièces), tel que cette commande l'affiche, et non le numéro d'un document de « documents "
        "list » ; les autres pièces gardent leur numéro ; peut être répété (--sans 2 --sans 5)",
    )
    pack.set_defaults(handler=_cmd_pack)


def _summary(content: PackContent, pages: int, plan: PackPlan | None = None) -> list[str]:
    """What the pack holds and what needs attention. Pieces carry their rank in the whole checklist
    (`plan`, every piece, the numbers --sans takes), whatever was left out."""
    # reportlab and pypdf load only when a pack is made: `coopdesk` alone opens the window quickly.
    from coopdesk.reports.pack import (
        MISSING_LABELS,
        budget_todo_lines,
        piece_title,
        piece_todo_text,
        validity_text,
    )

    numbers = {piece.piece_id: number for number, piece in enumerate(content.pieces, start=1)}
    left_out: list[tuple[int, PlannedPiece]] = []
    if plan is not None:
        numbers = {piece.piece_id: number for number, piece in enumerate(plan.pieces, start=1)}
        left_out = [(numbers[piece.piece_id], piece) for piece in plan.pieces if not piece.include]
    lines = [f"Dossier n°{content.application.id} : {content.application.title}"]
    joined = [piece for piece in content.pieces if piece.merged]
    lines.append(
        f"  {plural(pages, 'page', 'pages')}, dont {plural(len(joined), 'pièce jointe', 'pièces jointes')}."
    )
    listed: list[tuple[int, str]] = []  # in the checklist's numbers
    for piece in content.pieces:
        number = numbers[piece.piece_id]
        if piece.merged:
            detail = plural(piece.pages, "page", "pages")
            if piece.state is PieceState.EXPIRED:
                detail += f", {validity_text(piece, content.made_on)}"
            listed.append((number, f"  Pièce {number} : {piece_title(piece)} — jointe ({detail})"))
    listed += [
        (
            number,
            f"  Pièce {number} : {piece_title(piece)} (pièce demandée par le financeur, laissée de côté)",
        )
        for number, piece in left_out
    ]
    lines += [text for _number, text in sorted(listed)]
    attention: list[str] = [f"  - {MISSING_LABELS[item]}" for item in content.missing]
    attention += [f"  - {line}" for line in budget_todo_lines(content)]
    for piece in content.pieces:
        number = numbers[piece.piece_id]
        if piece.status is not PieceStatus.READABLE:
            attention.append(f"  - Pièce {number} : {piece_title(piece)} — {piece_todo_text(piece)}")
        elif piece.state is PieceState.EXPIRED:
            attention.append(
                f"  - Pièce {number} : {piece_title(piece)} — {validity_text(piece, content.made_on)}"
            )
    if attention:
        lines.append("À compléter ou à vérifier :")
        lines += attention
    else:
        lines.append("Rien ne manque.")
    return lines


def _cmd_pack(args: argparse.Namespace, locations: Locations) -> int:
    required(args.application_id, "Indiquez le numéro du dossier : coopdesk pack 25 -o dossier.pdf.")
    application_id = whole_number(args.application_id, "numéro de dossier")
    args.output = required(args.output, "Indiquez le fichier à écrire : -o dossier.pdf.")
    without = [whole_number(text, "numéro de pièce (--sans)") for text in args.without]
    path = output_path(args.output, locations)
    if path.suffix.lower() != ".pdf":
        raise UserError(
            "Le dossier s'écrit en PDF : indiquez un fichier .pdf "
            f"(par exemple -o dossier.pdf), pas {path.name}."
        )
    registry = open_registry(locations, must_exist=True)
    try:
        service = registry.pack
        plan = service.plan(application_id)
        numbers = {number: piece.piece_id for number, piece in enumerate(plan.pieces, start=1)}
        for number in without:
            if number not in numbers:
                raise UserError(
                    f"Le dossier n'a pas de pièce n°{number} (pièces de 1 à {len(plan.pieces)})."
                    if plan.pieces
                    else "Ce dossier n'a aucune pièce à laisser de côté."
                )
            plan = plan.with_included(numbers[number], False)
        result = service.make(application_id, plan)
        write_file(path, result.data)
        for line in _summary(result.content, result.pages, plan):
            print(line)
        print(f"Dossier écrit dans {path}.")
    finally:
        registry.close()
    return EXIT_OK
