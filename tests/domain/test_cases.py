"""The case method's rules: stage moves with history, scores and the priority figure."""

from __future__ import annotations

import pytest

from aiall_desktop.domain import cases
from aiall_desktop.records import Case, CaseStage

AT = "2025-03-12T10:00:00.000000Z"


def test_moving_forward_records_where_it_came_from():
    case = Case(id="c1", title="Prognos", stage=CaseStage.IDENTIFIED)
    moved = cases.move(case, CaseStage.PRIORITISED, at=AT)
    assert moved.case_changes == {"stage": CaseStage.PRIORITISED, "parked_reason": ""}
    assert (moved.history.case_id, moved.history.stage, moved.history.previous_stage) == (
        "c1", CaseStage.PRIORITISED, CaseStage.IDENTIFIED)
    assert moved.history.changed_at == AT


def test_parking_needs_a_reason_and_leaving_it_clears_the_reason():
    case = Case(id="c1", title="Prognos", stage=CaseStage.PRIORITISED)
    with pytest.raises(cases.StageProblem, match="why"):
        cases.move(case, CaseStage.PARKED, at=AT, reason="  ")
    parked = cases.move(case, CaseStage.PARKED, at=AT, reason=" No data ")
    assert parked.case_changes["parked_reason"] == "No data"
    case = Case(id="c1", title="Prognos", stage=CaseStage.PARKED, parked_reason="No data")
    assert cases.move(case, CaseStage.PRIORITISED, at=AT).case_changes["parked_reason"] == ""


def test_a_move_to_the_same_stage_is_refused():
    with pytest.raises(cases.StageProblem):
        cases.move(Case(title="x", stage=CaseStage.IMPLEMENTED), CaseStage.IMPLEMENTED, at=AT)


def test_next_and_previous_stage_follow_the_method():
    assert cases.next_stage(CaseStage.IDENTIFIED) == CaseStage.PRIORITISED
    assert cases.next_stage(CaseStage.IMPLEMENTED) is None
    assert cases.next_stage(CaseStage.PARKED) is None
    assert cases.previous_stage(CaseStage.IDENTIFIED) is None
    assert cases.previous_stage(CaseStage.INNOVATION) == CaseStage.IN_DEVELOPMENT


def test_priority_puts_valuable_feasible_cases_first_and_unscored_in_the_middle():
    strong = Case(title="a", value_score=5, feasibility_score=5, data_score=4)
    weak = Case(title="b", value_score=1, feasibility_score=2, data_score=1, votes=9)
    fresh = Case(title="c")
    assert cases.priority(strong) > cases.priority(fresh) > cases.priority(weak)


def test_intersection_mark():
    assert cases.intersection_mark(Case(title="a", areas=["energy", "food"])) == "*"
    assert cases.intersection_mark(Case(title="a", areas=["energy", "energy"])) == ""
