"""Values of the dashboard that other pages do not need."""

from __future__ import annotations

from dataclasses import dataclass

from coopdesk.domain.documents import ChecklistGap


@dataclass(frozen=True)
class LabelledChecklistGap(ChecklistGap):
    """A checklist gap with the names its pieces have on the application's sheet, in the order of
    `missing` and `expired`: the piece's own label ("Attestation de vigilance URSSAF"), else the title of
    the document of a piece of type "other", else "" (the window then names the piece by its type)."""

    missing_labels: tuple[str, ...] = ()
    expired_labels: tuple[str, ...] = ()
