"""``aiall-desktop report``: every document written from a database file and read back, the one-line
failures (exit 1) for what the register cannot print or the disk cannot take, and the usage errors
(exit 2) for options that do not go together."""

from __future__ import annotations

import csv
import io
import os
import subprocess
import sys
import unicodedata
from pathlib import Path

import pytest
from pypdf import PdfReader

from aiall_desktop.cli import main
from aiall_desktop.store import Store
from aiall_desktop.store.settings import DEFAULTS

from tests.reports.conftest import build_workshop

ACTIVITY_DOCUMENTS = ["handout", "runsheet", "signin", "tablecards"]


@pytest.fixture
def workshop_db(db_path: Path) -> tuple[Path, dict]:
    """A database file holding the case workshop of ``tests/reports``, closed again; and its ids."""
    with Store.open(db_path) as store:
        ids = build_workshop(store)
    return db_path, ids


@pytest.fixture
def out_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "out"
    folder.mkdir()
    return folder


def report(db: Path, *args: str) -> int:
    return main(["report", *args[:1], "--db", str(db), *args[1:]])


def pages_text(path: Path) -> list[str]:
    return [" ".join(unicodedata.normalize("NFKC", page.extract_text()).split()) for page in PdfReader(path).pages]


def one_error_line(capsys) -> str:
    captured = capsys.readouterr()
    assert captured.out == ""
    lines = captured.err.strip().splitlines()
    assert len(lines) == 1, captured.err
    assert lines[0].startswith("aiall-desktop report: ") and "Traceback" not in captured.err
    return lines[0]


def usage_error(capsys, *argv: str) -> str:
    with pytest.raises(SystemExit) as exit_:
        main(["report", *argv])
    assert exit_.value.code == 2
    return capsys.readouterr().err


# -- the documents ---------------------------------------------------------------------------------


@pytest.mark.parametrize("document", ACTIVITY_DOCUMENTS)
def test_each_activity_document_is_written_and_reads_back(workshop_db, out_dir, capsys, document):
    db, ids = workshop_db
    out = out_dir / f"{document}.pdf"
    assert report(db, document, "--activity", ids["activity"], "--out", str(out)) == 0
    texts = pages_text(out)
    assert capsys.readouterr().out == f"wrote {len(texts)} page{'s' if len(texts) > 1 else ''} to {out}\n"
    # Swedish unless told otherwise (table cards carry no page numbers, but the co-financing line)
    cofinancing = " ".join(DEFAULTS["cofinancing_sv"].split())
    assert texts and all(cofinancing in text for text in texts)
    # A table card is its table's name and first names, big, to be read across the room.
    assert ("Bord 1" if document == "tablecards" else "Case workshop Örebro") in texts[0]
    assert [p.name for p in out_dir.iterdir()] == [out.name]  # no temporary file left beside it


@pytest.mark.parametrize("selection", [
    ["--activity", "activity"],
    ["--participant", "participant"],
    ["--from", "2026-11-01", "--to", "2026-11-30"],
    ["--from", "2026-11-25"],
    ["--participant", "participant", "--from", "2026-01-01", "--to", "2026-12-31"],
])
def test_summary_for_a_person_an_activity_or_a_period(workshop_db, out_dir, capsys, selection):
    db, ids = workshop_db
    values = {"activity": ids["activity"], "participant": ids["participants"][1]}
    argv = [values.get(word, word) for word in selection]
    out = out_dir / "summary.pdf"
    assert report(db, "summary", *argv, "--out", str(out)) == 0
    texts = pages_text(out)
    assert capsys.readouterr().out == f"wrote {len(texts)} page{'s' if len(texts) > 1 else ''} to {out}\n"
    assert "Nguyễn Thị Hương" in " ".join(texts)
    if "--participant" in selection:
        assert "Łukasz" not in " ".join(texts)  # one person's summary names nobody else
    else:
        assert len(texts) >= 25  # everyone present, each on a page of their own


