"""Data protection in the window: export a person's data, erase a person (backups listed), the retention list."""

from __future__ import annotations

import json
import os
import stat
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QItemSelectionModel, QPoint, Qt
from PySide6.QtWidgets import QLabel

from aiall_desktop.domain.privacy import add_years
from aiall_desktop.gui.dialogs.privacy import EraseDialog, PrivacyActions, RetentionDialog, export_person
from aiall_desktop.records import Gender
from aiall_desktop.store import RecordNotFound, Store
from aiall_desktop.store.privacy import ANONYMOUS_TAG

ORÖBRO = "Case workshop Örebro"


def _raw(path: Path) -> bytes:
    wal = Path(f"{path}-wal")
    return path.read_bytes() + (wal.read_bytes() if wal.exists() else b"")


def test_export_writes_json_with_the_person(filled: Store, tmp_path: Path, qapp):
    person = filled.participants.list({"last_name": "Wójcik"})[0]
    asked: list[Path] = []

    def choose(_parent, suggested: Path) -> Path:
        asked.append(suggested)
        return tmp_path / "wojcik"

    written = export_person(None, filled, person.id, choose=choose)
    assert written == tmp_path / "wojcik.json"
    assert asked[0].name == "Łukasz-Wójcik-data.json"
    data = json.loads(written.read_text(encoding="utf-8"))
    assert (data["participant"]["first_name"], data["participant"]["last_name"]) == ("Łukasz", "Wójcik")
    assert data["organisation"]["name"] == "Örebro Mekaniska AB"
    assert [a["activity_title"] for a in data["attendance"]] == [ORÖBRO]
    assert stat.S_IMODE(os.stat(written).st_mode) == 0o600


def test_export_cancelled_writes_nothing(filled: Store, tmp_path: Path, qapp):
    person = filled.participants.list()[0]
    assert export_person(None, filled, person.id, choose=lambda *_: None) is None
    assert list(tmp_path.glob("*.json")) == []


def test_erase_through_the_dialog_then_delete_the_old_backups(qtbot, filled: Store, db_path: Path, message_boxes):
    person = filled.participants.list({"last_name": "Wójcik"})[0]
    old_backup = filled.backup(label="manual")
    dialog = EraseDialog(filled, [person.id])
    qtbot.addWidget(dialog)
    dialog.open()
    qtbot.waitExposed(dialog)
    assert "Łukasz Wójcik" in dialog.question.text()
    assert "cannot be undone" in dialog.warning.text()
    assert "Places on activity lists: 1." in dialog.what.text()
    assert dialog.cancel_button.isDefault() and not dialog.erase_button.isDefault()
    assert dialog.keep_counts.accessibleName() and not dialog.keep_counts.isChecked()

    with qtbot.waitSignal(dialog.erased) as erased:
        qtbot.mouseClick(dialog.erase_button, Qt.MouseButton.LeftButton)
    assert erased.args == [[person.id]]
    with pytest.raises(RecordNotFound):
        filled.participants.get(person.id, include_deleted=True)
    for text in ("Łukasz", "Wójcik", person.email):
        assert text.encode("utf-8") not in _raw(db_path)
    assert "Hương".encode() in _raw(db_path)

    assert dialog.pages.currentIndex() == 1
    assert dialog.backups == [old_backup]
    assert dialog.backup_model.stringList()[0].startswith(old_backup.name)
    assert dialog.delete_backups_button.isVisible()
    dialog.grab().save("/tmp/privacy_erase_backups.png")
    message_boxes.answer = "Delete"
    qtbot.mouseClick(dialog.delete_backups_button, Qt.MouseButton.LeftButton)
    assert not old_backup.exists()
    assert message_boxes.seen[-1]["title"] == "Delete Backups"
    assert "No backup holds" in dialog.backups_text.text() and not dialog.delete_backups_button.isVisible()
    dialog.grab().save("/tmp/privacy_erase_done.png")


def test_erase_keeping_counts_from_the_dialog(qtbot, filled: Store):
    person = filled.participants.list({"last_name": "Andersson"})[0]
    activity = filled.activities.list({"title": ORÖBRO})[0]
    dialog = EraseDialog(filled, [person.id], today=lambda: date(2025, 12, 31))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.grab().save("/tmp/privacy_erase_confirm.png")
    dialog.keep_counts.setChecked(True)
    dialog.erase()
    assert filled.attendance.count({"activity_id": activity.id, "status": "present"}) == 3
    (anonymous,) = filled.participants.list({"first_name": "–"})
    assert anonymous.gender == Gender.WOMAN and anonymous.tags == [ANONYMOUS_TAG]
    assert "kept as anonymous counts: 1." in dialog.done_text.text()
    assert "No backup holds" in dialog.backups_text.text()


def test_cancel_erases_nothing(qtbot, filled: Store):
    person = filled.participants.list()[0]
    dialog = EraseDialog(filled, [person.id])
    qtbot.addWidget(dialog)
    dialog.open()
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    assert filled.participants.get(person.id).id == person.id


