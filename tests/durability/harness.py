"""Start the writer, SIGKILL it at a random moment, and check what the file holds afterwards.

After every kill the file must pass SQLite's checks (read-only ``quick_check`` as ``inspect_file``
does when the program opens it, ``integrity_check`` on a read-only connection and through
``Store.open``) and hold what the writer reported:

- ``edits``: the harness reads the register before the writer starts, applies every edit the writer
  reported committed to that copy, and the file must equal it field for field (no edit lost, no record
  appearing from nowhere). The one edit in flight at the kill may be in the file or not, but wholly:
  a transaction of several records is all there or none of it.
- ``import``: the participants and organisations of the import are all there or none (never a part),
  and all there if the writer reported ``imported``.
- ``create``: the program's first start, killed while it sets up a new file: afterwards there is no
  file, or one that ``Store.open`` accepts and brings to the current schema.
"""

from __future__ import annotations

import csv
import json
import os
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from aiall_desktop.records import Activity, Participant
from aiall_desktop.store import Store, inspect_file

from .writer import TRACKED

WRITER = Path(__file__).with_name("writer.py")
READY_TIMEOUT = 60  # seconds for the writer to start (a busy machine), never an expectation of speed
IMPORT_ROWS = 5000
IMPORT_EXISTING = 50  # people already in the register whom the import updates
IMPORT_ORGANISATIONS = 40

State = dict[str, dict[str, dict[str, Any]]]  # kind -> id -> field -> value


# -- the writer's report ---------------------------------------------------------------------------


@dataclass
class Edit:
    number: int
    tries: list[tuple[str, str, str, Any]] = field(default_factory=list)
    called: bool = False
    committed: list[tuple[str, str, str, Any]] = field(default_factory=list)
    done: bool = False

    @property
    def reported(self) -> bool:
        """The writer said so: once one committed line is out, the store call had returned."""
        return bool(self.committed) or self.done


@dataclass
class Report:
    ready: str | None = None
    edits: list[Edit] = field(default_factory=list)
    planned: int | None = None
    progress: int = 0
    imported: int | None = None
    finished: bool = False
    created: bool = False
    problems: list[str] = field(default_factory=list)


def _value(text: str) -> tuple[str, str, str, Any]:
    kind, record_id, assignment = text.split(" ", 2)
    name, _, value = assignment.partition("=")
    return kind, record_id, name, json.loads(value)


def parse_report(lines: list[str]) -> Report:
    """The writer's complete lines, as a report; anything unexpected is a problem, not an exception."""
    report = Report()
    current: Edit | None = None
    for line in lines:
        word, _, rest = line.partition(" ")
        try:
            if word == "ready":
                report.ready = rest
            elif word == "edit":
                current = Edit(int(rest))
                report.edits.append(current)
            elif word in ("try", "committed") and current is not None:
                (current.tries if word == "try" else current.committed).append(_value(rest))
            elif word == "call" and current is not None:
                current.called = True
            elif word == "done" and current is not None:
                current.done = True
            elif word == "planned":
                report.planned = int(rest)
            elif word == "progress":
                report.progress += 1
            elif word == "imported":
                report.imported = int(rest)
            elif word == "finished":
                report.finished = True
            elif word == "opening":
                pass
            elif word == "created":
                report.created = True
            else:
                report.problems.append(f"unexpected line from the writer: {line[:200]!r}")
        except ValueError as error:
            report.problems.append(f"unreadable line from the writer ({error}): {line[:200]!r}")
    return report


# -- what the file holds ---------------------------------------------------------------------------


def read_state(store: Store) -> State:
    """The tracked fields of every organisation, participant and attendance, deleted ones included."""
    state: State = {}
    for kind, fields in TRACKED.items():
        state[kind] = {}
        for record in getattr(store, kind).list(include_deleted=True):
            values = {}
            for name in fields:
                value = record.is_deleted if name == "deleted" else getattr(record, name)
                values[name] = value.value if hasattr(value, "value") else value
            state[kind][record.id] = values
    return state


def apply_changes(state: State, changes: list[tuple[str, str, str, Any]]) -> State:
    result = {kind: {i: dict(values) for i, values in records.items()} for kind, records in state.items()}
    for kind, record_id, name, value in changes:
        result[kind].setdefault(record_id, {})[name] = value
    return result


def differences(actual: State, expected: State, limit: int = 10) -> list[str]:
    found: list[str] = []
    for kind in TRACKED:
        have, want = actual.get(kind, {}), expected.get(kind, {})
        for record_id in sorted(have.keys() | want.keys()):
            if record_id not in have:
                found.append(f"{kind} {record_id}: reported but not in the file")
            elif record_id not in want:
                found.append(f"{kind} {record_id}: in the file but never reported or there before")
            else:
                for name, value in want[record_id].items():
                    if have[record_id].get(name) != value:
                        found.append(f"{kind} {record_id} {name}: file has {_short(have[record_id].get(name))}, "
                                     f"expected {_short(value)}")
            if len(found) >= limit:
                return found
    return found


