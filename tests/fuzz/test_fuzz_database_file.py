"""A database file the user chose, damaged in every way a disk, a cable or another program damages one.

What the program guarantees, and what these tests hold it to:

1. ``inspect_file`` and ``Store.open`` either accept the file or raise a ``DatabaseRefused`` subclass
   whose reason says what is wrong. No other exception.
2. A refused file is not written to: its bytes, and those of a ``-wal`` beside it, are as they were, and
   nothing new is left in its folder (no ``-wal``, ``-shm``, ``-journal`` or backup).
3. ``Store.open`` refuses what SQLite's ``quick_check`` finds. SQLite keeps no checksums of pages, so
   two kinds of damage open anyway, and that is allowed:
   - changed bytes inside a row's values (a letter of a name): no check can see them;
   - index entries that no longer match their rows: only the full ``integrity_check`` compares them.
   For every file that opens, the program's own full check, ``aiall-desktop check``, tells the truth:
   "integrity: ok" and status 0 exactly when ``PRAGMA integrity_check`` (on the store's read-write
   connection) says ok, otherwise status 1 with the damage on stderr; never a traceback. That is the
   promise to the user: damage SQLite can see is either refused on opening or reported by the check.

The small tests at the end each hold one bug these tests found (all fixed) to its smallest input.
"""

from __future__ import annotations

import shutil
import sqlite3
import tempfile
from pathlib import Path

import pytest
from fuzz_helpers import Blob, event, folder_state, run_cli
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from aiall_desktop.records import Activity, Organisation, Participant
from aiall_desktop.store import SCHEMA_VERSION, DatabaseRefused, Store, inspect_file
from aiall_desktop.store.schema import APPLICATION_ID

PAGE = 4096
reuse_fixture = settings(suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])


def build_database(path: Path) -> Path:
    """A small register as the program leaves it: WAL mode, cleanly closed (no -wal beside it)."""
    with Store.open(path) as store:
        organisations = [
            store.organisations.create(Organisation(name=f"Företag {n} i Örebro län", municipality="Örebro"))
            for n in range(12)
        ]
        store.participants.create_many(
            Participant(first_name=first, last_name=f"Berg {n}", email=f"person{n}@example.se",
                        organisation_id=organisations[n % 12].id, competences=["AI/data"], tags=["pilot"])
            for n, first in enumerate(["Åsa", "فاطمة", "Łukasz", "Hương", "Anna", "Đorđe"] * 5)
        )
        store.activities.create(Activity(title="Case workshop Örebro", date="2025-03-12"))
    return path


@pytest.fixture(scope="module")
def good_file(tmp_path_factory) -> Blob:
    path = build_database(tmp_path_factory.mktemp("good") / "register.sqlite")
    assert not Path(f"{path}-wal").exists()
    data = path.read_bytes()
    assert data[18:20] == b"\x02\x02"  # WAL mode, as every register the program wrote
    assert int.from_bytes(data[16:18], "big") == PAGE
    return Blob(data)


# -- the mutations ---------------------------------------------------------------------------------


def _flip(data: bytearray, flips: list[tuple[int, int]], start: int, end: int) -> None:
    for position, mask in flips:
        data[start + position % (end - start)] ^= mask


