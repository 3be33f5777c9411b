"""A list hidden behind another section is read again when it is shown, not at every change."""

from __future__ import annotations

from aiall_desktop.gui.editing.undo import UpdateRecord
from aiall_desktop.gui.main_window import MainWindow
from aiall_desktop.records import AttendanceStatus


def present_of(window: MainWindow, title: str) -> str:
    page = window.page("activities")
    row = next(row for row in range(page.model.rowCount())
               if page.model.index(row, page.model.column_of("title")).data() == title)
    return page.model.index(row, page.model.column_of("present")).data()


def test_a_hidden_list_reads_the_change_when_shown(qtbot, window: MainWindow, register):
    window.show_section("activities")
    activities = window.page("activities")
    assert present_of(window, "Case workshop Örebro") == "3"
    window.show_section("participants")
    assert not activities.isVisible()

    reloads: list[int] = []
    activities.model.modelReset.connect(lambda: reloads.append(1))
    attendance = window.store.attendance.list({"participant_id": register.ids["Anna Andersson"]})[0]
    window.undo.do(UpdateRecord("attendance", attendance.id, {"status": "present"}, {"status": "excused"},
                                "excusing Anna"))
    assert reloads == []  # not read while nobody sees it
    assert window.page("participants").model.rowCount() == 6  # the list in view is read at once

    window.show_section("activities")
    assert reloads == [1]
    assert present_of(window, "Case workshop Örebro") == "2"

    window.undo.stack.undo()  # in view: read at once
    assert reloads == [1, 1]
    assert present_of(window, "Case workshop Örebro") == "3"
