"""The burden report, the budget and compte rendu PDFs and the application pack fed with any text a
volunteer may type (any Unicode, emoji, control characters, "<b>", "&", "</para>", very long words):
never a crash, and the PDF opens in pypdf with every page's text extractable.

Rendering a PDF takes a tenth of a second or more: these properties try 30 examples each in CI."""

from __future__ import annotations

import dataclasses
import datetime as dt
import io

from hypothesis import example, given, settings
from hypothesis import strategies as st
from pypdf import PdfReader

from coopdesk.domain.budget import BudgetOwner, build_budget
from coopdesk.domain.burden import (
    ActivityHours,
    ApplicationHours,
    BurdenFilter,
    BurdenReport,
    FunderHours,
    StatusHours,
    VolunteerHours,
)
from coopdesk.domain.enums import ApplicationStatus, TimeActivity
from coopdesk.domain.pack import PackApplication, PackContent, PackSection, PublicAid, PublicAidLine
from coopdesk.domain.rows import AssociationProfile
from coopdesk.reports.budget_pdf import budget_pdf
from coopdesk.reports.burden_report import render_pdf
from coopdesk.reports.pack import render_pack
from tests.budget_factory import sample_sources

S = ApplicationStatus
FEW = settings(max_examples=max(30, settings.default.max_examples // 10))  # 300 in the campaign
MARKUP = st.sampled_from(
    ["<b>", "</para>", "&amp;", "&", "<", "\x00", "\u202e", "😀", "👩‍🍳", "\n", "\t", "«\u00a0"]
)
any_text = st.lists(st.characters(exclude_categories=("Cs",)) | MARKUP, max_size=60).map("".join)
long_word = st.integers(80, 400).map(lambda size: "é" * size)
texts = any_text | long_word


def _opens(data: bytes) -> int:
    reader = PdfReader(io.BytesIO(data), strict=True)
    for page in reader.pages:
        page.extract_text()
    return len(reader.pages)


@FEW
@given(texts, texts, texts, texts)
@example("Épicerie <b>& Co</b>", "DDETS </para>", "Camion\x00froid", "Zoé 😀")
@example("", "", "", "")
def test_the_burden_report_opens(association: str, funder: str, title: str, volunteer: str) -> None:
    report = BurdenReport(
        filter=BurdenFilter(dt.date(2026, 1, 1), dt.date(2026, 12, 31)),
        hourly_valuation_cents=1202,
        hourly_valuation_is_default=False,
        association_name=association,
        funder_name=funder,
        volunteer_name=volunteer,
        generated_on=dt.date(2026, 11, 28),
        entries=3,
        by_status=(StatusHours(S.GRANTED, 600, 1, 100_000), StatusHours(None, 30, 0, 0)),
        by_funder=(FunderHours(1, funder, 600, 1, 0, 600, 100_000, 30),),
        by_application=(ApplicationHours(7, title, 1, funder, S.GRANTED, 600, 2, None),),
        by_activity=(ActivityHours(TimeActivity.WRITING, 630, 3),),
        by_volunteer=(VolunteerHours(3, volunteer, 630, 3),),
    )
    assert _opens(render_pdf(report)) >= 1


@FEW
@given(texts, texts, texts)
@example("Denrées <b>&", "Café « l’Œuvre » </para>", "Association\x07 😀")
def test_the_budget_pdf_opens(label: str, title: str, association: str) -> None:
    sources = sample_sources()
    lines = tuple(dataclasses.replace(line, label=label, gap_explanation=label) for line in sources.lines)
    budget = build_budget(
        dataclasses.replace(sources, owner=BudgetOwner(project_id=1, title=title), lines=lines)
    )
    assert _opens(budget_pdf(budget, AssociationProfile(name=association, purpose=label))) >= 1


@FEW
@given(texts, texts, texts, texts)
@example("Café « l’Œuvre » & <b>co</b> </para>", "Région <Occitanie>", "Présentation\n\n\n", "\x0c")
def test_the_application_pack_opens(title: str, funder: str, body: str, association: str) -> None:
    content = PackContent(
        application=PackApplication(
            id=1, title=title, status=S.DRAFTING, funder_name=funder, project_title=body, call_title=funder
        ),
        association=AssociationProfile(name=association, purpose=body, legal_representative=funder),
        sections=(PackSection(title, body), PackSection(funder, title + "\n\n" + body)),
        public_aid=PublicAid(
            dt.date(2024, 1, 1),
            dt.date(2026, 12, 31),
            (PublicAidLine(7, title, funder, dt.date(2025, 5, 1), 400_000),),
        ),
        pieces=(),
        missing=(),
        made_on=dt.date(2026, 11, 28),
    )
    data, pages = render_pack(content, {})
    assert _opens(data) == pages
