"""The exchange file: what it says about itself, and the files that are refused without a traceback."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from sharing_helpers import snapshot

from aiall_desktop.sharing import ExchangeRefused, apply_merge, plan_merge, read_exchange, write_exchange
from aiall_desktop.sharing.bundle import (
    FORMAT_VERSION,
    DamagedExchangeFile,
    NewerExchangeFile,
    NotAnExchangeFile,
)
from aiall_desktop.store import SCHEMA_VERSION


@pytest.fixture
def written(two, tmp_path: Path) -> Path:
    (a, _b), _ids = two
    path = tmp_path / "a.aiall-exchange"
    write_exchange(a, path)
    return path


def test_the_file_says_where_it_came_from_and_up_to_when(two, written: Path):
    (a, _b), _ids = two
    bundle = read_exchange(written)
    assert bundle.source_id == a.sharing.database_id and bundle.source_name == a.sharing.name
    assert bundle.up_to == a.sharing.current_seq() and bundle.since is None
    assert bundle.schema_version == SCHEMA_VERSION
    assert {table: len(rows) for table, rows in bundle.rows.items() if rows} == {
        "organisation": 2, "participant": 2, "activity": 1, "attendance": 1, "ai_case": 1}
    assert written.stat().st_mode & 0o777 == 0o600
    assert not any(column in bundle.rows["participant"][0] for column in ("seq", "change_seq"))


def _refused(path: Path, kind: type) -> str:
    with pytest.raises(kind) as refused:
        read_exchange(path)
    assert isinstance(refused.value, ExchangeRefused)
    return str(refused.value)


def test_a_text_file_and_a_missing_file_are_refused(tmp_path: Path):
    text = tmp_path / "notes.aiall-exchange"
    text.write_text("hello")
    assert "not a Workshop Desk exchange file" in _refused(text, NotAnExchangeFile)
    assert "no such file" in _refused(tmp_path / "nothing", NotAnExchangeFile)


def test_another_programs_sqlite_file_is_refused(tmp_path: Path):
    path = tmp_path / "foreign.sqlite"
    with sqlite3.connect(path) as connection:
        connection.execute("CREATE TABLE t (x)")
    assert "another program" in _refused(path, NotAnExchangeFile)


def test_a_register_database_is_not_an_exchange_file(two):
    (a, _b), _ids = two
    assert "database, not an exchange file" in _refused(a.path, NotAnExchangeFile)


def test_a_damaged_file_is_refused_and_nothing_changes(two, written: Path):
    (_a, b), _ids = two
    data = bytearray(written.read_bytes())
    data[len(data) // 2:] = b"\xff" * (len(data) - len(data) // 2)
    written.write_bytes(bytes(data))
    before = snapshot(b)
    assert "damaged" in _refused(written, DamagedExchangeFile)
    assert snapshot(b) == before


def test_a_truncated_file_is_refused(written: Path):
    written.write_bytes(written.read_bytes()[:3000])
    _refused(written, DamagedExchangeFile)


def test_a_row_this_program_cannot_read_makes_the_file_damaged(written: Path):
    with sqlite3.connect(written) as connection:
        connection.execute("UPDATE participant SET gender = 'robot'")
    assert "gender" in _refused(written, DamagedExchangeFile)


def test_a_broken_version_vector_makes_the_file_damaged(written: Path):
    with sqlite3.connect(written) as connection:
        connection.execute("UPDATE organisation SET vv = '[1, 2'")
    _refused(written, DamagedExchangeFile)


def test_a_file_of_a_newer_format_or_schema_is_refused(tmp_path: Path, written: Path):
    newer = tmp_path / "newer.aiall-exchange"
    newer.write_bytes(written.read_bytes())
    with sqlite3.connect(newer) as connection:
        connection.execute(f"PRAGMA user_version = {FORMAT_VERSION + 1}")
    assert "newer AI.ALL* Workshop Desk" in _refused(newer, NewerExchangeFile)
    with sqlite3.connect(written) as connection:
        connection.execute("UPDATE exchange_header SET value = ? WHERE key = 'schema_version'", [str(SCHEMA_VERSION + 1)])
    assert "install the newer" in _refused(written, NewerExchangeFile)


def test_a_file_written_by_this_same_database_is_refused(two, written: Path):
    (a, _b), _ids = two
    with pytest.raises(ExchangeRefused, match="this same database"):
        plan_merge(a, read_exchange(written))
    with pytest.raises(ExchangeRefused):
        apply_merge(a, read_exchange(written), backup=False)


def test_a_row_breaking_a_rule_of_the_register_is_refused_and_nothing_changes(two, written: Path):
    (_a, b), ids = two
    with sqlite3.connect(written) as connection:
        connection.execute("UPDATE ai_case SET value_score = 9, vv = '{\"x\":1}', updated_at = '2999-01-01T00:00:00.000000Z'")
    before = snapshot(b)
    with pytest.raises(DamagedExchangeFile, match="breaks a rule"):
        apply_merge(b, read_exchange(written), backup=False)
    assert snapshot(b) == before