@st.composite
def mutations(draw, size: int) -> tuple[str, bytes | None, list]:
    """(what was done, a -wal file to put beside it or None, the edit list): the damage to apply."""
    pages = size // PAGE
    kind = draw(st.sampled_from(
        ["header", "pages", "truncate", "zero_pages", "application_id", "user_version", "wal", "several"]
    ))
    edits: list = []
    if kind in ("header", "several"):
        edits.append(("flip", 0, 100, draw(st.lists(st.tuples(st.integers(0, 99), st.integers(1, 255)),
                                                    min_size=1, max_size=4))))
    if kind in ("pages", "several"):
        edits.append(("flip", 100, size, draw(st.lists(st.tuples(st.integers(0, size), st.integers(1, 255)),
                                                       min_size=1, max_size=8))))
    if kind in ("zero_pages", "several"):
        edits.append(("zero", draw(st.lists(st.integers(0, pages - 1), min_size=1, max_size=3))))
    if kind == "application_id":
        edits.append(("set", 68, draw(st.integers(0, 2**32 - 1).filter(lambda n: n != APPLICATION_ID))))
    if kind == "user_version":
        # The whole signed range: a future version, an older one, zero, a negative number.
        edits.append(("set", 60, draw(st.integers(-(2**31), 2**31 - 1)) % 2**32))
    if kind in ("truncate", "several") and draw(st.booleans()):
        edits.append(("truncate", draw(st.integers(0, size - 1))))
    wal = None
    if kind == "wal" or draw(st.integers(0, 9)) == 0:
        # Short garbage, or a WAL header's magic number and a frame or two of repeated junk: either way
        # SQLite must find its checksums wrong. (Repeating keeps hypothesis' own buffer small.)
        junk = draw(st.binary(min_size=1, max_size=64))
        frames = draw(st.integers(0, 2))
        magic = draw(st.sampled_from([b"", b"\x37\x7f\x06\x82", b"\x37\x7f\x06\x83"]))
        length = max(len(junk), 32 + frames * (24 + PAGE))
        wal = (magic + junk * (1 + length // len(junk)))[:length]
    return kind, wal, edits


def apply_edits(good: bytes, edits: list) -> bytes:
    data = bytearray(good)
    for edit in edits:
        if edit[0] == "flip":
            _, start, end, flips = edit
            _flip(data, flips, start, min(end, len(data)))
        elif edit[0] == "zero":
            for page in edit[1]:
                data[page * PAGE : (page + 1) * PAGE] = bytes(PAGE)
        elif edit[0] == "set":
            _, offset, value = edit
            data[offset : offset + 4] = value.to_bytes(4, "big")
        elif edit[0] == "truncate":
            del data[edit[1] :]
    return bytes(data)


# -- the checks ------------------------------------------------------------------------------------

def assert_untouched(folder: Path, before: dict[str, str], what: str, *, accepted: bool = False) -> None:
    after = folder_state(folder)
    changed = [name for name in before if after.get(name) != before[name]]
    assert not changed, f"{what} changed {changed}"
    new = set(after) - set(before)
    if accepted and "register.sqlite-wal" in before:
        # Reading an accepted file's -wal needs its index (-shm); any reader makes one, and it holds no data.
        new.discard("register.sqlite-shm")
    assert not new, f"{what} left {sorted(new)} behind"


def check_file(path: Path) -> str:
    """Open ``path`` the ways the program does and hold it to the guarantees; returns what happened."""
    folder = path.parent
    before = folder_state(folder)
    try:
        inspect_file(path)
    except DatabaseRefused as refused:
        assert refused.reason.strip(), "a refusal without a reason"
        assert_untouched(folder, before, "inspect_file's refusal")
        with pytest.raises(DatabaseRefused):
            Store.open(path).close()
        assert_untouched(folder, before, "Store.open's refusal")
        result = run_cli(["check", "--db", str(path)])
        assert result.code == 1 and "Traceback" not in result.err, result.err
        assert refused.reason.splitlines()[0][:40] in result.err
        assert_untouched(folder, before, "aiall-desktop check of a refused file")
        event(f"refused: {type(refused).__name__}")
        return "refused"
    assert_untouched(folder, before, "inspect_file, which accepted the file", accepted=True)
    try:
        store = Store.open(path)
    except DatabaseRefused as refused:
        # Accepted by the look, refused on opening (say, a schema the writing connection rejects).
        assert refused.reason.strip()
        assert_untouched(folder, before, "Store.open's refusal")
        event(f"refused on opening: {type(refused).__name__}")
        return "refused"
    with store:
        assert store.db.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
        assert store.schema_version == SCHEMA_VERSION
        verdict = store.integrity_check()
    result = run_cli(["check", "--db", str(path)])
    assert "Traceback" not in result.err, result.err
    if verdict == ["ok"]:
        assert result.code == 0 and result.out.strip().splitlines()[-1].startswith("integrity: ok"), result.err
        event("opened: integrity ok")
        return "opened"
    # Damage only the full check sees: the file opened, and the check command reports it.
    assert result.code == 1 and "integrity check failed" in result.err, (verdict, result.err)
    event("opened: damage reported by aiall-desktop check")
    return "opened, damage reported"


def fresh_folder(tmp_path: Path) -> Path:
    return Path(tempfile.mkdtemp(dir=tmp_path))


@reuse_fixture
@given(data=st.data())
def test_a_damaged_database_file_is_opened_whole_or_refused_untouched(good_file, tmp_path, data):
    kind, wal, edits = data.draw(mutations(len(good_file)), label="damage")
    event(f"damage: {kind}")
    folder = fresh_folder(tmp_path)
    path = folder / "register.sqlite"
    path.write_bytes(apply_edits(good_file, edits))
    if wal is not None:
        Path(f"{path}-wal").write_bytes(wal)
    check_file(path)
    shutil.rmtree(folder)


@reuse_fixture
@given(length=st.integers(0, 200_000), garbage=st.binary(max_size=64))
def test_a_truncated_file_with_garbage_at_its_end_is_refused_untouched(good_file, tmp_path, length, garbage):
    """A copy that stopped early (a full USB stick, a pulled cable), maybe with junk after the break."""
    folder = fresh_folder(tmp_path)
    path = folder / "register.sqlite"
    path.write_bytes(good_file[: length % len(good_file)] + garbage)
    outcome = check_file(path)
    # A file cut short of its last page can never pass: SQLite knows the size from the header.
    if length % len(good_file) + len(garbage) < len(good_file) - PAGE:
        assert outcome != "opened"
    shutil.rmtree(folder)


def test_the_undamaged_file_opens_and_checks_ok(good_file, tmp_path):
    path = tmp_path / "register.sqlite"
    path.write_bytes(good_file)
    assert check_file(path) == "opened"


# -- bugs found, each at the smallest input that showed it ---------------------------------------------


def _fresh_register(tmp_path: Path) -> Path:
    path = tmp_path / "register.sqlite"
    Store.open(path).close()
    return path


def _edit_schema(path: Path, sql: str) -> None:
    connection = sqlite3.connect(path)
    connection.execute("PRAGMA writable_schema = ON")
    connection.execute(sql)
    connection.commit()
    connection.close()


def test_refusal_leaves_no_wal_or_shm_behind(tmp_path):
    folder = tmp_path / "files"  # tmp_path holds the test's home folder too
    folder.mkdir()
    path = _fresh_register(folder)
    connection = sqlite3.connect(path)
    connection.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    connection.commit()
    connection.close()
    assert sorted(p.name for p in folder.iterdir()) == ["register.sqlite"]
    with pytest.raises(DatabaseRefused):
        Store.open(path)
    assert sorted(p.name for p in folder.iterdir()) == ["register.sqlite"]


def test_a_schema_entry_that_is_not_utf8_is_refused(tmp_path):
    path = _fresh_register(tmp_path)
    # The name of one schema entry: the single byte 0xC3 (half a UTF-8 letter), its SQL cut short.
    _edit_schema(path, "UPDATE sqlite_master SET sql = CAST(X'435245415445205441424C4520C3' AS TEXT), "
                       "name = CAST(X'C3' AS TEXT), tbl_name = CAST(X'C3' AS TEXT) WHERE name = 'activity_template'")
    with pytest.raises(DatabaseRefused):
        Store.open(path)


def _index_damage_only_integrity_check_sees(path: Path) -> None:
    """Flip bit 0x40 of the first column's serial type in the first cell of index participant_name."""
    with Store.open(path) as store:
        store.participants.create_many(
            Participant(first_name=f"Anna{n}", last_name="Berg", email=f"a{n}@example.se") for n in range(30)
        )
    connection = sqlite3.connect(path)
    root = connection.execute("SELECT rootpage FROM sqlite_master WHERE name = 'participant_name'").fetchone()[0]
    connection.close()
    data = bytearray(path.read_bytes())
    page = (root - 1) * PAGE
    assert data[page] == 0x0A  # a leaf page of an index
    first_cell = int.from_bytes(data[page + 8 : page + 10], "big")
    data[page + first_cell + 2] ^= 0x40
    path.write_bytes(bytes(data))


def test_check_reports_index_damage_without_a_traceback(tmp_path):
    path = _fresh_register(tmp_path)
    _index_damage_only_integrity_check_sees(path)
    with Store.open(path):  # quick_check passes: the file opens, as documented above
        pass
    result = run_cli(["check", "--db", str(path)])
    assert "Traceback" not in result.err, result.err
    assert result.code == 1 and "integrity check failed" in result.err


def test_a_schema_only_a_writing_connection_rejects_is_refused(tmp_path):
    path = _fresh_register(tmp_path)
    _edit_schema(path, "UPDATE sqlite_master SET sql = replace(sql, '''micro'', ''small''', "
                       "'''micro''. ''small''') WHERE name = 'organisation'")
    inspect_file(path)  # passes today
    with pytest.raises(DatabaseRefused):
        Store.open(path)


def test_a_lowered_schema_version_is_repaired_or_refused(tmp_path):
    path = _fresh_register(tmp_path)
    data = bytearray(path.read_bytes())
    data[60:64] = (0).to_bytes(4, "big")  # the header's user_version field
    path.write_bytes(bytes(data))
    try:
        with Store.open(path) as store:
            assert store.schema_version == SCHEMA_VERSION
    except DatabaseRefused:
        pass


def test_check_reports_a_row_that_breaks_a_check_constraint(tmp_path):
    path = tmp_path / "register.sqlite"
    with Store.open(path) as store:
        store.organisations.create(Organisation(name="Kumla Livsmedel AB"))
    connection = sqlite3.connect(path)
    connection.execute("PRAGMA ignore_check_constraints = ON")
    connection.execute("UPDATE organisation SET sector = 'bogus'")
    connection.commit()
    connection.close()
    with Store.open(path) as store:
        assert store.integrity_check() == ["CHECK constraint failed in organisation"]
    result = run_cli(["check", "--db", str(path)])
    assert result.code == 1 and "integrity check failed" in result.err


def test_a_value_the_program_cannot_read_is_reported_as_damage(tmp_path):
    from aiall_desktop.store import StoreError

    path = tmp_path / "register.sqlite"
    with Store.open(path) as store:
        store.participants.create(Participant(first_name="Åsa", last_name="Öberg"))
    connection = sqlite3.connect(path)
    connection.execute("UPDATE participant SET competences = '[not json'")
    connection.commit()
    connection.close()
    with Store.open(path) as store:
        assert store.integrity_check() == ["ok"]
        with pytest.raises(StoreError):
            store.participants.list()
