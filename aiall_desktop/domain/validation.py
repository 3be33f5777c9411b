"""Field rules shared by the forms (checked while typing) and the import (checked cell by cell).

Each ``check_*`` answers ``None`` when a value is fine, or a short message for the facilitator. Each
``parse_*`` returns the value in the form the register keeps it, or raises :class:`InvalidValue` with
the same message. The English texts live in :data:`MESSAGES` with ``str.format`` placeholders; a
:class:`Message` remembers its key and values, so that a translation layer can later render it in
Swedish without touching these rules.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections.abc import Callable, Iterable, Mapping
from enum import StrEnum
from typing import ClassVar, TypeVar

from ..records import ActivityKind, AttendanceStatus, Gender, Sector, SizeClass

MESSAGES: dict[str, str] = {
    "required": "{what} is required",
    "control_characters": "{what} contains a tab, line break or other control character",
    "org_number_format": "'{value}' is not an organisation number (NNNNNN-NNNN)",
    "org_number_check_digit": "'{value}' is not a valid organisation number (the check digit is wrong)",
    "email": "'{value}' is not an e-mail address",
    "phone_characters": "'{value}' is not a phone number (use digits, spaces, +, - and brackets)",
    "phone_digits": "'{value}' is not a phone number (it needs {minimum} to {maximum} digits)",
    "date": "'{value}' is not a date (YYYY-MM-DD)",
    "time": "'{value}' is not a time of day (HH:MM)",
    "timestamp": "'{value}' is not a date and time (YYYY-MM-DD HH:MM)",
    "choice": "'{value}' is not a known {what}; use one of: {choices}",
    "time_order": "the end time {end} is not after the start time {start}",
}


class Message(str):
    """An English message that also remembers its key and values, for a later translation.

    Subclasses name another ``catalogue`` of templates (the import keeps its own).
    """

    catalogue: ClassVar[Mapping[str, str]] = MESSAGES
    key: str
    values: dict[str, object]

    def __new__(cls, key: str, **values: object) -> Message:
        self = super().__new__(cls, cls.catalogue[key].format(**values))
        self.key = key
        self.values = values
        return self

    def __reduce__(self):
        return (_message, (type(self), self.key, self.values))


def _message(cls: type[Message], key: str, values: dict[str, object]) -> Message:
    return cls(key, **values)


class InvalidValue(ValueError):
    """A value that breaks a field rule; ``message`` says why, for the facilitator."""

    def __init__(self, key: str, **values: object):
        self.message = Message(key, **values)
        super().__init__(self.message)


def _shown(value: object, limit: int = 40) -> str:
    """The value as quoted back in a message: short enough to read in a list of problems."""
    text = str(value).strip()
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _text(value: object) -> str:
    return "" if value is None else str(value).strip()


_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f]")  # Unicode category Cc, exactly


def _has_control_characters(text: str) -> bool:
    return _CONTROL.search(text) is not None


def word_key(text: object) -> str:
    """A comparison key for a word someone typed: case, accents' composition, spaces and punctuation ignored.

    ``"Icke-binär"``, ``"icke binär"`` and ``"ICKEBINÄR"`` share one key; letters of every script stay.
    """
    folded = unicodedata.normalize("NFC", _text(text)).casefold()
    return "".join(ch for ch in folded if ch.isalnum())


# -- names and free text -------------------------------------------------------------------------


def parse_name(value: object, *, what: str = "a name") -> str:
    """A name as written, in any script, trimmed; never blank."""
    text = unicodedata.normalize("NFC", _text(value))
    if not text:
        raise InvalidValue("required", what=what[:1].upper() + what[1:])
    if _has_control_characters(text):
        raise InvalidValue("control_characters", what=what[:1].upper() + what[1:])
    return text


def check_name(value: object, *, what: str = "a name") -> Message | None:
    return _check(parse_name, value, what=what)


# -- Swedish organisation numbers ----------------------------------------------------------------

_ORG_NUMBER = re.compile(r"(?:16)?(\d{6})[- ]?(\d{4})")


def luhn_valid(digits: str) -> bool:
    """The Luhn check used by Swedish organisation and personal numbers (weights 2,1,2,1… from the left)."""
    if not digits.isdigit() or not digits.isascii():
        return False
    total = 0
    for position, ch in enumerate(reversed(digits)):
        digit = int(ch)
        if position % 2 == 1:
            digit *= 2
            if digit > 9:
                digit -= 9
        total += digit
    return total % 10 == 0


def normalise_org_number(value: object) -> str:
    """The dashed form ``NNNNNN-NNNN`` of an organisation number written in any usual way.

    Accepts ``NNNNNN-NNNN``, ten digits without the dash, the twelve-digit form with the ``16`` prefix
    Skatteverket uses, and a number cell from Excel. A sole trader's number is their personal number,
    which may begin with 0; Excel drops that zero from a number cell, so a number is padded back to ten
    digits. Anything else comes back trimmed but otherwise as written, for the check to report.
    """
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if isinstance(value, int):
        text = str(value)
        if 0 <= value and len(text) <= 10:
            text = text.zfill(10)
        value = text
    text = _text(value)
    match = _ORG_NUMBER.fullmatch(text)
    if match and match.group(1).isascii() and match.group(2).isascii():
        return f"{match.group(1)}-{match.group(2)}"
    return text


def parse_org_number(value: object) -> str | None:
    """The organisation number in dashed form, or ``None`` when blank (foreign organisations have none)."""
    text = normalise_org_number(value)
    if not text:
        return None
    # Ten zeros pass the check digit, but no organisation (or person) has that number.
    if not re.fullmatch(r"\d{6}-\d{4}", text) or not text.isascii() or text == "000000-0000":
        raise InvalidValue("org_number_format", value=_shown(text))
    if not luhn_valid(text.replace("-", "")):
        raise InvalidValue("org_number_check_digit", value=_shown(text))
    return text


def check_org_number(value: object) -> Message | None:
    return _check(parse_org_number, value)


# -- e-mail and phone ----------------------------------------------------------------------------

# No whitespace, control characters or the characters only quoted local parts may hold (not worth it).
_LOCAL_PART = re.compile(r'[^\s\x00-\x1f\x7f-\x9f()<>\[\]\\,;:"@]{1,64}')
_DOMAIN_LABEL = re.compile(r"[^\W_](?:(?:[^\W_]|-){0,61}[^\W_])?")


def _looks_like_email(text: str) -> bool:
    if text.count("@") != 1 or len(text) > 254:
        return False
    local, domain = text.split("@")
    if not _LOCAL_PART.fullmatch(local) or local.startswith(".") or local.endswith(".") or ".." in local:
        return False
    labels = domain.split(".")
    if len(labels) < 2:
        return False
    if not all(_DOMAIN_LABEL.fullmatch(label) for label in labels):
        return False
    top = labels[-1]
    return len(top) >= 2 and not top.isdigit()


def parse_email(value: object, *, required: bool = False) -> str:
    """An e-mail address as written (trimmed), or ``""`` when blank and not required.

    Practical rather than RFC-complete: one @, a local part without spaces, a domain with a dot and
    sensible labels; letters of any script are allowed on both sides.
    """
    text = unicodedata.normalize("NFC", _text(value))
    if not text:
        if required:
            raise InvalidValue("required", what="An e-mail address")
        return ""
    if not _looks_like_email(text):
        raise InvalidValue("email", value=_shown(text))
    return text


def check_email(value: object, *, required: bool = False) -> Message | None:
    return _check(parse_email, value, required=required)


PHONE_MIN_DIGITS = 6
PHONE_MAX_DIGITS = 17  # E.164's 15 plus an international 00 prefix
_PHONE = re.compile(r"\+?[0-9 ()\-]+")


def parse_phone(value: object) -> str:
    """A phone number as written (trimmed), or ``""`` when blank."""
    text = _text(value)
    if not text:
        return ""
    if not _PHONE.fullmatch(text):
        raise InvalidValue("phone_characters", value=_shown(text))
    digits = sum(ch.isdigit() for ch in text)
    if not PHONE_MIN_DIGITS <= digits <= PHONE_MAX_DIGITS:
        raise InvalidValue("phone_digits", value=_shown(text), minimum=PHONE_MIN_DIGITS, maximum=PHONE_MAX_DIGITS)
    return text


def check_phone(value: object) -> Message | None:
    return _check(parse_phone, value)


# -- dates and times -----------------------------------------------------------------------------

_DATE = re.compile(r"(\d{4})-(\d{2})-(\d{2})(?:[ T]00:00(?::00(?:\.0+)?)?)?")
_TIME = re.compile(r"(\d{1,2})[:.](\d{2})(?:[:.](\d{2}))?")


def parse_date(value: object) -> str | None:
    """An ISO date ``YYYY-MM-DD``, or ``None`` when blank.

    Date cells from Excel arrive as ``date``/``datetime`` objects and are taken as they are; a text
    may carry a midnight time after the date, as Excel writes date cells into CSV files.
    """
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    text = _text(value)
    if not text:
        return None
    match = _DATE.fullmatch(text)
    if match and text.isascii():
        try:
            return dt.date(*(int(part) for part in match.groups())).isoformat()
        except ValueError:
            pass
    raise InvalidValue("date", value=_shown(text))


def check_date(value: object) -> Message | None:
    return _check(parse_date, value)


def parse_time(value: object) -> str | None:
    """A time of day ``HH:MM`` (``9:00`` and the Swedish ``9.00`` accepted), or ``None`` when blank."""
    if isinstance(value, (dt.time, dt.datetime)):
        return f"{value.hour:02d}:{value.minute:02d}"
    text = _text(value)
    if not text:
        return None
    match = _TIME.fullmatch(text)
    if match and text.isascii():
        hour, minute = int(match.group(1)), int(match.group(2))
        if hour < 24 and minute < 60 and int(match.group(3) or 0) < 60:
            return f"{hour:02d}:{minute:02d}"
    raise InvalidValue("time", value=_shown(text))


def check_time(value: object) -> Message | None:
    return _check(parse_time, value)


MINUTES_PER_DAY = 24 * 60


def time_minutes(value: object) -> int:
    """Minutes since midnight of a time of day (``"09:30"`` → 570); raises ``InvalidValue`` when it is none."""
    parsed = parse_time(value)
    if parsed is None:
        raise InvalidValue("time", value="")
    hours, minutes = parsed.split(":")
    return int(hours) * 60 + int(minutes)


def clock_time(minutes: int) -> str:
    """``HH:MM`` of minutes since midnight; past midnight it goes round the clock (an agenda running late)."""
    minutes %= MINUTES_PER_DAY
    return f"{minutes // 60:02d}:{minutes % 60:02d}"


def parse_end_time(value: object, start: object) -> str | None:
    """An activity's end time ``HH:MM``, which must be after its start (the same day); ``None`` when blank.

    An unreadable ``start`` is the start field's own problem: only the end's form is checked then.
    """
    end = parse_time(value)
    if end is None:
        return None
    try:
        begins = time_minutes(start)
    except InvalidValue:
        return end
    if time_minutes(end) <= begins:
        raise InvalidValue("time_order", end=end, start=clock_time(begins))
    return end


def check_end_time(value: object, start: object) -> Message | None:
    return _check(parse_end_time, value, start)


def end_keeping_length(old_start: object, old_end: object, new_start: object) -> str:
    """The end time that keeps an activity as long as it was when its start moves to ``new_start``.

    The day's last minute at the latest; an activity that had no length gets an hour.
    """
    length = time_minutes(old_end) - time_minutes(old_start)
    if length <= 0:
        length = 60
    return clock_time(min(time_minutes(new_start) + length, MINUTES_PER_DAY - 1))


def parse_timestamp(value: object) -> str | None:
    """A date and time in ISO form, kept as written when it is one; ``None`` when blank."""
    if isinstance(value, dt.datetime):
        return value.isoformat()
    text = _text(value)
    if not text:
        return None
    if text.isascii() and re.match(r"\d{4}-\d{2}-\d{2}[ T]\d{2}:\d{2}", text):
        try:
            dt.datetime.fromisoformat(text)
            return text
        except ValueError:
            pass
    raise InvalidValue("timestamp", value=_shown(text))


# -- choices (enums) -----------------------------------------------------------------------------

#: The words accepted for each choice, English first (the first word is what an export writes),
#: then Swedish and the usual abbreviations. Matching ignores case, spaces and punctuation.
CHOICE_WORDS: dict[type[StrEnum], dict[StrEnum, tuple[str, ...]]] = {
    Gender: {
        Gender.WOMAN: ("Woman", "kvinna", "female", "f", "k", "w", "kvinnlig", "dam"),
        Gender.MAN: ("Man", "male", "m", "manlig", "herr"),
        Gender.NON_BINARY: ("Non-binary", "icke-binär", "nonbinary", "nb", "enby"),
        Gender.SELF_DESCRIBED: ("Self-described", "egen beskrivning", "självbeskriven", "annat", "other", "annan"),
        Gender.NOT_STATED: (
            "Not stated", "vill ej uppge", "vill inte uppge", "ej angivet", "ej angiven", "uppgift saknas",
            "prefer not to say", "unknown", "okänt", "-",
        ),
    },
    Sector: {
        Sector.COMPANY: ("Company", "företag", "business", "näringsliv", "private", "privat", "privat sektor"),
        Sector.PUBLIC_SECTOR: ("Public sector", "offentlig sektor", "offentlig", "public", "kommun", "region"),
        Sector.ACADEMIA: ("Academia", "akademi", "akademin", "university", "universitet", "högskola", "research"),
        Sector.NON_PROFIT: (
            "Non-profit", "ideell", "ideell sektor", "förening", "civil society", "civilsamhälle", "ngo",
        ),
        Sector.OTHER: ("Other", "annat", "annan", "övrigt", "övrig"),
    },
    SizeClass: {
        SizeClass.MICRO: ("Micro", "mikro", "mikroföretag", "micro enterprise"),
        SizeClass.SMALL: ("Small", "liten", "litet", "småföretag", "small enterprise"),
        SizeClass.MEDIUM: ("Medium", "medelstor", "medelstort", "medium-sized", "medelstora företag"),
        SizeClass.LARGE: ("Large", "stor", "stort", "storföretag", "large enterprise"),
    },
    ActivityKind: {
        ActivityKind.CASE_WORKSHOP: (
            "Case-identification workshop", "case workshop", "workshop", "caseworkshop",
            "case-identifieringsworkshop", "identifieringsworkshop",
        ),
        ActivityKind.NETWORK_MEETING: ("Network meeting", "nätverksmöte", "nätverksträff", "network"),
        ActivityKind.COMPANY_VISIT: ("Company visit", "företagsbesök", "besök", "visit"),
        ActivityKind.CASE_DEVELOPMENT: (
            "Case development session", "case development", "caseutveckling", "case-utveckling", "utvecklingsmöte",
        ),
        ActivityKind.DEMONSTRATION: ("Demonstration", "demo", "visning"),
    },
    AttendanceStatus: {
        AttendanceStatus.INVITED: ("Invited", "inbjuden", "inbjudna", "anmäld", "registered"),
        AttendanceStatus.PRESENT: ("Present", "närvarande", "närvarade", "deltog", "attended", "här"),
        AttendanceStatus.EXCUSED: ("Excused", "förhinder", "återbud", "ursäktad", "lämnat återbud"),
        AttendanceStatus.NO_SHOW: ("No-show", "uteblev", "utebliven", "did not come", "absent", "frånvarande"),
    },
}

_CHOICE_NAMES: dict[type[StrEnum], str] = {
    Gender: "gender",
    Sector: "sector",
    SizeClass: "size class",
    ActivityKind: "activity kind",
    AttendanceStatus: "attendance status",
}

_CHOICE_INDEX: dict[type[StrEnum], dict[str, StrEnum]] = {}
for _enum, _words in CHOICE_WORDS.items():
    _index: dict[str, StrEnum] = {}
    for _member, _member_words in _words.items():
        # The stored value itself (``non_binary``) is always understood, too.
        for _word in (_member.value, *_member_words):
            _key = word_key(_word) or _word
            if _index.setdefault(_key, _member) is not _member:
                raise AssertionError(f"{_enum.__name__}: {_word!r} means two things")
    _CHOICE_INDEX[_enum] = _index

E = TypeVar("E", bound=StrEnum)


def choice_label(member: StrEnum) -> str:
    """The English word an export writes for a choice (and the import reads back)."""
    return CHOICE_WORDS[type(member)][member][0]


def parse_choice(enum: type[E], value: object) -> E | None:
    """The choice a word names (stored value, English or Swedish, any case), or ``None`` when blank."""
    if isinstance(value, enum):
        return value
    text = _text(value)
    if not text:
        return None
    member = _CHOICE_INDEX[enum].get(word_key(text) or text)
    if member is None:
        choices = ", ".join(words[0].lower() for words in CHOICE_WORDS[enum].values())
        raise InvalidValue("choice", value=_shown(text), what=_CHOICE_NAMES[enum], choices=choices)
    return member  # type: ignore[return-value]


def parse_gender(value: object) -> Gender:
    """Gender is never forced: a blank answer is ``not stated``."""
    return parse_choice(Gender, value) or Gender.NOT_STATED


def parse_sector(value: object) -> Sector | None:
    return parse_choice(Sector, value)


def parse_size_class(value: object) -> SizeClass | None:
    return parse_choice(SizeClass, value)


def parse_activity_kind(value: object) -> ActivityKind | None:
    return parse_choice(ActivityKind, value)


def parse_attendance_status(value: object) -> AttendanceStatus | None:
    return parse_choice(AttendanceStatus, value)


def check_choice(enum: type[StrEnum], value: object) -> Message | None:
    return _check(parse_choice, enum, value)


# -- tags ----------------------------------------------------------------------------------------


def split_tags(value: object, separators: str = ";,") -> list[str]:
    """``"AI/data; software, domain expert"`` → ``["AI/data", "software", "domain expert"]``.

    Empty pieces and repeats are dropped; the first spelling of a repeated tag is kept.
    """
    if value is None:
        return []
    if isinstance(value, (list, tuple)):
        pieces: Iterable[object] = value
    else:
        pieces = re.split("[" + re.escape(separators) + "]", str(value))
    tags: list[str] = []
    seen: set[str] = set()
    for piece in pieces:
        tag = " ".join(str(piece).split())
        if tag and tag.casefold() not in seen:
            seen.add(tag.casefold())
            tags.append(tag)
    return tags


def join_tags(tags: Iterable[str]) -> str:
    """The inverse of :func:`split_tags`, as a cell shows a list."""
    return "; ".join(tags)


def _check(parse: Callable[..., object], *args: object, **kwargs: object) -> Message | None:
    try:
        parse(*args, **kwargs)
    except InvalidValue as invalid:
        return invalid.message
    return None
