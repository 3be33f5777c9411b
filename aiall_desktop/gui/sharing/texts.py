"""The facilitator's words for the kinds of record and the fields a conflict can differ in."""

from __future__ import annotations

from enum import Enum
from typing import Any

from PySide6.QtCore import QCoreApplication, QT_TRANSLATE_NOOP

from .. import labels

CONTEXT = "ShareTexts"

KINDS = {
    "organisations": QT_TRANSLATE_NOOP("ShareTexts", "Organisations"),
    "participants": QT_TRANSLATE_NOOP("ShareTexts", "Participants"),
    "activities": QT_TRANSLATE_NOOP("ShareTexts", "Activities"),
    "agenda_items": QT_TRANSLATE_NOOP("ShareTexts", "Agenda items"),
    "attendance": QT_TRANSLATE_NOOP("ShareTexts", "Attendance"),
    "cases": QT_TRANSLATE_NOOP("ShareTexts", "Cases"),
    "case_history": QT_TRANSLATE_NOOP("ShareTexts", "Case stage changes"),
    "teams": QT_TRANSLATE_NOOP("ShareTexts", "Teams"),
    "team_members": QT_TRANSLATE_NOOP("ShareTexts", "Team places"),
    "templates": QT_TRANSLATE_NOOP("ShareTexts", "Activity templates"),
}

FIELDS = {
    "name": QT_TRANSLATE_NOOP("ShareTexts", "Name"),
    "org_number": QT_TRANSLATE_NOOP("ShareTexts", "Organisation number"),
    "sector": QT_TRANSLATE_NOOP("ShareTexts", "Sector"),
    "size_class": QT_TRANSLATE_NOOP("ShareTexts", "Size"),
    "municipality": QT_TRANSLATE_NOOP("ShareTexts", "Municipality"),
    "areas": QT_TRANSLATE_NOOP("ShareTexts", "Areas"),
    "notes": QT_TRANSLATE_NOOP("ShareTexts", "Notes"),
    "first_name": QT_TRANSLATE_NOOP("ShareTexts", "First name"),
    "last_name": QT_TRANSLATE_NOOP("ShareTexts", "Last name"),
    "email": QT_TRANSLATE_NOOP("ShareTexts", "E-mail"),
    "phone": QT_TRANSLATE_NOOP("ShareTexts", "Phone"),
    "organisation_id": QT_TRANSLATE_NOOP("ShareTexts", "Organisation"),
    "role": QT_TRANSLATE_NOOP("ShareTexts", "Role"),
    "backgrounds": QT_TRANSLATE_NOOP("ShareTexts", "Backgrounds"),
    "competences": QT_TRANSLATE_NOOP("ShareTexts", "Competences"),
    "gender": QT_TRANSLATE_NOOP("ShareTexts", "Gender"),
    "tags": QT_TRANSLATE_NOOP("ShareTexts", "Tags"),
    "title": QT_TRANSLATE_NOOP("ShareTexts", "Title"),
    "date": QT_TRANSLATE_NOOP("ShareTexts", "Date"),
    "start_time": QT_TRANSLATE_NOOP("ShareTexts", "Start"),
    "end_time": QT_TRANSLATE_NOOP("ShareTexts", "End"),
    "place": QT_TRANSLATE_NOOP("ShareTexts", "Place"),
    "facilitators": QT_TRANSLATE_NOOP("ShareTexts", "Facilitators"),
    "goal": QT_TRANSLATE_NOOP("ShareTexts", "Goal"),
    "problem": QT_TRANSLATE_NOOP("ShareTexts", "Problem"),
    "stage": QT_TRANSLATE_NOOP("ShareTexts", "Stage"),
    "status": QT_TRANSLATE_NOOP("ShareTexts", "Status"),
}


def translated(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def kind_text(kind: str) -> str:
    return translated(KINDS[kind]) if kind in KINDS else kind


def field_text(name: str) -> str:
    # Fields without a word of their own (rarely in a conflict) show their name, readable enough.
    return translated(FIELDS[name]) if name in FIELDS else name.replace("_", " ")


def value_text(value: Any) -> str:
    if value is None or value == "" or value == []:
        return "—"
    if isinstance(value, Enum):
        return str(value.value)
    if isinstance(value, bool):
        return translated(QT_TRANSLATE_NOOP("ShareTexts", "Yes")) if value else translated(
            QT_TRANSLATE_NOOP("ShareTexts", "No"))
    if isinstance(value, (int, float)):
        return labels.number(value)
    if isinstance(value, (list, tuple)):
        return ", ".join(str(item) for item in value)
    return str(value)
