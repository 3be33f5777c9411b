"""The workshop page: one activity's plan, people, check-in, cases, matrix and run mode, as tabs.

It takes the place of the list and record panes while open (the sections stay on the left), because a
workshop needs the whole width. Each tab is built the first time it is shown: a facilitator at the door
needs the check-in at once, not the matrix.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QLabel, QTabWidget, QToolButton, QVBoxLayout, QWidget

from ...records import Activity
from ...store import RecordNotFound, Store
from .. import labels
from ..composition import figures
from ..composition.badge import CompositionBadge, CompositionWarning
from ..composition.wording import Group, group_name, group_title
from ..editing.undo import UndoHistory
from ..style import scaled_font, show_plain
from .context import WorkshopContext, WorkshopTab, system_now

CONTEXT = "WorkshopPage"

#: The register changes that can change who is counted in the header's badge.
_COMPOSITION_KINDS = frozenset({"attendance", "participants", "organisations", "agenda_items"})


@dataclass(frozen=True)
class TabSpec:
    key: str
    title: str  # source text in the "WorkshopPage" context, with its mnemonic
    module: str  # in this package
    cls: str


#: In the order of the workshop: before, during, after. Mnemonics avoid the menus' Alt+F/E/G/H.
TABS: tuple[TabSpec, ...] = (
    TabSpec("agenda", QT_TRANSLATE_NOOP("WorkshopPage", "&Agenda"), "agenda_tab", "AgendaTab"),
    TabSpec("people", QT_TRANSLATE_NOOP("WorkshopPage", "&People"), "people_tab", "PeopleTab"),
    TabSpec("checkin", QT_TRANSLATE_NOOP("WorkshopPage", "Check-&in"), "checkin_tab", "CheckInTab"),
    TabSpec("cases", QT_TRANSLATE_NOOP("WorkshopPage", "&Cases"), "cases_tab", "CasesTab"),
    TabSpec("matrix", QT_TRANSLATE_NOOP("WorkshopPage", "&Matrix"), "case_matrix", "MatrixTab"),
    TabSpec("tables", QT_TRANSLATE_NOOP("WorkshopPage", "Ta&bles"), "tables_tab", "TablesTab"),
    TabSpec("run", QT_TRANSLATE_NOOP("WorkshopPage", "&Run"), "run_tab", "RunTab"),
)


def tab_keys() -> list[str]:
    return [spec.key for spec in TABS]


class WorkshopPage(QWidget):
    #: The user asked to go back to the list of activities (with this activity chosen).
    back_requested = Signal(str)

    def __init__(self, store: Callable[[], Store], undo: UndoHistory, status: Callable[[str], None],
                 now: Callable[[], datetime] = system_now, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("workshopPage")
        self.context = WorkshopContext(store, undo, status, now, self)
        self._tabs: dict[str, WorkshopTab] = {}

        self.back_button = QToolButton(self)
        self.back_button.setObjectName("workshopBack")
        self.back_button.setText(self.tr("← Activities"))
        back_keys = QKeySequence(QKeySequence.StandardKey.Back)
        self.back_button.setToolTip(self.tr("Back to the list of activities (%1)").replace(
            "%1", back_keys.toString(QKeySequence.SequenceFormat.NativeText)))
        self.back_button.setAccessibleName(self.tr("Back to the list of activities"))
        self.back_button.clicked.connect(self.go_back)
        QShortcut(back_keys, self, self.go_back, context=Qt.ShortcutContext.WidgetWithChildrenShortcut)

        self.title = QLabel(self)
        self.title.setObjectName("workshopTitle")
        self.title.setFont(scaled_font(self.font(), 1.35, bold=True))
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.facts = QLabel(self)
        self.facts.setObjectName("workshopFacts")
        self.facts.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        #: Where the activity's composition badge goes (the diversity figures).
        self.badge_slot = QHBoxLayout()
        self.composition_badge = CompositionBadge(self)
        self.composition_badge.setObjectName("workshopComposition")
        self.badge_slot.addWidget(self.composition_badge, 0, Qt.AlignmentFlag.AlignTop)
        #: The warning while the activity is ahead or on and its group is below the minimum of women.
        self.composition_warning = CompositionWarning(self)
        self.composition_warning.setObjectName("workshopCompositionWarning")

        header = QHBoxLayout()
        header.addWidget(self.back_button, 0, Qt.AlignmentFlag.AlignTop)
        titles = QVBoxLayout()
        titles.setSpacing(2)
        titles.addWidget(self.title)
        titles.addWidget(self.facts)
        header.addLayout(titles, 1)
        header.addLayout(self.badge_slot)

        self.tab_widget = QTabWidget(self)
        self.tab_widget.setObjectName("workshopTabs")
        self.tab_widget.setAccessibleName(self.tr("Workshop"))
        self.tab_widget.setDocumentMode(True)
        for spec in TABS:
            holder = QWidget(self.tab_widget)  # replaced by the tab when first shown
            holder.setObjectName(f"{spec.key}Placeholder")
            self.tab_widget.addTab(holder, QCoreApplication.translate(CONTEXT, spec.title))
        self.tab_widget.currentChanged.connect(self._tab_shown)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.addLayout(header)
        layout.addWidget(self.composition_warning)
        layout.addWidget(self.tab_widget, 1)

        self.context.register_changed.connect(self._register_changed)

    # -- the activity --------------------------------------------------------------------------------

    @property
    def activity_id(self) -> str:
        return self.context.activity_id

    def open_activity(self, activity_id: str, tab: str | None = None) -> bool:
        """Show an activity's workshop; ``False`` when it is not (or no more) in the register."""
        try:
            self.context.store.activities.get(activity_id)
        except RecordNotFound:
            return False
        self.context.set_activity(activity_id)
        self._show_header()
        if tab is not None and tab in tab_keys():
            self.show_tab(tab)
        else:
            self._tab_shown(self.tab_widget.currentIndex())
        return True

    def close_activity(self) -> None:
        """The database changed or the activity went: nothing of it stays on screen."""
        self.context.set_activity("")
        self.title.clear()
        self.facts.clear()
        self.composition_badge.clear_composition()
        self.composition_warning.clear_warning()

    def _show_header(self) -> None:
        try:
            activity = self.context.store.activities.get(self.activity_id)
        except RecordNotFound:
            self.go_back()
            return
        show_plain(self.title, activity.title)
        facts = [labels.label(labels.ACTIVITY_KINDS, activity.kind), activity.date,
                 f"{activity.start_time}–{activity.end_time}"]
        if activity.place:
            facts.append(activity.place)
        show_plain(self.facts, " · ".join(facts))
        self.title.setAccessibleName(activity.title)
        self._show_composition(activity)

    def _register_changed(self, kinds: frozenset[str]) -> None:
        if self.activity_id and "activities" in kinds:
            self._show_header()
        elif self.activity_id and kinds & _COMPOSITION_KINDS:
            try:
                self._show_composition(self.context.store.activities.get(self.activity_id))
            except RecordNotFound:
                pass  # the header's own reading goes back to the list

    def _show_composition(self, activity: Activity) -> None:
        """The badge of the people present once anyone is, else of the invited; the warning when it is
        still worth acting on (the activity is today or later, or its session is on)."""
        store = self.context.store
        came, composition = figures.headline(store, activity.id)
        group = Group.PRESENT if came else Group.INVITED
        self.composition_badge.show_composition(composition, group_name(group), group_title(group))
        if figures.is_ahead(activity, self.context.now()) or figures.is_running(store, activity):
            self.composition_warning.show_warning(composition, group)
        else:
            self.composition_warning.clear_warning()

    # -- tabs ----------------------------------------------------------------------------------------

    def tab(self, key: str) -> WorkshopTab:
        """A tab, built the first time it is needed."""
        built = self._tabs.get(key)
        if built is not None:
            return built
        index = tab_keys().index(key)
        spec = TABS[index]
        cls = getattr(importlib.import_module(f".{spec.module}", __package__), spec.cls)
        built = cls(self.context, self.tab_widget)
        self._tabs[key] = built
        current = self.tab_widget.currentIndex()
        self.tab_widget.blockSignals(True)
        try:
            placeholder = self.tab_widget.widget(index)
            self.tab_widget.removeTab(index)
            placeholder.deleteLater()
            self.tab_widget.insertTab(index, built, QCoreApplication.translate(CONTEXT, spec.title))
            self.tab_widget.setCurrentIndex(current)
        finally:
            self.tab_widget.blockSignals(False)
        if self.activity_id:
            built.load()
        return built

    def built_tabs(self) -> dict[str, WorkshopTab]:
        return dict(self._tabs)

    @property
    def current_tab_key(self) -> str:
        return TABS[self.tab_widget.currentIndex()].key

    def show_tab(self, key: str) -> WorkshopTab:
        built = self.tab(key)
        self.tab_widget.setCurrentIndex(tab_keys().index(key))
        built.focus_first()
        return built

    def _tab_shown(self, index: int) -> None:
        if 0 <= index < len(TABS) and self.activity_id:
            built = self.tab(TABS[index].key)
            built.focus_first()

    def go_back(self) -> None:
        self.back_requested.emit(self.activity_id)

    def shutdown(self) -> None:
        """The window closes: tabs with windows or timers of their own (run mode) let go of them."""
        for built in self._tabs.values():
            stop = getattr(built, "shutdown", None)
            if stop is not None:
                stop()
