"""The command line with arguments drawn from its real sub-commands and options, mixed with random
words, paths, dates and ids, run in-process.

Whatever the arguments: the exit status is 0, 1 or 2; a failure says why on stderr; there is never a
traceback; and nothing is written outside the test's folder (an audit hook sees every file the
program opens for writing, creates or renames). Each example runs in a fresh copy of a folder holding
a small register, damaged and foreign files, exports and an empty folder, so examples do not depend
on each other.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import tempfile
from pathlib import Path

import pytest
from fuzz_helpers import event, exchange_helpers, run_cli, working_directory
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from aiall_desktop.exchange import export_rows, export_workbook
from aiall_desktop.store import SCHEMA_VERSION, Store

helpers = exchange_helpers()
reuse_fixture = settings(suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])


class Template:
    def __init__(self, folder: Path, ids: dict[str, list[str]]):
        self.folder = folder
        self.ids = ids


@pytest.fixture(scope="module")
def template(tmp_path_factory) -> Template:
    """A folder of the files a user might name, built once; each example works in its own copy."""
    folder = tmp_path_factory.mktemp("cli-template")
    with Store.open(folder / "register.sqlite") as store:
        helpers.fill(store)
        export_rows(store, "participants", folder / "people.csv")
        export_workbook(store, folder / "register.xlsx")
        ids = {"participants": [p.id for p in store.participants.list()],
               "activities": [a.id for a in store.activities.list()]}
    data = (folder / "register.sqlite").read_bytes()
    (folder / "damaged.sqlite").write_bytes(data[: len(data) // 3])
    newer = folder / "newer.sqlite"
    newer.write_bytes(data)
    connection = sqlite3.connect(newer)
    connection.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    connection.commit()
    connection.close()
    (folder / "empty.sqlite").write_bytes(b"")
    (folder / "notes.txt").write_text("Namn;E-post\nAnna;anna@example.se\n", encoding="utf-8")
    (folder / "bad.csv").write_bytes(b"F\xf6rnamn;Efternamn\n\x00\x01\x02;\xff\n")
    (folder / "folder").mkdir()
    for leftover in folder.glob("*-[ws][ah][lm]"):
        leftover.unlink()  # -wal/-shm of the look at newer.sqlite: not part of the template
    return Template(folder, ids)


# -- what the arguments are drawn from -------------------------------------------------------------

EXISTING = ["register.sqlite", "damaged.sqlite", "newer.sqlite", "empty.sqlite", "notes.txt", "people.csv",
            "register.xlsx", "bad.csv", "folder", "."]
NEW = ["new.sqlite", "out.pdf", "out.csv", "out.xlsx", "out.txt", "folder/out.pdf", "missing/out.pdf",
       "register.sqlite/out.pdf", "../outside-the-copy.sqlite", "nytt namn med å.sqlite", "", "-", "folder/"]
paths = st.one_of(st.sampled_from(EXISTING), st.sampled_from(NEW),
                  st.text(st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00/"), max_size=12))
# The options that name the register and the output mostly name good ones, so that the commands get far.
db_paths = st.one_of(st.just("register.sqlite"), paths)
out_paths = st.one_of(st.sampled_from(["out.pdf", "out.csv", "out.xlsx", "folder/out.pdf"]), paths)
dates = st.one_of(
    st.dates().map(lambda d: d.isoformat()),
    st.sampled_from(["2025-02-29", "2025-13-01", "20250301", "2025-3-1", "0000-01-01", "9999-12-31", "igår", ""]),
    st.text(max_size=10),
)
words = st.text(st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00"), max_size=15)
SCALES = ["0.001", "0.002", "1e-300", "0", "-1", "nan", "inf", "-inf", "abc", "", "0x10", "1,5"]
DOCUMENTS = ["handout", "runsheet", "signin", "tablecards", "summary", "indicators"]
KINDS = ["participants", "Deltagare", "organisations", "attendance", "cases", "närvaro"]
SORT_COLUMNS = ["name", "last_name", "email", "date", "title", "votes", "women_share", "nope"]


def ids(template: Template) -> st.SearchStrategy[str]:
    real = template.ids["participants"] + template.ids["activities"]
    return st.one_of(st.sampled_from(real), st.uuids().map(str), words,
                     st.sampled_from(real).map(lambda i: i.upper()), st.sampled_from(real).map(lambda i: i[:8]))


def commands(template: Template) -> dict[str, tuple[list, dict]]:
    """Each sub-command: its positional arguments and its options, with what their values are drawn from
    (``None``: a flag without a value)."""
    return {
        "demo": ([paths], {"--scale": st.sampled_from(SCALES), "--seed": st.one_of(st.integers().map(str), words)}),
        "check": ([], {"--db": db_paths}),
        "import": ([st.one_of(st.sampled_from(["people.csv", "register.xlsx"]), paths)],
                   {"--db": db_paths, "--kind": st.one_of(st.sampled_from(KINDS), words)}),
        "export": ([st.one_of(st.sampled_from(["organisations", "participants", "activities", "attendance",
                                               "cases", "all"]), words)],
                   {"--db": db_paths, "--out": out_paths, "--search": words, "--sort": st.sampled_from(SORT_COLUMNS),
                    "--descending": None}),
        "backup": ([], {"--db": db_paths, "--to": paths}),
        "report": ([st.one_of(st.sampled_from(DOCUMENTS), words)],
                   {"--db": db_paths, "--out": out_paths, "--activity": ids(template), "--participant": ids(template),
                    "--from": dates, "--to": dates, "--lang": st.sampled_from(["sv", "en", "fi", ""]),
                    "--format": st.sampled_from(["pdf", "csv", "docx"])}),
    }


COMMAND_NAMES = {"demo", "check", "import", "export", "backup", "report"}
ALL_OPTIONS = ["--db", "--scale", "--seed", "--kind", "--out", "--search", "--sort", "--descending", "--to",
               "--activity", "--participant", "--from", "--lang", "--format", "--help", "-h", "--version", "--"]


@st.composite
def report_arguments(draw, template: Template) -> list[str]:
    """A document with the options it needs (mostly right), so that documents are really written."""
    document = draw(st.sampled_from(DOCUMENTS))
    activity = st.one_of(st.sampled_from(template.ids["activities"]), ids(template))
    participant = st.one_of(st.sampled_from(template.ids["participants"]), ids(template))
    period = ["--from", draw(st.one_of(st.just("2025-01-01"), dates)),
              "--to", draw(st.one_of(st.just("2025-12-31"), dates))]
    if document == "indicators":
        options = period + draw(st.sampled_from([[], ["--format", "csv"], ["--format", "pdf"]]))
    elif document == "summary":
        options = draw(st.sampled_from([["--participant", draw(participant)], ["--activity", draw(activity)],
                                        period]))
    else:
        options = ["--activity", draw(activity)]
    out = draw(st.one_of(st.sampled_from(["out.pdf", "out.csv", "folder/out.pdf"]), out_paths))
    lang = draw(st.sampled_from([[], ["--lang", "en"], ["--lang", "sv"]]))
    return ["report", document, "--db", draw(db_paths), "--out", out, *options, *lang]


@st.composite
def argument_lists(draw, template: Template) -> list[str]:
    if draw(st.integers(0, 5)) == 0:
        return draw(report_arguments(template))
    table = commands(template)
    if draw(st.integers(0, 9)) == 0:
        # Anything at all: sub-command names, options and words in any order.
        return draw(st.lists(st.one_of(st.sampled_from([*table, *ALL_OPTIONS]), words, paths), max_size=8))
    name = draw(st.sampled_from(sorted(table)))
    positional, options = table[name]
    parts: list[list[str]] = [[draw(value)] for value in positional if draw(st.integers(0, 5))]
    for option, values in options.items():
        if draw(st.booleans()) or option in ("--db", "--out"):
            parts.append([option] if values is None else [option, draw(values)])
    parts = draw(st.permutations(parts))
    argv = [name, *(token for part in parts for token in part)]
    for _ in range(draw(st.integers(0, 2)) if draw(st.integers(0, 3)) == 0 else 0):
        noise = draw(st.one_of(st.sampled_from(ALL_OPTIONS), words, paths))
        argv.insert(draw(st.integers(0, len(argv))), noise)
    if draw(st.integers(0, 9)) == 0:
        argv[:0] = ["--db", draw(paths)]  # the window's own option, before a sub-command
    return argv


@pytest.fixture
def no_window(monkeypatch):
    """Without a sub-command the program opens its window: here it only says that it would have."""
    import aiall_desktop.gui.app as app

    opened = []
    monkeypatch.setattr(app, "run", lambda db=None: opened.append(db) or 0)
    return opened


def written_outside(written: list[str], tmp_path: Path) -> list[str]:
    """Paths written outside ``tmp_path`` and still there: a library's temporary file (openpyxl writes a
    workbook's sheets to the system temp folder first) is allowed when it is gone again."""
    inside, temp = str(tmp_path.resolve()), tempfile.gettempdir()
    left = []
    for path in written:
        if path.startswith(inside + os.sep) or "__pycache__" in path:
            continue
        if path == temp or (path.startswith(temp + os.sep) and not os.path.exists(path)):
            event("a temporary file outside the folder, removed again")
            continue
        left.append(path)
    return left


