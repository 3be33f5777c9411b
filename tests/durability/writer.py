"""A process that writes to a register until it is killed, telling on stdout what it has committed.

    python tests/durability/writer.py DB MODE SEED [CSV]

MODE is one of

- ``edits``: an endless random mix of creates, updates, soft deletes and restores of organisations,
  participants and attendance through the store API, some of them several records in one transaction;
- ``lying``: the same edits, but each is reported committed *before* the store is called. It exists
  only to prove that the checker catches a writer that claims more than the file holds;
- ``import``: reads the CSV file (by default ``DB`` + ``.import.csv``, written by the harness) with
  ``read_import`` and writes it with ``apply_import``, all in one transaction;
- ``create``: creates the register ``DB`` (which must not exist) with ``Store.open``, as the program
  does on its first start, so that the harness can kill it while the new file is being set up;
  ``create:after-file`` and ``create:after-migrations-table`` SIGKILL themselves at that point of the
  creation, for a test that does not depend on timing.

The protocol, one line each, flushed at once (values are JSON, so a line never holds a raw newline)::

    ready journal_mode=wal synchronous=2     the store is open; the connection's settings
    edit N                                   edit number N starts
    try KIND ID FIELD=VALUE                  a value edit N will write (deleted=true|false for soft deletes)
    call N                                   the store call starts now (every try line is out)
    committed KIND ID FIELD=VALUE            printed only after the store call returned
    done N
    finished                                 the writer stopped by itself (safety limit)

    planned ROWS / progress DONE TOTAL / imported ROWS      (import)
    opening (before Store.open) / ready ... / created          (create)

A committed line is the promise under test: once printed, the edit must survive a SIGKILL. An edit
whose ``call`` line is out but no ``committed`` line may or may not have reached the file, but then
wholly or not at all.
"""

from __future__ import annotations

import json
import random
import sys
import time
import uuid
from pathlib import Path
from typing import Any, Callable

from aiall_desktop.records import Attendance, Organisation, Participant
from aiall_desktop.store import Store

#: The fields the writer changes and the checker compares, per store attribute ("deleted" is the tombstone).
TRACKED = {
    "organisations": ("name", "municipality", "sector", "notes", "deleted"),
    "participants": ("first_name", "last_name", "email", "role", "gender", "organisation_id", "notes", "deleted"),
    "attendance": ("activity_id", "participant_id", "status", "role", "deleted"),
}

WORDS = [
    "Åsa", "Björn", "Łukasz", "Hương", "Öberg", "Nguyễn", "Żółć", "Ölands bro", "smörgåsbord", "Kumla",
    "data", "AI", "verkstad", "O'Brien", 'citat "så"', "semi;kolon", "tab\there", "rad\nbrytning", "emoji 🙂",
    "Ελληνικά", "русский", "日本語", "عربى", "",
]
SECTORS = ["company", "public_sector", "academia", "non_profit", "other"]
GENDERS = ["woman", "man", "non_binary", "self_described", "not_stated"]
STATUSES = ["invited", "present", "excused", "no_show"]
SAFETY_SECONDS = 300  # a harness that never kills must not leave a writer running for ever


def emit(line: str) -> None:
    sys.stdout.write(line + "\n")
    sys.stdout.flush()


def value_line(word: str, kind: str, record_id: str, field: str, value: Any) -> str:
    return f"{word} {kind} {record_id} {field}={json.dumps(value, ensure_ascii=False)}"


Change = tuple[str, str, str, Any]  # kind, id, field, value


