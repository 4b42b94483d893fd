"""Which automatic backups to keep: the newest of each of the last 7 days, 4 weeks and 12 months.

A pure rule over the moments the backups were taken (no files here): the caller deletes the others.
Days, ISO weeks and months are counted among those that have a backup, newest first, so that a PC left
off for a month still keeps its last 7 backups instead of none.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Hashable, Iterable
from dataclasses import dataclass


@dataclass(frozen=True)
class RotationPolicy:
    daily: int = 7
    weekly: int = 4
    monthly: int = 12


DEFAULT_POLICY = RotationPolicy()


def _day(moment: dt.datetime) -> Hashable:
    return moment.date()


def _week(moment: dt.datetime) -> Hashable:
    year, week, _ = moment.isocalendar()
    return (year, week)


def _month(moment: dt.datetime) -> Hashable:
    return (moment.year, moment.month)


def _newest_per_period(
    moments: list[dt.datetime], period: Callable[[dt.datetime], Hashable], count: int
) -> set[dt.datetime]:
    kept: set[dt.datetime] = set()
    seen: set[Hashable] = set()
    for moment in moments:  # newest first
        if len(seen) >= count:
            break
        key = period(moment)
        if key not in seen:
            seen.add(key)
            kept.add(moment)
    return kept


def backups_to_keep(
    moments: Iterable[dt.datetime], policy: RotationPolicy = DEFAULT_POLICY
) -> set[dt.datetime]:
    """The moments to keep; the newest one is always kept."""
    ordered = sorted(set(moments), reverse=True)
    if not ordered:
        return set()
    kept = {ordered[0]}
    kept |= _newest_per_period(ordered, _day, policy.daily)
    kept |= _newest_per_period(ordered, _week, policy.weekly)
    kept |= _newest_per_period(ordered, _month, policy.monthly)
    return kept


def backups_to_delete(
    moments: Iterable[dt.datetime], policy: RotationPolicy = DEFAULT_POLICY
) -> set[dt.datetime]:
    every = set(moments)
    return every - backups_to_keep(every, policy)


def backup_is_due(
    last: dt.datetime | None, now: dt.datetime, interval: dt.timedelta = dt.timedelta(days=1)
) -> bool:
    """A daily backup is due when there is none, or the last one is at least `interval` old (or in the
    future: a clock set wrong must not stop backups forever)."""
    if last is None:
        return True
    return now - last >= interval or last > now + dt.timedelta(minutes=5)
