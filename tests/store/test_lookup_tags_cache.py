"""The tags in use are read once and kept until the database changes, from this connection or another."""

from __future__ import annotations

from pathlib import Path

from aiall_desktop.records import Participant
from aiall_desktop.store import Store


def participant_scans(store: Store) -> list[str]:
    """Collects the statements that read the participants' tag lists."""
    seen: list[str] = []
    store.db.conn.set_trace_callback(
        lambda sql: seen.append(sql) if "json_each" in sql and "FROM participant" in sql else None)
    return seen


def test_tags_are_read_once_until_something_changes(store: Store):
    anna = store.participants.create(Participant(first_name="Anna", last_name="Andersson", tags=["mentor"],
                                                 backgrounds=["industry"]))
    scans = participant_scans(store)
    assert store.lookup.tags_in_use() == ["industry", "mentor"]
    first = len(scans)
    assert first > 0
    assert store.lookup.tags_in_use() == ["industry", "mentor"]
    assert store.lookup.tags_in_use(("tags",)) == ["mentor"]
    assert len(scans) == first  # served from what was read

    store.participants.update(anna.id, tags=["mentor", "talare"])
    assert store.lookup.tags_in_use(("tags",)) == ["mentor", "talare"]
    assert len(scans) > first


def test_an_edit_a_deletion_and_an_undo_show_at_once(store: Store):
    anna = store.participants.create(Participant(first_name="Anna", last_name="Andersson", tags=["mentor"]))
    assert store.lookup.tags_in_use() == ["mentor"]
    store.participants.create(Participant(first_name="Łukasz", last_name="Wójcik", competences=["robotik"]))
    assert store.lookup.tags_in_use() == ["mentor", "robotik"]
    store.participants.delete(anna.id)
    assert store.lookup.tags_in_use() == ["robotik"]
    store.participants.restore(anna.id)
    assert store.lookup.tags_in_use() == ["mentor", "robotik"]


def test_a_change_by_another_connection_is_seen(store: Store, db_path: Path):
    anna = store.participants.create(Participant(first_name="Anna", last_name="Andersson", tags=["mentor"]))
    assert store.lookup.tags_in_use() == ["mentor"]
    with Store.open(db_path) as other:  # a background job's own connection, or another copy of the program
        other.participants.update(anna.id, tags=["kontakt"])
    assert store.lookup.tags_in_use() == ["kontakt"]