class Register:
    """What the writer knows of the file: which records exist and which are deleted."""

    def __init__(self, store: Store):
        self.activities = [a.id for a in store.activities.list()]
        self.deleted: dict[str, dict[str, bool]] = {
            kind: {r.id: r.is_deleted for r in getattr(store, kind).list(include_deleted=True)} for kind in TRACKED
        }
        self.pairs = {(a.activity_id, a.participant_id) for a in store.attendance.list(include_deleted=True)}

    def live(self, kind: str) -> list[str]:
        return [i for i, deleted in self.deleted[kind].items() if not deleted]

    def gone(self, kind: str) -> list[str]:
        return [i for i, deleted in self.deleted[kind].items() if deleted]

    def note(self, changes: list[Change]) -> None:
        for kind, record_id, field, value in changes:
            if field == "deleted":
                self.deleted[kind][record_id] = value
            elif record_id not in self.deleted[kind]:
                self.deleted[kind][record_id] = False
            if kind == "attendance" and field == "participant_id":
                activity = next(v for k, i, f, v in changes if i == record_id and f == "activity_id")
                self.pairs.add((activity, value))


class Edits:
    """Random edits: each returns the changes it will make and a function that makes them."""

    def __init__(self, store: Store, register: Register, rng: random.Random):
        self.store = store
        self.register = register
        self.rng = rng
        self.number = 0

    def text(self) -> str:
        rng = self.rng
        words = " ".join(rng.choice(WORDS) for _ in range(rng.randint(1, 3)))
        text = f"{words} {self.number}-{rng.randint(0, 10**6)}"
        if rng.random() < 0.04:
            # Now and then a long text, so that a commit spans many pages and the WAL fills up to checkpoints.
            text += " " + "å" * rng.randint(4_000, 40_000)
        return text

    # -- single-record edits ---------------------------------------------------------------------

    def organisation_values(self) -> dict[str, Any]:
        return {"name": self.text(), "municipality": self.rng.choice(["Örebro", "Kumla", "Lindesberg", ""]),
                "sector": self.rng.choice(SECTORS), "notes": self.text() if self.rng.random() < 0.3 else ""}

    def participant_values(self, organisation_id: str | None) -> dict[str, Any]:
        rng = self.rng
        return {"first_name": rng.choice(WORDS[:8]), "last_name": self.text(),
                "email": f"p{self.number}.{rng.randint(0, 10**9)}@exempel.se", "role": self.text(),
                "gender": rng.choice(GENDERS), "organisation_id": organisation_id,
                "notes": self.text() if rng.random() < 0.3 else ""}

    def new_organisation(self) -> tuple[list[Change], Callable[[], Any]]:
        record_id, values = str(uuid.uuid4()), self.organisation_values()
        return self.created("organisations", record_id, values), lambda: self.store.organisations.create(
            Organisation(id=record_id, **values))

    def new_participant(self) -> tuple[list[Change], Callable[[], Any]]:
        organisations = self.register.live("organisations")
        organisation = self.rng.choice(organisations) if organisations and self.rng.random() < 0.8 else None
        record_id, values = str(uuid.uuid4()), self.participant_values(organisation)
        return self.created("participants", record_id, values), lambda: self.store.participants.create(
            Participant(id=record_id, **values))

    def new_attendance(self) -> tuple[list[Change], Callable[[], Any]] | None:
        pairs = [(a, p) for a in self.register.activities for p in self.register.live("participants")
                 if (a, p) not in self.register.pairs]
        if not pairs:
            return None
        activity, participant = self.rng.choice(pairs)
        record_id = str(uuid.uuid4())
        values = {"activity_id": activity, "participant_id": participant,
                  "status": self.rng.choice(STATUSES), "role": self.rng.choice(["participant", "facilitator"])}
        return self.created("attendance", record_id, values), lambda: self.store.attendance.create(
            Attendance(id=record_id, **values))

    def update(self, kind: str) -> tuple[list[Change], Callable[[], Any]] | None:
        live = self.register.live(kind)
        if not live:
            return None
        record_id = self.rng.choice(live)
        field = self.rng.choice([f for f in TRACKED[kind] if f not in ("deleted", "activity_id", "participant_id")])
        value = {"sector": lambda: self.rng.choice(SECTORS), "gender": lambda: self.rng.choice(GENDERS),
                 "status": lambda: self.rng.choice(STATUSES),
                 "organisation_id": lambda: self.rng.choice(self.register.live("organisations") or [None]),
                 "municipality": lambda: self.rng.choice(["Örebro", "Askersund", ""])}.get(field, self.text)()
        repository = getattr(self.store, kind)
        return [(kind, record_id, field, value)], lambda: repository.update(record_id, **{field: value})

    def delete(self, kind: str) -> tuple[list[Change], Callable[[], Any]] | None:
        live = self.register.live(kind)
        if not live:
            return None
        record_id = self.rng.choice(live)
        return [(kind, record_id, "deleted", True)], lambda: getattr(self.store, kind).delete(record_id)

    def restore(self, kind: str) -> tuple[list[Change], Callable[[], Any]] | None:
        gone = self.register.gone(kind)
        if not gone:
            return None
        record_id = self.rng.choice(gone)
        return [(kind, record_id, "deleted", False)], lambda: getattr(self.store, kind).restore(record_id)

    # -- several records at once -----------------------------------------------------------------

    def roles_at_once(self) -> tuple[list[Change], Callable[[], Any]] | None:
        """One ``update_many``: a bulk edit of several people's roles."""
        live = self.register.live("participants")
        if len(live) < 2:
            return None
        chosen = self.rng.sample(live, min(len(live), self.rng.randint(2, 8)))
        roles = {record_id: {"role": self.text()} for record_id in chosen}
        changes = [("participants", i, "role", v["role"]) for i, v in roles.items()]
        return changes, lambda: self.store.participants.update_many(roles)

    def company_with_people(self) -> tuple[list[Change], Callable[[], Any]] | None:
        """One ``store.transaction()``: an organisation, its people and their attendance."""
        if not self.register.activities:
            return None
        activity = self.rng.choice(self.register.activities)
        organisation_id, organisation = str(uuid.uuid4()), self.organisation_values()
        changes = self.created("organisations", organisation_id, organisation)
        people = []
        for _ in range(self.rng.randint(1, 4)):
            person_id, person = str(uuid.uuid4()), self.participant_values(organisation_id)
            attendance_id = str(uuid.uuid4())
            attendance = {"activity_id": activity, "participant_id": person_id,
                          "status": self.rng.choice(STATUSES), "role": "participant"}
            changes += self.created("participants", person_id, person)
            changes += self.created("attendance", attendance_id, attendance)
            people.append((person_id, person, attendance_id, attendance))

        def write() -> None:
            with self.store.transaction():
                self.store.organisations.create(Organisation(id=organisation_id, **organisation))
                for person_id, person, attendance_id, attendance in people:
                    self.store.participants.create(Participant(id=person_id, **person))
                    self.store.attendance.create(Attendance(id=attendance_id, **attendance))

        return changes, write

    def leave_and_note(self) -> tuple[list[Change], Callable[[], Any]] | None:
        """One ``store.transaction()`` of mixed kinds: someone leaves, their attendance goes, a note is kept."""
        live = self.register.live("participants")
        organisations = self.register.live("organisations")
        if not live or not organisations:
            return None
        person = self.rng.choice(live)
        organisation = self.rng.choice(organisations)
        note = self.text()
        attending = [i for i in self.register.live("attendance") if self.rng.random() < 0.05][:3]
        changes: list[Change] = [("participants", person, "organisation_id", None),
                                 ("participants", person, "role", note),
                                 ("organisations", organisation, "notes", note)]
        changes += [("attendance", i, "deleted", True) for i in attending]

        def write() -> None:
            with self.store.transaction():
                self.store.participants.update(person, organisation_id=None, role=note)
                self.store.organisations.update(organisation, notes=note)
                for attendance_id in attending:
                    self.store.attendance.delete(attendance_id)

        return changes, write

    # -- choosing ---------------------------------------------------------------------------------

    @staticmethod
    def created(kind: str, record_id: str, values: dict[str, Any]) -> list[Change]:
        return [(kind, record_id, field, value) for field, value in values.items()] + [
            (kind, record_id, "deleted", False)]

    def next(self) -> tuple[list[Change], Callable[[], Any]]:
        self.number += 1
        choices: list[tuple[float, Callable[[], Any]]] = [
            (2, self.new_organisation), (4, self.new_participant), (3, self.new_attendance),
            (4, lambda: self.update("participants")), (2, lambda: self.update("organisations")),
            (2, lambda: self.update("attendance")),
            (1, lambda: self.delete("participants")), (0.5, lambda: self.delete("organisations")),
            (1, lambda: self.delete("attendance")),
            (1, lambda: self.restore("participants")), (0.5, lambda: self.restore("organisations")),
            (0.5, lambda: self.restore("attendance")),
            (1, self.roles_at_once), (1, self.company_with_people), (1, self.leave_and_note),
        ]
        while True:
            make = self.rng.choices([c for _, c in choices], weights=[w for w, _ in choices])[0]
            edit = make()
            if edit is not None:
                return edit


