"""Run mode's timer: counts from the stored start, survives pauses, restarts and a sleeping laptop."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest

from aiall_desktop.domain import run_timer
from aiall_desktop.domain.run_timer import Phase, RunState, clock_text
from aiall_desktop.records import Activity, AgendaItem

T0 = datetime.fromisoformat("2025-03-12T09:00:00+00:00")


def at(minutes: float = 0, seconds: float = 0) -> datetime:
    return T0 + timedelta(minutes=minutes, seconds=seconds)


class Session:
    """An activity and its blocks in memory; every operation's changes are applied as the store would."""

    def __init__(self, minutes=(15, 10, 5)):
        self.activity = Activity(id="a1", title="Case workshop", date="2025-03-12")
        self.items = [AgendaItem(id=f"b{n}", activity_id="a1", position=n, title=f"Block {n}", minutes=m)
                      for n, m in enumerate(minutes, start=1)]

    @property
    def state(self) -> RunState:
        return RunState.of(self.activity, self.items)

    def do(self, operation: str, *args) -> run_timer.RunChanges:
        changes = getattr(self.state, operation)(*args)
        self.activity, self.items = run_timer.apply(self.activity, self.items, changes)
        return changes

    def view(self, now: datetime):
        return self.state.at(now)

    def item(self, item_id: str) -> AgendaItem:
        return next(item for item in self.items if item.id == item_id)


def test_before_the_start_nothing_runs_and_the_first_block_is_next():
    view = Session().view(at())
    assert view.phase == Phase.NOT_STARTED
    assert view.current is None and view.next_item.id == "b1"
    assert view.session_planned_seconds == 30 * 60


def test_start_opens_the_first_block_and_the_clock_counts_down():
    session = Session()
    changes = session.do("start", at())
    assert changes.activity["run_item_id"] == "b1"
    assert changes.items == {"b1": {"actual_start": "2025-03-12T09:00:00.000000Z", "actual_end": None}}
    view = session.view(at())
    assert (view.phase, view.current.id, view.next_item.id) == (Phase.RUNNING, "b1", "b2")
    assert (view.index, view.count, view.remaining_seconds) == (0, 3, 15 * 60)
    view = session.view(at(minutes=5, seconds=30))
    assert (view.elapsed_seconds, view.remaining_seconds) == (330, 570)
    assert clock_text(view.remaining_seconds) == "09:30"


def test_the_module_level_start_is_the_same_as_the_state_s():
    session = Session()
    assert run_timer.start(session.activity, session.items, at()) == session.state.start(at())


def test_a_pause_freezes_the_remaining_time_and_resume_goes_on_from_there():
    session = Session()
    session.do("start", at())
    session.do("pause", at(minutes=4))
    assert session.view(at(minutes=4)).paused
    assert session.view(at(minutes=4)).remaining_seconds == 11 * 60
    assert session.view(at(minutes=30)).remaining_seconds == 11 * 60
    session.do("resume", at(minutes=30))
    view = session.view(at(minutes=31))
    assert not view.paused and view.remaining_seconds == 10 * 60
    assert session.activity.run_paused_at is None
    assert session.activity.run_started_at == "2025-03-12T09:26:00.000000Z"


def test_pausing_twice_or_resuming_a_running_block_changes_nothing():
    session = Session()
    assert not session.state.pause(at())
    session.do("start", at())
    assert not session.state.resume(at(minutes=1))
    session.do("toggle_pause", at(minutes=1))
    assert not session.state.pause(at(minutes=2))
    session.do("toggle_pause", at(minutes=3))
    assert session.view(at(minutes=3)).remaining_seconds == 14 * 60


def test_plus_one_minute_adds_to_the_current_block_only():
    session = Session()
    assert not session.state.add_minute()
    session.do("start", at())
    session.do("add_minute")
    session.do("add_minute")
    view = session.view(at(minutes=1))
    assert (view.extra_seconds, view.planned_seconds, view.remaining_seconds) == (120, 17 * 60, 16 * 60)
    session.do("next_block", at(minutes=2))
    assert session.view(at(minutes=2)).remaining_seconds == 10 * 60


def test_next_block_closes_the_current_and_opens_the_next_at_the_same_moment():
    session = Session()
    session.do("start", at())
    session.do("next_block", at(minutes=16))
    assert session.item("b1").actual_end == "2025-03-12T09:16:00.000000Z"
    assert session.item("b2").actual_start == "2025-03-12T09:16:00.000000Z"
    view = session.view(at(minutes=17))
    assert (view.current.id, view.next_item.id, view.index, view.remaining_seconds) == ("b2", "b3", 1, 9 * 60)


def test_after_the_last_block_the_session_is_finished_and_keeps_its_times():
    session = Session()
    session.do("start", at())
    session.do("next_block", at(minutes=15))
    session.do("next_block", at(minutes=27))
    session.do("next_block", at(minutes=33))
    view = session.view(at(minutes=40))
    assert view.phase == Phase.FINISHED
    assert view.current is None and view.next_item is None
    assert session.activity.run_item_id is None
    assert session.item("b3").actual_end == "2025-03-12T09:33:00.000000Z"
    assert (view.session_actual_seconds, view.session_drift_seconds) == (33 * 60, 3 * 60)
    assert not session.state.start(at(minutes=41)), "a finished run is not overwritten by Start"


