"""Human labels for the values the store keeps as codes (gender, sector, stages, areas, counts).

The tables hold source texts marked with ``QT_TRANSLATE_NOOP`` so that ``pyside6-lupdate`` finds them;
the translation happens at look-up time, after the translators are installed, never at import.
"""

from __future__ import annotations

import datetime as dt

import json
from collections.abc import Iterable, Mapping

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, QLocale, QTime

from ..records import ActivityKind, Area, AttendanceStatus, CaseStage, Gender, Sector, SizeClass, TeamKind

CONTEXT = "labels"

GENDERS: Mapping[str, str] = {
    Gender.WOMAN: QT_TRANSLATE_NOOP("labels", "Woman"),
    Gender.MAN: QT_TRANSLATE_NOOP("labels", "Man"),
    Gender.NON_BINARY: QT_TRANSLATE_NOOP("labels", "Non-binary"),
    Gender.SELF_DESCRIBED: QT_TRANSLATE_NOOP("labels", "Self-described"),
    Gender.NOT_STATED: QT_TRANSLATE_NOOP("labels", "Not stated"),
}

SECTORS: Mapping[str, str] = {
    Sector.COMPANY: QT_TRANSLATE_NOOP("labels", "Company"),
    Sector.PUBLIC_SECTOR: QT_TRANSLATE_NOOP("labels", "Public sector"),
    Sector.ACADEMIA: QT_TRANSLATE_NOOP("labels", "Academia"),
    Sector.NON_PROFIT: QT_TRANSLATE_NOOP("labels", "Non-profit"),
    Sector.OTHER: QT_TRANSLATE_NOOP("labels", "Other"),
}

SIZE_CLASSES: Mapping[str, str] = {
    SizeClass.MICRO: QT_TRANSLATE_NOOP("labels", "Micro"),
    SizeClass.SMALL: QT_TRANSLATE_NOOP("labels", "Small"),
    SizeClass.MEDIUM: QT_TRANSLATE_NOOP("labels", "Medium-sized"),
    SizeClass.LARGE: QT_TRANSLATE_NOOP("labels", "Large"),
}

#: The EU definitions (Commission Recommendation 2003/361/EC), shown as help beside the size class.
SIZE_CLASS_HELP: Mapping[str, str] = {
    SizeClass.MICRO: QT_TRANSLATE_NOOP(
        "labels", "Micro: fewer than 10 staff, and turnover or balance sheet total of at most €2 million."
    ),
    SizeClass.SMALL: QT_TRANSLATE_NOOP(
        "labels", "Small: fewer than 50 staff, and turnover or balance sheet total of at most €10 million."
    ),
    SizeClass.MEDIUM: QT_TRANSLATE_NOOP(
        "labels",
        "Medium-sized: fewer than 250 staff, and turnover of at most €50 million "
        "or balance sheet total of at most €43 million.",
    ),
    SizeClass.LARGE: QT_TRANSLATE_NOOP("labels", "Large: above the limits of a medium-sized enterprise."),
}

TEAM_KINDS: Mapping[str, str] = {
    TeamKind.TABLE_GROUP: QT_TRANSLATE_NOOP("labels", "Table group"),
    TeamKind.CASE_TEAM: QT_TRANSLATE_NOOP("labels", "Case team"),
}

ACTIVITY_KINDS: Mapping[str, str] = {
    ActivityKind.CASE_WORKSHOP: QT_TRANSLATE_NOOP("labels", "Case-identification workshop"),
    ActivityKind.NETWORK_MEETING: QT_TRANSLATE_NOOP("labels", "Network meeting"),
    ActivityKind.COMPANY_VISIT: QT_TRANSLATE_NOOP("labels", "Company visit"),
    ActivityKind.CASE_DEVELOPMENT: QT_TRANSLATE_NOOP("labels", "Case development session"),
    ActivityKind.DEMONSTRATION: QT_TRANSLATE_NOOP("labels", "Demonstration"),
}

