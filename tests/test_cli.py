"""The command line: exit statuses and one-line messages, run as a real process where it matters."""

from __future__ import annotations

import hashlib
import subprocess
import sys

import pytest

from aiall_desktop import __version__
from aiall_desktop.cli import main
from aiall_desktop.records import Case, CaseStage, Organisation
from aiall_desktop.store import SCHEMA_VERSION, Store


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "aiall_desktop", *args], capture_output=True, text=True, timeout=60
    )


def test_version_as_a_process():
    result = run("--version")
    assert result.returncode == 0
    assert result.stdout.strip() == f"aiall-desktop {__version__}"


def test_check_healthy_database(db_path, capsys):
    with Store.open(db_path) as store:
        store.organisations.create(Organisation(name="Karlskoga Verkstad"))
        gone = store.organisations.create(Organisation(name="Borttagen"))
        store.organisations.delete(gone.id)
    assert main(["check", "--db", str(db_path)]) == 0
    out = capsys.readouterr().out
    assert f"schema version: {SCHEMA_VERSION}" in out
    assert "organisation:        1 (1 deleted)" in out
    assert "integrity: ok" in out


def test_check_does_not_write_to_the_file(db_path):
    with Store.open(db_path) as store:
        store.organisations.create(Organisation(name="Lindesbergs Trä"))
        store.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    before = hashlib.sha256(db_path.read_bytes()).hexdigest()
    assert run("check", "--db", str(db_path)).returncode == 0
    assert hashlib.sha256(db_path.read_bytes()).hexdigest() == before


@pytest.mark.parametrize(
    "content, phrase",
    [
        (b"Namn;E-post\nAnna;anna@example.com\n", "not an SQLite file"),
        (b"", "empty"),
    ],
)
def test_check_refuses_a_bad_file_in_one_line(db_path, content, phrase):
    db_path.write_bytes(content)
    result = run("check", "--db", str(db_path))
    assert result.returncode == 1
    assert result.stdout == ""
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and phrase in lines[0] and "Traceback" not in result.stderr


def test_check_refuses_a_newer_database(db_path, capsys):
    with Store.open(db_path) as store:
        store.db.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 3}")
    assert main(["check", "--db", str(db_path)]) == 1
    assert "newer" in capsys.readouterr().err


def test_check_missing_file(tmp_path, capsys):
    assert main(["check", "--db", str(tmp_path / "nope.sqlite")]) == 1
    assert "no such file" in capsys.readouterr().err
    assert not (tmp_path / "nope.sqlite").exists()


def test_unknown_command_is_a_usage_error():
    result = run("frobnicate")
    assert result.returncode == 2
    assert "invalid choice" in result.stderr


def test_backup_command_writes_a_copy_that_opens(db_path, tmp_path, capsys):
    with Store.open(db_path) as store:
        store.organisations.create(Organisation(name="Nora Bryggeri"))
    target = tmp_path / "copy.sqlite"
    assert main(["backup", "--db", str(db_path), "--to", str(target)]) == 0
    assert str(target) in capsys.readouterr().out
    with Store.open(target) as copy:
        assert [o.name for o in copy.organisations.list()] == ["Nora Bryggeri"]


def test_backup_default_location_and_refusals(db_path, tmp_path, capsys):
    with Store.open(db_path):
        pass
    assert main(["backup", "--db", str(db_path)]) == 0
    assert len(list((tmp_path / "backups").glob("test-*-manual.sqlite"))) == 1
    assert main(["backup", "--db", str(db_path), "--to", str(db_path)]) == 1
    assert main(["backup", "--db", str(db_path), "--to", str(tmp_path / "no" / "such" / "x.sqlite")]) == 0
    (tmp_path / "junk.sqlite").write_text("not a database")
    assert main(["backup", "--db", str(tmp_path / "junk.sqlite")]) == 1
    assert "not an SQLite file" in capsys.readouterr().err


def test_import_then_export_round_trip_through_the_command_line(tmp_path, capsys):
    source = tmp_path / "besok.csv"
    source.write_text(
        "Förnamn;Efternamn;E-post;Organisation;Kön\n"
        "Anna;Berg;anna@example.com;Nora Glas AB;kvinna\n"
        "Łukasz;Wójcik;lukasz@example.com;Nora Glas AB;man\n",
        encoding="utf-8",
    )
    db = tmp_path / "new.sqlite"
    assert main(["import", str(source), "--db", str(db)]) == 0
    assert "participants: 2 created" in capsys.readouterr().out
    assert main(["import", str(source), "--db", str(db)]) == 0
    assert "participants: 0 created, 0 updated, 2 unchanged" in capsys.readouterr().out
    with Store.open(db) as store:
        assert store.participants.count() == 2 and store.organisations.count() == 1
    assert list((tmp_path / "backups").glob("new-*-before-import.sqlite"))
    out = tmp_path / "deltagare.csv"
    assert main(["export", "participants", "--db", str(db), "--out", str(out), "--search", "wój"]) == 0
    text = out.read_text(encoding="utf-8-sig")
    assert "Wójcik" in text and "Berg" not in text


