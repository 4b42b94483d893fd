"""Matching text as volunteers type it: without caring for case, accents or punctuation.

`fold` is the one normalization the storage layer uses: the precomputed search texts of funders,
contacts and calls, the normalized names, and the words of a query all go through it, so that
"DDETS de l'Hérault" is found by "herault", "Hérault", "l'hérault" or "ddets her".
"""

from __future__ import annotations

import unicodedata

# Letters NFKD does not decompose but a French reader types as two: "Cœur" is found by "coeur".
_LIGATURES = str.maketrans({"œ": "oe", "æ": "ae", "ß": "ss", "ø": "o", "ł": "l", "đ": "d"})


def fold(text: str) -> str:
    """Lower case, accents stripped, apostrophes and punctuation as spaces, whitespace collapsed.

    >>> fold("  DDETS de l’Hérault – Pôle «Solidarités» ")
    'ddets de l herault pole solidarites'
    """
    # Compatibility forms first ("ℌ" -> "H", "ﬁ" -> "fi"), then case, then accents apart from letters.
    lowered = unicodedata.normalize("NFKD", text).casefold().translate(_LIGATURES)
    decomposed = unicodedata.normalize("NFKD", lowered)
    kept = []
    for char in decomposed:
        if unicodedata.combining(char):
            continue
        kept.append(char if char.isalnum() else " ")
    return " ".join("".join(kept).split())


def search_words(query: str) -> list[str]:
    """The distinct folded words of a query, in the order typed; none for a blank query."""
    words: list[str] = []
    for word in fold(query).split():
        if word not in words:
            words.append(word)
    return words


def search_text(*parts: str) -> str:
    """The precomputed text a query's words are looked for in: every part folded, space-separated."""
    return fold(" ".join(parts))
