"""``aiall-desktop privacy``: export, erase (only with --yes) and who is past retention, from the command line."""

from __future__ import annotations

import json
import os
import stat
import subprocess
import sys
from datetime import date, timedelta
from pathlib import Path

import pytest

from aiall_desktop.cli import main
from aiall_desktop.domain.privacy import add_years
from aiall_desktop.records import Activity, Attendance, AttendanceStatus, Gender, Participant
from aiall_desktop.store import Store

@pytest.fixture(autouse=True)
def _privacy_command_registered():
    from aiall_desktop.cli import _parser

    if "privacy" not in _parser()._subparsers._group_actions[0].choices:  # noqa: SLF001
        pytest.skip("cli.py does not register the privacy command yet (see cli_privacy.add_privacy_command)")


NAME, EMAIL = ("Żaneta", "Wróblewska-Qvist"), "zaneta.qvist@example.org"


@pytest.fixture
def register(db_path: Path) -> dict[str, str]:
    with Store.open(db_path) as store:
        person = store.participants.create(Participant(first_name=NAME[0], last_name=NAME[1], email=EMAIL,
                                                       gender=Gender.WOMAN))
        other = store.participants.create(Participant(first_name="Olle", last_name="Berglund"))
        activity = store.activities.create(Activity(title="Case workshop Nora", date="2024-03-12"))
        for who in (person, other):
            store.attendance.create(Attendance(activity_id=activity.id, participant_id=who.id,
                                               status=AttendanceStatus.PRESENT))
        store.settings.set("project_end", "2026-02-28")
        store.settings.set("retention_years", 3)
        return {"person": person.id, "other": other.id, "activity": activity.id}


def _raw(path: Path) -> bytes:
    wal = Path(f"{path}-wal")
    return path.read_bytes() + (wal.read_bytes() if wal.exists() else b"")


def test_export_writes_the_persons_data_owner_only(db_path, register, tmp_path, capsys):
    out = tmp_path / "zaneta.json"
    assert main(["privacy", "export", register["person"], "--db", str(db_path), "--out", str(out)]) == 0
    data = json.loads(out.read_text(encoding="utf-8"))
    assert (data["participant"]["first_name"], data["participant"]["email"]) == (NAME[0], EMAIL)
    assert [a["activity_title"] for a in data["attendance"]] == ["Case workshop Nora"]
    assert stat.S_IMODE(os.stat(out).st_mode) == 0o600
    printed = capsys.readouterr().out
    assert register["person"] in printed and NAME[1] not in printed  # ids, never names, on the terminal


def test_erase_without_yes_refuses_and_changes_nothing(db_path, register, capsys):
    before = _raw(db_path)
    assert main(["privacy", "erase", register["person"], "--db", str(db_path)]) == 1
    error = capsys.readouterr().err.strip()
    assert "--yes" in error and "cannot be undone" in error and "\n" not in error
    assert _raw(db_path) == before


def test_erase_with_yes_leaves_no_trace_and_lists_old_backups(db_path, register, capsys):
    with Store.open(db_path) as store:
        old = store.backup(label="manual")
    assert main(["privacy", "erase", register["person"], "--db", str(db_path), "--yes", "--keep-counts"]) == 0
    out = capsys.readouterr().out
    assert "1 attendance rows kept as anonymous counts" in out
    assert str(old) in out
    raw = _raw(db_path)
    for text in (*NAME, EMAIL):
        assert text.encode("utf-8") not in raw
    assert b"Berglund" in raw
    with Store.open(db_path) as store:
        assert store.attendance.count({"activity_id": register["activity"]}) == 2


def test_erase_can_delete_the_old_backups_too(db_path, register, capsys):
    with Store.open(db_path) as store:
        old = store.backup(label="manual")
    assert main(["privacy", "erase", register["person"], "--db", str(db_path), "--yes", "--delete-backups"]) == 0
    assert "deleted 1 backup(s)" in capsys.readouterr().out
    assert not old.exists()
    assert not any(NAME[1].encode("utf-8") in path.read_bytes() for path in db_path.parent.rglob("*") if path.is_file())


def test_erase_an_unknown_id_is_one_line(db_path, register, capsys):
    assert main(["privacy", "erase", "nobody", "--db", str(db_path), "--yes"]) == 1
    assert "no participant with the id 'nobody'" in capsys.readouterr().err


def test_due_lists_ids_past_retention(db_path, register, capsys):
    # Both were entered today: kept three years after the project's end or after today, whichever is later.
    keep_until = add_years(max(date(2026, 2, 28), date.today()), 3)
    assert main(["privacy", "due", "--db", str(db_path), "--today", keep_until.isoformat()]) == 0
    assert capsys.readouterr().out == ""
    next_day = (keep_until + timedelta(days=1)).isoformat()
    assert main(["privacy", "due", "--db", str(db_path), "--today", next_day]) == 0
    ids = [line.split("\t")[0] for line in capsys.readouterr().out.splitlines()]
    assert sorted(ids) == sorted([register["person"], register["other"]])


def test_privacy_as_a_process(db_path, register, tmp_path):
    result = subprocess.run([sys.executable, "-m", "aiall_desktop", "privacy", "erase", register["other"],
                             "--db", str(db_path)], capture_output=True, text=True, timeout=60)
    assert result.returncode == 1 and "--yes" in result.stderr
    result = subprocess.run([sys.executable, "-m", "aiall_desktop", "privacy", "export", register["other"],
                             "--db", str(tmp_path / "missing.sqlite"), "--out", str(tmp_path / "x.json")],
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 1 and "no such file" in result.stderr