def _short(value: Any) -> str:
    text = repr(value)
    return text if len(text) < 80 else text[:77] + "..."


@dataclass
class EditsVerdict:
    committed_edits: int  # edits reported committed, all of whose values were checked
    fields: int  # values reported committed
    #: The edit in flight at the kill: "none", "not started" (before the store call), "rolled back"
    #: (called, not in the file) or "committed unreported" (in the file, the writer had no time to say so).
    in_flight: str
    failures: list[str]


def check_edits(before: State, report: Report, after: State) -> EditsVerdict:
    """Compare the file after the kill with the file before plus every edit the writer reported."""
    failures = list(report.problems)
    expected = before
    committed = [e for e in report.edits if e.reported]
    pending = [e for e in report.edits if not e.reported]
    if pending[:-1] or (pending and pending[-1] is not report.edits[-1]):
        failures.append(f"edits {[e.number for e in pending]} never reported committed, yet the writer went on")
    for edit in committed:
        # The kill may cut the list of committed lines short, never change it.
        if edit.committed != edit.tries[: len(edit.committed)]:
            failures.append(f"edit {edit.number}: the committed lines differ from what it set out to write")
        expected = apply_changes(expected, edit.tries + edit.committed)
    in_flight = "none"
    found = differences(after, expected)
    if pending and not pending[-1].called:
        in_flight = "not started"  # killed before the store was called: nothing of it may be there
    elif pending:
        if not found:
            in_flight = "rolled back"
        else:
            alternative = differences(after, apply_changes(expected, pending[-1].tries))
            if not alternative:
                in_flight, found = "committed unreported", []
            else:
                failures.append(f"edit {pending[-1].number} (in flight at the kill) is neither wholly in the file "
                                f"nor wholly absent; as absent: {found[:3]}; as present: {alternative[:3]}")
                found = []
    failures += found
    fields = sum(len(e.tries) for e in committed)
    return EditsVerdict(len(committed), fields, in_flight, failures)


# -- preparing a register --------------------------------------------------------------------------


def prepare(db: Path) -> None:
    """A register to write into (if ``db`` does not exist yet): two activities, a few people."""
    if db.exists():
        return
    from aiall_desktop.records import Attendance, Organisation

    with Store.open(db) as store, store.transaction():
        activities = [store.activities.create(Activity(title=f"Case workshop {n}", date=f"2025-0{n}-12"))
                      for n in (3, 4)]
        organisations = [store.organisations.create(Organisation(name=name, municipality="Örebro"))
                         for name in ("Kumla Bygg AB", "Örebro universitet", "Region Örebro län")]
        for n, name in enumerate(["Åsa Öberg", "Łukasz Wójcik", "Hương Nguyễn", "Björn Ek", "Leila Hassan"]):
            first, last = name.split()
            person = store.participants.create(Participant(
                first_name=first, last_name=last, email=f"{first.lower()}@exempel.se",
                organisation_id=organisations[n % 3].id))
            store.attendance.create(Attendance(activity_id=activities[n % 2].id, participant_id=person.id))


def import_domain(seed: int) -> str:
    return f"s{seed}.import.example"


def import_role(seed: int) -> str:
    return f"Importerad roll {seed}"


def prepare_import(db: Path, seed: int) -> Path:
    """The register and the CSV for an ``import`` run: new people, new companies, and people to update.

    The CSV goes beside the database, where the writer looks for it. Everyone in it gets one role that
    nobody has before, so the checker can count who the import reached.
    """
    prepare(db)
    domain = import_domain(seed)
    with Store.open(db) as store:
        if _import_counts(db, seed) != (0, 0, 0):
            raise ValueError(f"{db} already holds import {seed}; use another seed or a new file")
        with store.transaction():
            for n in range(IMPORT_EXISTING):
                store.participants.create(Participant(first_name="Befintlig", last_name=f"Person {n}",
                                                      email=f"person{n}@{domain}", role="Före importen"))
    path = db.with_name(db.name + ".import.csv")
    with path.open("w", encoding="utf-8-sig", newline="") as handle:
        out = csv.writer(handle, delimiter=";")
        out.writerow(["First name", "Last name", "E-mail", "Organisation", "Role", "Gender"])
        for n in range(IMPORT_ROWS):
            first = "Befintlig" if n < IMPORT_EXISTING else ["Anna", "Łukasz", "Hương", "Åsa", "Omar"][n % 5]
            last = f"Person {n}"
            out.writerow([first, last, f"person{n}@{domain}", f"Importbolag {seed} nr {n % IMPORT_ORGANISATIONS}",
                          import_role(seed), ["Kvinna", "Man", "", "Icke-binär"][n % 4]])
    return path