def run_in_copy(template: Template, tmp_path: Path, argv: list[str]):
    runs = tmp_path / "runs"
    runs.mkdir(exist_ok=True)
    folder = Path(tempfile.mkdtemp(dir=runs)) / "copy"
    shutil.copytree(template.folder, folder)
    try:
        with working_directory(folder):
            return run_cli(argv)
    finally:
        shutil.rmtree(folder.parent)


@reuse_fixture
@given(data=st.data())
def test_any_arguments_end_in_a_status_and_a_message(template, tmp_path, no_window, data):
    argv = data.draw(argument_lists(template), label="argv")
    result = run_in_copy(template, tmp_path, argv)
    outside = written_outside(result.written, tmp_path)
    assert not outside, f"wrote outside the test's folder: {outside}"
    assert "Traceback" not in result.err, result.err
    assert result.code in (0, 1, 2), (result.code, result.err)
    if result.code:
        assert result.err.strip(), f"status {result.code} without a word on stderr"
    command = next((token for token in argv if token in COMMAND_NAMES), "no command")
    event(f"{command}: status {result.code}")


@pytest.mark.parametrize("scale", ["nan", "inf"])
def test_demo_refuses_a_scale_that_is_not_a_number(tmp_path, scale):
    with working_directory(tmp_path):
        result = run_cli(["demo", "demo.sqlite", "--scale", scale])
    assert "Traceback" not in result.err, result.err
    assert result.code == 1 and "--scale" in result.err