def test_retention_list_and_bulk_erase(qtbot, filled: Store, message_boxes):
    filled.settings.set("retention_years", 3)
    filled.settings.set("project_end", "2026-02-28")
    # Entered now, so kept three years after today or the project's end, whichever is later.
    everyone = filled.participants.count()
    dialog = RetentionDialog(filled, today=date.today)
    qtbot.addWidget(dialog)
    assert dialog.model.rowCount() == 0 and not dialog.table.isVisibleTo(dialog)
    assert dialog.empty.isVisibleTo(dialog) and not dialog.erase_button.isEnabled()

    dialog.today = lambda: date(2099, 1, 1)
    dialog.load()
    assert dialog.model.rowCount() == everyone
    names = [dialog.model.index(row, 0).data() for row in range(dialog.model.rowCount())]
    assert "Łukasz Wójcik" in names and "فاطمة حسن" in names
    row = names.index("Łukasz Wójcik")
    assert dialog.model.index(row, 2).data() == date.today().isoformat()  # never attended after today
    assert "3 years" in dialog.rule_text.text() and "2026-02-28" in dialog.rule_text.text()
    dialog.resize(820, 480)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.grab().save("/tmp/privacy_retention.png")

    selection = dialog.table.selectionModel()
    for name in ("Łukasz Wójcik", "Erik Zetterberg"):
        selection.select(dialog.model.index(names.index(name), 0),
                         QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows)
    assert dialog.erase_button.isEnabled()
    erase = dialog.erase_selected()
    qtbot.waitExposed(erase)
    assert "2 people" in erase.question.text()
    with qtbot.waitSignal(dialog.erased):
        erase.erase()
    assert dialog.model.rowCount() == everyone - 2
    assert filled.participants.list({"last_name": "Zetterberg"}) == []
    erase.close_button.click()


def test_retention_rule_is_edited_in_place(qtbot, filled: Store):
    applied: list[tuple[dict, dict]] = []

    def apply(old: dict, new: dict) -> None:
        applied.append((old, new))
        for key, value in new.items():
            filled.settings.set(key, value)

    # Everyone was entered today: kept five years by default, one after the edit.
    dialog = RetentionDialog(filled, apply_settings=apply, today=lambda: add_years(date.today(), 4))
    qtbot.addWidget(dialog)
    assert dialog.years.value() == 5 and dialog.model.rowCount() == 0
    dialog.years.setValue(1)
    dialog.years.editingFinished.emit()
    assert applied == [({"retention_years": 5}, {"retention_years": 1})]
    assert dialog.model.rowCount() == filled.participants.count()


# -- in the window --------------------------------------------------------------------------------------


@pytest.fixture
def privacy(window) -> PrivacyActions:
    # The window builds these once gui/main_window.py has the lines from the privacy report.
    if getattr(window, "privacy", None) is None:
        window.privacy = PrivacyActions(window)
    return window.privacy


def test_the_edit_menu_has_the_privacy_commands(window):
    privacy = getattr(window, "privacy", None)
    if privacy is None:
        pytest.skip("gui/main_window.py does not build the privacy commands yet")
    assert isinstance(privacy, PrivacyActions)
    assert set(privacy.actions) <= set(window.edit_menu.actions())


def choose_participant(qtbot, window, record_id: str) -> None:
    window.show_section("participants")
    page = window.current_page
    qtbot.waitUntil(lambda: page.select_id(record_id))
    assert page.selected_id == record_id


def test_the_participant_menu_erases_and_the_window_forgets(qtbot, window, register, privacy, message_boxes):
    person = register.ids["Erik Zetterberg"]
    choose_participant(qtbot, window, person)
    window.open_record("participants", person)
    page = window.current_page
    window.record_actions.show_list_menu(page, page.table.mapToGlobal(QPoint(10, 10)))
    menu = window.record_actions.last_menu
    assert privacy.export_action in menu.actions() and privacy.erase_action in menu.actions()
    assert privacy.erase_action.isEnabled()
    menu.close()
    window.record_actions.delete_chosen()  # something on the history to undo, which erasing clears
    window.undo.stack.undo()
    assert window.undo.stack.canRedo()

    dialog = privacy.erase_chosen()
    qtbot.waitExposed(dialog)
    dialog.erase()
    assert not window.undo.stack.canUndo() and not window.undo.stack.canRedo()
    qtbot.waitUntil(lambda: page.model.row_of(person) is None)
    dialog.close_button.click()
    window.show_section("organisations")
    privacy.update()
    assert not privacy.erase_action.isEnabled()


def test_participant_form_shows_the_lawful_basis(qtbot, window, register):
    window.open_record("participants", register.ids["Anna Andersson"])
    note = window.details.current_editor.form.findChild(QLabel, "lawfulBasisNote")
    assert "Article 6(1)(a)" in note.text() and note.isVisibleTo(window)
    assert note.accessibleName()
    window.resize(1200, 800)
    window.grab().save("/tmp/privacy_participant_form.png")
    window.store.settings.set("lawful_basis_en", "Consent, for the funder's reports.")
    window.open_record("participants", register.ids["Erik Zetterberg"])
    assert note.text() == "Consent, for the funder's reports."
