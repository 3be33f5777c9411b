"""The demo data generator: sizes, realism rules, non-Latin names, determinism and the CLI.

One small demo file is generated per module and read back through the store, as the window would.
"""

from __future__ import annotations

import re
import sqlite3
import uuid
from collections import Counter
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

import pytest

from aiall_desktop.cli import main
from aiall_desktop.demo import generate
from aiall_desktop.demo import names as vocabulary
from aiall_desktop.demo.generator import DemoYear
from aiall_desktop.records import (
    ActivityKind,
    AttendanceStatus,
    CaseStage,
    Gender,
    Sector,
    SizeClass,
    TeamKind,
)
from aiall_desktop.store import RECORD_TABLES, Store

SCALE = 0.05
SEED = 7
#: RFC 2606: the only second-level names reserved for examples; .example and .test are reserved whole.
RESERVED_DOMAINS = {"example.com", "example.org", "example.net"}


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, int]]:
    path = tmp_path_factory.mktemp("demo") / "demo.sqlite"
    counts = generate(path, scale=SCALE, seed=SEED)
    return path, counts


@pytest.fixture(scope="module")
def demo(demo_file):
    path, _ = demo_file
    store = Store.open(path, create=False)
    yield store
    store.close()


def _every(repository) -> list:
    return repository.list(limit=None)


# -- sizes -------------------------------------------------------------------------------------------


def test_counts_are_returned_per_table_and_match_the_file(demo_file, demo: Store):
    _, counts = demo_file
    assert set(counts) == set(RECORD_TABLES)
    assert counts == demo.counts()


def test_counts_keep_the_proportions_of_a_project_year(demo_file):
    _, counts = demo_file
    activities = counts["activity"]
    assert activities == 25
    assert counts["participant"] == 10 * activities
    assert counts["ai_case"] == 4 * activities
    assert counts["organisation"] == 30
    # About five invitations per person and fifty per activity, as in a busy year.
    assert 3 <= counts["attendance"] / counts["participant"] <= 7
    assert counts["agenda_item"] >= 3 * activities
    assert counts["team"] > 0 and counts["team_member"] > 2 * counts["team"]


def test_a_tiny_scale_still_has_a_handful_of_everything(tmp_path: Path):
    counts = generate(tmp_path / "tiny.sqlite", scale=0.001, seed=1)
    # Templates are the user's own (the program ships its two in code): a demo file has none.
    assert all(n >= 5 for table, n in counts.items() if table != "activity_template"), counts


# -- every value of every choice list ------------------------------------------------------------------


def test_every_sector_and_size_class_occurs(demo: Store):
    organisations = _every(demo.organisations)
    assert {o.sector for o in organisations} == set(Sector)
    assert {o.size_class for o in organisations} == set(SizeClass)


def test_companies_are_mostly_small_and_public_bodies_mostly_large(demo: Store):
    organisations = _every(demo.organisations)
    companies = Counter(o.size_class for o in organisations if o.sector == Sector.COMPANY)
    small = companies[SizeClass.MICRO] + companies[SizeClass.SMALL]
    assert small > companies[SizeClass.MEDIUM] + companies[SizeClass.LARGE]
    public = Counter(o.size_class for o in organisations if o.sector == Sector.PUBLIC_SECTOR)
    assert public[SizeClass.LARGE] >= public[SizeClass.MICRO]


def test_every_gender_occurs_and_the_mix_is_realistic(demo: Store):
    people = _every(demo.participants)
    genders = Counter(p.gender for p in people)
    assert set(genders) == set(Gender)
    assert 0.25 <= genders[Gender.WOMAN] / len(people) <= 0.47
    assert genders[Gender.MAN] > genders[Gender.WOMAN]
    described = [p for p in people if p.gender == Gender.SELF_DESCRIBED]
    assert all(p.gender_text for p in described)
    assert all(not p.gender_text for p in people if p.gender != Gender.SELF_DESCRIBED)


def test_every_activity_kind_case_stage_status_and_team_kind_occurs(demo: Store):
    assert {a.kind for a in _every(demo.activities)} == set(ActivityKind)
    assert {c.stage for c in _every(demo.cases)} == set(CaseStage)
    assert {a.status for a in _every(demo.attendance)} == set(AttendanceStatus)
    assert {t.kind for t in _every(demo.teams)} == set(TeamKind)


# -- cases ---------------------------------------------------------------------------------------------


