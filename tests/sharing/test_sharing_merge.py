"""Merging exchange files: new, changed, deleted, conflicts, erasures, pairs entered twice, atomicity."""

from __future__ import annotations

from pathlib import Path

import pytest
from sharing_helpers import send, snapshot

from aiall_desktop.records import Attendance, Participant
from aiall_desktop.sharing import apply_merge, open_conflicts, plan_merge, read_exchange, write_exchange
from aiall_desktop.store import Store
from aiall_desktop.store.search import fts_query


def test_copies_of_one_file_get_their_own_ids_and_writes_are_stamped(two):
    (a, b), ids = two
    assert a.sharing.database_id != b.sharing.database_id
    a.participants.update(ids["ada"], role="CEO")
    row = a.db.execute("SELECT changed_in, change_seq, vv FROM participant WHERE id = ?", [ids["ada"]]).fetchone()
    assert row[0] == a.sharing.database_id
    assert row[1] > 0 and f'"{a.sharing.database_id}":{row[1]}' in row[2]


def test_plan_counts_new_changed_deleted_and_writes_nothing(two, tmp_path: Path):
    (a, b), ids = two
    a.participants.create(Participant(first_name="Ceci", last_name="Ny"))
    a.organisations.update(ids["other"], municipality="Örebro")
    a.cases.delete(ids["case"])
    path = tmp_path / "a.aiall-exchange"
    write_exchange(a, path)
    before = snapshot(b)
    plan = plan_merge(b, read_exchange(path))
    assert snapshot(b) == before
    assert (plan.kinds["participants"].new, plan.kinds["organisations"].changed, plan.kinds["cases"].deleted) == (1, 1, 1)
    assert plan.conflicts == []
    apply_merge(b, read_exchange(path), backup=False)
    assert b.organisations.get(ids["other"]).municipality == "Örebro"
    assert b.cases.count() == 0
    assert snapshot(a) == snapshot(b)


def test_merged_rows_keep_their_own_time_and_the_search_index_follows(two, tmp_path: Path):
    (a, b), ids = two
    ceci = a.participants.create(Participant(first_name="Cecilia", last_name="Åkesson"))
    a.participants.update(ids["bo"], last_name="Quarnström")
    send(a, b, tmp_path)
    assert b.participants.get(ceci.id).updated_at == ceci.updated_at

    def found(store: Store, word: str) -> set[str]:
        query = fts_query(word)
        return {row[0] for row in store.db.execute(
            "SELECT p.id FROM participant p WHERE p.seq IN (SELECT rowid FROM participant_fts WHERE "
            "participant_fts MATCH ?)", [query])}

    assert found(b, "akesson") == {ceci.id}
    assert found(b, "Quarnström") == {ids["bo"]}
    assert found(b, "Qvist") == set()
    assert b.integrity_check() == ["ok"]
    assert b.db.execute("INSERT INTO participant_fts (participant_fts) VALUES ('integrity-check')") is not None


def test_merging_the_same_file_twice_changes_nothing_the_second_time(two, tmp_path: Path):
    (a, b), ids = two
    a.participants.update(ids["ada"], role="CEO")
    b.participants.update(ids["ada"], role="CTO")
    path = send(a, b, tmp_path)
    once = snapshot(b)
    conflicts = len(open_conflicts(b))
    plan = plan_merge(b, read_exchange(path))
    assert not plan.changes_anything
    apply_merge(b, read_exchange(path), backup=False)
    assert snapshot(b) == once and len(open_conflicts(b)) == conflicts == 1


def test_both_sides_changed_is_a_conflict_the_newer_wins_and_both_laptops_list_it(two, tmp_path: Path):
    (a, b), ids = two
    a.participants.update(ids["ada"], role="CEO", phone="070-1")
    b.participants.update(ids["ada"], role="CTO")  # later: wins
    send(a, b, tmp_path)
    send(b, a, tmp_path)
    for store in (a, b):
        assert store.participants.get(ids["ada"]).role == "CTO"
        [conflict] = open_conflicts(store)
        assert conflict.kind == "participants" and conflict.record_id == ids["ada"]
        assert {d.field: (d.current, d.losing) for d in conflict.differences} == {
            "role": ("CTO", "CEO"), "phone": ("", "070-1")}
    assert snapshot(a) == snapshot(b)


