"""The shared folder in the window: two real databases meet in one tmp folder, through the real offer."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from aiall_desktop.gui.main_window import MainWindow
from aiall_desktop.records import Organisation
from aiall_desktop.sharing.folder import merged_marks, own_file_name, set_shared_folder, shared_folder
from aiall_desktop.store import Store


def settle(qtbot, window: MainWindow) -> None:
    """Wait until the folder visits and merges the window has started are all done."""
    folder = window.sharing.shared_folder

    def idle() -> bool:
        return window.exchange.job is None and not folder._visit_due and window.sharing.preview is None

    qtbot.waitUntil(idle, timeout=30000)


def with_folder(path: Path, folder: Path) -> Path:
    with Store.open(path) as store:
        set_shared_folder(store, folder)
    return path


def own_file(window: MainWindow, folder: Path) -> Path:
    return folder / own_file_name(window.store.sharing.database_id)


def test_a_writes_on_open_and_b_merges_it_through_the_offer(qtbot, open_window, register, tmp_path):
    folder = tmp_path / "Delad mapp"
    folder.mkdir()
    (folder / "live-register.sqlite").write_bytes(Path(register.path).read_bytes())  # never opened
    a = open_window(with_folder(register.path, folder))
    settle(qtbot, a)
    a_file = own_file(a, folder)
    assert a_file.exists()
    assert not a.sharing.shared_folder.offer.isVisible()  # A's own file is not offered to A

    b_path = with_folder(tmp_path / "b.sqlite", folder)
    b = open_window(b_path)
    settle(qtbot, b)
    shared = b.sharing.shared_folder
    assert own_file(b, folder).exists()
    assert [f.name for f in shared.waiting] == [a_file.name]  # not B's own, not the live database
    assert shared.offer.isVisible()
    assert shared.offer_label.text() == "A colleague's changes are waiting"
    assert shared.merge_waiting_action.isEnabled()
    b.resize(1200, 800)
    b.grab().save("/tmp/shared_folder_offer.png")

    b.show_section("organisations")
    page = b.current_page
    assert page.model.total_count == 0
    qtbot.mouseClick(shared.offer_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: b.sharing.preview is not None, timeout=30000)
    preview = b.sharing.preview
    qtbot.waitExposed(preview)
    assert a_file.name in preview.windowTitle() + " ".join(
        label.text() for label in preview.findChildren(type(shared.offer_label)))
    qtbot.mouseClick(preview.merge_button, Qt.MouseButton.LeftButton)
    settle(qtbot, b)
    qtbot.waitUntil(lambda: page.model.total_count == 4)
    assert not shared.offer.isVisible()
    assert not shared.merge_waiting_action.isEnabled()
    assert a_file.name in merged_marks(b.store)

    # Visiting again (another write of B's, say) does not offer the same file again...
    shared.changed()
    settle(qtbot, b)
    assert shared.waiting == []
    # ...until A writes it anew.
    a.store.organisations.create(Organisation(name="Karlskoga Gjuteri"))
    a.sharing.shared_folder.changed()
    settle(qtbot, a)
    status = os.stat(a_file)
    os.utime(a_file, ns=(status.st_atime_ns, status.st_mtime_ns + 2_000_000_000))
    shared.changed()
    settle(qtbot, b)
    assert [f.name for f in shared.waiting] == [a_file.name]
    assert shared.offer.isVisible()

    # A finds B's file (written after B's merge) waiting in turn.
    a.sharing.shared_folder.changed()
    settle(qtbot, a)
    assert [f.name for f in a.sharing.shared_folder.waiting] == [own_file(b, folder).name]


def test_a_cancelled_preview_keeps_the_offer(qtbot, open_window, register, tmp_path):
    folder = tmp_path / "shared"
    folder.mkdir()
    a = open_window(with_folder(register.path, folder))
    settle(qtbot, a)
    b = open_window(with_folder(tmp_path / "b.sqlite", folder))
    settle(qtbot, b)
    shared = b.sharing.shared_folder
    shared.merge_waiting_action.trigger()
    qtbot.waitUntil(lambda: b.sharing.preview is not None, timeout=30000)
    b.sharing.preview.reject()
    settle(qtbot, b)
    assert b.store.organisations.count() == 0
    assert len(shared.waiting) == 1 and shared.offer.isVisible()
    assert merged_marks(b.store) == {}


def test_a_refused_file_in_the_folder_is_reported_once(qtbot, open_window, tmp_path, message_boxes):
    folder = tmp_path / "shared"
    folder.mkdir()
    (folder / "garbage.aiall-exchange").write_bytes(b"not an exchange file" * 50)
    b = open_window(with_folder(tmp_path / "b.sqlite", folder))
    settle(qtbot, b)
    shared = b.sharing.shared_folder
    assert [f.name for f in shared.waiting] == ["garbage.aiall-exchange"]
    shared.offer_button.click()
    qtbot.waitUntil(lambda: len(message_boxes.seen) == 1, timeout=30000)
    settle(qtbot, b)
    assert message_boxes.seen[0]["title"] == "The exchange file was not merged"
    assert shared.waiting == [] and not shared.offer.isVisible()
    shared.changed()
    settle(qtbot, b)
    assert shared.waiting == []


def test_the_folder_is_chosen_and_turned_off_in_the_dialog(qtbot, open_window, tmp_path, type_text):
    path = tmp_path / "a.sqlite"
    Store.open(path).close()
    window = open_window(path)
    shared = window.sharing.shared_folder
    assert shared.folder_action in window.sharing.menu.actions()
    dialog = shared.choose_folder()
    qtbot.waitExposed(dialog)
    assert dialog.path_edit.accessibleName() == "Shared folder"
    missing = tmp_path / "Ingen mapp här"
    type_text(dialog.path_edit, str(missing))
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert dialog.isVisible() and not dialog.problem.isHidden()  # explained in place; the text stays
    assert dialog.path_edit.text() == str(missing)
    dialog.resize(600, 220)
    dialog.grab().save("/tmp/shared_folder_dialog.png")
    missing.mkdir()
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    settle(qtbot, window)
    assert shared_folder(window.store) == missing
    assert own_file(window, missing).exists()
    assert "shared folder" in window.statusBar().currentMessage()

    dialog = shared.choose_folder()
    qtbot.waitExposed(dialog)
    assert dialog.path_edit.text() == str(missing)
    dialog.clear_button.click()
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert shared_folder(window.store) is None
    assert window.statusBar().currentMessage() == "Shared folder turned off."
