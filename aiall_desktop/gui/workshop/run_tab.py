"""The Run tab: the facilitator's controls while the session runs, and the projector window.

The timer's state lives in the activity and its agenda blocks (see ``domain/run_timer.py``), written
straight through the store API rather than the undo history: Ctrl+Z must undo the last edit, not a
"Next block" pressed ten minutes ago, and a clock is not something to take back. The display is worked
out afresh from ``context.now()`` on every tick, so ticks never add up to drift.

Keys (active while the focus is in this tab or on the projector window, so they never take keys from
another tab's text fields; Space is deliberately not used, because it presses the focused button):
F5 start · F6 pause/resume · Ctrl++ (or Ctrl+=) one more minute · F8 or Ctrl+Right next block ·
Ctrl+Left previous block · F7 projector on/off · Esc on the projector closes it.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAction, QFont, QGuiApplication, QKeySequence, QScreen
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from ...domain.run_timer import Phase, RunChanges, RunState, RunView, clock_text
from ...records import Activity, Case
from ...store import StoreError
from ..errors import report_error
from ..labels import number
from ..style import scaled_font
from .context import WorkshopContext, WorkshopTab
from .projector import ProjectorWindow, display

TICK_MS = 250


class RunTab(WorkshopTab):
    watched = frozenset({"activities", "agenda_items", "cases"})

    def __init__(self, context: WorkshopContext, parent: QWidget | None = None):
        super().__init__(context, parent)
        self.setObjectName("runTab")
        self._state: RunState | None = None
        self._cases: list[Case] = []
        self._chosen_screen: QScreen | None = None
        self.projector: ProjectorWindow | None = None
        self._build()
        self._build_actions()

        self.timer = QTimer(self)
        self.timer.setObjectName("runTimer")
        self.timer.setInterval(TICK_MS)
        self.timer.timeout.connect(self.refresh)
        self.timer.start()

        app = QGuiApplication.instance()
        app.screenAdded.connect(self._fill_screens)
        app.screenRemoved.connect(self._fill_screens)
        self._fill_screens()
        self.load()

    # -- building --------------------------------------------------------------------------------

    def _build(self) -> None:
        base = self.font()
        self.position_label = QLabel(self)
        self.position_label.setObjectName("runPosition")
        self.title_label = QLabel(self)
        self.title_label.setObjectName("runTitle")
        self.title_label.setFont(scaled_font(base, 1.8, bold=True))
        self.title_label.setWordWrap(True)
        self.title_label.setTextFormat(Qt.TextFormat.PlainText)
        self.countdown_label = QLabel(self)
        self.countdown_label.setObjectName("runCountdown")
        countdown_font = scaled_font(base, 5.0, bold=True)
        try:
            countdown_font.setFeature(QFont.Tag("tnum"), 1)
        except (AttributeError, TypeError):
            pass
        self.countdown_label.setFont(countdown_font)
        self.countdown_label.setAccessibleName(self.tr("Time left in this block"))
        self.caption_label = QLabel(self)
        self.caption_label.setObjectName("runCaption")
        self.caption_label.setFont(scaled_font(base, 1.3, bold=True))
        self.block_label = QLabel(self)
        self.block_label.setObjectName("runBlockTimes")
        self.next_label = QLabel(self)
        self.next_label.setObjectName("runNext")
        self.next_label.setFont(scaled_font(base, 1.2))
        self.next_label.setWordWrap(True)
        self.next_label.setTextFormat(Qt.TextFormat.PlainText)
        self.session_label = QLabel(self)
        self.session_label.setObjectName("runSession")
        self.session_label.setWordWrap(True)

        self.start_button = self._button("runStart", self.tr("&Start"), self.tr("Start the first block (F5)"),
                                         self.start)
        self.pause_button = self._button("runPause", self.tr("&Pause"), self.tr("Pause or resume the timer (F6)"),
                                         self.toggle_pause)
        self.add_minute_button = self._button("runAddMinute", self.tr("+1 &min"),
                                              self.tr("Give the current block one more minute (Ctrl++)"),
                                              self.add_minute)
        self.previous_button = self._button("runPrevious", self.tr("P&revious Block"),
                                            self.tr("Go back to the previous block (Ctrl+Left)"),
                                            self.previous_block)
        self.next_button = self._button("runNext", self.tr("&Next Block"),
                                        self.tr("End this block and start the next (F8 or Ctrl+Right)"),
                                        self.next_block)
        self.stop_button = self._button("runStop", self.tr("&End Session"),
                                        self.tr("End the session now; blocks not reached keep no times"), self.stop)
        self.reset_button = self._button("runReset", self.tr("Rese&t…"),
                                         self.tr("Forget this run's times, to run the session again"), self.reset)
        buttons = QHBoxLayout()
        for button in (self.start_button, self.pause_button, self.add_minute_button, self.previous_button,
                       self.next_button, self.stop_button, self.reset_button):
            buttons.addWidget(button)
        buttons.addStretch(1)

        projector_box = QGroupBox(self.tr("Projector"), self)
        projector_box.setObjectName("runProjectorBox")
        self.screen_combo = QComboBox(projector_box)
        self.screen_combo.setObjectName("runScreen")
        self.screen_combo.setAccessibleName(self.tr("Screen for the projector view"))
        self.screen_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.screen_combo.activated.connect(self._screen_chosen)
        screen_label = QLabel(self.tr("Scr&een:"), projector_box)
        screen_label.setBuddy(self.screen_combo)
        self.projector_button = self._button("runProjector", self.tr("Show on Pro&jector"),
                                             self.tr("Open or close the projector view on the chosen screen (F7)"),
                                             self.toggle_projector)
        self.case_board_check = QCheckBox(self.tr("Show &case board on projector"), projector_box)
        self.case_board_check.setObjectName("runCaseBoard")
        self.case_board_check.setAccessibleName(self.tr("Show case board on projector"))
        self.case_board_check.toggled.connect(self._case_board_toggled)
        grid = QGridLayout(projector_box)
        grid.addWidget(screen_label, 0, 0)
        grid.addWidget(self.screen_combo, 0, 1)
        grid.addWidget(self.projector_button, 0, 2)
        grid.addWidget(self.case_board_check, 1, 1, 1, 2)
        grid.setColumnStretch(3, 1)

        self.keys_label = QLabel(self.tr(
            "Keys: F5 start · F6 pause or resume · Ctrl++ one more minute · F8 or Ctrl+→ next block · "
            "Ctrl+← previous block · F7 projector on or off · Esc on the projector closes it."), self)
        self.keys_label.setObjectName("runKeys")
        self.keys_label.setWordWrap(True)
        self.keys_label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)

        layout = QVBoxLayout(self)
        layout.addWidget(self.position_label)
        layout.addWidget(self.title_label)
        layout.addWidget(self.countdown_label)
        layout.addWidget(self.caption_label)
        layout.addWidget(self.block_label)
        layout.addSpacing(8)
        layout.addWidget(self.next_label)
        layout.addWidget(self.session_label)
        layout.addSpacing(12)
        layout.addLayout(buttons)
        layout.addWidget(projector_box)
        layout.addStretch(1)
        layout.addWidget(self.keys_label)

        self.setTabOrder(self.start_button, self.pause_button)
        self.setTabOrder(self.pause_button, self.add_minute_button)
        self.setTabOrder(self.add_minute_button, self.previous_button)
        self.setTabOrder(self.previous_button, self.next_button)
        self.setTabOrder(self.next_button, self.stop_button)
        self.setTabOrder(self.stop_button, self.reset_button)
        self.setTabOrder(self.reset_button, self.screen_combo)
        self.setTabOrder(self.screen_combo, self.projector_button)
        self.setTabOrder(self.projector_button, self.case_board_check)

    def _button(self, name: str, text: str, tip: str, slot: Callable[[], None]) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(name)
        button.setToolTip(tip)
        button.setAccessibleName(text.replace("&", ""))
        button.setAccessibleDescription(tip)
        button.clicked.connect(lambda _checked=False: slot())
        return button

    def _build_actions(self) -> None:
        def action(name: str, text: str, keys: list[str], slot: Callable[[], None]) -> QAction:
            made = QAction(text, self)
            made.setObjectName(name)
            made.setShortcuts([QKeySequence(key) for key in keys])
            # Only while the focus is in this tab (or on the projector): never another tab's keys.
            made.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            made.triggered.connect(lambda _checked=False: slot())
            self.addAction(made)
            return made

        self.start_action = action("runStartAction", self.tr("Start"), ["F5"], self.start)
        self.pause_action = action("runPauseAction", self.tr("Pause or Resume"), ["F6"], self.toggle_pause)
        self.add_minute_action = action("runAddMinuteAction", self.tr("One More Minute"), ["Ctrl++", "Ctrl+="],
                                        self.add_minute)
        self.next_action = action("runNextAction", self.tr("Next Block"), ["F8", "Ctrl+Right"], self.next_block)
        self.previous_action = action("runPreviousAction", self.tr("Previous Block"), ["Ctrl+Left"],
                                      self.previous_block)
        self.projector_action = action("runProjectorAction", self.tr("Show on Projector"), ["F7"],
                                       self.toggle_projector)
        self._actions = [self.start_action, self.pause_action, self.add_minute_action, self.next_action,
                         self.previous_action, self.projector_action]

    # -- reading ---------------------------------------------------------------------------------

    def _read(self) -> tuple[RunState | None, list[Case]]:
        store = self.context.store
        activity_id = self.context.activity_id
        activity: Activity | None = store.activities.get_many([activity_id]).get(activity_id) if activity_id else None
        if activity is None:
            return None, []
        items = store.agenda_items.list({"activity_id": activity.id})
        cases = store.cases.list({"origin_activity_id": activity.id})
        return RunState.of(activity, items), cases

    def load(self) -> None:
        self._state, self._cases = self._read()
        if self.projector is not None:
            self.projector.set_cases(self._cases)
            self.projector.set_state(self._state)
        self.refresh()

    def state(self) -> RunState | None:
        return self._state

    def view(self) -> RunView | None:
        return self._state.at(self.context.now()) if self._state is not None else None

    def refresh(self) -> None:
        """Show the state at ``context.now()``: the timer's tick, and after every change."""
        if not self.isVisible() and not (self.projector is not None and self.projector.isVisible()):
            return  # another tab is in front; showEvent catches up
        view = self.view()
        if view is None:
            for label in (self.position_label, self.title_label, self.countdown_label, self.caption_label,
                          self.block_label, self.next_label):
                label.clear()
            self.session_label.setText(self.tr("Choose an activity to run."))
            self._enable(None)
        else:
            shown = display(view, self._state.activity.title)
            phase_word = {Phase.RUNNING: self.tr("Running"), Phase.PAUSED: self.tr("Paused"),
                          Phase.NOT_STARTED: self.tr("Not started"), Phase.FINISHED: self.tr("Finished")}[view.phase]
            self.position_label.setText(f"{shown.position} · {phase_word}" if shown.position else phase_word)
            self.title_label.setText(shown.heading)
            self.countdown_label.setText(shown.countdown)
            self.caption_label.setText(shown.caption)
            self.block_label.setText(self._block_text(view))
            self.next_label.setText(shown.next_line)
            self.session_label.setText(self._session_text(view))
            self._enable(view)
        # No blank rows where a line has nothing to say (before the start, after the end).
        for label in (self.block_label, self.next_label):
            label.setVisible(bool(label.text()))
        if self.projector is not None and self.projector.isVisible():
            self.projector.refresh()

    def _block_text(self, view: RunView) -> str:
        if view.current is None:
            return ""
        text = (self.tr("%1 gone of %2").replace("%1", clock_text(view.elapsed_seconds))
                .replace("%2", clock_text(view.planned_seconds)))
        if view.extra_seconds:
            text += " · " + self.tr("%1 min added").replace("%1", number(round(view.extra_seconds / 60)))
        return text

    def _session_text(self, view: RunView) -> str:
        planned = clock_text(view.session_planned_seconds)
        if view.phase == Phase.NOT_STARTED:
            if not view.count:
                return self.tr("This activity has no agenda yet: add its blocks in the Agenda tab.")
            return (self.tr("Planned: %1 in %2 blocks").replace("%1", planned)
                    .replace("%2", number(view.count)))
        drift_minutes = round(view.session_drift_seconds / 60)
        if drift_minutes > 0:
            drift = self.tr("%1 min behind plan").replace("%1", number(drift_minutes))
        elif drift_minutes < 0:
            drift = self.tr("%1 min ahead of plan").replace("%1", number(-drift_minutes))
        else:
            drift = self.tr("on plan")
        actual = clock_text(view.session_actual_seconds)
        if view.phase == Phase.FINISHED:
            return (self.tr("The session took %1 of %2 planned (%3).").replace("%1", actual)
                    .replace("%2", planned).replace("%3", drift))
        return (self.tr("Session: %1 gone of %2 planned · expected %3").replace("%1", actual)
                .replace("%2", planned).replace("%3", drift))

    def _enable(self, view: RunView | None) -> None:
        phase = view.phase if view is not None else None
        running = phase in (Phase.RUNNING, Phase.PAUSED)
        can = {
            self.start_button: phase == Phase.NOT_STARTED and bool(view and view.count),
            self.pause_button: running,
            self.add_minute_button: running,
            self.previous_button: (running and view.index > 0) or phase == Phase.FINISHED,
            self.next_button: running,
            self.stop_button: running,
            self.reset_button: phase in (Phase.RUNNING, Phase.PAUSED, Phase.FINISHED),
        }
        for button, enabled in can.items():
            button.setEnabled(bool(enabled))
        for action, button in ((self.start_action, self.start_button), (self.pause_action, self.pause_button),
                               (self.add_minute_action, self.add_minute_button),
                               (self.next_action, self.next_button), (self.previous_action, self.previous_button)):
            action.setEnabled(button.isEnabled())
        self.pause_button.setText(self.tr("Res&ume") if phase == Phase.PAUSED else self.tr("&Pause"))
        self.pause_button.setAccessibleName(self.pause_button.text().replace("&", ""))
        last = running and view is not None and view.index + 1 >= view.count
        self.next_button.setText(self.tr("Fi&nish Last Block") if last else self.tr("&Next Block"))
        self.next_button.setAccessibleName(self.next_button.text().replace("&", ""))

    # -- the buttons -----------------------------------------------------------------------------

    def start(self) -> None:
        self._run(lambda state, now: state.start(now), self.tr("The session has started."))

    def toggle_pause(self) -> None:
        self._run(lambda state, now: state.toggle_pause(now))

    def add_minute(self) -> None:
        self._run(lambda state, _now: state.add_minute(), self.tr("One more minute for this block."))

    def next_block(self) -> None:
        self._run(lambda state, now: state.next_block(now))

    def previous_block(self) -> None:
        self._run(lambda state, now: state.previous_block(now))

    def stop(self) -> None:
        self._run(lambda state, now: state.stop(now), self.tr("The session has ended."))

    def reset(self) -> None:
        answer = QMessageBox.question(
            self, self.tr("Reset the Run"),
            self.tr("Forget when each block started and ended in this run? The agenda itself stays."),
            QMessageBox.StandardButton.Reset | QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Cancel)
        if answer == QMessageBox.StandardButton.Reset:
            self._run(lambda state, _now: state.reset(), self.tr("The run was reset."))

    def _run(self, operation: Callable[[RunState, datetime], RunChanges], done: str = "") -> None:
        # Read afresh: the state to change is the stored one, whatever this tab showed last.
        state, _cases = self._read()
        if state is None:
            return
        changes = operation(state, self.context.now())
        if not changes:
            return
        store = self.context.store
        try:
            with store.transaction():
                if changes.activity:
                    store.activities.update(state.activity.id, **changes.activity)
                if changes.items:
                    store.agenda_items.update_many(changes.items)
        except (StoreError, sqlite3.Error) as error:
            report_error(self, self.tr("Run Mode"), self.tr("The timer could not be saved."), str(error),
                         advice=self.tr("The session goes on as before; try the button again."))
            self.load()
            return
        self.context.notify(frozenset({"activities", "agenda_items"}))
        if done:
            self.context.show_status(done)

    # -- the projector ---------------------------------------------------------------------------

    def _projector_window(self) -> ProjectorWindow:
        if self.projector is None:
            self.projector = ProjectorWindow(self.context, self)
            for action in self._actions:
                self.projector.addAction(action)
            self.projector.closed.connect(self._projector_closed)
        self.projector.set_case_board_visible(self.case_board_check.isChecked())
        self.projector.set_cases(self._cases)
        self.projector.set_state(self._state)
        return self.projector

    def toggle_projector(self) -> None:
        if self.projector is not None and self.projector.isVisible():
            self.projector.close()
            return
        screen = self.chosen_screen()
        if screen is None:
            return
        self._projector_window().show_on(screen)
        # Full screen windows are activated on some platforms regardless: the run keys must stay here.
        self.window().activateWindow()
        self.projector_button.setText(self.tr("Close Pro&jector"))
        self.projector_button.setAccessibleName(self.tr("Close Projector"))
        self.context.show_status(self.tr("The projector view is on %1. Esc on it closes it.")
                                 .replace("%1", screen.name() or self.tr("the screen")))

    def shutdown(self) -> None:
        """The window closes: the projector and the ticking go with it."""
        self.timer.stop()
        if self.projector is not None:
            self.projector.close()

    def _projector_closed(self) -> None:
        self.projector_button.setText(self.tr("Show on Pro&jector"))
        self.projector_button.setAccessibleName(self.tr("Show on Projector"))

    def _case_board_toggled(self, checked: bool) -> None:
        if self.projector is not None:
            self.projector.set_case_board_visible(checked)

    def chosen_screen(self) -> QScreen | None:
        screens = QGuiApplication.screens()
        index = self.screen_combo.currentIndex()
        return screens[index] if 0 <= index < len(screens) else (screens[0] if screens else None)

    def _screen_chosen(self, index: int) -> None:
        screens = QGuiApplication.screens()
        self._chosen_screen = screens[index] if 0 <= index < len(screens) else None

    def _default_screen(self, screens: list[QScreen]) -> QScreen | None:
        """The projector is, as a rule, the screen this window is not on."""
        own = self.window().screen() if self.window() is not None else None
        others = [screen for screen in screens if screen is not own]
        return others[0] if others else (screens[0] if screens else None)

    def _fill_screens(self, *_args) -> None:
        screens = QGuiApplication.screens()
        own = self.window().screen()
        wanted = self._chosen_screen if self._chosen_screen in screens else self._default_screen(screens)
        self.screen_combo.blockSignals(True)
        self.screen_combo.clear()
        for index, screen in enumerate(screens):
            size = screen.geometry().size()
            text = (self.tr("Screen %1: %2 (%3×%4)").replace("%1", number(index + 1))
                    .replace("%2", screen.name() or "?").replace("%3", str(size.width()))
                    .replace("%4", str(size.height())))
            if screen is own:
                text += " " + self.tr("— this window")
            self.screen_combo.addItem(text)
        if wanted is not None:
            self.screen_combo.setCurrentIndex(screens.index(wanted))
        self.screen_combo.blockSignals(False)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        # Only now is it known which screen the window is on, and so which one is "the other".
        self._fill_screens()
        self.refresh()

    def focus_first(self) -> None:
        for button in (self.pause_button, self.start_button, self.next_button):
            if button.isEnabled():
                button.setFocus(Qt.FocusReason.OtherFocusReason)
                return
        self.projector_button.setFocus(Qt.FocusReason.OtherFocusReason)
