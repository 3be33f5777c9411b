"""What can be printed, in one table: each document's name on screen and how it is built.

A :class:`PrintRequest` is what the facilitator chose (which document, for what) without the language,
so that the preview can build the same request again in the other language. :func:`build` runs on a
job's thread with the job's own store; it only calls ``aiall_desktop.reports`` (no Qt, no SQL here).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

# ``aiall_desktop.reports`` (and reportlab under it, a fifth of the window's start) is imported where a
# document is built, on the job's thread, not when the window makes its print actions.

CONTEXT = "PrintDocuments"

#: The document keys and their names on screen (source texts in the "PrintDocuments" context).
NAMES: dict[str, str] = {
    "handout": QT_TRANSLATE_NOOP("PrintDocuments", "Handout"),
    "runsheet": QT_TRANSLATE_NOOP("PrintDocuments", "Run sheet"),
    "signin": QT_TRANSLATE_NOOP("PrintDocuments", "Sign-in sheet"),
    "tablecards": QT_TRANSLATE_NOOP("PrintDocuments", "Table cards"),
    "summaries": QT_TRANSLATE_NOOP("PrintDocuments", "Participant summaries"),
    "summary": QT_TRANSLATE_NOOP("PrintDocuments", "Participant summary"),
    "indicators": QT_TRANSLATE_NOOP("PrintDocuments", "Indicator report"),
}

#: The documents of one activity (each by the report module of its name); their builders take ``activity_id``.
ACTIVITY_DOCUMENTS = ("handout", "runsheet", "signin", "tablecards")


def activity_builder(document: str) -> Callable[..., int]:
    """The builder of one of :data:`ACTIVITY_DOCUMENTS`."""
    from ...reports import handout, runsheet, signin, tablecards

    builders: dict[str, Callable[..., int]] = {
        "handout": handout.build_handout,
        "runsheet": runsheet.build_runsheet,
        "signin": signin.build_signin,
        "tablecards": tablecards.build_tablecards,
    }
    return builders[document]


LANGUAGES = ("sv", "en")

Progress = Callable[[int, int], None]
Cancel = Callable[[], bool]


@dataclass(frozen=True)
class PrintRequest:
    """One document to build: ``document`` is a key of :data:`NAMES`; ``about`` says for what, in words
    ("Case workshop Örebro", "2026-01-01 – 2026-12-31"); ``options`` are the builder's keywords."""

    document: str
    about: str = ""
    options: dict[str, Any] = field(default_factory=dict)

    @property
    def name(self) -> str:
        return QCoreApplication.translate(CONTEXT, NAMES[self.document])

    @property
    def heading(self) -> str:
        """The preview's title and the job's text: "Sign-in sheet – Case workshop Örebro"."""
        return f"{self.name} – {self.about}" if self.about else self.name

    @property
    def batch(self) -> bool:
        """Many people's pages: long enough to be worth a progress bar that moves."""
        return self.document == "summaries" or len(self.options.get("participant_ids", ())) > 1

    def file_name(self) -> str:
        """A name to suggest for Save as PDF; characters no file system accepts become "-"."""
        text = "".join("-" if char in '/\\:*?"<>|' or ord(char) < 32 else char for char in self.heading)
        return text.strip(" .-") + ".pdf"


def activity_document(document: str, activity_id: str, activity_title: str) -> PrintRequest:
    return PrintRequest(document, activity_title, {"activity_id": activity_id})


def activity_summaries(activity_id: str, activity_title: str) -> PrintRequest:
    return PrintRequest("summaries", activity_title, {"activity_id": activity_id})


def participant_summaries(participant_ids: list[str], about: str) -> PrintRequest:
    return PrintRequest("summary" if len(participant_ids) == 1 else "summaries", about,
                        {"participant_ids": tuple(participant_ids)})


def period_summaries(date_from: str, date_to: str) -> PrintRequest:
    return PrintRequest("summaries", f"{date_from} – {date_to}", {"date_from": date_from, "date_to": date_to})


def indicator_report(date_from: str, date_to: str) -> PrintRequest:
    return PrintRequest("indicators", f"{date_from} – {date_to}", {"date_from": date_from, "date_to": date_to})


def build(store, request: PrintRequest, target: Path, lang: str, *, progress: Progress | None = None,
          cancel: Cancel | None = None) -> int:
    """Write ``request``'s PDF to ``target`` in ``lang``; the number of pages.

    Raises the reports' ``ReportError`` (a one-line reason for the facilitator) or ``ReportCancelled``.
    """
    from ...reports import indicators, summary

    options = dict(request.options)
    if request.document in ACTIVITY_DOCUMENTS:
        return activity_builder(request.document)(store, target, lang=lang, cancel=cancel, **options)
    if request.document == "indicators":
        return indicators.build_indicators(store, target, lang=lang, format="pdf", cancel=cancel, **options)
    people = options.pop("participant_ids", None)
    if people is not None and len(people) == 1:
        options["participant_id"] = people[0]
    elif people is not None:
        return chosen_people_summaries(store, target, list(people), lang=lang, progress=progress, cancel=cancel)
    return summary.build_summaries(store, target, lang=lang, progress=progress, cancel=cancel, **options)


def chosen_people_summaries(store, target: Path, participant_ids: list[str], *, lang: str,
                            progress: Progress | None = None, cancel: Cancel | None = None) -> int:
    """The summaries of several chosen people in one PDF, each on new pages, in the list's order.

    ``build_summaries`` takes one person, an activity or a period; this puts the chosen people's own
    summaries (``summary.person_story``, the same pages) one after the other.
    """
    from ...reports import summary
    from ...reports.template import ReportCancelled, ReportError, build_pdf, document_info, pick, usable_width

    if not participant_ids:
        raise ReportError("No participants are chosen: nothing to print.")
    found = {person.id: person for person in store.summaries.rows(participant_ids)}
    missing = [record_id for record_id in participant_ids if record_id not in found]
    if missing:
        raise ReportError(f"The participant {missing[0]} is not in the register (deleted or never saved).")
    info = document_info(store, pick(summary.TEXTS, "title", lang), lang=lang,
                         subject=pick(summary.TEXTS, "subject", lang))
    width = usable_width(info)
    story = []
    total = len(participant_ids)
    for done, record_id in enumerate(participant_ids):
        if cancel is not None and cancel():
            raise ReportCancelled()
        if progress is not None:
            progress(done, total)
        if story:
            story += summary.next_person()
        story += summary.person_story(found[record_id], info.lang, width)
    if progress is not None:
        progress(total, total)
    return build_pdf(target, info, story, cancel=cancel)