def test_an_edit_made_on_top_of_a_merged_version_is_no_conflict_even_with_a_slow_clock(two, tmp_path: Path,
                                                                                        monkeypatch):
    (a, b), ids = two
    a.participants.update(ids["ada"], role="CEO")
    send(a, b, tmp_path)
    from aiall_desktop.store import sharing as store_sharing

    monkeypatch.setattr(store_sharing, "utc_now", lambda: "2001-01-01T00:00:00.000000Z")  # B's clock is wrong
    edited = b.participants.update(ids["ada"], role="CTO")
    assert edited.updated_at > a.participants.get(ids["ada"]).updated_at
    monkeypatch.undo()
    send(b, a, tmp_path)
    assert a.participants.get(ids["ada"]).role == "CTO"
    assert open_conflicts(a) == open_conflicts(b) == []


def test_a_deletion_merges_like_a_change(two, tmp_path: Path):
    (a, b), ids = two
    a.activities.delete(ids["workshop"])
    send(a, b, tmp_path)
    assert b.activities.count() == 0
    b.activities.restore(ids["workshop"])
    send(b, a, tmp_path)
    assert a.activities.get(ids["workshop"]).deleted_at is None


def test_an_erasure_travels_and_an_older_file_never_brings_the_person_back(two, tmp_path: Path):
    (a, b), ids = two
    old = tmp_path / "old.aiall-exchange"
    b.participants.update(ids["ada"], notes="still here")
    write_exchange(b, old)  # still holds Ada
    a.privacy.erase(ids["ada"])
    assert a.sharing.erasures().keys() == {ids["ada"]}
    path = send(a, b, tmp_path)
    assert b.participants.count(include_deleted=True) == 1
    assert b.attendance.count(include_deleted=True) == 0
    assert set(read_exchange(path).erasures) == {ids["ada"]}
    apply_merge(a, read_exchange(old), backup=False)  # B's older file, written before it knew
    assert a.db.execute("SELECT count(*) FROM participant WHERE id = ?", [ids["ada"]]).fetchone()[0] == 0
    assert a.attendance.count(include_deleted=True) == 0
    raw = b.path.read_bytes() + Path(f"{b.path}-wal").read_bytes() if Path(f"{b.path}-wal").exists() else b.path.read_bytes()
    assert b"ada@example.se" not in raw


def test_an_exchange_file_holds_ids_of_erased_people_but_not_their_data(two, tmp_path: Path):
    (a, _b), ids = two
    a.privacy.erase(ids["ada"])
    path = tmp_path / "a.aiall-exchange"
    write_exchange(a, path)
    bundle = read_exchange(path)
    assert set(bundle.erasures) == {ids["ada"]}
    assert b"ada@example.se" not in path.read_bytes() and "Zed".encode() not in path.read_bytes()


def test_a_case_owned_by_an_erased_person_arrives_without_the_owner(two, tmp_path: Path):
    (a, b), ids = two
    b.cases.update(ids["case"], notes="edited apart")  # B's version still names Bo
    a.privacy.erase(ids["bo"])
    send(b, a, tmp_path)
    send(a, b, tmp_path)
    assert a.cases.get(ids["case"]).owner_id is None and b.cases.get(ids["case"]).owner_id is None
    assert snapshot(a) == snapshot(b)


def test_the_same_pair_entered_on_two_laptops_keeps_the_smaller_id_everywhere(two, tmp_path: Path):
    (a, b), ids = two
    x = a.attendance.create(Attendance(activity_id=ids["workshop"], participant_id=ids["bo"], status="present"))
    y = b.attendance.create(Attendance(activity_id=ids["workshop"], participant_id=ids["bo"], status="excused"))
    send(a, b, tmp_path)
    send(b, a, tmp_path)
    keep = min(x.id, y.id)
    for store in (a, b):
        [row] = store.attendance.list({"participant_id": ids["bo"]}, include_deleted=True)
        assert row.id == keep
        assert [c.losing.id for c in open_conflicts(store)] == [max(x.id, y.id)]
    assert snapshot(a) == snapshot(b)