ATTENDANCE_STATUSES: Mapping[str, str] = {
    AttendanceStatus.INVITED: QT_TRANSLATE_NOOP("labels", "Invited"),
    AttendanceStatus.PRESENT: QT_TRANSLATE_NOOP("labels", "Present"),
    AttendanceStatus.EXCUSED: QT_TRANSLATE_NOOP("labels", "Excused"),
    AttendanceStatus.NO_SHOW: QT_TRANSLATE_NOOP("labels", "Did not come"),
}

CASE_STAGES: Mapping[str, str] = {
    CaseStage.IDENTIFIED: QT_TRANSLATE_NOOP("labels", "Identified"),
    CaseStage.PRIORITISED: QT_TRANSLATE_NOOP("labels", "Prioritised"),
    CaseStage.IN_DEVELOPMENT: QT_TRANSLATE_NOOP("labels", "In development"),
    CaseStage.INNOVATION: QT_TRANSLATE_NOOP("labels", "Innovation & business development"),
    CaseStage.IMPLEMENTED: QT_TRANSLATE_NOOP("labels", "Implemented"),
    CaseStage.PARKED: QT_TRANSLATE_NOOP("labels", "Parked"),
}

AREAS: Mapping[str, str] = {
    Area.SMART_INDUSTRY: QT_TRANSLATE_NOOP("labels", "Smart industry"),
    Area.ENERGY: QT_TRANSLATE_NOOP("labels", "Energy solutions of tomorrow"),
    Area.FOOD: QT_TRANSLATE_NOOP("labels", "Sustainable food supply"),
    Area.WELFARE: QT_TRANSLATE_NOOP("labels", "Welfare and e-health"),
    Area.SUSTAINABLE_DEVELOPMENT: QT_TRANSLATE_NOOP("labels", "Sustainable development"),
}

#: The mark of an intersection case (two or more areas): the asterisk of AI.ALL*.
INTERSECTION_MARK = "*"


def translate(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def label(table: Mapping[str, str], value: object) -> str:
    """The label of a stored code; a code the table does not know is shown as it is, never hidden."""
    if value is None or value == "":
        return ""
    source = table.get(str(value))
    return translate(source) if source is not None else str(value)


def area_label(value: str) -> str:
    # The list of areas is an editable setting: an area added by the users is shown by its own name.
    return label(AREAS, value)


def area_codes(value: str | Iterable[str] | None) -> list[str]:
    """Areas as a list, whether the store gave a list or the JSON text of a list column."""
    if value is None or value == "":
        return []
    if isinstance(value, str):
        try:
            parsed = json.loads(value)
        except ValueError:
            return [value]
        return [str(item) for item in parsed] if isinstance(parsed, list) else [str(parsed)]
    return [str(item) for item in value]


def is_intersection(areas: Iterable[str]) -> bool:
    return len(set(areas)) >= 2


def areas_text(value: str | Iterable[str] | None) -> str:
    """Readable area names, led by the intersection mark when a case spans two or more areas.

    The mark comes first so that a narrow column, which cuts the end of the text, still shows it.
    """
    codes = area_codes(value)
    text = ", ".join(area_label(code) for code in codes)
    if is_intersection(codes):
        text = INTERSECTION_MARK + "\u00a0" + text
    return text


def number(value: int | float | None) -> str:
    if value is None or value == "":
        return ""
    return QLocale().toString(value)


def date_text(day: dt.date) -> str:
    """A date as the user's locale writes it (Swedish: 2026-11-25); ISO 8601 when no language is set."""
    locale = QLocale()
    if locale.language() == QLocale.Language.C:
        return day.isoformat()
    return locale.toString(QDate(day.year, day.month, day.day), QLocale.FormatType.ShortFormat)


def time_text(moment: dt.datetime | dt.time) -> str:
    """A clock time as the user's locale writes it (Swedish: 13:30)."""
    locale = QLocale()
    if locale.language() == QLocale.Language.C:
        return moment.strftime("%H:%M")
    return locale.toString(QTime(moment.hour, moment.minute), QLocale.FormatType.ShortFormat)


def moment_text(moment: dt.datetime) -> str:
    """A date and time, local, as the user's locale writes them: "2026-11-25 13:30"."""
    return f"{date_text(moment.date())} {time_text(moment)}"


def joined(values: Iterable[str]) -> str:
    return ", ".join(v for v in values if v)