def test_intersection_and_single_area_cases_both_exist(demo: Store):
    cases = _every(demo.cases)
    intersection = [c for c in cases if c.is_intersection]
    assert 0.15 <= len(intersection) / len(cases) <= 0.55
    assert any(len(c.areas) == 1 for c in cases)
    known = set(demo.settings.get("areas"))
    assert all(set(c.areas) <= known and c.areas for c in cases)


def test_cases_come_from_case_workshops_and_keep_the_stage_rules(demo: Store):
    workshops = {a.id for a in _every(demo.activities) if a.kind == ActivityKind.CASE_WORKSHOP}
    cases = _every(demo.cases)
    assert all(c.origin_activity_id in workshops for c in cases)
    assert all(c.owner_id for c in cases)
    assert all(c.parked_reason for c in cases if c.stage == CaseStage.PARKED)
    assert all(not c.parked_reason for c in cases if c.stage != CaseStage.PARKED)
    stages = Counter(c.stage for c in cases)
    assert stages.most_common(1)[0][0] == CaseStage.IDENTIFIED
    assert stages[CaseStage.IMPLEMENTED] == min(stages.values())
    for case in cases:
        for score in (case.value_score, case.feasibility_score, case.data_score):
            assert score is None or 1 <= score <= 5
    assert any(c.value_score is None for c in cases if c.stage == CaseStage.IDENTIFIED)


def test_case_teams_and_table_groups_are_built_from_the_right_people(demo: Store):
    present = {(a.activity_id, a.participant_id) for a in _every(demo.attendance)
               if a.status == AttendanceStatus.PRESENT}
    members = _every(demo.team_members)
    for team in _every(demo.teams):
        people = [m for m in members if m.team_id == team.id]
        if team.kind == TeamKind.CASE_TEAM:
            assert team.case_id and team.activity_id is None
            assert 1 <= len(people) <= 6
        else:
            assert team.activity_id and team.case_id is None and team.position >= 1
            assert all((team.activity_id, m.participant_id) in present for m in people)


# -- activities ----------------------------------------------------------------------------------------


def test_activities_fall_on_weekdays_of_the_project_year_with_a_fitting_agenda(demo: Store):
    items = _every(demo.agenda_items)
    for activity in _every(demo.activities):
        day = date.fromisoformat(activity.date)
        assert date(2025, 1, 13) <= day <= date(2025, 12, 31) and day.weekday() < 5
        assert activity.start_time < activity.end_time and activity.title and activity.place
        agenda = sorted((i for i in items if i.activity_id == activity.id), key=lambda i: i.position)
        assert [i.position for i in agenda] == list(range(1, len(agenda) + 1))
        start_h, start_m = map(int, activity.start_time.split(":"))
        end_h, end_m = map(int, activity.end_time.split(":"))
        assert sum(i.minutes for i in agenda) == (end_h - start_h) * 60 + end_m - start_m
        if activity.kind == ActivityKind.CASE_WORKSHOP:
            assert 5 <= len(agenda) <= 8


def test_attendance_is_plausible_and_some_activities_miss_the_26_percent_rule(demo: Store):
    rows = _every(demo.attendance)
    statuses = Counter(r.status for r in rows)
    assert statuses.most_common(1)[0][0] == AttendanceStatus.PRESENT
    assert all(r.checked_in_at for r in rows if r.status == AttendanceStatus.PRESENT)
    assert all(r.checked_in_at is None for r in rows if r.status != AttendanceStatus.PRESENT)
    gender = {p.id: p.gender for p in _every(demo.participants)}
    shares = {}
    for activity in _every(demo.activities):
        here = [gender[r.participant_id] for r in rows
                if r.activity_id == activity.id and r.status == AttendanceStatus.PRESENT]
        if here:
            shares[activity.id] = here.count(Gender.WOMAN) / len(here)
    below = [a for a, share in shares.items() if share < 0.26]
    assert 1 <= len(below) <= len(shares) // 2


def test_timestamps_are_utc_text_and_check_ins_happen_around_the_local_start(demo: Store):
    try:
        from zoneinfo import ZoneInfo

        sweden = ZoneInfo("Europe/Stockholm")
    except Exception:  # no time-zone database on this machine
        pytest.skip("needs the IANA time-zone database")
    activities = {a.id: a for a in _every(demo.activities)}
    stamp = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z")
    for row in _every(demo.attendance):
        assert stamp.fullmatch(row.created_at) and stamp.fullmatch(row.updated_at)
        assert row.created_at <= row.updated_at
        if row.checked_in_at is None:
            continue
        activity = activities[row.activity_id]
        utc = datetime.strptime(row.checked_in_at, "%Y-%m-%dT%H:%M:%S.%fZ").replace(tzinfo=timezone.utc)
        local = utc.astimezone(sweden)
        start = datetime.fromisoformat(f"{activity.date}T{activity.start_time}").replace(tzinfo=sweden)
        assert timedelta(minutes=-21) <= local - start <= timedelta(minutes=26)
        assert row.created_at < row.checked_in_at


