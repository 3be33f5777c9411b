"""The window in Swedish asks for no text that has no Swedish translation.

A recording translator (``translation_tools.RecordingTranslator``) holds the Swedish translation built
from the committed .ts and notes every text of the program it is asked for and cannot translate, while
the window is walked as in the pseudo-language test. A text added to the code fails it until it is
translated (``scripts/translations.py update``, then pyside6-linguist on the Swedish .ts).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QTranslator
from translation_tools import RecordingTranslator, translations_script
from window_walk import walk_everything

script = translations_script()


def program_contexts() -> set[str]:
    return {message.context for message in script.messages(script.ts_path("sv"))}


def recording(qm: Path, own_translators) -> RecordingTranslator:
    translator = RecordingTranslator(only_contexts=program_contexts())
    assert translator.load(str(qm)), qm
    QCoreApplication.installTranslator(translator)
    own_translators.append(translator)
    return translator


def test_the_recorder_notes_the_texts_it_cannot_translate(tmp_path: Path, own_translators, qapp):
    ts = tmp_path / "aiall_desktop_sv.ts"
    ts.write_text("""<?xml version="1.0" encoding="utf-8"?><!DOCTYPE TS><TS version="2.1" language="sv">
<context><name>MainWindow</name>
<message><source>&amp;File</source><translation>&amp;Arkiv</translation></message>
<message><source>&amp;Edit</source><translation type="unfinished"></translation></message>
</context></TS>""", encoding="utf-8")
    (qm,) = script.build(tmp_path, force=True)
    translator = recording(qm, own_translators)
    assert QCoreApplication.translate("MainWindow", "&File") == "&Arkiv"
    assert QCoreApplication.translate("MainWindow", "&Edit") == "&Edit"
    assert QCoreApplication.translate("MainWindow", "Made at run time") == "Made at run time"
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Cancel"  # Qt's own: not the program's
    assert translator.misses == {("MainWindow", "&Edit"), ("MainWindow", "Made at run time")}


def test_the_window_in_swedish_asks_for_no_untranslated_text(qtbot, monkeypatch, tmp_path: Path, own_translators,
                                                            open_window, register, message_boxes, type_text, qapp):
    qtbase = QTranslator()
    if qtbase.load("qtbase_sv", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        QCoreApplication.installTranslator(qtbase)
        own_translators.append(qtbase)
    (qm,) = [made for made in script.build(script.TRANSLATIONS, tmp_path / "sv", force=True)
             if made.stem.endswith("_sv")]
    translator = recording(qm, own_translators)
    window = open_window(register.path)
    walk_everything(qtbot, monkeypatch, window, register, type_text, message_boxes, tmp_path)
    assert translator.asked > 1000, "the walk asked for too few texts to prove anything"
    misses = sorted(translator.misses)
    listed = "\n".join(f"  [{context}] {source!r}" for context, source in misses[:200])
    assert not misses, f"{len(misses)} texts have no Swedish translation:\n{listed}"
