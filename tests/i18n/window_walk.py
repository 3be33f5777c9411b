"""Walking the window as a facilitator would, noting every text it shows on the way.

Every section and record page (and an empty one for a new record), wrong values typed into fields, a
change and its undoing, every menu, the workshop page and each of its tabs, and every dialog the menus
open (About, Keyboard Shortcuts, Backups, Tag Vocabulary, New Activity from Template, the print
period, Erase This Person, People Past Retention, the import preview of good and bad files, the print
preview). Used by the pseudo-language test and, once Swedish is translated, by the Swedish one.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Iterator
from enum import Enum
from pathlib import Path

from PySide6.QtWidgets import QApplication, QFileDialog, QLineEdit, QWidget
from translation_tools import Shown, header_texts, key_sequence, menu_texts, widget_texts

from aiall_desktop import __version__
from aiall_desktop.domain.templates import shipped
from aiall_desktop.domain.validation import CHOICE_WORDS
from aiall_desktop.gui.main_window import MainWindow
from aiall_desktop.gui.sections import SECTIONS
from aiall_desktop.paths import backups_dir, log_dir
from aiall_desktop.store import Store

WORKSHOP = "Case workshop Örebro"

#: Texts that are right as they are in every language.
ALLOWED = {
    "Scroll Left", "Scroll Right",  # a tab bar's own scroll buttons: Qt's words, in Qt's translation
    "AI.ALL*",  # the project's name
    "AI.ALL* Workshop Desk",  # the program's name where Qt shows it untranslated (app display name)
    "ÖMS",  # Örebro's smart-specialisation areas: a proper name
    "Svenska", "English",  # a language's own name, chosen from a list of languages
    "CSV", "PDF", "JSON", "XLSX", "UTF-8",  # file formats
    "%",  # a unit
}


def _strings(value) -> Iterator[str]:
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for item in value.values():
            yield from _strings(item)
    elif isinstance(value, (list, tuple)):
        for item in value:
            yield from _strings(item)


def store_data(store: Store) -> set[str]:
    """Every text of the register: its records' names, titles and places, and its settings' words.

    The settings hold texts the project wrote (the lawful basis in English and Swedish, the tag
    vocabularies): the register's data too, not the program's words.
    """
    values: set[str] = {str(store.path), store.path.name, str(store.path.resolve()), str(store.path.parent),
                        str(backups_dir(store.path)), str(backups_dir(store.path.resolve())), str(log_dir())}
    values.update(_strings(store.settings.all()))
    values.update(" ".join(text.split()) for text in list(values))  # as a label shows it, on one line
    # The words a file may use for a choice ("network meeting"): the import's file format, like its column names.
    values.update(words[0].lower() for choices in CHOICE_WORDS.values() for words in choices.values())
    for kind in ("organisations", "participants", "activities", "agenda_items", "cases", "teams", "templates"):
        repository = getattr(store, kind, None)
        if repository is None:
            continue
        for record in repository.list(include_deleted=True):
            for field in dataclasses.fields(record):
                value = getattr(record, field.name)
                if isinstance(value, Enum) or field.name in ("areas", "id"):
                    continue  # codes: the window shows their labels, which must be translated
                if isinstance(value, str):
                    values.add(value)
                elif isinstance(value, list):
                    values.update(v for v in value if isinstance(v, str))
            if kind == "participants":
                values.add(f"{record.first_name} {record.last_name}")
    # The shipped agenda templates are written in Swedish and in English, and offered in the user's language.
    for language in ("sv", "en"):
        for template in shipped(language):
            values.update(_strings(dataclasses.asdict(template)))
    return values


class Walk:
    """What the window showed along the way, with where it was seen."""

    def __init__(self, qtbot, window: MainWindow):
        self.qtbot = qtbot
        self.window = window
        self.shown: dict[tuple[str, str], Shown] = {}
        self.extra_data: set[str] = set()
        # What the status bar says along the way (it keeps only the last message).
        window.statusBar().messageChanged.connect(lambda text: self.add([Shown("status bar message", text)]))

    def add(self, items: Iterable[Shown]) -> None:
        for item in items:
            if item.text and not key_sequence(item.text):
                self.shown.setdefault((item.where, item.text), item)

    def look(self, *widgets: QWidget) -> None:
        """The window and every open window of the program, as they are now."""
        QApplication.processEvents()
        roots = list(widgets) or [w for w in QApplication.topLevelWidgets() if w.isVisible()]
        for root in roots:
            self.add(widget_texts(root))


def visit_sections(walk: Walk) -> None:
    window = walk.window
    for row in range(window.navigation.count()):  # the sections' names: fixed, though in a list
        item = window.navigation.item(row)
        walk.add([Shown(f"section {row}", item.text()), Shown(f"section {row}: tooltip", item.toolTip())])
    for section in SECTIONS:
        window.show_section(section.key)
        walk.look()
        page = window.current_page
        if page is not None and page.model.rowCount():
            page.select_row(0)  # its record page (or summary) in the details
            walk.look()
        if page is not None and section.editable:
            window.record_actions.new.trigger()  # an empty page for a new record
            walk.look()
            for editor in window.details.editors():
                editor.discard()


def visit_menus(walk: Walk) -> None:
    window = walk.window
    for section_key in ("participants", "activities"):  # menus whose commands depend on the choice
        window.show_section(section_key)
        window.current_page.select_row(0)
        for action in window.menuBar().actions():
            walk.add(menu_texts(action.menu()))


def delete_and_undo(walk: Walk) -> None:
    """The status bar's reports of a change and its undoing."""
    window = walk.window
    window.show_section("cases")
    window.current_page.select_row(0)
    window.record_actions.delete.trigger()
    window.record_actions.undo.trigger()
    walk.look()


