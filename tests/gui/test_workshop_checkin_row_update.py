"""Enter at the door changes the person's row in place: the list is not read again, yet what the tab shows
is what the register holds, also after an undo, which reads everything again."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from aiall_desktop.domain.checkin import stamp
from aiall_desktop.records import AttendanceStatus
from aiall_desktop.store import Store
from test_workshop_checkin import attendance_of, checkin, invite_again, person_id  # noqa: F401 (fixture)


@pytest.fixture
def list_reads(monkeypatch, workshop) -> list[str]:
    view = workshop.store.attendance_view
    reads: list[str] = []
    original = view.people

    def people(activity_id: str):
        reads.append(activity_id)
        return original(activity_id)

    monkeypatch.setattr(view, "people", people)
    return reads


def shown_rows(checkin) -> dict[str, tuple[str, str | None]]:
    return {row.name: (row.status, row.checked_in_at) for row in checkin.people}


def test_enter_updates_the_row_in_place_and_undo_reads_the_list_again(qtbot, workshop, filled: Store, clock,
                                                                      checkin, list_reads):
    invite_again(filled, workshop.activity_id, ("Łukasz", "Wójcik"))
    checkin.load()
    assert "Present 2 of 3 invited" in checkin.counts_label.text()
    list_reads.clear()

    qtbot.keyClicks(checkin.search, "lukasz")
    qtbot.keyClick(checkin.search, Qt.Key.Key_Return)

    assert list_reads == []  # the one row changed in place
    assert attendance_of(filled, workshop.activity_id, person_id(filled, "Łukasz", "Wójcik")).status \
        == AttendanceStatus.PRESENT
    assert shown_rows(checkin)["Łukasz Wójcik"] == (AttendanceStatus.PRESENT, stamp(clock()))
    assert "Present 3 of 3 invited" in checkin.counts_label.text()
    # Shown as the list read afresh would show it.
    fresh = {row.name: (row.status, row.checked_in_at) for row in filled.attendance_view.people(workshop.activity_id)}
    assert shown_rows(checkin) == fresh
    assert checkin.search.text() == ""

    workshop.undo.stack.undo()  # a change from outside the tab's own Enter: the whole list is read again
    assert list_reads
    assert shown_rows(checkin)["Łukasz Wójcik"] == (AttendanceStatus.INVITED, None)
    assert "Present 2 of 3 invited" in checkin.counts_label.text()


def test_a_status_key_keeps_the_search_and_the_highlight(qtbot, workshop, filled: Store, checkin, list_reads):
    qtbot.keyClicks(checkin.search, "lukasz")
    list_reads.clear()
    qtbot.keyClick(checkin.search, Qt.Key.Key_X, Qt.KeyboardModifier.AltModifier)  # excused
    assert list_reads == []
    assert shown_rows(checkin)["Łukasz Wójcik"] == (AttendanceStatus.EXCUSED, None)
    assert checkin.search.text() == "lukasz"
    assert checkin.highlighted().person.status == AttendanceStatus.EXCUSED


def test_narrowing_the_search_finds_what_a_fresh_search_finds(checkin):
    from aiall_desktop.domain.checkin import match

    for text in ("", "a", "an", "and", "an", "a", "a w", "a wó", "ö", "örebro", "örebro a", "x", "", "ł", "łu"):
        assert checkin._matching(text) == match(checkin.people, text), text
    checkin.people = checkin.people[:1]  # a new list: never narrowed from the old one's matches
    assert checkin._matching("") == checkin.people