def _import_counts(db: Path, seed: int) -> tuple[int, int, int]:
    """(people with the import's e-mail domain, people with its role, its organisations), read-only."""
    connection = sqlite3.connect(f"{db.resolve().as_uri()}?mode=ro", uri=True)
    try:
        people = connection.execute("SELECT count(*) FROM participant WHERE email LIKE ?",
                                    [f"%@{import_domain(seed)}"]).fetchone()[0]
        roles = connection.execute("SELECT count(*) FROM participant WHERE role = ?", [import_role(seed)]).fetchone()[0]
        companies = connection.execute("SELECT count(*) FROM organisation WHERE name LIKE ?",
                                       [f"Importbolag {seed} nr %"]).fetchone()[0]
    finally:
        connection.close()
    return people, roles, companies


# -- one run ---------------------------------------------------------------------------------------


@dataclass
class RunResult:
    mode: str
    seed: int
    killed: bool  # SIGKILL ended the writer (else it finished by itself)
    lines: int
    committed_edits: int = 0
    fields: int = 0
    outcome: str = ""  # edits: what became of the edit in flight; import: "none" or "all"
    failures: list[str] = field(default_factory=list)
    seconds: float = 0.0

    @property
    def ok(self) -> bool:
        return not self.failures

    def describe(self) -> str:
        how = "killed" if self.killed else "finished"
        if self.mode == "import":
            what = f"import {self.outcome}"
        elif self.mode.startswith("create"):
            what = f"the file left: {self.outcome}"
        else:
            what = f"{self.committed_edits} edits ({self.fields} values) verified, in flight: {self.outcome}"
        verdict = "ok" if self.ok else "FAILED: " + "; ".join(self.failures[:5])
        return f"{self.mode} seed {self.seed}: {how} after {self.lines} lines, {what} — {verdict}"


def run_once(
    db: Path | str,
    mode: str,
    seed: int,
    kill_after_seconds: float | None = None,
    *,
    kill_after_lines: int | None = None,
) -> RunResult:
    """Run the writer on ``db`` (prepared if new), kill it, and check the file.

    The writer is killed ``kill_after_seconds`` after its first line (``ready``; ``opening`` when it
    creates the file) or as soon as it printed ``kill_after_lines`` lines after that one, whichever
    comes first; with neither it runs to its end.
    """
    db = Path(db)
    started = time.monotonic()
    if mode == "import":
        prepare_import(db, seed)
    elif mode.startswith("create"):
        for suffix in ("", "-wal", "-shm"):
            db.with_name(db.name + suffix).unlink(missing_ok=True)
    else:
        prepare(db)
    before: State = {}
    if mode == "edits" or mode == "lying":
        with Store.open(db, create=False) as store:
            before = read_state(store)
    lines, killed, failures = _run_writer(db, mode, seed, kill_after_seconds, kill_after_lines)
    report = parse_report(lines)
    result = RunResult(mode, seed, killed, len(lines))
    result.failures += failures
    if report.ready is None and not mode.startswith("create"):
        result.failures.append("the writer never said ready")
    elif report.ready is not None and report.ready.split() != ["journal_mode=wal", "synchronous=2"]:
        result.failures.append(f"the writer's connection is not WAL with synchronous=FULL: {report.ready}")
    if mode.startswith("create"):
        _check_created(db, report, result)
        result.seconds = time.monotonic() - started
        return result
    after = _check_file(db, result.failures)
    if after is not None:
        if mode == "import":
            _check_import(db, seed, report, result)
        else:
            verdict = check_edits(before, report, after)
            result.committed_edits, result.fields, result.outcome = (
                verdict.committed_edits, verdict.fields, verdict.in_flight)
            result.failures += verdict.failures
    result.seconds = time.monotonic() - started
    return result


