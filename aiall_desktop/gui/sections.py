"""The sections of the window and what each section's list shows.

A section names its list in ``store.listing`` and the columns the window shows from it, in the
facilitator's words. The column keys are the list's own (``store/listing.py``); their order here is the
order on screen.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

CONTEXT = "sections"


class Show(Enum):
    """How a column's stored value becomes text."""

    TEXT = "text"
    NUMBER = "number"
    GENDER = "gender"
    SECTOR = "sector"
    SIZE_CLASS = "size_class"
    ACTIVITY_KIND = "activity_kind"
    CASE_STAGE = "case_stage"
    AREAS = "areas"
    #: The women share among the people present, with the verdict's symbol: "✓ 31 %".
    WOMEN_SHARE = "women_share"


@dataclass(frozen=True)
class ListColumn:
    key: str
    title: str  # source text in the "sections" context
    show: Show = Show.TEXT
    #: The column's share of the list's width at first start (beyond room for its heading); the
    #: user's own widths are remembered per list afterwards.
    width: int = 16
    #: A value as wide as the column's widest usual content (dates, times, counts): never cut below it.
    sample: str = ""

    @property
    def header(self) -> str:
        return QCoreApplication.translate(CONTEXT, self.title)


class Choices(Enum):
    """Where a list filter's choices come from."""

    GENDERS = "genders"
    SECTORS = "sectors"
    SIZE_CLASSES = "size_classes"
    ACTIVITY_KINDS = "activity_kinds"
    CASE_STAGES = "case_stages"
    AREAS = "areas"  # the register's setting
    TAGS = "tags"  # the tags people carry, and the vocabularies


@dataclass(frozen=True)
class ListFilter:
    """A combo box above a list that narrows it to records with one value."""

    key: str  # a column key or a member filter key of the store's list
    title: str  # "Sector"; source text in the "sections" context
    everything: str  # the choice that filters nothing: "All sectors"
    choices: Choices
    #: A choice for records without a value ("Size not given"); empty for none.
    not_given: str = ""

    @property
    def name(self) -> str:
        return QCoreApplication.translate(CONTEXT, self.title)


@dataclass(frozen=True)
class Section:
    key: str
    title: str
    icon: str
    #: The list in ``store.listing``; ``None`` for a section that is not a list of records.
    list_name: str | None = None
    columns: tuple[ListColumn, ...] = ()
    #: Count texts: one record, several records ("%1" is the number), and a search's share ("%1 of %2").
    one: str = ""
    many: str = ""
    share: str = ""
    placeholder: str = ""  # the search box's hint
    empty: str = ""  # said when the register has no records of this kind
    filters: tuple[ListFilter, ...] = ()
    #: The command that starts a new record here ("&New Participant"); empty where records are not entered yet.
    new_record: str = ""

    @property
    def editable(self) -> bool:
        return bool(self.new_record)

    @property
    def name(self) -> str:
        return QCoreApplication.translate(CONTEXT, self.title)

    def count_text(self, shown: int, total: int | None = None) -> str:
        """"12 participants", or "3 of 12 participants" while a search narrows the list."""
        from .labels import number

        translate = QCoreApplication.translate
        if total is not None and total != shown:
            return translate(CONTEXT, self.share).replace("%1", number(shown)).replace("%2", number(total))
        if shown == 1:
            return translate(CONTEXT, self.one)
        return translate(CONTEXT, self.many).replace("%1", number(shown))


