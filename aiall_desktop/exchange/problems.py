"""What an import can find wrong with a file, worded for the facilitator who will fix it in Excel.

A problem names the place as Excel shows it: ``row 17, column E-post: 'anna@' is not an e-mail
address`` (the sheet too, when the workbook has several). The templates live in :data:`MESSAGES`, next
to the field rules' own in ``domain.validation``, for a later translation.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from ..domain.validation import Message

MESSAGES: dict[str, str] = {
    "unreadable": "{reason}",
    "empty_file": "the file holds nothing to import",
    "unknown_kind": (
        "cannot tell what this sheet holds: no row near the top names the columns of organisations, "
        "participants, activities or attendance (for example First name, Last name, E-mail)"
    ),
    "unknown_kind_argument": "'{value}' is not a kind the import knows; use one of: {choices}",
    "missing_columns": "the {kind} sheet has no column for {columns}",
    "missing_attendance_columns": (
        "an attendance sheet needs columns naming the activity (Activity and Date, or Activity ID) and the "
        "participant (E-mail, First name and Last name, or Participant ID)"
    ),
    "duplicate": "{value} is also on {other}",
    "same_record": "this row and {other} are the same {kind} ({value})",
    "no_activity_reference": "which activity? Fill in Activity and Date, or Activity ID",
    "no_participant_reference": "which participant? Fill in E-mail, First name and Last name, or Participant ID",
    "unknown_activity": "there is no activity '{title}' on {date} in the register or the file",
    "unknown_activity_id": "there is no activity with ID {value}",
    "ambiguous_activity": "{count} activities are called '{title}' on {date}; give the Activity ID",
    "unknown_participant_email": "there is no participant with e-mail {value} in the register or the file",
    "unknown_participant_name": "there is no participant called {value} in the register or the file",
    "unknown_participant_id": "there is no participant with ID {value}",
    "ambiguous_participant": "{count} participants are called {value}; give the e-mail address",
    "ambiguous_person": (
        "{count} participants in the register are called {value}; add the e-mail or organisation column"
    ),
    "unknown_organisation_number": "there is no organisation with org number {value}",
    # Notes: worth showing in the preview, but no reason to refuse the import.
    "ignored_column": "column '{header}' is not one the import knows; it is left out",
    "ignored_repeat_column": "column '{header}' repeats a column already read; it is left out",
    "ignored_sheet": "sheet '{name}' is left out: {reason}",
    "sheet_of_other_kind": "it holds {kind}, not {wanted}",
    "sheet_without_header": "no row near its top names known columns",
    "sheet_empty": "it is empty",
}


class ImportMessage(Message):
    catalogue = MESSAGES


@dataclass(frozen=True)
class Problem:
    """One reason the import is refused, and where in the file to look."""

    message: str
    row: int | None = None
    column: str | None = None
    sheet: str | None = None

    @property
    def place(self) -> str:
        parts = []
        if self.sheet:
            parts.append(f"sheet {self.sheet}")
        if self.row is not None:
            parts.append(f"row {self.row}")
        if self.column:
            parts.append(f"column {self.column}")
        return ", ".join(parts)

    def __str__(self) -> str:
        return f"{self.place}: {self.message}" if self.place else str(self.message)


def where(sheet: str | None, row: int) -> str:
    """How one row names another in a message: ``row 3``, or ``sheet Deltagare, row 3``."""
    return f"sheet {sheet}, row {row}" if sheet else f"row {row}"


class ImportRefused(Exception):
    """The import was not written (nothing was); ``problems`` lists every reason, by row."""

    def __init__(self, problems: Sequence[Problem]):
        self.problems = list(problems)
        first = str(self.problems[0]) if self.problems else "no reason given"
        more = f" (and {len(self.problems) - 1} more problems)" if len(self.problems) > 1 else ""
        super().__init__(f"the import was not made: {first}{more}")


class ImportCancelled(Exception):
    """The facilitator cancelled the import; everything it had written was rolled back."""

    def __init__(self) -> None:
        super().__init__("the import was cancelled; nothing was changed")