# -- people and organisations --------------------------------------------------------------------------


def _luhn_valid(digits: str) -> bool:
    # Written apart from the generator on purpose: the classic check over all ten digits, doubling
    # every second digit from the right; the number is valid when the sum ends in zero.
    total = 0
    for position, char in enumerate(reversed(digits)):
        value = int(char)
        if position % 2 == 1:
            value = sum(divmod(value * 2, 10))
        total += value
    return total % 10 == 0


def test_luhn_check_in_the_test_agrees_with_the_textbook_example():
    # 811218-9876: the example number commonly used to explain the Swedish check digit.
    assert _luhn_valid("8112189876")
    assert not _luhn_valid("8112189875")


def test_organisation_numbers_have_the_format_a_valid_check_digit_and_are_unique(demo: Store):
    organisations = _every(demo.organisations)
    numbers = [o.org_number for o in organisations if o.org_number is not None]
    assert len(numbers) == len(set(numbers))
    for number in numbers:
        assert re.fullmatch(r"\d{6}-\d{4}", number), number
        assert _luhn_valid(number.replace("-", "")), number
    foreign = [o for o in organisations if o.org_number is None]
    assert foreign and all(re.search(r"\([A-Z]{2}\)$", o.municipality) for o in foreign)


def test_organisations_are_mostly_in_orebro_county_and_have_areas(demo: Store):
    county = {m for m, _ in vocabulary.COUNTY_MUNICIPALITIES}
    organisations = _every(demo.organisations)
    in_county = [o for o in organisations if o.municipality in county]
    assert len(in_county) >= 0.75 * len(organisations)
    assert all(o.areas for o in organisations)


def test_emails_use_only_reserved_example_domains(demo: Store):
    people = _every(demo.participants)
    addresses = [p.email for p in people]
    assert len(addresses) == len(set(addresses))
    for address in addresses:
        local, _, domain = address.partition("@")
        assert re.fullmatch(r"[a-z0-9.-]+", local), address
        assert domain in RESERVED_DOMAINS or domain.endswith((".example", ".test")), address


def test_phones_roles_tags_and_consent_look_right(demo: Store):
    people = _every(demo.participants)
    with_phone = [p.phone for p in people if p.phone]
    assert len(with_phone) > len(people) / 2
    # Only the range PTS keeps for fiction (070-174 06 05 … 99).
    assert all(re.fullmatch(r"070-174 06 (0[5-9]|[1-9]\d)", phone) for phone in with_phone)
    assert all(p.role and p.backgrounds and p.competences for p in people)
    assert set().union(*(p.competences for p in people)) <= set(vocabulary.COMPETENCES)
    assert set().union(*(p.backgrounds for p in people)) <= set(vocabulary.BACKGROUNDS)
    consented = [p for p in people if p.consent_date]
    assert len(consented) > 0.75 * len(people)
    for person in consented:
        date.fromisoformat(person.consent_date)
        assert person.consent_scope and person.consent_method
    without_organisation = [p for p in people if p.organisation_id is None]
    assert 1 <= len(without_organisation) <= 0.1 * len(people)


def test_non_latin_names_survive_the_round_trip_byte_for_byte(demo: Store):
    # The same seed builds the same people in memory; what the store gives back must be those very bytes.
    year = DemoYear(SCALE, SEED)
    year.build_organisations()
    year.build_participants()
    expected = {p.record.id: (p.record.first_name, p.record.last_name) for p in year.people}
    stored = {p.id: (p.first_name, p.last_name) for p in _every(demo.participants)}
    assert stored.keys() == expected.keys()
    for person_id, (first, last) in expected.items():
        assert stored[person_id][0].encode() == first.encode()
        assert stored[person_id][1].encode() == last.encode()
    everything = " ".join(f"{first} {last}" for first, last in stored.values())
    for needle in ("Łukasz", "Wójcik", "فاطمة", "حسن", "Nguyễn", "Đorđević", "مریم", "رضایی"):
        assert needle in everything
    assert any("\u0600" <= char <= "\u06ff" for char in everything)  # Arabic script