def test_a_row_naming_a_record_missing_here_is_dropped_and_reported(two, tmp_path: Path):
    (a, b), ids = two
    ceci = a.participants.create(Participant(first_name="Ceci", last_name="Ny"))
    a.attendance.create(Attendance(activity_id=ids["workshop"], participant_id=ceci.id))
    path = tmp_path / "a.aiall-exchange"
    write_exchange(a, path)
    bundle = read_exchange(path)
    bundle.rows["participant"] = [row for row in bundle.rows["participant"] if row["id"] != ceci.id]
    plan = plan_merge(b, bundle)
    assert [d.reason for d in plan.dropped] == [f"missing participants {ceci.id}"]
    assert not plan.complete
    apply_merge(b, bundle, backup=False)
    assert b.attendance.count() == 1
    assert b.sharing.peer(a.sharing.database_id).last_received_up_to is None


def test_a_merge_that_fails_half_way_changes_nothing(two, tmp_path: Path):
    (a, b), ids = two
    for n in range(5):
        a.participants.create(Participant(first_name=f"P{n}", last_name="Ny"))
    a.privacy.erase(ids["ada"])
    path = tmp_path / "a.aiall-exchange"
    write_exchange(a, path)
    before = snapshot(b)

    def fail(writes: int) -> None:
        if writes == 3:
            raise OSError("the power went")

    with pytest.raises(OSError):
        apply_merge(b, read_exchange(path), backup=False, fail_after=fail)
    assert snapshot(b) == before
    assert b.sharing.erasures() == {} and b.sharing.peers() == []
    apply_merge(b, read_exchange(path), backup=False)
    assert b.participants.count() == 6


def test_a_merge_takes_a_backup_first(two, tmp_path: Path):
    (a, b), ids = two
    a.participants.update(ids["ada"], role="CEO")
    path = tmp_path / "a.aiall-exchange"
    write_exchange(a, path)
    result = apply_merge(b, read_exchange(path))
    assert result.backup is not None and result.backup.name.endswith("-before-merge.sqlite")
    with Store.open(result.backup, exclusive=False) as old:
        assert old.participants.get(ids["ada"]).role == ""


def test_for_a_colleague_only_what_they_have_not_confirmed_is_written(two, tmp_path: Path):
    (a, b), ids = two
    first = tmp_path / "first.aiall-exchange"
    from aiall_desktop.sharing import write_exchange as write

    full = write(a, first, peer_id=b.sharing.database_id)
    assert full.since is None and sum(full.rows.values()) == 7
    # Not merged yet (the USB stick stayed home): the next file still holds everything.
    a.participants.update(ids["ada"], role="CEO")
    assert sum(write(a, tmp_path / "again.aiall-exchange", peer_id=b.sharing.database_id).rows.values()) == 7
    send(a, b, tmp_path)
    send(b, a, tmp_path)  # B's file confirms what it holds from A
    a.participants.update(ids["bo"], role="CFO")
    later = write(a, tmp_path / "later.aiall-exchange", peer_id=b.sharing.database_id)
    assert later.since is not None and later.rows["participant"] == 1 and sum(later.rows.values()) == 1


def test_a_restored_backup_keeps_its_id_but_a_copy_elsewhere_does_not(two, tmp_path: Path):
    (a, _b), _ids = two
    own = a.sharing.database_id
    copy = tmp_path / "elsewhere" / "copy.sqlite"
    copy.parent.mkdir()
    a.backup(copy)
    with Store.open(copy) as moved:
        assert moved.sharing.database_id != own
    path = a.path
    a.close()
    with Store.open(path) as again:
        again.participants.create(Participant(first_name="Ny", last_name="Skrivning"))
        assert again.sharing.database_id == own
