"""The database schema, as an ordered list of migrations.

sqlite-utils' ``Migrations`` runs each step in its own transaction and records it in the file; every
step also sets ``PRAGMA user_version`` inside that transaction, so the version a file carries is the
number of steps applied to it, and a file from a newer program can be recognised before anything is
written. Add new steps at the end; never edit a step that has shipped.

Every record table has ``seq INTEGER PRIMARY KEY``: a local row number that ``VACUUM`` keeps stable and
the search index points at. The key that leaves this laptop is the UUID in ``id``.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable

from sqlite_utils import Database, Migrations

#: Written into the file header so that another program's SQLite file is not mistaken for ours.
APPLICATION_ID = 0x41494131  # "AIA1"

MIGRATIONS = Migrations("aiall_desktop")
_STEPS: list[Callable[[Database], None]] = []
#: The names the steps are recorded under in ``_sqlite_migrations``, in order.
STEP_NAMES: list[str] = []


def _step(fn: Callable[[Database], None]) -> Callable[[Database], None]:
    version = len(_STEPS) + 1

    def run(db: Database) -> None:
        fn(db)
        db.execute(f"PRAGMA user_version = {version}")

    run.__name__ = f"{version:04d}_{fn.__name__}"
    MIGRATIONS(name=run.__name__)(run)
    STEP_NAMES.append(run.__name__)
    _STEPS.append(fn)
    return fn


def _run_all(db: Database, statements: str) -> None:
    # executescript() would commit the migration's transaction half-way; run statement by statement.
    pending = ""
    for line in statements.splitlines(keepends=True):
        pending += line
        if sqlite3.complete_statement(pending):
            db.execute(pending)
            pending = ""
    if pending.strip():
        raise ValueError(f"incomplete SQL statement in migration: {pending!r}")


_RECORD_COLUMNS = """
    seq INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    deleted_at TEXT"""


def _fts(table: str, body_sql: str) -> str:
    """A word-prefix search index over one table, kept current by triggers.

    ``body_sql`` is an expression over ``NEW`` giving the searchable text of a row.
    """
    return f"""
CREATE VIRTUAL TABLE {table}_fts USING fts5(body, tokenize = 'unicode61 remove_diacritics 2');
CREATE TRIGGER {table}_fts_insert AFTER INSERT ON {table} BEGIN
    INSERT INTO {table}_fts (rowid, body) VALUES (NEW.seq, {body_sql});
END;
CREATE TRIGGER {table}_fts_update AFTER UPDATE ON {table} BEGIN
    UPDATE {table}_fts SET body = {body_sql} WHERE rowid = NEW.seq;
END;
CREATE TRIGGER {table}_fts_delete AFTER DELETE ON {table} BEGIN
    DELETE FROM {table}_fts WHERE rowid = OLD.seq;
END;
"""


_PARTICIPANT_BODY = (
    "NEW.first_name || ' ' || NEW.last_name || ' ' || NEW.email || ' ' || NEW.role || ' ' || "
    "coalesce((SELECT name FROM organisation WHERE id = NEW.organisation_id), '') || ' ' || "
    "NEW.backgrounds || ' ' || NEW.competences || ' ' || NEW.tags"
)


@_step
def initial(db: Database) -> None:
    _run_all(
        db,
        f"""
CREATE TABLE organisation ({_RECORD_COLUMNS},
    name TEXT NOT NULL CHECK (trim(name) <> ''),
    org_number TEXT,
    sector TEXT NOT NULL DEFAULT 'company'
        CHECK (sector IN ('company', 'public_sector', 'academia', 'non_profit', 'other')),
    size_class TEXT CHECK (size_class IN ('micro', 'small', 'medium', 'large')),
    municipality TEXT NOT NULL DEFAULT '',
    areas TEXT NOT NULL DEFAULT '[]',
    notes TEXT NOT NULL DEFAULT ''
);
CREATE INDEX organisation_name ON organisation (name COLLATE NOCASE);
CREATE INDEX organisation_org_number ON organisation (org_number);

CREATE TABLE participant ({_RECORD_COLUMNS},
    first_name TEXT NOT NULL,
    last_name TEXT NOT NULL,
    email TEXT NOT NULL DEFAULT '',
    phone TEXT NOT NULL DEFAULT '',
    organisation_id TEXT REFERENCES organisation (id),
    role TEXT NOT NULL DEFAULT '',
    backgrounds TEXT NOT NULL DEFAULT '[]',
    competences TEXT NOT NULL DEFAULT '[]',
    gender TEXT NOT NULL DEFAULT 'not_stated'
        CHECK (gender IN ('woman', 'man', 'non_binary', 'self_described', 'not_stated')),
    gender_text TEXT NOT NULL DEFAULT '',
    consent_date TEXT,
    consent_scope TEXT NOT NULL DEFAULT '',
    consent_method TEXT NOT NULL DEFAULT '',
    tags TEXT NOT NULL DEFAULT '[]',
    notes TEXT NOT NULL DEFAULT '',
    CHECK (trim(first_name || last_name) <> '')
);
CREATE INDEX participant_name ON participant (last_name COLLATE NOCASE, first_name COLLATE NOCASE);
CREATE INDEX participant_organisation ON participant (organisation_id);
CREATE INDEX participant_email ON participant (email COLLATE NOCASE);