def visit_workshop(walk: Walk, activity_id: str) -> None:
    window = walk.window
    assert window.open_workshop(activity_id)
    page = window.workshop
    for index in range(page.tab_widget.count()):
        page.tab_widget.setCurrentIndex(index)
        walk.look()


def close(dialog: QWidget) -> None:
    dialog.close()
    QApplication.processEvents()


def visit_dialogs(walk: Walk, monkeypatch, register, tmp_path: Path) -> None:
    qtbot, window = walk.qtbot, walk.window

    window.about_action.trigger()
    walk.look(window.about_dialog.dialog)
    close(window.about_dialog.dialog)

    window.shortcuts_action.trigger()
    dialog = window.shortcuts_dialog
    walk.look(dialog.dialog)
    # Its rows are the program's own words (menu paths and key names), not records.
    for number, (command, keys) in enumerate(dialog.rows()):
        walk.add([Shown(f"shortcut {number}: command", command), Shown(f"shortcut {number}: keys", keys)])
    close(dialog.dialog)

    backups = window.backups.show_dialog()
    qtbot.waitUntil(lambda: window.backups.job is None, timeout=10000)
    walk.look(backups.dialog)
    close(backups.dialog)

    window.record_actions.vocabulary.trigger()
    walk.look(window.record_actions.vocabulary_dialog.dialog)
    close(window.record_actions.vocabulary_dialog.dialog)

    window.template_action.trigger()
    walk.look(window.template_dialog.dialog)
    close(window.template_dialog.dialog)

    window.show_section("reports")
    window.printing.ask_indicator_report()
    walk.look(window.printing.period_dialog.dialog)
    close(window.printing.period_dialog.dialog)

    window.show_section("participants")
    page = window.current_page
    page.select_row(0)
    erase = window.privacy.erase_chosen()
    walk.look(erase)
    erase.reject()
    retention = window.privacy.show_retention()
    walk.look(retention)
    retention.reject()

    for name, content in IMPORTS.items():
        csv = tmp_path / name
        csv.write_text(content, encoding="utf-8")
        walk.extra_data.update({str(csv), csv.name, csv.stem})
        walk.extra_data.update(word for line in content.splitlines() for word in line.split(";"))
        monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a, _csv=csv, **k: (str(_csv), "")))
        window.import_action.trigger()
        qtbot.waitUntil(lambda: window.exchange.preview is not None, timeout=30000)
        preview = window.exchange.preview
        walk.look(preview.dialog)
        # Its mapping table is the program's words for the file's columns; its problems are the program's too.
        walk.add(header_texts(preview.mapping.model(), "import mapping"))
        walk.add(Shown(f"import {name}: problem", text) for text in preview.problems())
        close(preview.dialog)
        qtbot.waitUntil(lambda: window.exchange.preview is None and window.exchange.job is None, timeout=30000)

    window.show_section("activities")
    page = window.current_page
    qtbot.waitUntil(lambda: page.select_id(register.ids[WORKSHOP]))
    window.printing.print_activity("signin")
    qtbot.waitUntil(lambda: window.printing.preview is not None, timeout=30000)
    qtbot.waitUntil(lambda: window.exchange.job is None, timeout=30000)
    printed = window.printing.preview
    walk.look(printed.dialog)
    close(printed.dialog)


#: Files to import: one fine, one with a problem in nearly every cell.
IMPORTS = {
    "people.csv": "first_name;last_name;email;gender\nIngrid;Lind;ingrid@example.se;woman\n",
    "bad people.csv": ("first_name;last_name;email;gender;phone;Unknown column\n"
                       "Omar;;not-an-email;robot;12;x\n;;;;;\nIngrid;Lind;ingrid@example.se;woman;;\n"
                       "Ingrid;Lind;ingrid@example.se;woman;;\n"),
    "bad activities.csv": "title;date;start_time;end_time;kind\nMöte;2025-13-01;25:00;08:00;party\n",
}


def type_problems(walk: Walk, type_text) -> None:
    """Wrong values in the fields, as a facilitator may type them: each field explains in place."""
    window = walk.window
    wrong = {
        "participants": {"emailEdit": "anna@", "phoneEdit": "12", "firstNameEdit": "", "lastNameEdit": ""},
        "organisations": {"orgNumberEdit": "556036-0794", "nameEdit": ""},
        "activities": {"dateEdit": "2025-02-30", "startTimeEdit": "10:00", "endTimeEdit": "09:00"},
    }
    for section, fields in wrong.items():
        window.show_section(section)
        window.record_actions.new.trigger()
        editor = window.details.existing_editor(section)
        for name, text in fields.items():
            field = editor.form.findChild(QLineEdit, name)
            if field is None:
                continue
            field.setFocus()
            field.clear()
            type_text(field, text)
            walk.extra_data.add(text)
            field.clearFocus()
            QApplication.processEvents()
        editor.save(and_new=False)  # refused: every field in trouble says why
        walk.look()
        editor.discard()


def walk_everything(qtbot, monkeypatch, window: MainWindow, register, type_text, message_boxes,
                    tmp_path: Path) -> Walk:
    walk = Walk(qtbot, window)
    walk.look()
    visit_sections(walk)
    type_problems(walk, type_text)
    delete_and_undo(walk)
    visit_menus(walk)
    visit_workshop(walk, register.ids[WORKSHOP])
    window.leave_workshop(register.ids[WORKSHOP])
    visit_dialogs(walk, monkeypatch, register, tmp_path)
    for seen in message_boxes.seen:
        walk.add(Shown("message box: " + key, text) for key, text in seen.items())
    walk.extra_data.update(store_data(window.store) | {__version__})
    return walk
