"""The combo boxes above a list that narrow it to one sector, size, gender, tag…

Each offers "All …" first (no filter), then the values; a filter with ``not_given`` also offers the
records without a value. The chosen filters go to the list model, which asks SQL for the rows.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QSizePolicy, QWidget

from ..domain.cases import STAGE_ORDER
from ..records import ActivityKind, CaseStage, Gender, Sector, SizeClass
from . import labels
from .sections import Choices, ListFilter

#: The item data of "All …": no filter.
EVERYTHING = None
#: The item data of "… not given": records without a value.
NOT_GIVEN = "\0not-given"

_GENDER_ORDER = (Gender.WOMAN, Gender.MAN, Gender.NON_BINARY, Gender.SELF_DESCRIBED, Gender.NOT_STATED)


def fixed_choices(kind: Choices) -> list[tuple[str, str]] | None:
    """The values of a filter that come from the program itself; ``None`` for those from the register."""
    if kind is Choices.GENDERS:
        return [(g.value, labels.label(labels.GENDERS, g)) for g in _GENDER_ORDER]
    if kind is Choices.SECTORS:
        return [(s.value, labels.label(labels.SECTORS, s)) for s in Sector]
    if kind is Choices.SIZE_CLASSES:
        return [(s.value, labels.label(labels.SIZE_CLASSES, s)) for s in SizeClass]
    if kind is Choices.ACTIVITY_KINDS:
        return [(k.value, labels.label(labels.ACTIVITY_KINDS, k)) for k in ActivityKind]
    if kind is Choices.CASE_STAGES:
        # The method's order, parked last: the pipeline as the facilitators draw it.
        return [(s.value, labels.label(labels.CASE_STAGES, s)) for s in (*STAGE_ORDER, CaseStage.PARKED)]
    return None


class ListFilters(QWidget):
    #: The filters changed: {key: value} for the list model.
    changed = Signal(dict)

    def __init__(self, filters: Sequence[ListFilter], parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("listFilters")
        self._specs = list(filters)
        self.combos: dict[str, QComboBox] = {}
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        for spec in self._specs:
            # No caption beside it: its first choice ("All sectors") says what it filters, and a narrow
            # window keeps room for the list.
            combo = QComboBox(self)
            combo.setObjectName(f"{spec.key}Filter")
            name = QCoreApplication.translate("ListFilters", "Filter by %1").replace("%1", spec.name.lower())
            combo.setAccessibleName(name)
            combo.setToolTip(name)
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(4)
            combo.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
            layout.addWidget(combo, 1)
            self.combos[spec.key] = combo
            self.set_choices(spec.key, fixed_choices(spec.choices) or [])
            combo.currentIndexChanged.connect(self._emit)
        self.setVisible(bool(self._specs))

    def spec(self, key: str) -> ListFilter:
        return next(spec for spec in self._specs if spec.key == key)

    def needs_register(self, key: str) -> bool:
        return fixed_choices(self.spec(key).choices) is None

    def set_choices(self, key: str, choices: Sequence[tuple[str, str]]) -> None:
        """Offer these values (value, label); the chosen one stays chosen when it is still offered."""
        combo = self.combos[key]
        spec = self.spec(key)
        chosen = combo.currentData()
        combo.blockSignals(True)
        try:
            combo.clear()
            combo.addItem(QCoreApplication.translate("sections", spec.everything), EVERYTHING)
            for value, text in choices:
                combo.addItem(text, value)
            if spec.not_given:
                combo.addItem(QCoreApplication.translate("sections", spec.not_given), NOT_GIVEN)
            index = combo.findData(chosen) if chosen is not None else 0
            combo.setCurrentIndex(max(index, 0))
        finally:
            combo.blockSignals(False)
        if chosen is not None and combo.currentData() != chosen:
            self._emit()  # the chosen value is gone: the list shows everything again

    def values(self) -> dict[str, Any]:
        chosen: dict[str, Any] = {}
        for key, combo in self.combos.items():
            data = combo.currentData()
            if data is EVERYTHING:
                continue
            chosen[key] = None if data == NOT_GIVEN else data
        return chosen

    def choose(self, key: str, value: Any) -> None:
        combo = self.combos[key]
        combo.setCurrentIndex(max(combo.findData(NOT_GIVEN if value is None else value), 0))

    def clear(self) -> None:
        for combo in self.combos.values():
            combo.setCurrentIndex(0)

    def _emit(self, *_args) -> None:
        self.changed.emit(self.values())