@pytest.mark.parametrize("argv", [["demo", "notes.txt/demo.sqlite", "--scale", "0.001"],
                                  ["import", "people.csv", "--db", "notes.txt/new.sqlite"]], ids=["demo", "import"])
def test_a_database_in_a_folder_that_is_a_file_is_refused_in_one_line(template, tmp_path, argv):
    result = run_in_copy(template, tmp_path, argv)
    assert "Traceback" not in result.err, result.err
    assert result.code == 1 and "notes.txt" in result.err


@pytest.mark.parametrize("target", [".", ""])
def test_backup_to_a_folder_writes_the_backup_inside_it(template, tmp_path, target):
    """``--to .`` (or an empty name, which is the current folder too) is a folder to put the backup in."""
    result = run_in_copy(template, tmp_path, ["backup", "--db", "register.sqlite", "--to", target])
    assert "Traceback" not in result.err, result.err
    assert result.code == 0, result.err
    written = result.out.strip().rsplit(" to ", 1)[1]
    assert Path(written).parent == Path(target or "."), written
    assert Path(written).name.startswith("register-") and written.endswith("-manual.sqlite")


def test_indicators_up_to_the_last_day_of_the_calendar(template, tmp_path):
    result = run_in_copy(template, tmp_path, ["report", "indicators", "--db", "register.sqlite", "--out", "out.pdf",
                                              "--from", "2025-01-01", "--to", "9999-12-31"])
    assert "Traceback" not in result.err, result.err
    assert result.code in (0, 1)