def run_edits(store: Store, seed: int, lying: bool) -> None:
    register = Register(store)
    edits = Edits(store, register, random.Random(seed))
    deadline = time.monotonic() + SAFETY_SECONDS
    while time.monotonic() < deadline:
        changes, write = edits.next()
        emit(f"edit {edits.number}")
        for change in changes:
            emit(value_line("try", *change))
        emit(f"call {edits.number}")
        if lying:
            # The bug the checker must catch: telling before the file holds it.
            for change in changes:
                emit(value_line("committed", *change))
        write()
        if not lying:
            for change in changes:
                emit(value_line("committed", *change))
        emit(f"done {edits.number}")
        register.note(changes)
    emit("finished")


def run_import(store: Store, csv_path: Path) -> None:
    from aiall_desktop.exchange import apply_import, read_import

    plan = read_import(csv_path, "participants", store=store)
    if not plan.ok:
        sys.stderr.write("the prepared import has problems: " + repr(plan.problems[:5]) + "\n")
        raise SystemExit(3)
    emit(f"planned {plan.row_count}")
    apply_import(store, plan, progress=lambda done, total: emit(f"progress {done} {total}"))
    emit(f"imported {plan.row_count}")


CREATE_MODES = ("create", "create:after-file", "create:after-migrations-table")