def test_indicators_as_pdf_and_as_csv(workshop_db, out_dir, capsys):
    db, _ = workshop_db
    pdf = out_dir / "indikatorer.pdf"
    assert report(db, "indicators", "--from", "2026-11-01", "--to", "2026-11-30", "--out", str(pdf)) == 0
    texts = pages_text(pdf)
    assert capsys.readouterr().out == f"wrote {len(texts)} page{'s' if len(texts) > 1 else ''} to {pdf}\n"
    assert "2026-11-01" in texts[0]

    for argv in (["--out", str(out_dir / "figures.csv")],
                 ["--out", str(out_dir / "figures.txt"), "--format", "csv"]):
        assert report(db, "indicators", "--from", "2026-11-01", "--to", "2026-11-30", *argv) == 0
        out = Path(argv[1])
        rows = list(csv.reader(io.StringIO(out.read_text(encoding="utf-8-sig")), delimiter=";"))
        assert rows[0] == ["indicator", "breakdown", "value"]
        assert capsys.readouterr().out == f"wrote {len(rows) - 1} figures to {out}\n"
        assert ["period", "from", "2026-11-01"] in rows
        assert ["participants_unique", "total", "25"] in rows


def test_lang_en_writes_english(workshop_db, out_dir):
    db, ids = workshop_db
    swedish, english = out_dir / "sv.pdf", out_dir / "en.pdf"
    assert report(db, "handout", "--activity", ids["activity"], "--out", str(swedish)) == 0
    assert report(db, "handout", "--activity", ids["activity"], "--out", str(english), "--lang", "en") == 0
    sv, en = pages_text(swedish)[0], pages_text(english)[0]
    assert "Sida 1 av" in sv and "Page 1 of" not in sv
    assert "Page 1 of" in en and "Sida 1 av" not in en
    assert PdfReader(swedish).metadata.title != PdfReader(english).metadata.title


def test_progress_only_on_a_terminal(workshop_db, out_dir, capsys, monkeypatch):
    db, ids = workshop_db
    assert report(db, "summary", "--activity", ids["activity"], "--out", str(out_dir / "a.pdf")) == 0
    assert capsys.readouterr().err == ""  # a pipe or a log file gets no progress lines

    class Terminal(io.StringIO):
        def isatty(self):
            return True

    terminal = Terminal()
    monkeypatch.setattr(sys, "stderr", terminal)
    assert report(db, "summary", "--activity", ids["activity"], "--out", str(out_dir / "b.pdf")) == 0
    shown = terminal.getvalue()
    assert "\r" in shown and "25 of 25 people" in shown and shown.endswith("\n")