def test_rejected_import_lists_every_problem_and_changes_nothing(tmp_path, capsys):
    source = tmp_path / "bad.csv"
    source.write_text(
        "First name;Last name;Email\nAnna;Berg;anna@\n;;\nBo;;bo@example.com\n", encoding="utf-8"
    )
    db = tmp_path / "new.sqlite"
    assert main(["import", str(source), "--db", str(db)]) == 1
    err = capsys.readouterr().err
    assert "row 2, column Email: 'anna@' is not an e-mail address" in err
    assert "row 4" in err
    assert "nothing was changed" in err.splitlines()[-1]
    assert not db.exists()  # a refused import into a new database leaves no file behind

    with Store.open(db) as store:
        store.organisations.create(Organisation(name="Finns redan"))
    assert main(["import", str(source), "--db", str(db)]) == 1
    with Store.open(db) as store:
        assert store.participants.count() == 0 and store.organisations.count() == 1


def test_export_refusals(tmp_path, capsys):
    assert main(["export", "participants", "--db", str(tmp_path / "none.sqlite"), "--out", str(tmp_path / "x.csv")]) == 1
    assert "no such file" in capsys.readouterr().err
    db = tmp_path / "db.sqlite"
    Store.open(db).close()
    assert main(["export", "all", "--db", str(db), "--out", str(tmp_path / "x.csv")]) == 1
    assert main(["export", "all", "--db", str(db), "--out", str(tmp_path / "all.xlsx")]) == 0
    assert main(["export", "organisations", "--db", str(db), "--out", str(tmp_path / "no" / "dir" / "x.csv")]) == 1


def test_cases_are_exported_sorted_but_never_imported(tmp_path, capsys):
    db = tmp_path / "db.sqlite"
    with Store.open(db) as store:
        for title, votes, stage in (("Sjukhuslogistik", 3, CaseStage.IDENTIFIED), ("Åkeriplanering", 9, CaseStage.PARKED),
                                    ("Bildanalys för svets", 5, CaseStage.IDENTIFIED)):
            store.cases.create(Case(title=title, votes=votes, stage=stage, areas=["energy", "food"]))
    out = tmp_path / "case.csv"
    assert main(["export", "cases", "--db", str(db), "--out", str(out), "--sort", "votes", "--descending"]) == 0
    assert capsys.readouterr().out.strip() == f"wrote 3 rows to {out}"
    lines = out.read_text(encoding="utf-8-sig").splitlines()
    assert lines[0].startswith("Case;Problem;Stage;")
    assert [line.split(";")[0] for line in lines[1:]] == ["Åkeriplanering", "Bildanalys för svets", "Sjukhuslogistik"]
    assert main(["export", "cases", "--db", str(db), "--out", str(out), "--sort", "votes"]) == 0
    assert [line.split(";")[0] for line in out.read_text(encoding="utf-8-sig").splitlines()[1:]] == [
        "Sjukhuslogistik", "Bildanalys för svets", "Åkeriplanering"]
    xlsx = tmp_path / "case.xlsx"
    assert main(["export", "cases", "--db", str(db), "--out", str(xlsx), "--search", "svets"]) == 0
    assert "wrote 1 rows" in capsys.readouterr().out
    assert main(["export", "cases", "--db", str(db), "--out", str(out), "--sort", "shoe_size"]) == 1
    assert "cases has no column 'shoe_size'; use one of: title, stage" in capsys.readouterr().err
    assert main(["export", "all", "--db", str(db), "--out", str(xlsx), "--sort", "votes"]) == 1
    assert "cannot be sorted" in capsys.readouterr().err

    # The import refuses a cases file with a reason, and changes nothing.
    with Store.open(db) as store:
        before = store.counts()
    assert main(["import", str(out), "--db", str(db)]) == 1
    err = capsys.readouterr().err
    assert "cannot tell what this sheet holds" in err and "nothing was changed" in err
    assert main(["import", str(out), "--db", str(db), "--kind", "cases"]) == 1
    assert "'cases' is not a kind the import knows" in capsys.readouterr().err
    with Store.open(db) as store:
        assert store.counts() == before