def test_overtime_is_negative_remaining_time():
    session = Session(minutes=(1,))
    session.do("start", at())
    view = session.view(at(minutes=2, seconds=5))
    assert view.remaining_seconds == -65 and view.overtime
    assert clock_text(view.remaining_seconds) == "-01:05"


def test_the_session_figures_say_how_far_behind_the_plan_it_runs():
    session = Session()
    session.do("start", at())
    assert session.view(at(minutes=5)).session_drift_seconds == 0
    session.do("next_block", at(minutes=20))  # block 1 took 20 of its 15 minutes
    view = session.view(at(minutes=21))
    assert view.session_actual_seconds == 21 * 60
    assert view.session_drift_seconds == 5 * 60


def test_previous_block_reopens_the_block_from_where_it_was_closed():
    session = Session()
    session.do("start", at())
    session.do("next_block", at(minutes=6))
    session.do("previous_block", at(minutes=7))
    view = session.view(at(minutes=7))
    assert (view.current.id, view.elapsed_seconds) == ("b1", 6 * 60)
    assert session.item("b1").actual_end is None
    assert session.item("b2").actual_start is None


def test_previous_block_after_the_end_reopens_the_last_block():
    session = Session()
    session.do("start", at())
    for minute in (15, 25, 30):
        session.do("next_block", at(minutes=minute))
    session.do("previous_block", at(minutes=31))
    assert session.view(at(minutes=31)).current.id == "b3"


def test_stop_closes_the_current_block_and_reset_forgets_the_run():
    session = Session()
    session.do("start", at())
    session.do("next_block", at(minutes=15))
    session.do("stop", at(minutes=20))
    assert session.view(at(minutes=20)).phase == Phase.FINISHED
    assert session.item("b2").actual_end == "2025-03-12T09:20:00.000000Z"
    assert session.item("b3").actual_start is None
    session.do("reset")
    assert session.view(at(minutes=21)).phase == Phase.NOT_STARTED
    assert all(item.actual_start is None and item.actual_end is None for item in session.items)


def test_blocks_of_another_activity_or_deleted_ones_are_not_part_of_the_run():
    session = Session()
    others = [AgendaItem(id="x", activity_id="other", position=0, title="Elsewhere"),
              AgendaItem(id="d", activity_id="a1", position=0, title="Deleted",
                         deleted_at="2025-01-01T00:00:00.000000Z")]
    state = RunState.of(session.activity, [*reversed(session.items), *others])
    assert [item.id for item in state.items] == ["b1", "b2", "b3"]


def test_a_block_deleted_while_it_runs_leaves_no_block_running_rather_than_failing():
    session = Session()
    session.do("start", at())
    state = RunState.of(session.activity, session.items[1:])
    view = state.at(at(minutes=1))
    assert view.phase == Phase.NOT_STARTED and view.current is None


@pytest.mark.parametrize("seconds, text", [
    (0, "00:00"), (754, "12:34"), (-65, "-01:05"), (3723, "1:02:03"), (-3723, "-1:02:03"), (59.6, "01:00"),
])
def test_clock_text(seconds, text):
    assert clock_text(seconds) == text


# -- restart: the state comes back from the stored records alone --------------------------------------


def write(store, changes) -> None:
    with store.transaction():
        if changes.activity:
            store.activities.update(store_activity_id(store), **changes.activity)
        for item_id, fields in changes.items.items():
            store.agenda_items.update(item_id, **fields)


def store_activity_id(store) -> str:
    return store.activities.list()[0].id


def read(store) -> RunState:
    activity = store.activities.get(store_activity_id(store))
    return RunState.of(activity, store.agenda_items.list({"activity_id": activity.id}))


def test_after_a_restart_or_a_sleeping_laptop_the_timer_is_right(db_path):
    from aiall_desktop.store import Store

    with Store.open(db_path) as store:
        activity = store.activities.create(Activity(title="Case workshop", date="2025-03-12"))
        for n, minutes in enumerate((30, 10), start=1):
            store.agenda_items.create(AgendaItem(activity_id=activity.id, position=n, title=f"Block {n}",
                                                 minutes=minutes))
        write(store, read(store).start(at()))
        write(store, read(store).add_minute())
        write(store, read(store).pause(at(minutes=3)))
        write(store, read(store).resume(at(minutes=5)))
        assert read(store).at(at(minutes=6)).remaining_seconds == 27 * 60

    # The program was closed; the laptop slept 20 minutes; it is opened again.
    with Store.open(db_path) as store:
        view = read(store).at(at(minutes=26))
        assert (view.phase, view.current.title) == (Phase.RUNNING, "Block 1")
        assert view.remaining_seconds == 31 * 60 - 24 * 60
        write(store, read(store).next_block(at(minutes=26)))

    with Store.open(db_path) as store:
        view = read(store).at(at(minutes=40))
        assert (view.current.title, view.remaining_seconds) == ("Block 2", -4 * 60)
        first = store.agenda_items.list({"position": 1})[0]
        assert (first.actual_start, first.actual_end) == ("2025-03-12T09:00:00.000000Z",
                                                          "2025-03-12T09:26:00.000000Z")