def _run_writer(
    db: Path, mode: str, seed: int, after_seconds: float | None, after_lines: int | None
) -> tuple[list[str], bool, list[str]]:
    failures: list[str] = []
    stderr_path = db.with_name(db.name + ".writer-stderr.txt")
    with stderr_path.open("wb") as stderr:
        process = subprocess.Popen(
            [sys.executable, str(WRITER), str(db), mode, str(seed)],
            stdout=subprocess.PIPE, stderr=stderr, env={**os.environ, "PYTHONUNBUFFERED": "1"},
        )
        chunks: list[bytes] = []
        first = threading.Event()  # the writer has started (Python and the program imported)
        enough = threading.Event()

        def read() -> None:
            counted = None
            assert process.stdout is not None
            for raw in iter(process.stdout.readline, b""):
                chunks.append(raw)
                if counted is None:
                    first.set()
                    counted = 0
                else:
                    counted += 1
                    if after_lines is not None and counted >= after_lines:
                        # Kill from here, the moment the line arrived: the writer is at most a step further.
                        _kill(process)
                        enough.set()
            first.set()
            enough.set()

        reader = threading.Thread(target=read, daemon=True)
        reader.start()
        first.wait(READY_TIMEOUT)
        if after_seconds is not None:
            enough.wait(after_seconds)
        elif after_lines is not None:
            enough.wait()
        if after_seconds is not None or after_lines is not None:
            _kill(process)
        code = process.wait()
        reader.join()
    killed = code == -signal.SIGKILL
    if not killed and code != 0:
        failures.append(f"the writer failed (exit {code}): {stderr_path.read_text(errors='replace')[-2000:]}")
    text = b"".join(chunks)
    # A line cut off by the kill was never fully said; only whole lines count.
    complete = text[: text.rfind(b"\n") + 1].decode("utf-8")
    return complete.split("\n")[:-1], killed, failures


def _kill(process: subprocess.Popen) -> None:
    if process.poll() is None:
        process.send_signal(signal.SIGKILL)


def _check_file(db: Path, failures: list[str]) -> State | None:
    """SQLite's verdict on the file, as the program would open it; the register's state if sound."""
    try:
        inspect_file(db)  # what every opening does first: read-only, quick_check
    except Exception as error:  # noqa: BLE001 - any refusal is the finding
        failures.append(f"inspect_file refuses the file: {error}")
        return None
    connection = sqlite3.connect(f"{db.resolve().as_uri()}?mode=ro", uri=True)
    try:
        verdict = [row[0] for row in connection.execute("PRAGMA integrity_check")]
    finally:
        connection.close()
    if verdict != ["ok"]:
        failures.append(f"integrity_check (read-only): {verdict[:5]}")
        return None
    try:
        with Store.open(db, create=False) as store:
            verdict = store.integrity_check()
            if verdict != ["ok"]:
                failures.append(f"integrity_check (Store.open): {verdict[:5]}")
                return None
            return read_state(store)
    except Exception as error:  # noqa: BLE001
        failures.append(f"Store.open fails after the kill: {error!r}")
        return None


def _check_import(db: Path, seed: int, report: Report, result: RunResult) -> None:
    counts = _import_counts(db, seed)
    none, everything = (IMPORT_EXISTING, 0, 0), (IMPORT_ROWS, IMPORT_ROWS, IMPORT_ORGANISATIONS)
    if counts == none:
        result.outcome = "none"
        if report.imported is not None:
            result.failures.append("the writer reported the import done, but none of it is in the file")
    elif counts == everything:
        result.outcome = "all"
    else:
        result.outcome = "part"
        result.failures.append(
            f"part of the import is in the file: {counts[0]} people with its e-mails, {counts[1]} with its role, "
            f"{counts[2]} of its organisations (none: {none}, all: {everything})")
    if report.imported is not None and report.imported != IMPORT_ROWS:
        result.failures.append(f"the writer imported {report.imported} rows, not {IMPORT_ROWS}")
    result.failures += report.problems


def _check_created(db: Path, report: Report, result: RunResult) -> None:
    """After a kill during the first start: no file, or one the program opens and completes."""
    from aiall_desktop.store import SCHEMA_VERSION

    result.failures += report.problems
    if not db.exists():
        result.outcome = "no file"
        if report.created:
            result.failures.append("the writer reported the file created, but there is none")
        return
    result.outcome = _left_behind(db)
    try:
        with Store.open(db, create=False) as store:
            if store.schema_version != SCHEMA_VERSION:
                result.failures.append(f"schema version {store.schema_version} after opening, not {SCHEMA_VERSION}")
            verdict = store.integrity_check()
            if verdict != ["ok"]:
                result.failures.append(f"integrity_check: {verdict[:5]}")
    except Exception as error:  # noqa: BLE001 - any refusal is the finding
        result.failures.append(f"the file left by a kill during its creation ({result.outcome}) "
                               f"cannot be opened: {error}")


def _left_behind(db: Path) -> str:
    """What a kill during creation left, read without writing: "empty file" or "version N"."""
    if db.stat().st_size == 0 and not db.with_name(db.name + "-wal").exists():
        return "empty file"
    try:
        connection = sqlite3.connect(f"{db.resolve().as_uri()}?mode=ro", uri=True)
        try:
            version = connection.execute("PRAGMA user_version").fetchone()[0]
            tables = connection.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]
        finally:
            connection.close()
    except sqlite3.Error as error:
        return f"unreadable ({error})"
    return f"version {version}, {tables} schema objects"
