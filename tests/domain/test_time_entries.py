"""Who a stopped timer's time is for, before the user picks."""

from __future__ import annotations

import pytest

from coopdesk.domain.time_entries import default_volunteer


@pytest.mark.parametrize(
    ("remembered", "owner", "active", "chosen"),
    [
        (3, 5, [3, 5, 7], 3),  # who last recorded time on this PC comes first
        (None, 5, [3, 5, 7], 5),  # else who is in charge of the application
        (9, 5, [3, 5, 7], 5),  # the remembered one left the association
        (None, 9, [3, 5, 7], None),  # an inactive owner is not proposed
        (None, None, [4], 4),  # the only active volunteer
        (None, 9, [4], 4),
        (None, None, [3, 5], None),  # several and nobody in charge: the user picks
        (None, None, [], None),
    ],
)
def test_default_volunteer(
    remembered: int | None, owner: int | None, active: list[int], chosen: int | None
) -> None:
    assert default_volunteer(remembered, owner, active) == chosen
