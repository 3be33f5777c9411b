"""Random text typed into every field of a new participant, through the real widgets, then Save.

Either the participant is saved, and what is stored is exactly what the field rules make of what was
typed; or a field shows a message, every field still holds what was typed, and nothing was written
(the register's count of participants is unchanged). The text is printable text of any script (what a
keyboard or an input method can type); each field gets nothing, a near-valid value or random text, so
that both outcomes are met often.
"""

from __future__ import annotations

from hypothesis import HealthCheck, Phase, event, given, settings
from hypothesis import strategies as st
from PySide6.QtCore import Qt

from aiall_desktop.domain.validation import parse_date, parse_email, parse_name, parse_phone, split_tags
from aiall_desktop.gui.editing.fields import PROBLEMS
from aiall_desktop.records import Gender
from aiall_desktop.store import Store

CTRL = Qt.KeyboardModifier.ControlModifier

#: Bounded: each example types a dozen fields key by key. More in the thorough profile.
GUI_EXAMPLES = 25 if (settings.default.max_examples if settings.default else 100) < 1000 else 100

printable = st.text(st.characters(categories=["L", "M", "N", "P", "S"], include_characters=" "),
                    max_size=16)


def field_text(*near: str) -> st.SearchStrategy[str]:
    return st.one_of(st.just(""), st.sampled_from(near), printable) if near else st.one_of(st.just(""), printable)


FIELDS = {
    "first_name": field_text("Åsa", "فاطمة", "Nguyễn Văn", " Ivana "),
    "last_name": field_text("Öberg", "حسن", "Đurić", "O'Neil"),
    "email": field_text("asa@example.se", "fatima@exämple.org", "a@b", "x@y.z", "@example.se"),
    "phone": field_text("070-123 45 67", "+46 (0)19 30 30 00", "123", "070-ABC"),
    "organisation": field_text("Kumla Livsmedel AB", "kumla livsmedel ab", "Örebro universitet", "Okänd AB"),
    "role": field_text("VD", "Data analyst"),
    "backgrounds": field_text("software; welfare", "a,,b;", ";"),
    "competences": field_text("AI/data, domain expert", "x;X"),
    "tags": field_text("pilot", "pilot; Pilot"),
    "consent_date": field_text("2025-02-01", "2025-02-30", "1.2.2025", "2025-02-01 00:00"),
    "consent_scope": field_text("Reporting to the funder only"),
    "consent_method": field_text("By e-mail"),
    "notes": field_text("Första kontakt", "  Fika 10.15  "),
}


#: Values the strict fields accept: half the examples type only these (or nothing) there, so that
#: saving succeeds often enough to check what is stored.
VALID = {
    "email": st.sampled_from(["", "asa@example.se", "fatima@exämple.org", "x@y.zz"]),
    "phone": st.sampled_from(["", "070-123 45 67", "+46 (0)19 30 30 00"]),
    "organisation": st.sampled_from(["", "Kumla Livsmedel AB", "kumla livsmedel ab", "Örebro universitet"]),
    "consent_date": st.sampled_from(["", "2025-02-01", "2025-02-01 00:00"]),
}


@st.composite
def entries(draw) -> dict[str, str]:
    clean = draw(st.booleans())
    return {key: draw(VALID[key] if clean and key in VALID else strategy) for key, strategy in FIELDS.items()}


def _name(text: str) -> str:
    return parse_name(text) if text.strip() else ""


#: What each rule makes of a field's text: the stored value the form must save.
EXPECTED = {
    "first_name": _name, "last_name": _name, "email": parse_email, "phone": parse_phone,
    "role": str.strip, "backgrounds": split_tags, "competences": split_tags, "tags": split_tags,
    "consent_date": parse_date, "consent_scope": str.strip, "consent_method": str.strip, "notes": str.strip,
}


def ids_of_people(store: Store) -> set[str]:
    return {person.id for person in store.participants.list(include_deleted=True)}


def start_new(qtbot, window):
    editor = window.details.current_editor
    if editor is not None and editor.mode == "new":
        editor.discard()  # the last example's entry, typed and refused: go without asking
    qtbot.keyClick(window, Qt.Key.Key_2, CTRL)
    qtbot.keyClick(window, Qt.Key.Key_N, CTRL)
    editor = window.details.current_editor
    assert editor is not None and editor.kind == "participants" and editor.mode == "new"
    return editor


def widget_text(field) -> str:
    widget = field.widget
    return widget.toPlainText() if hasattr(widget, "toPlainText") else widget.text()


@settings(max_examples=GUI_EXAMPLES, deadline=None, phases=[p for p in Phase if p != Phase.explain],
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(typed=entries(), gender=st.sampled_from(list(Gender)), gender_text=field_text("genderfluid"))
def test_random_text_in_every_field_is_saved_as_the_rules_read_it_or_explained(
    qtbot, type_text, window, typed, gender, gender_text
):
    store = window.store
    editor = start_new(qtbot, window)
    before = ids_of_people(store)
    fields = {field.key if field.key != "organisation_id" else "organisation": field for field in editor.fields}

    gender_index = editor.gender.widget.findData(gender.value)
    editor.gender.widget.setCurrentIndex(gender_index)
    editor.gender.widget.activated.emit(gender_index)
    texts = dict(typed)
    if gender == Gender.SELF_DESCRIBED:
        texts["gender_text"] = gender_text
    for key, text in texts.items():
        field = fields[key]
        field.widget.setFocus()
        type_text(field.widget, text)
        # Never loses what was typed: the control holds every character, as typed.
        assert widget_text(field) == text, key

    planned_organisation = None
    try:
        planned_organisation = fields["organisation"].parse()
    except PROBLEMS:
        pass
    qtbot.keyClick(editor.fields[0].widget, Qt.Key.Key_S, CTRL)

    after = ids_of_people(store)
    if after == before:
        assert editor.mode == "new", "not saved, yet the entry is gone"
        explained = [field.key for field in editor.fields if field.feedback.text]
        assert explained, "refused without a message"
        event(f"refused, explained at {explained[0]}")
        for key, text in texts.items():
            assert widget_text(fields[key]) == text, f"{key} lost what was typed when saving was refused"
        return

    assert len(after - before) == 1 and before <= after, "saving wrote more or less than one participant"
    saved = store.participants.get((after - before).pop())
    event("saved")
    for key, parse in EXPECTED.items():
        assert getattr(saved, key) == parse(texts[key]), key
    assert saved.organisation_id == planned_organisation
    assert saved.gender == gender
    assert saved.gender_text == (gender_text.strip() if gender == Gender.SELF_DESCRIBED else "")
