"""Case stages and scores: the project's case method (DESIGN.md §5), as plain rules.

A case walks identified → prioritised → in development → innovation & business development →
implemented, or is parked (with a reason) from any stage and may be taken up again. Every move is kept
as a :class:`CaseStageChange` so that a case's history can be told with dates.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..records import Case, CaseStage, CaseStageChange

#: The stages in the order of the method; ``PARKED`` stands beside them.
STAGE_ORDER: tuple[CaseStage, ...] = (
    CaseStage.IDENTIFIED,
    CaseStage.PRIORITISED,
    CaseStage.IN_DEVELOPMENT,
    CaseStage.INNOVATION,
    CaseStage.IMPLEMENTED,
)

SCORE_MIN, SCORE_MAX = 1, 5


class StageProblem(ValueError):
    """A move the method does not allow (the message says why, in English source text)."""


@dataclass(frozen=True)
class StageMove:
    """What moving a case to another stage changes: the case's fields and a new history entry."""

    case_changes: dict
    history: CaseStageChange


def next_stage(stage: CaseStage) -> CaseStage | None:
    """The stage after ``stage`` in the method (``None`` after implemented and for a parked case)."""
    if stage not in STAGE_ORDER:
        return None
    index = STAGE_ORDER.index(stage)
    return STAGE_ORDER[index + 1] if index + 1 < len(STAGE_ORDER) else None


def previous_stage(stage: CaseStage) -> CaseStage | None:
    if stage not in STAGE_ORDER:
        return None
    index = STAGE_ORDER.index(stage)
    return STAGE_ORDER[index - 1] if index > 0 else None


def move(case: Case, stage: CaseStage, *, at: str, reason: str = "") -> StageMove:
    """The changes that move ``case`` to ``stage`` at the UTC time ``at``.

    Parking needs a reason (the funder asks why cases stop); leaving the parked stage clears it.
    """
    stage = CaseStage(stage)
    if stage == case.stage:
        raise StageProblem(f"The case is already at the stage “{stage.value}”.")
    reason = reason.strip()
    if stage == CaseStage.PARKED and not reason:
        raise StageProblem("Say why the case is parked.")
    changes: dict = {"stage": stage, "parked_reason": reason if stage == CaseStage.PARKED else ""}
    history = CaseStageChange(case_id=case.id, stage=stage, previous_stage=case.stage, changed_at=at,
                              reason=reason)
    return StageMove(changes, history)


def valid_score(value: int | None) -> bool:
    return value is None or SCORE_MIN <= value <= SCORE_MAX


def priority(case: Case) -> float:
    """A figure to sort cases by in the room: value and feasibility weigh most, then data and votes.

    Unscored parts count as the middle of the scale so that a new idea neither tops nor trails the list.
    """
    middle = (SCORE_MIN + SCORE_MAX) / 2
    value = case.value_score if case.value_score is not None else middle
    feasibility = case.feasibility_score if case.feasibility_score is not None else middle
    data = case.data_score if case.data_score is not None else middle
    return 2 * value + 2 * feasibility + data + 0.1 * case.votes


def intersection_mark(case: Case) -> str:
    """The ``*`` of AI.ALL*: shown after the title of a case touching two or more areas."""
    return "*" if case.is_intersection else ""
