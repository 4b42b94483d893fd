import datetime as dt
import random

import pytest

from coopdesk.domain.backup_rotation import RotationPolicy, backup_is_due, backups_to_delete, backups_to_keep
from coopdesk.domain.backups import BackupKind, backup_name, parse_backup_name

NOON = dt.time(12, 0)


def at(day: dt.date, hour: int = 12) -> dt.datetime:
    return dt.datetime.combine(day, dt.time(hour, 0))


def test_nothing_to_keep_from_nothing() -> None:
    assert backups_to_keep([]) == set()


def test_one_backup_a_day_for_two_years_keeps_7_days_4_weeks_12_months() -> None:
    last = dt.date(2026, 11, 28)
    moments = [at(last - dt.timedelta(days=n)) for n in range(730)]
    kept = backups_to_keep(moments)
    days = {moment.date() for moment in kept}
    # the last 7 days
    assert {last - dt.timedelta(days=n) for n in range(7)} <= days
    # at most 7 + 4 + 12, overlaps included
    assert len(kept) <= 23
    # one per month over the last 12 months that have a backup
    months = {(moment.year, moment.month) for moment in kept}
    assert len(months) == 12
    # nothing older than about a year
    assert min(kept) >= at(dt.date(2025, 12, 1))


def test_several_backups_a_day_keep_the_newest_of_the_day() -> None:
    day = dt.date(2026, 3, 10)
    moments = [at(day, hour) for hour in (8, 12, 18)]
    assert backups_to_keep(moments) == {at(day, 18)}
    assert backups_to_delete(moments) == {at(day, 8), at(day, 12)}


def test_a_pc_off_for_months_still_keeps_its_last_backups() -> None:
    old = [at(dt.date(2025, 1, 1) + dt.timedelta(days=n)) for n in range(10)]
    kept = backups_to_keep([*old, at(dt.date(2026, 6, 1))])
    assert at(dt.date(2026, 6, 1)) in kept
    assert len([moment for moment in kept if moment.year == 2025]) >= 6


@pytest.mark.parametrize("seed", range(30))
def test_random_histories_follow_the_rule(seed: int) -> None:
    rng = random.Random(seed)
    start = dt.datetime(2024, 1, 1)
    moments = {
        start + dt.timedelta(minutes=rng.randrange(0, 3 * 365 * 24 * 60))
        for _ in range(rng.randrange(1, 400))
    }
    policy = RotationPolicy()
    kept = backups_to_keep(moments, policy)
    assert kept <= moments
    assert max(moments) in kept
    assert kept | backups_to_delete(moments, policy) == moments
    assert not kept & backups_to_delete(moments, policy)
    assert len(kept) <= policy.daily + policy.weekly + policy.monthly
    # the newest of each of the 7 newest days is kept
    by_day: dict[dt.date, dt.datetime] = {}
    for moment in moments:
        by_day[moment.date()] = max(by_day.get(moment.date(), moment), moment)
    for day in sorted(by_day, reverse=True)[:7]:
        assert by_day[day] in kept
    # each kept one is the newest of its day
    for moment in kept:
        assert moment == by_day[moment.date()]
    # idempotent: rotating again deletes nothing more
    assert backups_to_keep(kept, policy) == kept


def test_daily_backup_due() -> None:
    now = dt.datetime(2026, 11, 28, 9, 0)
    assert backup_is_due(None, now)
    assert not backup_is_due(now - dt.timedelta(hours=23), now)
    assert backup_is_due(now - dt.timedelta(days=1), now)
    assert backup_is_due(now + dt.timedelta(days=3), now)  # a clock set wrong once


def test_backup_names_round_trip() -> None:
    moment = dt.datetime(2026, 11, 28, 17, 5, 9)
    assert parse_backup_name(backup_name("sauvegarde", moment)) == (BackupKind.AUTOMATIC, moment)
    assert parse_backup_name(backup_name("avant-restauration", moment)) == (BackupKind.BEFORE_RESTORE, moment)
    assert parse_backup_name(backup_name("avant-migration-0002", moment)) == (
        BackupKind.BEFORE_MIGRATION,
        moment,
    )
    assert parse_backup_name("photo.jpg") is None
    assert parse_backup_name("sauvegarde-2026-13-45-250000.sqlite3") is None
