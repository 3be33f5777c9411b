"""Activity templates: the shipped plans fit their time, and a plan survives a round trip."""

from __future__ import annotations

from datetime import date

import pytest

from aiall_desktop.domain import agenda, templates
from aiall_desktop.records import Activity, ActivityKind, ActivityTemplate, AgendaItem


@pytest.mark.parametrize("language", ["sv", "en"])
def test_shipped_templates_fill_exactly_their_planned_time(language):
    shipped = templates.shipped(language)
    assert [t.kind for t in shipped] == [ActivityKind.CASE_WORKSHOP, ActivityKind.COMPANY_VISIT]
    for template in shipped:
        assert templates.fits(template), template.name
        assert template.goal and template.title
        for block in template.blocks:
            assert set(block) == set(agenda.PLAN_FIELDS)
            assert block["title"] and block["method"] and block["notes"], block
    workshop, visit = shipped
    assert (workshop.start_time, workshop.end_time) == ("09:00", "12:00")
    assert sum(b["minutes"] for b in workshop.blocks) == 180
    assert sum(b["minutes"] for b in visit.blocks) == 120
    assert any("fika" in b["title"].lower() for b in workshop.blocks)


def test_the_two_languages_say_the_same_plan_in_their_own_words():
    for sv, en in zip(templates.shipped("sv"), templates.shipped("en")):
        assert sv.name != en.name and sv.id != en.id
        assert [b["minutes"] for b in sv.blocks] == [b["minutes"] for b in en.blocks]
        assert [b["title"] for b in sv.blocks] != [b["title"] for b in en.blocks]
    assert templates.shipped("sv")[0].blocks[0]["title"] == "Välkommen & incheckning"
    assert templates.shipped("de")[0].name == templates.shipped("en")[0].name
    assert all(templates.is_shipped(t) for t in templates.shipped("sv"))


def test_instantiate_makes_a_new_activity_with_fresh_ids_and_positions_in_order():
    template = templates.shipped("en")[0]
    activity, items = templates.instantiate(template, "2025-04-01")
    again, items_again = templates.instantiate(template, "2025-04-01", title="  Workshop Kumla ")
    assert activity.id and activity.id != again.id
    assert (activity.title, again.title) == ("AI case workshop", "Workshop Kumla")
    assert (activity.date, activity.start_time, activity.end_time, activity.kind) == (
        "2025-04-01", "09:00", "12:00", ActivityKind.CASE_WORKSHOP)
    assert [item.position for item in items] == list(range(len(template.blocks)))
    assert {item.activity_id for item in items} == {activity.id}
    assert not {item.id for item in items} & {item.id for item in items_again}
    plan = agenda.schedule(activity, items)
    assert plan.end == "12:00" and plan.overrun_minutes == 0


def test_from_activity_then_instantiate_keeps_the_plan():
    source = Activity(id="a1", title="Besök Kumla Livsmedel", kind=ActivityKind.COMPANY_VISIT, date="2025-01-08",
                      start_time="13:00", end_time="14:30", goal="Hitta två case")
    items = [
        AgendaItem(id="x2", activity_id="a1", position=1, title="Rundvandring", minutes=45, lead="Värd",
                   actual_start="2025-01-08T12:00:00Z"),
        AgendaItem(id="x1", activity_id="a1", position=0, title="Välkommen", method="Runda", minutes=15,
                   materials="Namnbrickor", notes="Börja i tid"),
        AgendaItem(id="x3", activity_id="a1", position=2, title="Borttagen", deleted_at="2025-01-01T00:00:00Z"),
    ]
    template = templates.from_activity(source, items, "Mitt besök")
    assert (template.name, template.kind, template.start_time, template.end_time, template.goal) == (
        "Mitt besök", ActivityKind.COMPANY_VISIT, "13:00", "14:30", "Hitta två case")
    assert [b["title"] for b in template.blocks] == ["Välkommen", "Rundvandring"]
    assert template.blocks[0] == {"title": "Välkommen", "method": "Runda", "minutes": 15, "lead": "",
                                  "materials": "Namnbrickor", "notes": "Börja i tid"}
    copy, copied = templates.instantiate(template, "2025-02-03")
    assert copy.title == "Besök Kumla Livsmedel"
    assert [(i.title, i.minutes, i.position, i.actual_start) for i in copied] == [
        ("Välkommen", 15, 0, None), ("Rundvandring", 45, 1, None)]
    assert templates.from_activity(source, items, "  ").name == "Besök Kumla Livsmedel"


def test_a_saved_template_with_odd_blocks_still_instantiates():
    template = ActivityTemplate(name="Odd", blocks=[{"title": "Only a title"}, {"minutes": "20"}])
    _, items = templates.instantiate(template, "2025-02-03")
    assert [(i.title, i.minutes) for i in items] == [("Only a title", 0), ("", 20)]


def test_available_lists_shipped_first_then_the_users_own(store):
    template = templates.from_activity(
        Activity(title="Nätverksträff", date="2025-05-20"),
        [AgendaItem(activity_id="a", position=0, title="Mingel", minutes=30)], "Min nätverksträff")
    store.templates.create(template)
    choices = templates.available(store, "sv")
    assert [c.shipped for c in choices] == [True, True, False]
    assert choices[-1].own and choices[-1].template.name == "Min nätverksträff"
    assert choices[-1].template.blocks[0]["title"] == "Mingel"
    assert choices[0].total_minutes == 180


def test_next_weekday_skips_the_weekend():
    assert templates.next_weekday(date(2025, 3, 12)) == date(2025, 3, 13)  # Wednesday → Thursday
    assert templates.next_weekday(date(2025, 3, 14)) == date(2025, 3, 17)  # Friday → Monday
    assert templates.next_weekday(date(2025, 3, 15)) == date(2025, 3, 17)  # Saturday → Monday