CREATE TABLE activity ({_RECORD_COLUMNS},
    kind TEXT NOT NULL CHECK (kind IN ('case_workshop', 'network_meeting', 'company_visit',
                                       'case_development', 'demonstration')),
    title TEXT NOT NULL CHECK (trim(title) <> ''),
    date TEXT NOT NULL,
    start_time TEXT NOT NULL DEFAULT '09:00',
    end_time TEXT NOT NULL DEFAULT '12:00',
    place TEXT NOT NULL DEFAULT '',
    facilitators TEXT NOT NULL DEFAULT '',
    organisation_ids TEXT NOT NULL DEFAULT '[]',
    goal TEXT NOT NULL DEFAULT '',
    notes TEXT NOT NULL DEFAULT ''
);
CREATE INDEX activity_date ON activity (date, start_time);

CREATE TABLE agenda_item ({_RECORD_COLUMNS},
    activity_id TEXT NOT NULL REFERENCES activity (id),
    position INTEGER NOT NULL,
    title TEXT NOT NULL,
    method TEXT NOT NULL DEFAULT '',
    minutes INTEGER NOT NULL DEFAULT 15 CHECK (minutes >= 0),
    lead TEXT NOT NULL DEFAULT '',
    materials TEXT NOT NULL DEFAULT '',
    notes TEXT NOT NULL DEFAULT '',
    actual_start TEXT,
    actual_end TEXT
);
CREATE INDEX agenda_item_activity ON agenda_item (activity_id, position);

CREATE TABLE attendance ({_RECORD_COLUMNS},
    activity_id TEXT NOT NULL REFERENCES activity (id),
    participant_id TEXT NOT NULL REFERENCES participant (id),
    role TEXT NOT NULL DEFAULT 'participant',
    status TEXT NOT NULL DEFAULT 'invited'
        CHECK (status IN ('invited', 'present', 'excused', 'no_show')),
    checked_in_at TEXT,
    UNIQUE (activity_id, participant_id)
);
CREATE INDEX attendance_participant ON attendance (participant_id);

CREATE TABLE ai_case ({_RECORD_COLUMNS},
    title TEXT NOT NULL CHECK (trim(title) <> ''),
    problem TEXT NOT NULL DEFAULT '',
    organisation_ids TEXT NOT NULL DEFAULT '[]',
    areas TEXT NOT NULL DEFAULT '[]',
    stage TEXT NOT NULL DEFAULT 'identified'
        CHECK (stage IN ('identified', 'prioritised', 'in_development', 'innovation',
                         'implemented', 'parked')),
    parked_reason TEXT NOT NULL DEFAULT '',
    value_score INTEGER CHECK (value_score BETWEEN 1 AND 5),
    feasibility_score INTEGER CHECK (feasibility_score BETWEEN 1 AND 5),
    data_score INTEGER CHECK (data_score BETWEEN 1 AND 5),
    votes INTEGER NOT NULL DEFAULT 0 CHECK (votes >= 0),
    origin_activity_id TEXT REFERENCES activity (id),
    owner_id TEXT REFERENCES participant (id),
    notes TEXT NOT NULL DEFAULT ''
);
CREATE INDEX ai_case_stage ON ai_case (stage);
CREATE INDEX ai_case_origin ON ai_case (origin_activity_id);