ORGANISATIONS = Section(
    key="organisations",
    title=QT_TRANSLATE_NOOP("sections", "Organisations"),
    icon="organisations",
    list_name="organisations",
    columns=(
        ListColumn("name", QT_TRANSLATE_NOOP("sections", "Name"), width=30),
        ListColumn("org_number", QT_TRANSLATE_NOOP("sections", "Org. number"), width=4, sample="556677-8899"),
        ListColumn("sector", QT_TRANSLATE_NOOP("sections", "Sector"), Show.SECTOR, width=13),
        ListColumn("size_class", QT_TRANSLATE_NOOP("sections", "Size"), Show.SIZE_CLASS, width=12),
        ListColumn("municipality", QT_TRANSLATE_NOOP("sections", "Municipality"), width=14),
        ListColumn("people", QT_TRANSLATE_NOOP("sections", "People"), Show.NUMBER, width=2, sample="9999"),
    ),
    one=QT_TRANSLATE_NOOP("sections", "1 organisation"),
    many=QT_TRANSLATE_NOOP("sections", "%1 organisations"),
    share=QT_TRANSLATE_NOOP("sections", "%1 of %2 organisations"),
    placeholder=QT_TRANSLATE_NOOP("sections", "Search by name, org. number or municipality"),
    empty=QT_TRANSLATE_NOOP("sections", "No organisations yet"),
    filters=(
        ListFilter("sector", QT_TRANSLATE_NOOP("sections", "Sector"), QT_TRANSLATE_NOOP("sections", "All sectors"),
                   Choices.SECTORS),
        ListFilter("size_class", QT_TRANSLATE_NOOP("sections", "Size class"),
                   QT_TRANSLATE_NOOP("sections", "All sizes"), Choices.SIZE_CLASSES,
                   not_given=QT_TRANSLATE_NOOP("sections", "Size not given")),
        ListFilter("area", QT_TRANSLATE_NOOP("sections", "Area"), QT_TRANSLATE_NOOP("sections", "All areas"),
                   Choices.AREAS),
    ),
    new_record=QT_TRANSLATE_NOOP("sections", "&New Organisation"),
)

PARTICIPANTS = Section(
    key="participants",
    title=QT_TRANSLATE_NOOP("sections", "Participants"),
    icon="participants",
    list_name="participants",
    columns=(
        ListColumn("last_name", QT_TRANSLATE_NOOP("sections", "Last name"), width=16),
        ListColumn("first_name", QT_TRANSLATE_NOOP("sections", "First name"), width=14),
        ListColumn("organisation", QT_TRANSLATE_NOOP("sections", "Organisation"), width=24),
        ListColumn("role", QT_TRANSLATE_NOOP("sections", "Role"), width=18),
        ListColumn("email", QT_TRANSLATE_NOOP("sections", "E-mail"), width=24),
        ListColumn("gender", QT_TRANSLATE_NOOP("sections", "Gender"), Show.GENDER, width=11),
    ),
    one=QT_TRANSLATE_NOOP("sections", "1 participant"),
    many=QT_TRANSLATE_NOOP("sections", "%1 participants"),
    share=QT_TRANSLATE_NOOP("sections", "%1 of %2 participants"),
    placeholder=QT_TRANSLATE_NOOP("sections", "Search by name, e-mail, role or organisation"),
    empty=QT_TRANSLATE_NOOP("sections", "No participants yet"),
    filters=(
        ListFilter("gender", QT_TRANSLATE_NOOP("sections", "Gender"), QT_TRANSLATE_NOOP("sections", "All genders"),
                   Choices.GENDERS),
        ListFilter("tag", QT_TRANSLATE_NOOP("sections", "Tag"), QT_TRANSLATE_NOOP("sections", "All tags"),
                   Choices.TAGS),
    ),
    new_record=QT_TRANSLATE_NOOP("sections", "&New Participant"),
)