def crash_during_creation(point: str) -> None:
    """Die by SIGKILL right after a step of creating a new file (the steps as the store takes them)."""
    if not point:
        return
    import os
    import signal

    from aiall_desktop.store import database
    from aiall_desktop.store.schema import MIGRATIONS

    def after(step: Callable[..., Any]) -> Callable[..., Any]:
        def run(*args: Any, **kwargs: Any) -> Any:
            step(*args, **kwargs)
            os.kill(os.getpid(), signal.SIGKILL)

        return run

    if point == "after-file":
        database._create_owner_only = after(database._create_owner_only)  # type: ignore[attr-defined]
    else:
        MIGRATIONS.ensure_migrations_table = after(MIGRATIONS.ensure_migrations_table)  # type: ignore[method-assign]


def main(argv: list[str]) -> int:
    if len(argv) not in (3, 4) or argv[1] not in ("edits", "lying", "import", *CREATE_MODES):
        sys.stderr.write(__doc__.split("\n\n")[1] + "\n")
        return 2
    database, mode, seed = Path(argv[0]), argv[1], int(argv[2])
    csv_path = Path(argv[3]) if len(argv) == 4 else database.with_name(database.name + ".import.csv")
    if mode in CREATE_MODES:
        crash_during_creation(mode.partition(":")[2])
        emit("opening")
    with Store.open(database, create=mode in CREATE_MODES) as store:
        journal = store.db.execute("PRAGMA journal_mode").fetchone()[0]
        synchronous = store.db.execute("PRAGMA synchronous").fetchone()[0]
        emit(f"ready journal_mode={journal} synchronous={synchronous}")
        if mode == "import":
            run_import(store, csv_path)
        elif mode in CREATE_MODES:
            emit("created")
        else:
            run_edits(store, seed, lying=mode == "lying")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