def test_report_loads_no_qt_as_a_process(workshop_db, out_dir):
    db, ids = workshop_db
    out = out_dir / "signin.pdf"
    script = ("import sys; from aiall_desktop.cli import main; code = main(sys.argv[1:]); "
              "print('qt loaded' if any(m.startswith('PySide6') for m in sys.modules) else 'no qt'); "
              "sys.exit(code)")
    result = subprocess.run(
        [sys.executable, "-c", script, "report", "signin", "--db", str(db), "--activity", ids["activity"],
         "--out", str(out)],
        capture_output=True, text=True, timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines() == [f"wrote 1 page to {out}" if "1 page" in result.stdout
                                          else result.stdout.splitlines()[0], "no qt"]
    assert len(PdfReader(out).pages) >= 1


# -- what the register cannot print: exit 1, one line, no file ------------------------------------


@pytest.mark.parametrize("document", [*ACTIVITY_DOCUMENTS, "summary"])
def test_unknown_activity_names_the_id(workshop_db, out_dir, capsys, document):
    db, _ = workshop_db
    out = out_dir / "x.pdf"
    assert report(db, document, "--activity", "no-such-activity-42", "--out", str(out)) == 1
    assert "no-such-activity-42" in one_error_line(capsys)
    assert list(out_dir.iterdir()) == []


def test_unknown_participant_names_the_id(workshop_db, out_dir, capsys):
    db, ids = workshop_db
    assert report(db, "summary", "--participant", "nobody-7", "--out", str(out_dir / "x.pdf")) == 1
    assert "nobody-7" in one_error_line(capsys)
    # A deleted person is as unknown to a new document as one never saved.
    assert report(db, "summary", "--participant", ids["deleted_participant"], "--out", str(out_dir / "x.pdf")) == 1
    assert ids["deleted_participant"] in one_error_line(capsys)
    assert list(out_dir.iterdir()) == []


@pytest.mark.parametrize("document", ["summary", "indicators"])
def test_empty_period(workshop_db, out_dir, capsys, document):
    db, _ = workshop_db
    assert report(db, document, "--from", "2020-01-01", "--to", "2020-12-31", "--out", str(out_dir / "x.pdf")) == 1
    assert one_error_line(capsys)
    assert list(out_dir.iterdir()) == []


@pytest.mark.parametrize("document", ["runsheet", "tablecards"])
def test_nothing_to_print(workshop_db, out_dir, capsys, document):
    db, ids = workshop_db  # the network meeting has neither an agenda nor table groups
    assert report(db, document, "--activity", ids["other_activity"], "--out", str(out_dir / "x.pdf")) == 1
    assert "Nätverksträff Karlskoga" in one_error_line(capsys)
    assert list(out_dir.iterdir()) == []


def test_a_failed_report_keeps_the_previous_file(workshop_db, out_dir, capsys):
    db, _ = workshop_db
    out = out_dir / "handout.pdf"
    out.write_bytes(b"last week's handout")
    assert report(db, "handout", "--activity", "gone", "--out", str(out)) == 1
    assert out.read_bytes() == b"last week's handout"
    assert [p.name for p in out_dir.iterdir()] == ["handout.pdf"]


def test_refused_and_missing_databases_as_check_says(tmp_path, out_dir, capsys):
    junk = tmp_path / "junk.sqlite"
    junk.write_text("Namn;E-post\nAnna;anna@example.com\n")
    assert main(["check", "--db", str(junk)]) == 1
    check_says = capsys.readouterr().err.split(": ", 1)[1]
    assert report(junk, "signin", "--activity", "x", "--out", str(out_dir / "x.pdf")) == 1
    assert one_error_line(capsys) == f"aiall-desktop report: {check_says.strip()}"
    assert junk.read_text() == "Namn;E-post\nAnna;anna@example.com\n"

    missing = tmp_path / "nope.sqlite"
    assert report(missing, "signin", "--activity", "x", "--out", str(out_dir / "x.pdf")) == 1
    assert "no such file" in one_error_line(capsys)
    assert not missing.exists() and list(out_dir.iterdir()) == []


# -- what the disk cannot take: exit 1 naming the path ------------------------------------------


def test_a_missing_folder_is_named_and_not_created(workshop_db, tmp_path, capsys):
    db, ids = workshop_db
    out = tmp_path / "no" / "such" / "folder" / "handout.pdf"
    assert report(db, "handout", "--activity", ids["activity"], "--out", str(out)) == 1
    line = one_error_line(capsys)
    assert str(out) in line and "does not exist" in line
    assert not (tmp_path / "no").exists()


def test_a_file_where_the_folder_should_be(workshop_db, tmp_path, capsys):
    db, ids = workshop_db
    blocker = tmp_path / "notes.txt"
    blocker.write_text("not a folder")
    out = blocker / "handout.pdf"
    assert report(db, "handout", "--activity", ids["activity"], "--out", str(out)) == 1
    assert str(out) in one_error_line(capsys)
    assert blocker.read_text() == "not a folder"


def test_a_folder_as_the_target_or_the_database_itself(workshop_db, out_dir, capsys):
    db, ids = workshop_db
    assert report(db, "handout", "--activity", ids["activity"], "--out", str(out_dir)) == 1
    assert str(out_dir) in one_error_line(capsys)
    before = db.read_bytes()
    assert report(db, "handout", "--activity", ids["activity"], "--out", str(db)) == 1
    assert "database" in one_error_line(capsys)
    assert db.read_bytes() == before


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root writes into read-only folders")
def test_a_read_only_folder(workshop_db, out_dir, capsys):
    db, ids = workshop_db
    out_dir.chmod(0o555)
    try:
        out = out_dir / "handout.pdf"
        assert report(db, "handout", "--activity", ids["activity"], "--out", str(out)) == 1
        line = one_error_line(capsys)
        assert str(out) in line and "read-only" in line
        assert list(out_dir.iterdir()) == []
    finally:
        out_dir.chmod(0o755)


def test_a_read_only_folder_as_root_sees_it(workshop_db, out_dir, capsys, monkeypatch):
    """The same refusal where the tests run as root (who may write anyway): the folder reads as read-only."""
    db, ids = workshop_db
    real_access = os.access
    monkeypatch.setattr(os, "access", lambda path, mode: Path(path) != out_dir and real_access(path, mode))
    out = out_dir / "handout.pdf"
    assert report(db, "handout", "--activity", ids["activity"], "--out", str(out)) == 1
    line = one_error_line(capsys)
    assert str(out) in line and "read-only" in line
    assert list(out_dir.iterdir()) == []


def test_a_write_that_fails_during_the_build_names_the_path(workshop_db, out_dir, capsys, monkeypatch):
    """The checks before the build cannot foresee everything (a full disk, a folder made read-only
    meanwhile, root in a read-only mount): the error of the write itself becomes the one line."""
    db, ids = workshop_db
    import aiall_desktop.reports.template as template

    def full_disk(*args, **kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(template.os, "replace", full_disk)
    out = out_dir / "handout.pdf"
    assert report(db, "handout", "--activity", ids["activity"], "--out", str(out)) == 1
    line = one_error_line(capsys)
    assert str(out) in line and "No space left on device" in line
    assert list(out_dir.iterdir()) == []


# -- options that do not go together: usage errors, exit 2 ----------------------------------------


@pytest.mark.parametrize("argv, phrase", [
    (["handout"], "--activity"),
    (["tablecards", "--participant", "p"], "--activity"),
    (["signin", "--activity", "a", "--from", "2026-01-01"], "only --activity"),
    (["summary"], "--participant"),
    (["indicators", "--from", "2026-01-01"], "--to"),
    (["indicators", "--to", "2026-01-01"], "--from"),
    (["indicators", "--from", "2026-01-01", "--to", "2026-12-31", "--activity", "a"], "period"),
    (["handout", "--activity", "a", "--format", "csv"], "CSV"),
    (["summary", "--activity", "a", "--out-is-csv"], "CSV"),
    (["summary", "--from", "2026-12-31", "--to", "2026-01-01"], "after"),
    (["indicators", "--from", "25/11/2026", "--to", "2026-12-31"], "YYYY-MM-DD"),
    (["indicators", "--from", "20261125", "--to", "2026-12-31"], "YYYY-MM-DD"),
    (["indicators", "--from", "2026-02-30", "--to", "2026-12-31"], "YYYY-MM-DD"),
    (["handout", "--activity", "a", "--lang", "de"], "invalid choice"),
    (["poster", "--activity", "a"], "invalid choice"),
])
def test_bad_combinations_are_usage_errors(workshop_db, out_dir, capsys, argv, phrase):
    db, _ = workshop_db
    out = out_dir / ("x.csv" if "--out-is-csv" in argv else "x.pdf")
    argv = [word for word in argv if word != "--out-is-csv"]
    err = usage_error(capsys, *argv, "--db", str(db), "--out", str(out))
    assert phrase in err and "usage: aiall-desktop report" in err
    assert list(out_dir.iterdir()) == []


def test_db_and_out_are_required(capsys):
    assert "--db" in usage_error(capsys, "handout", "--activity", "a", "--out", "x.pdf")
    assert "--out" in usage_error(capsys, "handout", "--activity", "a", "--db", "x.sqlite")