ACTIVITIES = Section(
    key="activities",
    title=QT_TRANSLATE_NOOP("sections", "Activities"),
    icon="activities",
    list_name="activities",
    columns=(
        ListColumn("date", QT_TRANSLATE_NOOP("sections", "Date"), width=2, sample="2025-12-31"),
        ListColumn("start_time", QT_TRANSLATE_NOOP("sections", "Starts"), width=1, sample="23:59"),
        ListColumn("title", QT_TRANSLATE_NOOP("sections", "Title"), width=30),
        ListColumn("kind", QT_TRANSLATE_NOOP("sections", "Kind"), Show.ACTIVITY_KIND, width=22),
        ListColumn("place", QT_TRANSLATE_NOOP("sections", "Place"), width=16),
        ListColumn("present", QT_TRANSLATE_NOOP("sections", "Present"), Show.NUMBER, width=2, sample="9999"),
        ListColumn("women", QT_TRANSLATE_NOOP("sections", "Women"), Show.WOMEN_SHARE, width=2,
                   sample="✗ 25,9 %"),
    ),
    one=QT_TRANSLATE_NOOP("sections", "1 activity"),
    many=QT_TRANSLATE_NOOP("sections", "%1 activities"),
    share=QT_TRANSLATE_NOOP("sections", "%1 of %2 activities"),
    placeholder=QT_TRANSLATE_NOOP("sections", "Search by title, place, facilitator or date"),
    empty=QT_TRANSLATE_NOOP("sections", "No activities yet"),
    filters=(
        ListFilter("kind", QT_TRANSLATE_NOOP("sections", "Kind"), QT_TRANSLATE_NOOP("sections", "All kinds"),
                   Choices.ACTIVITY_KINDS),
    ),
    new_record=QT_TRANSLATE_NOOP("sections", "&New Activity"),
)

CASES = Section(
    key="cases",
    title=QT_TRANSLATE_NOOP("sections", "Cases"),
    icon="cases",
    list_name="cases",
    columns=(
        ListColumn("title", QT_TRANSLATE_NOOP("sections", "Title"), width=44),
        ListColumn("stage", QT_TRANSLATE_NOOP("sections", "Stage"), Show.CASE_STAGE, width=12),
        ListColumn("areas", QT_TRANSLATE_NOOP("sections", "Areas"), Show.AREAS, width=20),
        ListColumn("value_score", QT_TRANSLATE_NOOP("sections", "Value"), Show.NUMBER, width=2, sample="9999"),
        ListColumn("feasibility_score", QT_TRANSLATE_NOOP("sections", "Feasibility"), Show.NUMBER, width=2, sample="9999"),
        ListColumn("votes", QT_TRANSLATE_NOOP("sections", "Votes"), Show.NUMBER, width=2, sample="9999"),
        ListColumn("origin", QT_TRANSLATE_NOOP("sections", "From activity"), width=10),
    ),
    one=QT_TRANSLATE_NOOP("sections", "1 case"),
    many=QT_TRANSLATE_NOOP("sections", "%1 cases"),
    share=QT_TRANSLATE_NOOP("sections", "%1 of %2 cases"),
    placeholder=QT_TRANSLATE_NOOP("sections", "Search by title or problem"),
    empty=QT_TRANSLATE_NOOP("sections", "No cases yet"),
    filters=(
        ListFilter("stage", QT_TRANSLATE_NOOP("sections", "Stage"), QT_TRANSLATE_NOOP("sections", "All stages"),
                   Choices.CASE_STAGES),
        ListFilter("area", QT_TRANSLATE_NOOP("sections", "Area"), QT_TRANSLATE_NOOP("sections", "All areas"),
                   Choices.AREAS),
    ),
    new_record=QT_TRANSLATE_NOOP("sections", "&New Case"),
)

REPORTS = Section(key="reports", title=QT_TRANSLATE_NOOP("sections", "Reports"), icon="reports")

#: In the order of the navigation column and of the Ctrl+1… shortcuts.
SECTIONS: tuple[Section, ...] = (ORGANISATIONS, PARTICIPANTS, ACTIVITIES, CASES, REPORTS)


def section_text(source: str) -> str:
    """A text of this module (a placeholder, an empty-list note) in the user's language."""
    return QCoreApplication.translate(CONTEXT, source)


def section(key: str) -> Section:
    for candidate in SECTIONS:
        if candidate.key == key:
            return candidate
    raise KeyError(key)
