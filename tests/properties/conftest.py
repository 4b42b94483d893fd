"""Hypothesis settings of the bad-input campaign.

Profile "ci" (the default, what `make test` runs): 150 examples per property, derandomized so that
every run tries the same inputs (a test failing in CI fails the same way on a volunteer's PC and is
never a fluke), no example database written in the working tree, no deadline (PDF rendering and the
first import of a library are slow on a loaded machine and would turn into flaky "too slow" errors).

Profile "campaign" (`HYPOTHESIS_PROFILE=campaign`): random and 20 times longer, to hunt for new
failures; each one found is kept as an @example of its property.
"""

from __future__ import annotations

import os

from hypothesis import HealthCheck, settings

settings.register_profile(
    "ci",
    max_examples=150,
    deadline=None,
    derandomize=True,
    database=None,
    print_blob=True,
    suppress_health_check=[HealthCheck.too_slow],
)
settings.register_profile(
    "campaign",
    max_examples=3000,
    deadline=None,
    derandomize=False,
    database=None,
    print_blob=True,
    suppress_health_check=[HealthCheck.too_slow],
)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))
