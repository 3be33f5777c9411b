"""Retention: N years after the project ends, or after the person's last activity if that is later."""

from __future__ import annotations

from datetime import date
from typing import NamedTuple

from aiall_desktop.domain.privacy import (
    DEFAULT_PROJECT_END,
    DEFAULT_YEARS,
    RetentionRule,
    add_years,
    last_seen,
    past_retention,
)


class Person(NamedTuple):
    id: str
    created_on: str
    last_activity_on: str | None


RULE = RetentionRule(years=3, project_end=date(2026, 2, 28))


def test_kept_until_years_after_the_project_end_or_the_last_activity():
    assert RULE.keep_until(date(2024, 5, 1)) == date(2029, 2, 28)
    assert RULE.keep_until(date(2026, 9, 15)) == date(2029, 9, 15)  # active after the project: kept longer


def test_last_seen_is_the_later_of_entered_and_last_activity():
    assert last_seen(Person("a", "2024-01-10", "2025-03-12")) == date(2025, 3, 12)
    assert last_seen(Person("b", "2025-06-01", "2025-03-12")) == date(2025, 6, 1)
    assert last_seen(Person("c", "2025-06-01", None)) == date(2025, 6, 1)


def test_who_is_past_retention_on_a_given_day():
    people = [Person("early", "2023-04-01", "2024-02-01"), Person("late", "2023-04-01", "2027-06-30"),
              Person("never came", "2023-05-01", None)]
    assert past_retention(people, RULE, date(2029, 2, 28)) == []  # the last day is still allowed
    due = past_retention(people, RULE, date(2029, 3, 1))
    assert [d.person.id for d in due] == ["early", "never came"]
    assert due[0].keep_until == date(2029, 2, 28) and due[0].last_seen == date(2024, 2, 1)
    assert [d.person.id for d in past_retention(people, RULE, date(2030, 7, 1))] == ["early", "never came", "late"]


def test_rule_from_settings_and_bad_values_fall_back():
    assert RetentionRule.from_settings({"retention_years": 2, "project_end": "2027-12-31"}) == RetentionRule(
        2, date(2027, 12, 31))
    fallback = RetentionRule(DEFAULT_YEARS, DEFAULT_PROJECT_END)
    assert RetentionRule.from_settings({}) == fallback
    assert RetentionRule.from_settings({"retention_years": "three", "project_end": "end of 2027"}) == fallback
    assert RetentionRule.from_settings({"retention_years": -1, "project_end": None}) == fallback
    assert RetentionRule.from_settings({"retention_years": True}).years == DEFAULT_YEARS


def test_the_store_default_matches_the_project_period():
    from aiall_desktop.store.settings import DEFAULTS

    assert RetentionRule.from_settings(DEFAULTS) == RetentionRule(DEFAULT_YEARS, DEFAULT_PROJECT_END)


def test_add_years_on_a_leap_day():
    assert add_years(date(2024, 2, 29), 1) == date(2025, 2, 28)
    assert add_years(date(2024, 2, 29), 4) == date(2028, 2, 29)
