"""An activity's agenda: computed times, the fit with the planned time, and reordering blocks."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from aiall_desktop.domain import agenda
from aiall_desktop.records import Activity, AgendaItem


def activity(start="09:00", end="12:00") -> Activity:
    return Activity(id="a1", title="Case workshop", date="2025-03-12", start_time=start, end_time=end)


def blocks(*minutes: int, positions: list[int] | None = None) -> list[AgendaItem]:
    positions = positions if positions is not None else list(range(len(minutes)))
    return [AgendaItem(id=f"b{i}", activity_id="a1", position=p, title=f"Block {i}", minutes=m)
            for i, (m, p) in enumerate(zip(minutes, positions))]


def test_blocks_start_one_after_another_from_the_activity_start():
    plan = agenda.schedule(activity(), blocks(15, 25, 20))
    assert [(s.start, s.end) for s in plan.items] == [("09:00", "09:15"), ("09:15", "09:40"), ("09:40", "10:00")]
    assert (plan.total_minutes, plan.planned_minutes, plan.overrun_minutes) == (60, 180, 0)
    assert (plan.start, plan.end, plan.planned_end) == ("09:00", "10:00", "12:00")
    assert plan.spare_minutes == 120 and not plan.runs_over


def test_blocks_are_timed_in_position_order_not_list_order():
    items = blocks(30, 10, 20, positions=[2, 0, 1])
    plan = agenda.schedule(activity(), items)
    assert [s.item.id for s in plan.items] == ["b1", "b2", "b0"]
    assert [s.start for s in plan.items] == ["09:00", "09:10", "09:30"]


def test_an_agenda_longer_than_planned_overruns():
    plan = agenda.schedule(activity(), blocks(100, 90))
    assert plan.overrun_minutes == 10 and plan.runs_over
    assert plan.end == "12:10"
    assert plan.spare_minutes == 0


def test_an_empty_agenda_has_no_items_and_no_overrun():
    plan = agenda.schedule(activity(), [])
    assert plan.is_empty
    assert (plan.total_minutes, plan.overrun_minutes, plan.end) == (0, 0, "09:00")


def test_deleted_blocks_and_bad_minutes_do_not_count():
    items = blocks(30, 20, -5)
    items[1].deleted_at = "2025-01-01T00:00:00Z"
    plan = agenda.schedule(activity(), items)
    assert [s.item.id for s in plan.items] == ["b0", "b2"]
    assert plan.total_minutes == 30
    assert plan.items[1].start == plan.items[1].end == "09:30"


def test_an_agenda_past_midnight_wraps_round_and_says_it_is_the_next_day():
    plan = agenda.schedule(activity("22:00", "01:00"), blocks(90, 90, 30))
    assert plan.planned_minutes == 180
    assert [(s.start, s.day) for s in plan.items] == [("22:00", 0), ("23:30", 0), ("01:00", 1)]
    assert plan.items[2].end == "01:30"
    assert plan.overrun_minutes == 30
    assert plan.end == "01:30"


def test_unreadable_times_leave_times_empty_instead_of_guessing():
    plan = agenda.schedule(activity("9 o'clock", "12:00"), blocks(20))
    assert plan.items[0].start == "" and plan.start == "" and plan.end == ""
    assert plan.planned_minutes is None and plan.overrun_minutes == 0
    assert agenda.schedule(activity("09:00", "25:00"), blocks(20)).planned_minutes is None
    assert agenda.parse_time("7:05") == 425
    assert agenda.parse_time("07:5") is None


def test_moving_a_block_reports_only_the_positions_that_change():
    items = blocks(10, 10, 10, 10)
    assert agenda.move_down(items, "b1") == {"b1": 2, "b2": 1}
    assert agenda.move_up(items, "b1") == {"b0": 1, "b1": 0}
    assert agenda.move_to(items, "b0", 3) == {"b0": 3, "b1": 0, "b2": 1, "b3": 2}
    assert agenda.move_to(items, "b3", 99) == {}
    assert agenda.move_up(items, "b0") == {}
    assert agenda.move_down(items, "b3") == {}


def test_renumbering_closes_gaps():
    items = blocks(10, 10, 10, positions=[0, 5, 9])
    assert agenda.renumber(items) == {"b1": 1, "b2": 2}
    assert agenda.without(items, ["b0"]) == {"b1": 0, "b2": 1}


def test_duplicating_puts_a_copy_right_after_and_shifts_the_rest():
    items = blocks(10, 20, 30)
    items[1].actual_start = "2025-03-12T09:10:00Z"
    copy, shifts = agenda.duplicate(items, "b1")
    assert copy.id not in {"b0", "b1", "b2"} and copy.id
    assert (copy.position, copy.title, copy.minutes, copy.actual_start) == (2, "Block 1", 20, None)
    assert shifts == {"b2": 3}


def test_a_new_block_goes_after_the_current_one_or_at_the_end():
    items = blocks(10, 20, 30)
    new, shifts = agenda.insert_after(items, "b0", "a1", title="Fika", minutes=20)
    assert (new.position, new.title, new.minutes, new.activity_id) == (1, "Fika", 20, "a1")
    assert shifts == {"b1": 2, "b2": 3}
    new, shifts = agenda.insert_after(items, None, "a1", title="Wrap-up")
    assert (new.position, new.minutes, shifts) == (3, 15, {})


@given(st.lists(st.integers(min_value=0, max_value=600), min_size=1, max_size=12), st.data())
def test_any_move_keeps_every_block_once_and_positions_dense(minutes, data):
    items = blocks(*minutes)
    moving = data.draw(st.sampled_from(items)).id
    target = data.draw(st.integers(min_value=-3, max_value=len(items) + 3))
    changes = agenda.move_to(items, moving, target)
    after = sorted(items, key=lambda item: changes.get(item.id, item.position))
    assert sorted(changes.get(item.id, item.position) for item in items) == list(range(len(items)))
    assert after[max(0, min(target, len(items) - 1))].id == moving
    assert agenda.schedule(activity(), items).total_minutes == sum(minutes)
