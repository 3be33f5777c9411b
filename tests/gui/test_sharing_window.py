"""File → Share in the window: two real databases, the real menu actions, preview and conflicts dialogs."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog

from aiall_desktop.gui.main_window import MainWindow
from aiall_desktop.sharing import apply_merge, open_conflicts, read_exchange, write_exchange
from aiall_desktop.store import Store


def choose_file(monkeypatch, path: Path, kind: str) -> list[str]:
    titles: list[str] = []

    def answer(parent, caption="", directory="", filter="", *args, **kwargs):
        titles.append(caption)
        return (str(path), filter)

    monkeypatch.setattr(QFileDialog, kind, staticmethod(answer))
    return titles


def wait_for_job(qtbot, window: MainWindow) -> None:
    qtbot.waitUntil(lambda: window.exchange.job is None, timeout=30000)


def merge_through_preview(qtbot, monkeypatch, window: MainWindow, path: Path):
    choose_file(monkeypatch, path, "getOpenFileName")
    window.sharing.merge_action.trigger()
    qtbot.waitUntil(lambda: window.sharing.preview is not None, timeout=30000)
    preview = window.sharing.preview
    qtbot.waitExposed(preview)
    return preview


def test_written_from_one_laptop_and_merged_into_another_through_the_preview(
        qtbot, monkeypatch, open_window, register, tmp_path):
    other = tmp_path / "other.sqlite"
    Store.open(other).close()
    first = open_window(register.path)
    exchange = tmp_path / "out" / "anna"
    titles = choose_file(monkeypatch, exchange, "getSaveFileName")
    first.sharing.write_action.trigger()
    wait_for_job(qtbot, first)
    assert titles == ["Write Exchange File"]
    written = exchange.with_name("anna.aiall-exchange")
    assert written.exists()
    assert "Wrote" in first.statusBar().currentMessage()

    second = open_window(other)
    second.show_section("participants")
    page = second.current_page
    assert page.model.total_count == 0
    preview = merge_through_preview(qtbot, monkeypatch, second, written)
    rows = {preview.counts.index(r, 0).data(): preview.counts.index(r, 1).data()
            for r in range(preview.counts.rowCount())}
    assert rows["Participants"] == "6" and rows["Organisations"] == "4"
    assert preview.conflicts_view.isHidden()
    preview.resize(700, 520)
    preview.grab().save("/tmp/share_preview.png")
    qtbot.mouseClick(preview.merge_button, Qt.MouseButton.LeftButton)
    wait_for_job(qtbot, second)
    qtbot.waitUntil(lambda: page.model.total_count == 6)
    assert "Merged: " in second.statusBar().currentMessage()
    assert list((other.parent / "backups").glob("*before-merge*"))
    assert second.undo.stack.count() == 0


def _conflicting_registers(register, tmp_path: Path) -> Path:
    """Laptop B got everything from A, then both changed the same person's phone: A's file meets B."""
    other = tmp_path / "other.sqlite"
    with Store.open(register.path) as a, Store.open(other) as b:
        write_exchange(a, tmp_path / "all.aiall-exchange")
        apply_merge(b, read_exchange(tmp_path / "all.aiall-exchange"), backup=False)
        person = a.participants.list(order_by="last_name")[0]
        a.participants.update(person.id, phone="111 A")
        b.participants.update(person.id, phone="222 B")
        write_exchange(a, tmp_path / "again.aiall-exchange")
    return other


def test_a_conflict_is_reviewed_and_the_other_version_taken_can_be_undone(
        qtbot, monkeypatch, open_window, register, tmp_path):
    other = _conflicting_registers(register, tmp_path)
    window = open_window(other)
    preview = merge_through_preview(qtbot, monkeypatch, window, tmp_path / "again.aiall-exchange")
    assert not preview.conflicts_view.isHidden()
    line = preview.conflict_lines.index(0).data()
    assert line.startswith("Participants “") and "version wins" in line
    preview.merge_button.click()
    wait_for_job(qtbot, window)
    store = window.store
    [conflict] = open_conflicts(store)
    kept = store.participants.get(conflict.record_id).phone
    losing = conflict.losing.phone
    assert {kept, losing} == {"111 A", "222 B"}

    window.sharing.update()
    assert window.sharing.conflicts_action.isEnabled()
    window.sharing.conflicts_action.trigger()
    dialog = window.sharing.conflicts_dialog
    qtbot.waitExposed(dialog)
    assert dialog.conflicts.rowCount() == 1
    fields = [dialog.differences.index(r, 0).data() for r in range(dialog.differences.rowCount())]
    assert "Phone" in fields
    assert not dialog.apply_button.isEnabled()
    dialog.differences.take("phone")
    dialog.grab().save("/tmp/share_conflicts.png")
    assert dialog.apply_button.isEnabled()
    qtbot.mouseClick(dialog.apply_button, Qt.MouseButton.LeftButton)
    assert store.participants.get(conflict.record_id).phone == losing
    assert open_conflicts(store) == []
    assert dialog.conflicts.rowCount() == 0
    window.undo.stack.undo()
    assert store.participants.get(conflict.record_id).phone == kept


def test_dismissing_a_conflict_keeps_the_register(qtbot, monkeypatch, open_window, register, tmp_path):
    other = _conflicting_registers(register, tmp_path)
    with Store.open(other) as b:
        apply_merge(b, read_exchange(tmp_path / "again.aiall-exchange"), backup=False)
    window = open_window(other)
    [conflict] = open_conflicts(window.store)
    kept = window.store.participants.get(conflict.record_id).phone
    dialog = window.sharing.show_conflicts()
    qtbot.mouseClick(dialog.dismiss_button, Qt.MouseButton.LeftButton)
    assert open_conflicts(window.store) == []
    assert window.store.participants.get(conflict.record_id).phone == kept


def test_a_refused_file_is_reported_and_changes_nothing(qtbot, monkeypatch, window, register, tmp_path,
                                                        message_boxes):
    garbage = tmp_path / "holiday.aiall-exchange"
    garbage.write_bytes(b"not an exchange file at all" * 40)
    before = window.store.counts()
    choose_file(monkeypatch, garbage, "getOpenFileName")
    window.sharing.merge_action.trigger()
    wait_for_job(qtbot, window)
    qtbot.waitUntil(lambda: len(message_boxes.seen) == 1)
    shown = message_boxes.seen[0]
    assert shown["title"] == "The exchange file was not merged"
    assert "holiday.aiall-exchange" in shown["text"]
    assert shown["details"].startswith("Reason: ")
    assert window.sharing.preview is None
    assert window.store.counts() == before
    assert not list((register.path.parent / "backups").glob("*before-merge*"))


def test_duplicates_entered_on_two_laptops_are_joined(qtbot, monkeypatch, open_window, tmp_path, message_boxes):
    a_path, b_path = tmp_path / "a.sqlite", tmp_path / "b.sqlite"
    from aiall_desktop.records import Participant

    with Store.open(a_path) as a, Store.open(b_path) as b:
        a.participants.create(Participant(first_name="Åsa", last_name="Öberg", email="asa@example.se"))
        b.participants.create(Participant(first_name="Åsa", last_name="Öberg", email="ASA@example.se", phone="070"))
        write_exchange(a, tmp_path / "a.aiall-exchange")
    window = open_window(b_path)
    preview = merge_through_preview(qtbot, monkeypatch, window, tmp_path / "a.aiall-exchange")
    preview.merge_button.click()
    wait_for_job(qtbot, window)
    assert "duplicates" in window.statusBar().currentMessage()
    window.sharing.update()
    assert window.sharing.duplicates_action.isEnabled()
    window.sharing.duplicates_action.trigger()
    dialog = window.sharing.duplicates_dialog
    assert dialog.model.rowCount() == 1
    assert "Åsa Öberg" in dialog.model.index(0).data()
    message_boxes.answer = "&Join"
    qtbot.mouseClick(dialog.join_button, Qt.MouseButton.LeftButton)
    assert len(message_boxes.seen) == 1
    assert window.store.participants.count() == 1
    assert dialog.model.rowCount() == 0