def test_non_latin_names_can_be_found_through_the_search_index(demo: Store):
    sql = "SELECT count(*) FROM participant_fts WHERE participant_fts MATCH ?"
    assert demo.db.execute(sql, ['"فاطمة"']).fetchone()[0] >= 1


# -- the file as a whole ---------------------------------------------------------------------------------


def test_foreign_keys_resolve_and_the_file_is_healthy(demo: Store):
    assert demo.db.execute("PRAGMA foreign_key_check").fetchall() == []
    assert demo.integrity_check() == ["ok"]
    # Every key is a version-4 UUID, as the store itself would make.
    for repository in (demo.organisations, demo.participants, demo.activities, demo.attendance, demo.team_members):
        assert all(uuid.UUID(r.id).version == 4 and str(uuid.UUID(r.id)) == r.id for r in _every(repository))
    # JSON lists of ids are not foreign keys to SQLite; check them here.
    organisations = {o.id for o in _every(demo.organisations)}
    for record in _every(demo.activities) + _every(demo.cases):
        assert set(record.organisation_ids) <= organisations


def test_settings_mark_the_file_as_demo_data(demo: Store):
    assert demo.settings.get("women_minimum") == 0.26
    assert demo.settings.get("demo_data") == {"seed": SEED, "scale": SCALE}


def _table_contents(path: Path) -> dict[str, list[tuple]]:
    # Which database wrote a row, and its write numbers, differ between any two files by design (sharing).
    local = {"changed_in", "change_seq", "vv"}
    connection = sqlite3.connect(path)
    try:
        contents = {}
        for table in RECORD_TABLES:
            columns = [row[1] for row in connection.execute(f"PRAGMA table_info({table})") if row[1] not in local]
            contents[table] = connection.execute(f"SELECT {', '.join(columns)} FROM {table} ORDER BY seq").fetchall()
        return contents
    finally:
        connection.close()


def test_the_same_seed_gives_the_same_data_and_another_seed_other_data(tmp_path: Path):
    generate(tmp_path / "a.sqlite", scale=0.02, seed=11)
    generate(tmp_path / "b.sqlite", scale=0.02, seed=11)
    generate(tmp_path / "c.sqlite", scale=0.02, seed=12)
    first, second, other = (_table_contents(tmp_path / name) for name in ("a.sqlite", "b.sqlite", "c.sqlite"))
    assert first == second  # ids and timestamps included
    names = lambda contents: [row[5:7] for row in contents["participant"]]  # noqa: E731
    assert names(first) != names(other)


def test_progress_is_reported_phase_by_phase(tmp_path: Path):
    calls: list[tuple[int, int]] = []
    generate(tmp_path / "p.sqlite", scale=0.02, progress=lambda done, total: calls.append((done, total)))
    total = calls[0][1]
    assert [done for done, _ in calls] == list(range(1, total + 1))
    assert all(t == total for _, t in calls)


def test_generate_refuses_an_existing_file_and_a_bad_scale(tmp_path: Path):
    existing = tmp_path / "there.sqlite"
    existing.write_bytes(b"")
    with pytest.raises(FileExistsError):
        generate(existing, scale=0.02)
    with pytest.raises(ValueError):
        generate(tmp_path / "new.sqlite", scale=0)
    assert not (tmp_path / "new.sqlite").exists()


def test_a_failure_half_way_leaves_no_file_behind(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    original = DemoYear.records

    def failing(self, attribute):
        if attribute == "cases":
            raise RuntimeError("disk full")
        return original(self, attribute)

    monkeypatch.setattr(DemoYear, "records", failing)
    folder = tmp_path / "out"
    folder.mkdir()
    with pytest.raises(RuntimeError):
        generate(folder / "half.sqlite", scale=0.02)
    assert list(folder.iterdir()) == []


def test_the_command_line_creates_a_demo_file_and_never_overwrites(tmp_path: Path, capsys):
    path = tmp_path / "cli.sqlite"
    assert main(["demo", str(path), "--scale", "0.02", "--seed", "3"]) == 0
    assert path.exists()
    assert "participant" in capsys.readouterr().out
    before = _table_contents(path)
    assert main(["demo", str(path), "--scale", "0.02", "--seed", "4"]) != 0
    assert "exists" in capsys.readouterr().err
    assert _table_contents(path) == before
