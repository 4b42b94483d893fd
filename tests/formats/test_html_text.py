"""HTML descriptions of Aides-territoires turned into plain text."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from coopdesk.formats.html_text import html_to_text


@pytest.mark.parametrize(
    ("source", "text"),
    [
        ("<p>Premier.</p><p>Second.</p>", "Premier.\n\nSecond."),
        ("Ligne 1<br>Ligne 2<br/>Ligne 3", "Ligne 1\nLigne 2\nLigne 3"),
        ("<ul><li>un</li><li>deux</li></ul>", "• un\n• deux"),
        ("<ol><li>un</li><li>deux</li></ol>", "1. un\n2. deux"),
        (
            "<p>Intro</p><ul><li>a<ul><li>a1</li></ul></li><li>b</li></ul><p>Fin</p>",
            "Intro\n\n• a\n  • a1\n• b\n\nFin",
        ),
        ("<li><p>dans un paragraphe</p></li>", "• dans un paragraphe"),
        ("<p>  beaucoup   d'espaces\n\tet\r\nde lignes  </p>", "beaucoup d'espaces et de lignes"),
        ("<p>un <b>gras</b> <i>et</i> <a href='x'>lien</a>.</p>", "un gras et lien."),
        ("caf&eacute; &amp; th&#233; &#x2014; l&#39;accueil", "café & thé — l'accueil"),
        ("Montant&nbsp;: 5&#8239;000&nbsp;€", "Montant\u00a0: 5\u202f000\u00a0€"),
        ("<p>avant</p><script>alert('x')</script><style>p{color:red}</style><p>après</p>", "avant\n\naprès"),
        ("<p>visible<!-- commentaire caché --></p>", "visible"),
        ("<h2>Titre</h2><div>bloc</div><div>autre bloc</div>", "Titre\n\nbloc\nautre bloc"),
        ("<table><tr><th>A</th><th>B</th></tr><tr><td>1</td><td>2</td></tr></table>", "A | B\n1 | 2"),
        ("<p></p><p>  </p><br><br><p>seul</p>", "seul"),
        ("", ""),
    ],
)
def test_html_becomes_plain_text(source: str, text: str) -> None:
    assert html_to_text(source) == text


def test_text_without_tags_keeps_its_line_breaks() -> None:
    # Aides-territoires mixes HTML and plain text in the same fields (the contact field often).
    assert html_to_text("Mme Dupré\r\nTél. 04 67 12 34 56\n\n\n\nmail : a&amp;b@x.fr") == (
        "Mme Dupré\nTél. 04 67 12 34 56\n\nmail : a&b@x.fr"
    )


def test_unclosed_script_swallows_the_rest_instead_of_showing_code() -> None:
    assert html_to_text("<p>début</p><script>alert(1); <p>pas du texte</p>") == "début"


def test_escaped_markup_is_defused_so_no_widget_reads_it_as_rich_text() -> None:
    text = html_to_text("<p>Écrire &lt;script&gt;alert(1)&lt;/script&gt; ou &lt;b&gt;gras&lt;/b&gt;</p>")
    assert "<script" not in text
    assert text == "Écrire < script>alert(1)< /script> ou < b>gras< /b>"


def test_comparisons_in_text_are_left_alone() -> None:
    assert (
        html_to_text("<p>moins de 5 salariés (&lt; 5) et 3 &lt; 4</p>")
        == "moins de 5 salariés (< 5) et 3 < 4"
    )


SNIPPETS = (
    "<p>",
    "</p>",
    "<br>",
    "<li>",
    "</li>",
    "<ul>",
    "</ul>",
    "<ol>",
    "<script>",
    "</script>",
    "<SCRIPT src=x>",
    "<style>",
    "</style>",
    "&lt;script&gt;",
    "&lt;",
    "<",
    ">",
    "&amp;",
    "&",
    "<!--",
    "-->",
    "<![CDATA[",
    "<?xml",
    "<scr",
    "ipt>",
    "<table><tr><td>",
    "</td><td>",
    "\n",
    " ",
    "\x00",
)


@given(st.lists(st.one_of(st.sampled_from(SNIPPETS), st.text(max_size=20)), max_size=30).map("".join))
def test_html_to_text_never_raises_and_never_outputs_markup(source: str) -> None:
    text = html_to_text(source)
    assert "<script" not in text.lower()
    assert re.search(r"<[A-Za-z/!?]", text) is None
    assert text == text.strip()
