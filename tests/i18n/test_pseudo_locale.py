"""Every text the window shows goes through translation: shown in a pseudo-language, none is English.

The pseudo-translation is made from the code at test time (lupdate; every translation is the source
with each English letter swapped for an accented look-alike, between ⟦ ⟧; lrelease) and replaces the
program's translator. The window is then walked (``window_walk.py``) and every text it shows is
collected. An English letter left on screen never went through translation — alone, or glued to a
translated sentence. Texts that are the register's own data (names, titles, places: list cells and
field contents, settings) are not collected, or taken out before the check.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator
from translation_tools import OPEN, Shown, pseudo_translation, untranslated
from window_walk import ALLOWED, walk_everything


@pytest.fixture
def pseudo(tmp_path: Path, own_translators, qapp) -> QTranslator:
    qm = pseudo_translation(tmp_path / "pseudo")
    translator = QTranslator()
    assert translator.load(str(qm)), qm
    QCoreApplication.installTranslator(translator)
    own_translators.append(translator)
    assert QCoreApplication.translate("MainWindow", "&File") == "⟦&Ƒíĺé⟧"
    return translator


def test_every_shown_text_goes_through_translation(qtbot, monkeypatch, pseudo, open_window, register,
                                                   message_boxes, type_text, tmp_path):
    window = open_window(register.path)
    walk = walk_everything(qtbot, monkeypatch, window, register, type_text, message_boxes, tmp_path)
    if os.environ.get("I18N_DUMP"):  # a list of everything seen, to look through by eye
        Path(os.environ["I18N_DUMP"]).write_text("\n".join(f"{i.where}\t{i.text!r}" for i in walk.shown.values()))

    assert len(walk.shown) > 1000, "the walk saw too little to prove anything"
    assert sum(OPEN in item.text for item in walk.shown.values()) > 1000
    found = untranslated(walk.shown.values(), data=walk.extra_data, allowed=ALLOWED)
    report = "\n".join(f"  {item.where}: {item.text!r}" for item in sorted(found, key=lambda i: i.where))
    assert not found, f"{len(found)} texts do not go through translation:\n{report}"


def test_the_check_finds_english_glued_to_a_translation_and_spares_data_and_keys():
    from translation_tools import pseudo

    shown = [
        Shown("glued", pseudo("Notes:") + "\n• column 'X' is not known"),
        Shown("whole", pseudo("Database: %1").replace("%1", "/tmp/Register.sqlite")),
        Shown("keys", pseudo("Undo") + " (Ctrl+Z)"),
        Shown("bare", "Save"),
        Shown("rich", "<b>" + pseudo("Saved") + "</b>"),
    ]
    found = untranslated(shown, data={"/tmp/Register.sqlite", "X"})
    assert [item.where for item in found] == ["glued", "bare"]
    assert pseudo("{count} votes of %1 for <b>{title}</b> &amp; &Save") == "⟦{count} ʋóťéš óƒ %1 ƒóŕ <b>{title}</b> &amp; &Šáʋé⟧"
