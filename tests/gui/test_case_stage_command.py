"""Moving a case through the undo history: the stage and its history entry go and come back together."""

from __future__ import annotations

from aiall_desktop.domain import cases
from aiall_desktop.gui.editing.undo import MoveCaseStage, UndoHistory
from aiall_desktop.records import CaseStage


def test_a_stage_move_is_undone_and_redone_with_its_history(filled):
    history = UndoHistory(lambda: filled)
    case = filled.cases.list({"title": "Forecasting district heating demand"})[0]
    moved = cases.move(case, CaseStage.PARKED, at="2025-04-01T10:00:00.000000Z", reason="No data")
    assert history.do(MoveCaseStage(case.id, {"stage": case.stage, "parked_reason": case.parked_reason}, moved,
                                    "Park case"))
    assert filled.cases.get(case.id).stage == CaseStage.PARKED
    assert [h.stage for h in filled.case_history.list({"case_id": case.id})] == [CaseStage.PARKED]

    history.stack.undo()
    assert filled.cases.get(case.id).stage == CaseStage.IDENTIFIED
    assert filled.case_history.list({"case_id": case.id}) == []

    history.stack.redo()
    assert filled.cases.get(case.id).parked_reason == "No data"
    assert len(filled.case_history.list({"case_id": case.id})) == 1
