"""The main window: sections on the left, the section's list in the middle, the record on the right.

The window owns the open :class:`Store` (one connection, on the UI thread). Opening another database
closes the old store only after the new one has opened, and rebinds every list to it.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QFileDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QSizePolicy,
    QSplitter,
    QStackedWidget,
    QWidget,
)

from ..store import RecordNotFound, Store
from . import errors, record_details
from .details_panel import DetailsPanel
from .editing.undo import UndoHistory
from .icons import APP_ICON, icon
from .import_export import ImportExport
from .sharing import ShareActions
from .list_page import ListPage
from .dialogs.backups import BackupActions
from .dialogs.privacy import PrivacyActions
from .printing import PrintActions
from .record_actions import RecordActions
from .record_pages import RecordPages
from .sections import SECTIONS, Section
from .settings import (
    GEOMETRY,
    MAIN_SPLITTER,
    RECORDS_SPLITTER,
    SECTION,
    STATE,
    WORKSHOP,
    RecentFiles,
    app_settings,
    read_bytes,
    read_text,
)

DATABASE_FILTER_EXTENSIONS = "*.sqlite *.db"
NEW_DATABASE_SUFFIX = ".sqlite"


def _plain(text: str) -> str:
    """A menu text without its mnemonic marker, for lists and tooltips."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