CREATE TABLE team ({_RECORD_COLUMNS},
    name TEXT NOT NULL,
    kind TEXT NOT NULL DEFAULT 'case_team' CHECK (kind IN ('table_group', 'case_team')),
    activity_id TEXT REFERENCES activity (id),
    case_id TEXT REFERENCES ai_case (id),
    position INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX team_activity ON team (activity_id);
CREATE INDEX team_case ON team (case_id);

CREATE TABLE team_member ({_RECORD_COLUMNS},
    team_id TEXT NOT NULL REFERENCES team (id),
    participant_id TEXT NOT NULL REFERENCES participant (id),
    role TEXT NOT NULL DEFAULT '',
    locked INTEGER NOT NULL DEFAULT 0,
    UNIQUE (team_id, participant_id)
);
CREATE INDEX team_member_participant ON team_member (participant_id);

CREATE TABLE setting (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL,
    updated_at TEXT NOT NULL
);

{_fts("participant", _PARTICIPANT_BODY)}
CREATE TRIGGER participant_fts_organisation AFTER UPDATE OF name ON organisation BEGIN
    UPDATE participant SET organisation_id = organisation_id WHERE organisation_id = NEW.id;
END;
{_fts("organisation", "NEW.name || ' ' || coalesce(NEW.org_number, '') || ' ' || NEW.municipality")}
{_fts("activity", "NEW.title || ' ' || NEW.place || ' ' || NEW.facilitators || ' ' || NEW.date")}
{_fts("ai_case", "NEW.title || ' ' || NEW.problem")}
""",
    )
    db.execute(f"PRAGMA application_id = {APPLICATION_ID}")


@_step
def workshops(db: Database) -> None:
    """Run mode state, case stage history and activity templates (the workshops issue)."""
    _run_all(
        db,
        f"""
ALTER TABLE activity ADD COLUMN run_item_id TEXT;
ALTER TABLE activity ADD COLUMN run_started_at TEXT;
ALTER TABLE activity ADD COLUMN run_paused_at TEXT;
ALTER TABLE activity ADD COLUMN run_extra_seconds INTEGER NOT NULL DEFAULT 0;

CREATE TABLE case_stage_change ({_RECORD_COLUMNS},
    case_id TEXT NOT NULL REFERENCES ai_case (id),
    stage TEXT NOT NULL
        CHECK (stage IN ('identified', 'prioritised', 'in_development', 'innovation',
                         'implemented', 'parked')),
    previous_stage TEXT,
    changed_at TEXT NOT NULL,
    reason TEXT NOT NULL DEFAULT ''
);
CREATE INDEX case_stage_change_case ON case_stage_change (case_id, changed_at);

CREATE TABLE activity_template ({_RECORD_COLUMNS},
    name TEXT NOT NULL CHECK (trim(name) <> ''),
    kind TEXT NOT NULL CHECK (kind IN ('case_workshop', 'network_meeting', 'company_visit',
                                       'case_development', 'demonstration')),
    title TEXT NOT NULL DEFAULT '',
    start_time TEXT NOT NULL DEFAULT '09:00',
    end_time TEXT NOT NULL DEFAULT '12:00',
    goal TEXT NOT NULL DEFAULT '',
    blocks TEXT NOT NULL DEFAULT '[]'
);
CREATE INDEX attendance_activity_status ON attendance (activity_id, status);
""",
    )


@_step
def attendance_present_index(db: Database) -> None:
    """The Activities list counts who came and how many are women, for every activity it sorts."""
    db.execute(
        "CREATE INDEX attendance_present ON attendance (activity_id, status, deleted_at, participant_id)"
    )


_SHARED_TABLES = ("organisation", "participant", "activity", "agenda_item", "attendance", "ai_case", "team",
                  "team_member", "case_stage_change", "activity_template")


@_step
def sharing(db: Database) -> None:
    """Exchange files between laptops (issue 10): who changed a row, in which local write, and its history.

    ``changed_in`` is the database id of the last writer (the tie-break between simultaneous edits);
    ``change_seq`` is this file's own write counter (what is new since an exchange; never leaves the
    laptop); ``vv`` is the row's version vector ``{database id: change_seq}``, which tells an edit made
    on top of another from two edits made apart (a conflict). Rows written before this step count as
    one shared starting version (``''``, ``0``, ``{}``).
    """
    statements = []
    for table in _SHARED_TABLES:
        statements += [
            f"ALTER TABLE {table} ADD COLUMN changed_in TEXT NOT NULL DEFAULT '';",
            f"ALTER TABLE {table} ADD COLUMN change_seq INTEGER NOT NULL DEFAULT 0;",
            f"ALTER TABLE {table} ADD COLUMN vv TEXT NOT NULL DEFAULT '{{}}';",
            f"CREATE INDEX {table}_change_seq ON {table} (change_seq);",
        ]
    _run_all(
        db,
        "\n".join(statements)
        + """
CREATE TABLE sharing_clock (
    one INTEGER PRIMARY KEY CHECK (one = 1),
    last_seq INTEGER NOT NULL
);
INSERT INTO sharing_clock (one, last_seq) VALUES (1, 0);
CREATE TABLE sharing_peer (
    peer_id TEXT PRIMARY KEY,
    name TEXT NOT NULL DEFAULT '',
    last_received_up_to INTEGER,
    last_sent_up_to INTEGER,
    acked_up_to INTEGER,
    last_exchange_at TEXT
);
CREATE TABLE sharing_erasure (
    id TEXT PRIMARY KEY,
    erased_at TEXT NOT NULL
);
CREATE TABLE sharing_conflict (
    seq INTEGER PRIMARY KEY,
    kind TEXT NOT NULL,
    record_id TEXT NOT NULL,
    losing_row TEXT NOT NULL,
    losing_updated_at TEXT NOT NULL,
    losing_changed_in TEXT NOT NULL,
    winning_updated_at TEXT NOT NULL,
    winning_changed_in TEXT NOT NULL,
    source_id TEXT NOT NULL,
    found_at TEXT NOT NULL,
    same_data INTEGER NOT NULL DEFAULT 0,
    resolved_at TEXT,
    UNIQUE (kind, record_id, losing_updated_at, losing_changed_in)
);
CREATE INDEX sharing_conflict_record ON sharing_conflict (kind, record_id);
""",
    )
    # A placeholder until the file is first written to where it lives (see store/sharing.py): a copy
    # of the file on another laptop must not keep the same id.
    import json
    import uuid

    from .clock import utc_now

    db.execute(
        "INSERT OR IGNORE INTO setting (key, value, updated_at) VALUES ('database_id', ?, ?)",
        [json.dumps(str(uuid.uuid4())), utc_now()],
    )


SCHEMA_VERSION = len(_STEPS)
