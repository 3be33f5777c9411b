"""Everything reachable by keyboard and named for a screen reader, in every part of the window and every
dialog; record forms in reading order; the shortcut list complete and unambiguous; a visible focus frame.

The names are asked of Qt's accessibility layer, which is what a screen reader gets: a button's text or a
field's label (its buddy) counts, as it does for the reader.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible, QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractScrollArea,
    QAbstractSlider,
    QAbstractSpinBox,
    QApplication,
    QButtonGroup,
    QComboBox,
    QDialog,
    QGraphicsView,
    QHeaderView,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QScrollBar,
    QTabBar,
    QTextEdit,
    QWidget,
)

from aiall_desktop.gui.main_window import MainWindow
from aiall_desktop.gui.sections import SECTIONS
from aiall_desktop.gui.workshop.page import tab_keys
from aiall_desktop.paths import resources_dir

WORKSHOP = "Case workshop Örebro"

#: Controls kept out of the Tab chain on purpose (objectName → why).
NOT_IN_TAB_CHAIN = {
    # Up/Down in the search line above move in these lists; a Tab stop would only be a detour.
    "checkInMatches": "the check-in search line drives it",
    "inviteCandidates": "the invite search line drives it",
    # The projector is for the room: it has nothing to choose, and the run keys work on the window itself.
    "projectorCases": "read-only board on the projector",
}

INTERACTIVE = (QAbstractButton, QLineEdit, QTextEdit, QPlainTextEdit, QComboBox, QAbstractSpinBox,
               QAbstractSlider, QAbstractItemView, QTabBar, QGraphicsView)


def _chain(widget: QWidget) -> str:
    parts = []
    while widget is not None:
        parts.append(f"{type(widget).__name__}#{widget.objectName() or '?'}")
        widget = widget.parentWidget()
    return " < ".join(parts)


def _is_internal(widget: QWidget) -> bool:
    """A part that Qt builds inside a control (a combo box's line edit, a table's corner button, a
    scroll bar): the control it belongs to is what the reader and the Tab key meet."""
    if isinstance(widget, (QScrollBar, QHeaderView)):
        return True
    if widget.objectName() == "qt_tableview_cornerbutton" or widget.objectName().startswith("qt_"):
        return True
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, (QComboBox, QAbstractSpinBox, QLineEdit, QTabBar)):
            return True
        if isinstance(parent, QAbstractScrollArea) and widget is parent.viewport():
            return True
        parent = parent.parentWidget()
    return False


def _takes_tab(widget: QWidget) -> bool:
    if widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
        return True
    if isinstance(widget, QRadioButton) and widget.autoExclusive():
        # Qt keeps one radio button of a group in the Tab chain and moves between them with the arrows.
        group: QButtonGroup | None = widget.group()
        siblings = group.buttons() if group is not None else [
            other for other in widget.parentWidget().findChildren(QRadioButton) if other.autoExclusive()]
        return any(other.focusPolicy() & Qt.FocusPolicy.TabFocus for other in siblings)
    return False


def interactive_widgets(root: QWidget) -> Iterable[QWidget]:
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisible() or _is_internal(widget):
            continue
        if isinstance(widget, INTERACTIVE) and not (isinstance(widget, QAbstractSlider)
                                                    and isinstance(widget, QScrollBar)):
            yield widget
        elif isinstance(widget, QAbstractScrollArea) and widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
            yield widget  # a scrolling page that takes the focus is met by the reader


def findings(root: QWidget) -> list[str]:
    """What a screen reader or a keyboard user would miss under ``root``."""
    found = []
    for widget in interactive_widgets(root):
        accessible = QAccessible.queryAccessibleInterface(widget)
        where = f"{type(widget).__name__} {widget.objectName()!r} in {_chain(widget)}"
        name = accessible.text(QAccessible.Text.Name).strip() if accessible else ""
        if not name:
            found.append(f"no accessible name: {where}")
        if isinstance(widget, QAbstractItemView):
            description = accessible.text(QAccessible.Text.Description).strip() if accessible else ""
            if not description:
                found.append(f"no accessible description: {where}")
        if not _takes_tab(widget) and widget.objectName() not in NOT_IN_TAB_CHAIN:
            found.append(f"not reached by Tab: {where}")
    return found


class Sweep:
    """Collects findings over many screens, each finding once, with where it was met."""

    def __init__(self):
        self.found: dict[str, str] = {}

    def check(self, root: QWidget, screen: str) -> None:
        QApplication.processEvents()
        for finding in findings(root):
            self.found.setdefault(finding, screen)

    def report(self) -> str:
        return "\n".join(f"[{screen}] {finding}" for finding, screen in self.found.items())


# -- the main window ---------------------------------------------------------------------------------


def test_every_section_and_record_page_names_its_controls(qtbot, window: MainWindow, register):
    sweep = Sweep()
    for row, section in enumerate(SECTIONS):
        window.navigation.setCurrentRow(row)
        sweep.check(window, f"section {section.key}")
        page = window.current_page
        if page is not None and page.model.rowCount():
            page.select_row(0)
            sweep.check(window, f"section {section.key}, first record chosen")
            if section.key == "participants":
                window.record_actions.add_tag.trigger()  # the tag bar above the list
                assert page.tag_bar.isVisible()
                sweep.check(window, "participants, Add Tag…")
                page.tag_bar.close_bar()
    records = [("organisations", "Örebro Mekaniska AB"), ("participants", "Łukasz Wójcik"),
               ("activities", WORKSHOP), ("cases", "Predictive maintenance of presses")]
    for kind, name in records:
        window.open_record(kind, register.ids[name])
        sweep.check(window, f"{kind} page")
        window.record_actions.new.trigger()  # the same page, empty, for a new entry
        sweep.check(window, f"new {kind}")
        window.details.current_editor.discard()
    assert not sweep.found, sweep.report()


def test_the_workshop_page_and_every_tab_name_their_controls(qtbot, window: MainWindow, register):
    sweep = Sweep()
    assert window.open_workshop(register.ids[WORKSHOP])
    for key in tab_keys():
        tab = window.workshop.show_tab(key)
        sweep.check(window, f"workshop {key}")
        for opener in ("open_invite", "open_invite_organisation", "open_walk_in"):
            if hasattr(tab, opener):
                getattr(tab, opener)()
                sweep.check(window, f"workshop {key} {opener}")
                QApplication.processEvents()
    assert not sweep.found, sweep.report()


def test_the_projector_names_what_it_shows(qtbot, window: MainWindow, register):
    from aiall_desktop.gui.workshop.projector import ProjectorWindow

    window.open_workshop(register.ids[WORKSHOP], "run")
    projector = ProjectorWindow(window.workshop.context)
    qtbot.addWidget(projector)
    projector.load()
    projector.set_case_board_visible(True)
    projector.resize(1280, 720)
    projector.show()
    qtbot.waitExposed(projector)
    sweep = Sweep()
    sweep.check(projector, "projector")
    assert not sweep.found, sweep.report()
    assert QAccessible.queryAccessibleInterface(projector).text(QAccessible.Text.Name)


# -- the dialogs -------------------------------------------------------------------------------------


def _about(qtbot, window, register, monkeypatch, tmp_path) -> QDialog:
    window.show_about()
    return window.about_dialog.dialog


def _shortcuts(qtbot, window, register, monkeypatch, tmp_path) -> QDialog:
    window.shortcuts_action.trigger()
    return window.shortcuts_dialog.dialog


def _preferences(qtbot, window, register, monkeypatch, tmp_path) -> QDialog:
    window.preferences_action.trigger()
    return window.preferences_dialog.dialog


def _backups(qtbot, window, register, monkeypatch, tmp_path) -> QDialog:
    return window.backups.show_dialog().dialog


def _import_preview(qtbot, window, register, monkeypatch, tmp_path) -> QDialog:
    from PySide6.QtWidgets import QFileDialog

    path = tmp_path / "people.csv"
    path.write_text("First name;Last name;E-mail;Gender;Shoe size\nKarin;Öberg;karin@example.se;woman;38\n"
                    "Per;;per@@example;x;44\n", encoding="utf-8")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(path), "")))
    window.import_action.trigger()
    qtbot.waitUntil(lambda: window.exchange.preview is not None, timeout=30000)
    return window.exchange.preview.dialog


def _choose(qtbot, window: MainWindow, section: str, record_id: str) -> None:
    window.show_section(section)
    page = window.current_page
    qtbot.waitUntil(lambda: page.select_id(record_id))


def _erase(qtbot, window, register, monkeypatch, tmp_path) -> QDialog:
    _choose(qtbot, window, "participants", register.ids["Łukasz Wójcik"])
    return window.privacy.erase_chosen()


def _retention(qtbot, window, register, monkeypatch, tmp_path) -> QDialog:
    return window.privacy.show_retention()


def _template(qtbot, window, register, monkeypatch, tmp_path) -> QDialog:
    window.template_action.trigger()
    return window.template_dialog.dialog


def _agenda_template(qtbot, window, register, monkeypatch, tmp_path) -> QDialog:
    window.open_workshop(register.ids[WORKSHOP], "agenda")
    tab = window.workshop.tab("agenda")
    tab.buttons["apply_template"].click()
    return tab.template_dialog.dialog


def _vocabulary(qtbot, window, register, monkeypatch, tmp_path) -> QDialog:
    window.record_actions.vocabulary.trigger()
    return window.record_actions.vocabulary_dialog.dialog


def _period(qtbot, window, register, monkeypatch, tmp_path) -> QDialog:
    window.printing.indicators.trigger()
    return window.printing.period_dialog.dialog


def _print_preview(qtbot, window, register, monkeypatch, tmp_path) -> QDialog:
    _choose(qtbot, window, "activities", register.ids[WORKSHOP])
    window.printing.signin.trigger()
    qtbot.waitUntil(lambda: window.printing.preview is not None, timeout=30000)
    qtbot.waitUntil(lambda: window.exchange.job is None, timeout=30000)
    return window.printing.preview.dialog


DIALOGS: dict[str, Callable[..., QDialog]] = {
    "about": _about, "shortcuts": _shortcuts, "preferences": _preferences, "backups": _backups,
    "import preview": _import_preview, "erase a person": _erase, "retention": _retention,
    "new activity from template": _template, "agenda template": _agenda_template, "vocabulary": _vocabulary,
    "print period": _period, "print preview": _print_preview,
}


@pytest.mark.parametrize("name", list(DIALOGS))
def test_every_dialog_names_its_controls(qtbot, window: MainWindow, register, monkeypatch, tmp_path, name):
    dialog = DIALOGS[name](qtbot, window, register, monkeypatch, tmp_path)
    assert isinstance(dialog, QDialog), name
    qtbot.waitExposed(dialog)
    accessible = QAccessible.queryAccessibleInterface(dialog)
    assert accessible.text(QAccessible.Text.Name).strip(), f"the {name} dialog has no name"
    assert list(interactive_widgets(dialog)), f"the {name} dialog shows no control to check"
    sweep = Sweep()
    sweep.check(dialog, name)
    dialog.close()
    assert not sweep.found, sweep.report()


def test_the_check_finds_an_unnamed_control(qtbot):
    """The sweep can fail: an icon-only button without a name is found, and named it is not."""
    from PySide6.QtWidgets import QToolButton, QVBoxLayout

    root = QWidget()
    qtbot.addWidget(root)
    button = QToolButton(root)
    button.setObjectName("mystery")
    QVBoxLayout(root).addWidget(button)
    root.show()
    assert any("'mystery'" in finding and "no accessible name" in finding for finding in findings(root))
    button.setAccessibleName("Add a block")
    assert findings(root) == []
    button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    assert any("not reached by Tab" in finding for finding in findings(root))


# -- the record forms' tab order -----------------------------------------------------------------------


def _fields_in_reading_order(form: QWidget) -> list[QWidget]:
    """The form's own focusable fields, top to bottom and, on one line, left to right (or right to left
    in a right-to-left language)."""
    fields = [widget for widget in interactive_widgets(form)
              if _takes_tab(widget) and widget.isEnabled() and type(widget).__name__ != "QScrollArea"]

    def place(widget: QWidget):
        top_left = widget.mapTo(form, widget.rect().topLeft())
        x = -top_left.x() if form.layoutDirection() == Qt.LayoutDirection.RightToLeft else top_left.x()
        return top_left.y(), x

    ordered = sorted(fields, key=place)
    # Widgets whose tops differ by a few pixels stand on one line: order those by their x alone.
    lines: list[list[QWidget]] = []
    for widget in ordered:
        y = place(widget)[0]
        first = lines[-1][0] if lines else None
        if first is not None and y < place(first)[0] + first.height() // 2:
            lines[-1].append(widget)
        else:
            lines.append([widget])
    return [widget for line in lines for widget in sorted(line, key=lambda w: place(w)[1])]


def _tab_walk(start: QWidget, count: int) -> list[QWidget]:
    visited = [start]
    widget = start
    for _ in range(count - 1):
        widget = widget.nextInFocusChain()
        while widget is not None and not (widget.isVisible() and widget.isEnabled() and _takes_tab(widget)
                                          and not _is_internal(widget)):
            widget = widget.nextInFocusChain()
        visited.append(widget)
    return visited


@pytest.mark.parametrize("kind, name", [("organisations", "Örebro Mekaniska AB"), ("participants", "Łukasz Wójcik"),
                                        ("activities", WORKSHOP), ("cases", "Predictive maintenance of presses")])
def test_tab_walks_each_record_form_in_reading_order(qtbot, window: MainWindow, register, kind, name):
    window.open_record(kind, register.ids[name])
    editor = window.details.current_editor
    QApplication.processEvents()
    expected = _fields_in_reading_order(editor.form)
    assert len(expected) >= 3, [w.objectName() for w in expected]
    walked = _tab_walk(expected[0], len(expected))

    def names(widgets: list[QWidget | None]) -> list[str | None]:
        return [w.objectName() if w is not None else None for w in widgets]

    assert names(walked) == names(expected), [(w.objectName(), w.mapTo(editor.form, w.rect().topLeft()).toTuple())
                                              for w in expected]


def test_tab_really_moves_the_focus_through_the_participant_form(qtbot, window: MainWindow, register):
    window.open_record("participants", register.ids["Łukasz Wójcik"])
    editor = window.details.current_editor
    expected = _fields_in_reading_order(editor.form)[:4]
    expected[0].setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is expected[0])
    seen = [QApplication.focusWidget()]
    for _ in expected[1:]:
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        seen.append(QApplication.focusWidget())
    assert [w.objectName() for w in seen] == [w.objectName() for w in expected]


# -- the keyboard shortcuts list -------------------------------------------------------------------------


def _native(sequence: QKeySequence) -> str:
    return sequence.toString(QKeySequence.SequenceFormat.NativeText)


def _listed_keys(window: MainWindow) -> list[str]:
    """Every key combination the Help → Keyboard Shortcuts list names, one by one."""
    keys = []
    for _command, text in window.shortcut_list():
        for part in re.split(r",\s+|\s+or\s+", text):
            keys.append(part.strip())
    return keys


def _shortcut_owners(root: QWidget) -> list[tuple[str, list[QKeySequence], object]]:
    owners = []
    for action in [*root.findChildren(QAction), *root.actions()]:
        if action.shortcuts():
            owners.append((action.text(), list(action.shortcuts()), action))
    for shortcut in root.findChildren(QShortcut):
        owners.append((shortcut.objectName() or "shortcut", [shortcut.key()], shortcut))
    return owners


def _all_tabs_built(window: MainWindow, register) -> None:
    window.open_workshop(register.ids[WORKSHOP])
    for key in tab_keys():
        window.workshop.show_tab(key)


def test_every_shortcut_is_in_the_list_with_its_keys(qtbot, window: MainWindow, register):
    _all_tabs_built(window, register)
    listed = set(_listed_keys(window))
    shortcuts = window.shortcuts_action
    shortcuts.trigger()
    rows = window.shortcuts_dialog.rows()
    assert rows == window.shortcut_list()  # the dialog shows the list
    missing = []
    for text, sequences, _owner in _shortcut_owners(window):
        for sequence in sequences:
            if sequence.isEmpty():
                continue
            if _native(sequence) not in listed:
                missing.append(f"{text.replace('&', '')}: {_native(sequence)}")
    assert not missing, "not in Help → Keyboard Shortcuts:\n" + "\n".join(sorted(set(missing)))


def test_the_run_mode_s_keys_are_in_the_list(qtbot, window: MainWindow, register):
    window.open_workshop(register.ids[WORKSHOP], "run")
    run = window.workshop.tab("run")
    listed = set(_listed_keys(window))
    run_keys = [_native(sequence) for _text, sequences, _owner in _shortcut_owners(run) for sequence in sequences]
    assert run_keys, "the run tab has no shortcuts to check"
    assert set(run_keys) <= listed, set(run_keys) - listed


def _context_root(owner: object, window: QWidget) -> QWidget | None:
    """Where a shortcut is live: the whole window, or one widget and its children."""
    context = owner.shortcutContext() if hasattr(owner, "shortcutContext") else owner.context()
    parent = owner.parent() if isinstance(owner, QShortcut) else (owner.associatedObjects() or [owner.parent()])[0]
    if context in (Qt.ShortcutContext.WindowShortcut, Qt.ShortcutContext.ApplicationShortcut):
        return window
    return parent if isinstance(parent, QWidget) else window


def test_no_two_enabled_shortcuts_can_fire_in_the_same_place(qtbot, window: MainWindow, register):
    """An ambiguous key does nothing at all in Qt; two owners of one key must live in separate places."""
    _all_tabs_built(window, register)
    for row in range(len(SECTIONS)):
        window.navigation.setCurrentRow(row)
    owners = []
    for text, sequences, owner in _shortcut_owners(window):
        if not owner.isEnabled():
            continue
        root = _context_root(owner, window)
        for sequence in sequences:
            owners.append((_native(sequence), text.replace("&", ""), root))
    clashes = []
    for n, (keys, text, root) in enumerate(owners):
        for other_keys, other_text, other_root in owners[n + 1:]:
            if keys != other_keys or text == other_text and root is other_root:
                continue
            # Two owners clash when one's place holds the other's (both fire for one focus widget).
            if root is other_root or root.isAncestorOf(other_root) or other_root.isAncestorOf(root):
                clashes.append(f"{keys}: {text!r} ({root.objectName()}) and {other_text!r} ({other_root.objectName()})")
    assert not clashes, "\n".join(clashes)


# -- a visible focus --------------------------------------------------------------------------------------


def test_the_style_sheet_draws_a_focus_frame_on_text_fields_and_the_navigation():
    sheet = (resources_dir() / "styles" / "app.qss").read_text(encoding="utf-8")
    for selector in ("QLineEdit:focus", "QPlainTextEdit:focus", "QListWidget#navigation:focus"):
        rule = re.search(re.escape(selector) + r"[^{]*\{([^}]*)\}", sheet)
        assert rule is not None, selector
        assert re.search(r"border\s*:\s*[2-9]px solid", rule.group(1)), selector


def test_a_focused_field_looks_different_from_the_others(qtbot, window: MainWindow, register):
    window.open_record("participants", register.ids["Łukasz Wójcik"])
    editor = window.details.current_editor
    fields = _fields_in_reading_order(editor.form)
    line_edits = [field for field in fields if isinstance(field, QLineEdit)]
    first, second = line_edits[0], line_edits[1]
    second.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is second)
    unfocused = first.grab().toImage()
    focused_look = second.grab().toImage()
    first.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is first)
    focused = first.grab().toImage()
    # The left edge of the field, half-way down: the frame is there.
    y = focused.height() // 2
    edge = [focused.pixelColor(x, y) for x in range(3)]
    plain = [unfocused.pixelColor(x, y) for x in range(3)]
    assert edge != plain, "the focus frame does not show"
    window.resize(1100, 750)
    path = Path("/tmp/a11y_focused_field.png")
    assert window.grab().save(str(path))
    assert focused_look.size() == unfocused.size()


# -- run mode, read from the back of the room ---------------------------------------------------------------


@pytest.mark.parametrize("size", [(1920, 1080), (1280, 720)])
@pytest.mark.parametrize("board", [False, True], ids=["timer only", "with the case board"])
def test_the_projector_s_countdown_and_title_scale_with_its_window(qtbot, filled, workshop, clock, size, board):
    from PySide6.QtGui import QFontMetricsF

    from aiall_desktop.gui.workshop.projector import ProjectorWindow
    from aiall_desktop.records import AgendaItem

    for position, (title, minutes) in enumerate([("Welcome and check-in", 10),
                                                  ("Case brainstorm at the tables", 30)], start=1):
        filled.agenda_items.create(AgendaItem(activity_id=workshop.activity_id, position=position, title=title,
                                              minutes=minutes))
    projector = ProjectorWindow(workshop)
    qtbot.addWidget(projector)
    projector.load()
    projector.set_case_board_visible(board)
    projector.resize(*size)
    projector.show()
    qtbot.waitExposed(projector)
    projector.refresh()
    QApplication.processEvents()
    width, height = size
    assert projector.countdown_label.text() == "10:00"
    # The height of a capital (or a digit) as drawn: what the eye at the back of the room gets.
    countdown = QFontMetricsF(projector.countdown_label.font()).capHeight()
    title = QFontMetricsF(projector.title_label.font()).capHeight()
    assert countdown >= height / 8, (countdown, height)
    assert title >= height / 25, (title, height)
    # And the texts are whole: the labels are as tall as their text needs.
    for label in (projector.countdown_label, projector.title_label):
        needed = QFontMetricsF(label.font()).tightBoundingRect(label.text()).height()
        assert label.height() >= needed, (label.objectName(), label.height(), needed)
    projector.grab().save(f"/tmp/a11y_projector_{width}x{height}{'_board' if board else ''}.png")