class MainWindow(QMainWindow):
    #: Another database is now open (its path).
    database_changed = Signal(Path)

    def __init__(self, store: Store, parent: QWidget | None = None, *, undo: UndoHistory | None = None):
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self.setWindowIcon(icon(APP_ICON))
        self._store: Store | None = store
        self._pages: dict[str, ListPage] = {}
        self._tab_tail: QWidget | None = None
        self._section: Section | None = None
        self._overview = None
        self._workshop = None
        self._template_dialog = None
        self._about = None
        self._shortcuts = None
        self._preferences = None
        self.recent_files = RecentFiles()
        #: The one history of changes to the register (Edit → Undo, Redo).
        if undo is None:
            self.undo = UndoHistory(lambda: self.store, self)
        else:  # handed over by the window this one replaces (a change of language)
            self.undo = undo
            undo.rebind(lambda: self.store, self)
        self.record_pages = RecordPages(self)
        self.undo.changed.connect(self.record_pages.register_changed)
        self.undo.failed.connect(self.record_pages.change_failed)

        self._build_layout()
        self._build_actions()
        self._build_menus()
        self._build_status_bar()
        self._restore_layout()
        self._database_opened()
        self._restore_workshop()

    # -- building ----------------------------------------------------------------------------------

    def _build_layout(self) -> None:
        self.navigation = QListWidget(self)
        self.navigation.setObjectName("navigation")
        self.navigation.setAccessibleName(self.tr("Sections"))
        self.navigation.setAccessibleDescription(
            self.tr("The parts of the register; Ctrl and the section's number go to one from anywhere"))
        # Icons and width follow the text size (Edit → Preferences), so that at 200 % no section's name is cut
        # when a wide page (the workshop) squeezes the sections to their minimum.
        metrics = self.navigation.fontMetrics()
        side = max(22, metrics.height() * 4 // 3)
        self.navigation.setIconSize(QSize(side, side))
        self.navigation.setUniformItemSizes(True)
        self.navigation.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        widest = max(metrics.horizontalAdvance(section.name) for section in SECTIONS)
        # The icon, the items' padding and margins (app.qss), the focus frame and the text's own margins.
        self.navigation.setMinimumWidth(max(150, widest + side + 64))
        for number, section in enumerate(SECTIONS, start=1):
            item = QListWidgetItem(icon(section.icon), section.name, self.navigation)
            item.setData(Qt.ItemDataRole.UserRole, section.key)
            keys = QKeySequence(f"Ctrl+{number}").toString(QKeySequence.SequenceFormat.NativeText)
            item.setToolTip(f"{section.name} ({keys})")

        self.list_stack = QStackedWidget(self)
        self.list_stack.setObjectName("listStack")
        self.details = DetailsPanel(self, self)

        self.records_splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.records_splitter.setObjectName("recordsSplitter")
        self.records_splitter.addWidget(self.list_stack)
        self.records_splitter.addWidget(self.details)
        self.records_splitter.setStretchFactor(0, 3)
        self.records_splitter.setStretchFactor(1, 2)
        self.records_splitter.setChildrenCollapsible(False)

        self.content = QStackedWidget(self)
        self.content.setObjectName("content")
        self.content.addWidget(self.records_splitter)

        self.main_splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.main_splitter.setObjectName("mainSplitter")
        self.main_splitter.addWidget(self.navigation)
        self.main_splitter.addWidget(self.content)
        self.main_splitter.setStretchFactor(0, 0)
        self.main_splitter.setStretchFactor(1, 1)
        self.main_splitter.setChildrenCollapsible(False)
        self.setCentralWidget(self.main_splitter)

        self.navigation.currentRowChanged.connect(self._section_chosen)

    def _action(self, text: str, shortcut: QKeySequence | str | None = None, slot=None) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        if slot is not None:
            action.triggered.connect(slot)
        return action

    def _build_actions(self) -> None:
        # Ctrl+N is for a new record (the common case); a new database file is rarer.
        self.new_action = self._action(self.tr("&New Database…"), "Ctrl+Shift+N", self.new_database)
        self.new_action.setStatusTip(self.tr("Create an empty database file and switch to it"))
        self.open_action = self._action(self.tr("&Open…"), QKeySequence.StandardKey.Open, self.choose_database)
        self.open_action.setStatusTip(self.tr("Open another database file"))
        self.quit_action = self._action(self.tr("&Quit"), "Ctrl+Q", self.close)
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        self.find_action = self._action(self.tr("&Find"), QKeySequence.StandardKey.Find, self.focus_search)
        self.find_action.setStatusTip(self.tr("Search the list"))

        self.section_actions = QActionGroup(self)
        self.section_actions.setExclusive(True)
        for number, section in enumerate(SECTIONS):
            action = self._action(section.name, f"Ctrl+{number + 1}")
            action.setCheckable(True)
            action.setData(section.key)
            action.triggered.connect(lambda _checked=False, row=number: self.navigation.setCurrentRow(row))
            self.section_actions.addAction(action)

        self.record_actions = RecordActions(self)
        #: File → Import… and Export List…, run as background jobs.
        self.exchange = ImportExport(self)
        self.import_action = self.exchange.import_action
        self.export_action = self.exchange.export_action
        #: File → Share: exchange files with colleagues, merging them, conflicts and duplicates.
        self.sharing = ShareActions(self)
        #: File → Print: documents built in the background, previewed, printed or saved as PDF.
        self.printing = PrintActions(self)
        #: Edit → a person's data: export it, erase it, and the people past retention.
        self.privacy = PrivacyActions(self)
        #: File → Backups… and the day's backup, taken in the background after a database is opened.
        self.backups = BackupActions(self)
        self.backups_action = self.backups.action

        self.workshop_action = self._action(self.tr("Open &Workshop"), "Ctrl+Shift+W", self.open_chosen_workshop)
        self.workshop_action.setStatusTip(self.tr("Plan, check in, capture cases and run the chosen activity"))
        self.template_action = self._action(self.tr("New Activity from &Template…"), "Ctrl+Shift+T",
                                            self.new_activity_from_template)
        self.template_action.setStatusTip(self.tr("Start a new activity with the agenda of a template"))

        self.preferences_action = self._action(self.tr("Pre&ferences…"), "Ctrl+,", self.show_preferences)
        self.preferences_action.setStatusTip(self.tr("Text size and language of the program"))
        self.preferences_action.setMenuRole(QAction.MenuRole.PreferencesRole)
        self.shortcuts_action = self._action(self.tr("&Keyboard Shortcuts"), "F1", self.show_shortcuts)
        self.about_action = self._action(self.tr("&About AI.ALL* Workshop Desk"), None, self.show_about)
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)

    def _build_menus(self) -> None:
        bar = self.menuBar()
        self.file_menu = bar.addMenu(self.tr("&File"))
        self.file_menu.addAction(self.new_action)
        self.file_menu.addAction(self.open_action)
        self.file_menu.addAction(self.template_action)
        self.recent_menu = self.file_menu.addMenu(self.tr("Open &Recent"))
        self.recent_menu.setObjectName("recentMenu")
        self.recent_menu.aboutToShow.connect(self.fill_recent_menu)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.import_action)
        self.file_menu.addAction(self.export_action)
        self.file_menu.addMenu(self.printing.menu)
        self.file_menu.addMenu(self.sharing.menu)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.backups_action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.quit_action)

        self.edit_menu = bar.addMenu(self.tr("&Edit"))
        actions = self.record_actions
        self.edit_menu.addAction(actions.undo)
        self.edit_menu.addAction(actions.redo)
        self.edit_menu.addSeparator()
        self.edit_menu.addAction(actions.new)
        self.edit_menu.addAction(actions.save)
        self.edit_menu.addAction(actions.save_new)
        self.edit_menu.addSeparator()
        self.edit_menu.addAction(actions.open)
        self.edit_menu.addAction(actions.add_tag)
        self.edit_menu.addAction(actions.delete)
        self.edit_menu.addSeparator()
        self.edit_menu.addActions(self.privacy.actions)
        self.edit_menu.aboutToShow.connect(self.privacy.update)
        self.edit_menu.addSeparator()
        self.edit_menu.addAction(self.find_action)
        self.edit_menu.addAction(actions.vocabulary)
        self.edit_menu.aboutToShow.connect(actions.update)
        self.edit_menu.addSeparator()
        self.edit_menu.addAction(self.preferences_action)

        self.go_menu = bar.addMenu(self.tr("&Go"))
        for action in self.section_actions.actions():
            self.go_menu.addAction(action)
        self.go_menu.addSeparator()
        self.go_menu.addAction(self.workshop_action)
        self.go_menu.aboutToShow.connect(self._update_workshop_action)

        self.help_menu = bar.addMenu(self.tr("&Help"))
        self.help_menu.addAction(self.shortcuts_action)
        self.help_menu.addSeparator()
        self.help_menu.addAction(self.about_action)
        self.fill_recent_menu()

    def _build_status_bar(self) -> None:
        bar = self.statusBar()
        self.database_status = QLabel(bar)
        self.database_status.setObjectName("databaseStatus")
        self.database_status.setTextFormat(Qt.TextFormat.PlainText)
        # A long path must not widen the window: it may be cut, the tooltip has it whole.
        self.database_status.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.count_status = QLabel(bar)
        self.count_status.setObjectName("countStatus")
        bar.addWidget(self.database_status, 1)
        bar.addPermanentWidget(self.count_status)
        self.exchange.install(bar)

    # -- the open database -------------------------------------------------------------------------

    @property
    def store(self) -> Store:
        assert self._store is not None, "the window has been closed"
        return self._store

    def open_database(self, path: Path, *, create: bool = False) -> bool:
        """Switch to another database file; on failure the current one stays open and nothing is written."""
        from .app import open_database  # asks "Open Read-Only" when another copy has the file

        path = Path(path)
        if self._store is not None and path.resolve() == self._store.path.resolve():
            return True
        store = open_database(self, path, create=create)
        if store is None:
            return False
        self.use_store(store)
        return True

    def use_store(self, store: Store) -> None:
        # Another file: the history of changes belongs to the old one, and so do the pages' records.
        self.undo.clear()
        for editor in self.details.editors():
            editor.discard()
            editor.mode = "none"
            editor.register_changed(frozenset(("organisations", "participants")), True)
        if self._workshop is not None:
            self._workshop.close_activity()
        old, self._store = self._store, store
        for section_key, page in self._pages.items():
            page.set_query(store.listing(page.section.list_name or section_key))
        if old is not None and old is not store:
            old.close()
        self._database_opened()
        if self._section is not None:
            self._section_chosen(self.navigation.currentRow())

    def _database_opened(self) -> None:
        path = self.store.path
        self.setWindowTitle(path.name)
        self.setWindowFilePath(str(path))
        self.database_status.setText(self.tr("Database: %1").replace("%1", str(path)))
        self.database_status.setToolTip(str(path.resolve()))
        self.recent_files.add(path)
        self.database_changed.emit(path)

    def _dialog_folder(self) -> str:
        return str(self.store.path.resolve().parent) if self._store is not None else ""

    def _filter(self) -> str:
        return self.tr("Workshop Desk databases (%1)").replace("%1", DATABASE_FILTER_EXTENSIONS) + ";;" + self.tr(
            "All files (*)"
        )

    def choose_database(self) -> bool:
        chosen, _ = QFileDialog.getOpenFileName(self, self.tr("Open Database"), self._dialog_folder(), self._filter())
        return self.open_database(Path(chosen)) if chosen else False

    def new_database(self) -> bool:
        chosen, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("New Database"),
            str(Path(self._dialog_folder()) / self.tr("new-database.sqlite")),
            self._filter(),
            options=QFileDialog.Option.DontConfirmOverwrite,
        )
        if not chosen:
            return False
        path = Path(chosen)
        if not path.suffix:
            path = path.with_suffix(NEW_DATABASE_SUFFIX)
        if path.exists():
            # Never replace a file from here: it may be someone's register.
            errors.report_error(
                self,
                self.tr("Cannot create the database"),
                self.tr("“%1” exists already.").replace("%1", path.name),
                self.tr("File: %1").replace("%1", str(path)),
                advice=self.tr("Choose another name, or use Open… to open the file."),
            )
            return False
        return self.open_database(path, create=True)

    def fill_recent_menu(self) -> None:
        menu = self.recent_menu
        menu.clear()
        paths = self.recent_files.paths()
        for number, path in enumerate(paths, start=1):
            text = f"&{number} {path.name}" if number < 10 else path.name
            action = menu.addAction(text)
            action.setData(str(path))
            action.setToolTip(str(path))
            action.setStatusTip(str(path))
            action.triggered.connect(lambda _checked=False, target=path: self.open_database(target))
        if not paths:
            empty = menu.addAction(self.tr("No recent files"))
            empty.setEnabled(False)
        else:
            menu.addSeparator()
            menu.addAction(self.tr("&Clear Menu"), self._clear_recent)
        menu.menuAction().setEnabled(True)

    def _clear_recent(self) -> None:
        self.recent_files.clear()
        self.fill_recent_menu()

    # -- sections ----------------------------------------------------------------------------------

    @property
    def current_section(self) -> Section | None:
        return self._section

    @property
    def current_page(self) -> ListPage | None:
        if self._section is None or self._section.list_name is None or self.workshop_showing:
            return None
        return self._pages.get(self._section.key)

    def show_section(self, key: str) -> None:
        for row, section in enumerate(SECTIONS):
            if section.key == key:
                self.navigation.setCurrentRow(row)
                return
        raise KeyError(key)

    def built_page(self, key: str) -> ListPage | None:
        """The list page of a section if it has been built (``page`` builds it)."""
        return self._pages.get(key)

    def page(self, key: str) -> ListPage:
        """The list page of a section, built the first time it is needed."""
        page = self._pages.get(key)
        if page is not None:
            return page
        section = next(s for s in SECTIONS if s.key == key)
        assert section.list_name is not None
        page = ListPage(section, self.store.listing(section.list_name), self.list_stack)
        page.restore_state(app_settings())
        page.current_record_changed.connect(lambda record_id, s=section: self._record_chosen(s, record_id))
        page.count_changed.connect(lambda text, s=section: self._count_changed(s, text))
        page.open_requested.connect(lambda record_id, s=section: self.open_record(s.key, record_id))
        page.selection_changed.connect(self.record_actions.update)
        page.menu_requested.connect(lambda position, p=page: self.record_actions.show_list_menu(p, position))
        self.record_actions.attach(page)
        self.list_stack.addWidget(page)
        # Tab goes sections → search → filters → list → details; every page's chain sits before the details.
        previous = self._tab_tail or self.navigation
        for widget in page.tab_chain():
            QWidget.setTabOrder(previous, widget)
            previous = widget
        self._tab_tail = page.table
        self._pages[key] = page
        self.record_pages.fill_filter_choices(page)
        return page

    def _section_chosen(self, row: int) -> None:
        if not 0 <= row < len(SECTIONS):
            return
        section = SECTIONS[row]
        self._section = section
        self.section_actions.actions()[row].setChecked(True)
        if section.list_name is None:
            overview = self._overview_page()
            overview.show_counts(self.store.counts(), str(self.store.path))
            self.content.setCurrentWidget(overview)
            self.find_action.setEnabled(False)
            self.count_status.clear()
            self.record_actions.update()
            self.exchange.update()
            return
        page = self.page(section.key)
        self.list_stack.setCurrentWidget(page)
        self.content.setCurrentWidget(self.records_splitter)
        self._update_workshop_action()
        self.find_action.setEnabled(True)
        self.count_status.setText(page.count_text())
        self._record_chosen(section, page.selected_id)
        self.record_actions.update()
        self.exchange.update()

    @property
    def overview(self):
        """The Reports section's overview, once it has been shown."""
        return self._overview

    @property
    def about_dialog(self):
        return self._about

    @property
    def shortcuts_dialog(self):
        return self._shortcuts

    def _overview_page(self):
        if self._overview is None:
            from .reports_page import ReportsPage

            self._overview = ReportsPage(lambda: self.store, self.content)
            self._overview.activity_requested.connect(
                lambda activity_id: self.open_record("activities", activity_id, focus=False))
            self._overview.add_print_actions([self.printing.indicators, self.printing.period_summaries])
            self.content.addWidget(self._overview)
        return self._overview

    # -- the workshop page -------------------------------------------------------------------------

    @property
    def workshop(self):
        """The workshop page, once it has been built."""
        return self._workshop

    @property
    def workshop_showing(self) -> bool:
        return self._workshop is not None and self.content.currentWidget() is self._workshop

    def _workshop_page(self):
        if self._workshop is None:
            from .workshop.page import WorkshopPage

            self._workshop = WorkshopPage(lambda: self.store, self.undo, self.show_status, parent=self.content)
            self._workshop.back_requested.connect(self.leave_workshop)
            self.content.addWidget(self._workshop)
        return self._workshop

    def open_workshop(self, activity_id: str, tab: str | None = None) -> bool:
        """Show an activity's workshop page in place of the lists (the Activities section stays chosen)."""
        page = self._workshop_page()
        if not page.open_activity(activity_id, tab):
            self.show_status(self.tr("That activity is no longer in the register."))
            return False
        if self._section is None or self._section.key != "activities":
            self.navigation.blockSignals(True)
            self.show_section("activities")
            self.navigation.blockSignals(False)
            self._section = next(s for s in SECTIONS if s.key == "activities")
            self.section_actions.actions()[SECTIONS.index(self._section)].setChecked(True)
        self.content.setCurrentWidget(page)
        self.find_action.setEnabled(False)
        self.count_status.clear()
        self.record_actions.update()
        self.exchange.update()
        self._update_workshop_action()
        return True

    def open_chosen_workshop(self) -> bool:
        if self.workshop_showing:
            self._workshop.tab_widget.setFocus()
            return True
        page = self.current_page
        if page is None or page.section.key != "activities" or page.selected_id is None:
            self.show_status(self.tr("Choose an activity in the Activities list first."))
            return False
        return self.open_workshop(page.selected_id)

    def leave_workshop(self, activity_id: str = "") -> None:
        """Back to the Activities list, with the workshop's activity chosen in it."""
        if self._workshop is not None:
            self._workshop.context.set_activity("")
        self._section_chosen(self.navigation.currentRow())
        page = self.current_page
        if page is not None and activity_id:
            page.select_id(activity_id)
            page.table.setFocus(Qt.FocusReason.OtherFocusReason)

    def _update_workshop_action(self) -> None:
        page = self.current_page
        self.workshop_action.setEnabled(
            self.workshop_showing
            or (page is not None and page.section.key == "activities" and page.selected_id is not None)
        )

    def new_activity_from_template(self) -> None:
        """File → New Activity from Template…: a window-modal choice; the new activity opens on its agenda."""
        from ..domain.templates import available
        from .workshop.templates_dialog import TemplateDialog, create_activity_from_template, template_language

        store = self.store
        dialog = TemplateDialog(available(store, template_language()), self)

        def done(request) -> None:
            command = create_activity_from_template(store, request.template, request.date, request.title)
            if self.undo.do(command):
                self.open_workshop(command.activity_id, "agenda")

        self._template_dialog = dialog  # kept while it is open
        dialog.open(done)

    @property
    def template_dialog(self):
        return self._template_dialog

    def _restore_workshop(self) -> None:
        saved = app_settings().value(WORKSHOP)
        if not isinstance(saved, str) or "|" not in saved:
            return
        path, activity_id, tab = (saved.split("|") + [""])[:3]
        if path != str(self.store.path.resolve()):
            return
        try:
            self.store.activities.get(activity_id)
        except RecordNotFound:
            return
        self.open_workshop(activity_id, tab or None)

    def _record_chosen(self, section: Section, record_id: str | None) -> None:
        if section is self._section:
            self._update_workshop_action()
        if section is not self._section:
            return
        if section.editable:
            self.record_pages.record_chosen(section, record_id)
            self.record_actions.update()
            return
        if record_id is None:
            self.details.show_placeholder(self.tr("Select a record in the list to see its details here."))
            return
        try:
            summary = record_details.describe(self.store, section.list_name or section.key, record_id)
        except RecordNotFound:
            self.details.show_placeholder(self.tr("This record has been deleted."))
            return
        self.details.show_summary(summary)

    # -- what the record's page asks of the window (see record_actions.EditorHost) ------------------

    def open_record(self, kind: str, record_id: str, *, focus: bool = True) -> None:
        """Show a record on its page in its section (with the focus in its first field, unless told not to)."""
        self.record_pages.open_record(kind, record_id, focus=focus)

    def entry_closed(self, kind: str) -> None:
        self.record_pages.entry_closed(kind)

    def show_status(self, text: str) -> None:
        self.statusBar().showMessage(text, 8000)

    def focus_list(self) -> None:
        page = self.current_page
        if page is not None:
            page.table.setFocus(Qt.FocusReason.OtherFocusReason)

    def _count_changed(self, section: Section, text: str) -> None:
        if section is self._section:
            self.count_status.setText(text)

    def focus_search(self) -> None:
        page = self.current_page
        if page is not None:
            page.focus_search()

    # -- help --------------------------------------------------------------------------------------

    def shortcut_list(self) -> list[tuple[str, str]]:
        """Every shortcut of the window: the menu commands, then the keys that work inside a control."""
        native = QKeySequence.SequenceFormat.NativeText
        rows = []
        for menu in (self.file_menu, self.printing.menu, self.edit_menu, self.go_menu, self.help_menu):
            for action in menu.actions():
                if not action.shortcut().isEmpty():
                    command = f"{_plain(menu.title())} → {_plain(action.text())}"
                    rows.append((command, action.shortcut().toString(native)))
                    # The other keys of the action (Ctrl+Y works as well as Ctrl+Shift+Z) on a row of their own.
                    others = [keys.toString(native) for keys in action.shortcuts()[1:] if not keys.isEmpty()]
                    if others:
                        rows.append((self.tr("%1 (other keys)").replace("%1", command), ", ".join(others)))
        rows += [
            (self.tr("Record page → Next field"), self.tr("Tab, Enter")),
            (self.tr("Record page → Put a field back as saved, or cancel a new entry"),
             QKeySequence(Qt.Key.Key_Escape).toString(native)),
            (self.tr("Record page → Save a new entry and start the next (in its last field)"),
             QKeySequence(Qt.Key.Key_Return).toString(native)),
            (self.tr("List → Choose several records"), self.tr("Ctrl+click, Shift+click, Shift+arrows")),
            (self.tr("List → Open a record"), self.tr("Double-click")),
            (self.tr("List → Menu of the chosen records"), self.tr("Right-click, Menu key")),
            (self.tr("Search box → Clear the search"), QKeySequence(Qt.Key.Key_Escape).toString(native)),
            (self.tr("Search box → Go to the list"), QKeySequence(Qt.Key.Key_Down).toString(native)),
            (self.tr("Next or previous part of the window"), self.tr("Tab, Shift+Tab")),
            (self.tr("Open the menus"), QKeySequence(Qt.Key.Key_F10).toString(native)),
            (self.tr("Workshop → Back to the list of activities"),
             QKeySequence(QKeySequence.StandardKey.Back).toString(native)),
            (self.tr("Workshop → Agenda: add, duplicate a block; move it up or down"),
             self.tr("Ctrl+Shift+A or Ins, Ctrl+D, Ctrl+Up, Ctrl+Down")),
            (self.tr("Workshop → People: invite someone, invite an organisation"), self._keys("Alt+T", "Alt+O")),
            (self.tr("Workshop → People: take the chosen people off the list"),
             self._keys(QKeySequence.StandardKey.Delete, "Alt+L")),
            (self.tr("Workshop → People, Check-in: invited, present, excused, no-show"),
             self._keys("Alt+V", "Alt+S", "Alt+X", "Alt+N")),
            (self.tr("Workshop → Check-in: a new walk-in"), self._keys("Alt+W")),
            (self.tr("Workshop → Cases: capture an idea (“title @organisation #area”)"), self.tr("Enter")),
            (self.tr("Workshop → Cases: dot vote, toggle the nth area, next stage, park"),
             self.tr("+ and −, 1–5, Ctrl+Shift+Right, Ctrl+Shift+P")),
            (self.tr("Workshop → Matrix: move the chosen card one cell"), self.tr("Alt+arrows")),
            (self.tr("Workshop → Run: start, pause/resume, next block"), self.tr("F5, F6, F8 or Ctrl+Right")),
            (self.tr("Workshop → Tables: balance, shuffle, re-balance the rest"),
             self._keys("Ctrl+Shift+B", "Ctrl+Shift+U", "Ctrl+Shift+R")),
            (self.tr("Workshop → Run: one more minute, previous block"), self.tr("Ctrl++ or Ctrl+=, Ctrl+Left")),
            (self.tr("Workshop → Run: projector on/off (Esc on it closes it)"), "F7"),
        ]
        return rows

    @staticmethod
    def _keys(*keys: QKeySequence.StandardKey | str) -> str:
        """Keys as the system writes them ("Ctrl+Shift+B", "Del"), for the shortcut list."""
        return ", ".join(QKeySequence(key).toString(QKeySequence.SequenceFormat.NativeText) for key in keys)

    def show_shortcuts(self) -> None:
        if self._shortcuts is None:
            from .dialogs.shortcuts import ShortcutsDialog

            self._shortcuts = ShortcutsDialog(self)
        self._shortcuts.show_shortcuts(self.shortcut_list())

    def show_preferences(self) -> None:
        if self._preferences is None:
            from .dialogs.preferences import PreferencesDialog

            self._preferences = PreferencesDialog(self)
        self._preferences.show()

    @property
    def preferences_dialog(self):
        return self._preferences

    def show_about(self) -> None:
        if self._about is None:
            from .dialogs.about import AboutDialog

            self._about = AboutDialog(self)
        self._about.show_for(self.store.path.resolve())

    # -- remembered layout -------------------------------------------------------------------------

    def _restore_layout(self) -> None:
        settings = app_settings()
        geometry = read_bytes(settings, GEOMETRY)
        if geometry is None or not self.restoreGeometry(geometry):
            self._default_geometry()
        state = read_bytes(settings, STATE)
        if state is not None:
            self.restoreState(state)
        splitter = read_bytes(settings, MAIN_SPLITTER)
        if splitter is None or not self.main_splitter.restoreState(splitter):
            width = self.navigation.fontMetrics().averageCharWidth() * 20 + 40
            self.main_splitter.setSizes([width, max(self.width() - width, 400)])
        splitter = read_bytes(settings, RECORDS_SPLITTER)
        if splitter is None or not self.records_splitter.restoreState(splitter):
            rest = max(self.width() - self.main_splitter.sizes()[0], 600)
            self.records_splitter.setSizes([rest * 58 // 100, rest * 42 // 100])
        key = read_text(settings, SECTION)
        rows = [s.key for s in SECTIONS]
        self.navigation.setCurrentRow(rows.index(key) if key in rows else 0)

    def _default_geometry(self) -> None:
        screen = self.screen().availableGeometry()
        width = min(1280, screen.width() * 9 // 10)
        height = min(800, screen.height() * 9 // 10)
        self.resize(width, height)
        self.move(screen.center().x() - width // 2, screen.center().y() - height // 2)

    def save_layout(self) -> None:
        settings = app_settings()
        settings.setValue(GEOMETRY, self.saveGeometry())
        settings.setValue(STATE, self.saveState())
        settings.setValue(MAIN_SPLITTER, self.main_splitter.saveState())
        settings.setValue(RECORDS_SPLITTER, self.records_splitter.saveState())
        if self._section is not None:
            settings.setValue(SECTION, self._section.key)
        # Reopened mid-workshop, the program comes back to it (the run timer keeps its own time).
        if self.workshop_showing and self._workshop.activity_id:
            settings.setValue(WORKSHOP, "|".join((str(self.store.path.resolve()), self._workshop.activity_id,
                                                  self._workshop.current_tab_key)))
        else:
            settings.remove(WORKSHOP)
        for page in self._pages.values():
            page.save_state(settings)
        settings.sync()

    # -- another language ---------------------------------------------------------------------------

    def apply_language(self, code: str) -> None:
        """Show everything in ``code`` ("" for the system's) at once: a new window takes this one's place."""
        from . import language

        # After the Preferences dialog's own signal has returned: the dialog belongs to this window.
        QTimer.singleShot(0, lambda: language.switch(self, code))

    def busy_with_job(self) -> bool:
        """An import, export or printing job is running (the day's backup is not one: it is waited for)."""
        return self.exchange.job is not None

    def preferences_open(self) -> bool:
        return self._preferences is not None and self._preferences.dialog.isVisible()

    def hand_over(self) -> tuple[Store, UndoHistory]:
        """Give the open store and the undo history to a new window; this one then closes without asking."""
        self.backups.stop()  # the day's backup, if one is being written (seconds at most): the new window's is then not due
        self.save_layout()
        store, undo = self.store, self.undo
        undo.setParent(None)
        self._handed_over = True
        return store, undo

    def closeEvent(self, event: QCloseEvent) -> None:
        handed_over = getattr(self, "_handed_over", False)
        for editor in self.details.editors():
            if not handed_over and not editor.can_leave():  # saves what can be saved; asks about the rest
                self.details.show_editor(editor.kind)
                event.ignore()
                return
        self.exchange.stop()
        self.backups.stop()
        self.printing.stop()  # closes the previews; their temporary files go
        if self._overview is not None:
            self._overview.stop()  # no reading thread outlives the window
        if self.exchange.preview is not None:
            self.exchange.preview.dialog.close()
        if not handed_over:
            self.save_layout()
        if self._workshop is not None:
            self._workshop.shutdown()
        for dialog in (self._about, self._shortcuts, self._preferences, self.record_actions.vocabulary_dialog):
            if dialog is not None:
                dialog.dialog.close()
        for page in self._pages.values():
            page.detach()
        for editor in self.details.editors():
            editor.detach()
        if self._store is not None and not handed_over:
            self._store.close()
        self._store = None
        event.accept()
