"""The translations are current, complete and loadable, and Qt's own texts come in Swedish too.

(a) the committed .ts files hold exactly the texts of the code; (b) every Swedish text is translated,
with the same placeholders; (c) the build step makes .qm files that load; (d) Qt's own dialogs are
translated by Qt's translation (qtbase).
"""

from __future__ import annotations

import re
import shutil
from collections import Counter
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QTranslator
from PySide6.QtWidgets import QDialogButtonBox
from translation_tools import translations_script

script = translations_script()
UPDATE = "run `.venv/bin/python scripts/translations.py update` and translate the new strings"


def committed() -> list[Path]:
    files = sorted(script.TRANSLATIONS.glob(f"{script.NAME}_*.ts"))
    assert script.ts_path("sv") in files, f"resources/translations/{script.NAME}_sv.ts is missing: {UPDATE}"
    return files


@pytest.mark.parametrize("ts", committed(), ids=lambda path: path.name)
def test_the_committed_translation_sources_hold_every_text_of_the_code(ts: Path, tmp_path: Path):
    fresh = tmp_path / ts.name
    shutil.copy(ts, fresh)
    script.lupdate(fresh, plural_only=ts.stem.endswith("_" + script.SOURCE_LANGUAGE))
    before, after = set(script.messages(ts)), set(script.messages(fresh))
    added = sorted(after - before)
    removed = sorted(before - after)
    listed = "\n".join([f"  new: [{m.context}] {m.source!r}" for m in added]
                       + [f"  gone: [{m.context}] {m.source!r}" for m in removed])
    assert not added and not removed, f"{ts.name} is out of date: {UPDATE}:\n{listed}"


def test_english_needs_a_translation_source_only_for_plural_forms():
    english = script.ts_path(script.SOURCE_LANGUAGE)
    assert english.exists() == script.uses_plurals(), f"{english.name} should exist only for %n texts: {UPDATE}"


_QT_PLACEHOLDER = re.compile(r"%L?\d+|%L?n")
_FIELD = re.compile(r"(?<!\{)\{[A-Za-z_][A-Za-z0-9_]*(?:![rsa])?(?::[^{}]*)?\}(?!\})")
_ACCELERATOR = re.compile(r"&(?!&|[a-zA-Z]+;|#\d+;|\s)")


def placeholders(text: str) -> tuple[Counter, Counter]:
    return Counter(_QT_PLACEHOLDER.findall(text)), Counter(_FIELD.findall(text))


def problems_of(ts: Path) -> list[str]:
    problems = []
    for message, element in script.messages(ts).items():
        where = f"[{message.context}] {message.source!r}"
        translation = element.find("translation")
        forms = [form.text or "" for form in translation.findall("numerusform")] if translation is not None else []
        texts = forms or [translation.text or "" if translation is not None else ""]
        if translation is None or translation.get("type") in ("unfinished", "vanished", "obsolete"):
            problems.append(f"  not translated: {where}")
            continue
        for text in texts:
            if not text.strip():
                problems.append(f"  empty: {where}")
            elif placeholders(text) != placeholders(message.source):
                problems.append(f"  placeholders differ: {where} → {text!r}")
            elif len(_ACCELERATOR.findall(text)) > 1:
                problems.append(f"  more than one & shortcut letter: {where} → {text!r}")
            elif bool(_ACCELERATOR.search(text)) != bool(_ACCELERATOR.search(message.source)):
                problems.append(f"  & shortcut letter lost or added: {where} → {text!r}")
    return problems


def test_every_swedish_text_is_translated_with_the_same_placeholders():
    problems = problems_of(script.ts_path("sv"))
    listed = "\n".join(problems[:200]) + (f"\n  … and {len(problems) - 200} more" if len(problems) > 200 else "")
    assert not problems, f"{len(problems)} Swedish texts need work (open the .ts in pyside6-linguist):\n{listed}"


def test_the_placeholder_check_finds_what_a_translator_may_get_wrong(tmp_path: Path):
    ts = tmp_path / "aiall_desktop_sv.ts"
    ts.write_text("""<?xml version="1.0" encoding="utf-8"?><!DOCTYPE TS><TS version="2.1" language="sv">
<context><name>C</name>
<message><source>&amp;Save %1</source><translation>&amp;Spara %1</translation></message>
<message><source>{count} votes</source><translation>{antal} röster</translation></message>
<message><source>Open %1 of %2</source><translation>Öppna %1</translation></message>
<message><source>&amp;File</source><translation>&amp;Ar&amp;kiv</translation></message>
<message><source>Later</source><translation type="unfinished"></translation></message>
<message><source>Empty</source><translation></translation></message>
</context></TS>""", encoding="utf-8")
    found = problems_of(ts)
    assert [line.split(":")[0].strip() for line in found] == [
        "placeholders differ", "placeholders differ", "more than one & shortcut letter", "not translated", "empty"]


def test_the_build_step_makes_translations_that_load(tmp_path: Path, qapp):
    made = script.build(script.TRANSLATIONS, tmp_path, force=True)
    assert {qm.name for qm in made} == {ts.stem + ".qm" for ts in committed()}
    for qm in made:
        translator = QTranslator()
        assert translator.load(str(qm)), qm
        assert translator.language().startswith(qm.stem.rsplit("_", 1)[-1])
    # Up to date: a second build does nothing (it is cheap to run before every start).
    assert script.build(script.TRANSLATIONS, tmp_path) == []


def test_the_program_loads_qt_and_its_own_swedish_translation(tmp_path: Path, own_translators, monkeypatch, qapp):
    from aiall_desktop.gui import app

    (tmp_path / "translations").mkdir()
    script.build(script.TRANSLATIONS, tmp_path / "translations", force=True)
    monkeypatch.setattr(app, "resources_dir", lambda: tmp_path)
    loaded = [Path(path).name for path in app.install_translators(qapp, QLocale(QLocale.Language.Swedish))]
    assert "qtbase_sv.qm" in loaded
    assert f"{app.TRANSLATION_NAME}_sv.qm" in loaded

    # Qt's own dialogs and buttons speak Swedish (qtbase's translation).
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
    assert buttons.button(QDialogButtonBox.StandardButton.Cancel).text() == "Avbryt"
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Avbryt"
    assert QCoreApplication.translate("QFileDialog", "File &name:") == "Fil&namn:"
