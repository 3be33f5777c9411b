"""The translation build step: Qt Linguist sources (.ts) from the code, compiled translations (.qm) from them.

    .venv/bin/python scripts/translations.py update   # after changing texts: refresh the .ts files
    .venv/bin/python scripts/translations.py build    # before running or packaging: make the .qm files

``update`` runs pyside6-lupdate over the program's Python files and Designer forms into
``resources/translations/aiall_desktop_<language>.ts``; existing translations are kept, texts that no
longer exist are dropped (``-no-obsolete``). ``build`` runs pyside6-lrelease on every .ts whose .qm is
missing or older; the .qm files are build output (ignored by git), never committed by hand.

English is the source language and the texts in the code are the English ones; English would need a
.ts only for plural forms (``tr("%n …", "", n)``), and the program uses none: counts have a message
for one and one for several (see gui/sections.py). When a ``%n`` text appears, ``update`` makes an
English .ts of the plural forms alone (``-pluralonly``) so that English says "1 person" too.

Only the standard library and the PySide6 tools of the running Python are used; the tests import
this file to compare the committed .ts files with the code.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import xml.etree.ElementTree as ElementTree
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TRANSLATIONS = ROOT / "resources" / "translations"
NAME = "aiall_desktop"
#: The languages the program is translated into (besides English, the source language).
LANGUAGES = ("sv",)
SOURCE_LANGUAGE = "en"
#: Where the program's texts are: its Python code and its Designer forms.
SOURCE_PATTERNS = ("aiall_desktop/*.py", "ui/*.ui")  # git pathspecs: * crosses folders
FALLBACK_GLOBS = ("aiall_desktop/**/*.py", "ui/*.ui")


@dataclass(frozen=True, order=True)
class Message:
    """One text as a translator sees it (the identity lupdate and QTranslator use)."""

    context: str
    source: str
    comment: str = ""


def tool(name: str) -> Path:
    """A Qt Linguist tool shipped inside PySide6 (what the pyside6-<name> wrapper runs)."""
    import PySide6

    path = Path(PySide6.__file__).resolve().parent / (name + (".exe" if sys.platform == "win32" else ""))
    if not path.exists():
        raise SystemExit(f"translations: {path} is missing; is PySide6 installed in this Python?")
    return path


def source_files(root: Path = ROOT) -> list[Path]:
    """The files lupdate reads: tracked ones and new ones not yet committed (but not ignored ones)."""
    try:
        listed = subprocess.run(
            ["git", "ls-files", "--cached", "--others", "--exclude-standard", "--", *SOURCE_PATTERNS],
            cwd=root, check=True, capture_output=True, text=True,
        ).stdout.splitlines()
    except (OSError, subprocess.CalledProcessError):
        # Not a git checkout (an unpacked source archive): every file that matches.
        listed = [str(p.relative_to(root)) for pattern in FALLBACK_GLOBS for p in root.glob(pattern)]
    files = sorted({root / name for name in listed if (root / name).is_file()})
    return [f for f in files if "__pycache__" not in f.parts]


def ts_path(language: str, folder: Path = TRANSLATIONS) -> Path:
    return folder / f"{NAME}_{language}.ts"


def lupdate(ts: Path, *, plural_only: bool = False, root: Path = ROOT) -> None:
    """Bring one .ts up to date with the code (created if missing; translations kept)."""
    ts.parent.mkdir(parents=True, exist_ok=True)
    language = ts.stem.rsplit("_", 1)[-1]
    # The file list goes through a list file: a command line of hundreds of paths is too long on Windows.
    listing = ts.with_name(ts.name + ".files")
    listing.write_text("\n".join(str(f) for f in source_files(root)) + "\n", encoding="utf-8")
    command = [str(tool("lupdate")), "-silent", "-no-obsolete", "-locations", "relative", "-no-ui-lines",
               "-source-language", SOURCE_LANGUAGE, "-target-language", language]
    if plural_only:
        command.append("-pluralonly")
    command += [f"@{listing}", "-ts", str(ts)]
    try:
        subprocess.run(command, cwd=root, check=True)
    finally:
        listing.unlink(missing_ok=True)


def uses_plurals(root: Path = ROOT) -> bool:
    """Whether any text counts with %n (then English needs its plural forms in a .ts of its own)."""
    for path in source_files(root):
        text = path.read_text(encoding="utf-8", errors="replace")
        if "%n" in text or "%Ln" in text:
            return True
    return False


def update(folder: Path = TRANSLATIONS, root: Path = ROOT) -> list[Path]:
    written = []
    for language in LANGUAGES:
        lupdate(ts_path(language, folder), root=root)
        written.append(ts_path(language, folder))
    english = ts_path(SOURCE_LANGUAGE, folder)
    if uses_plurals(root):
        lupdate(english, plural_only=True, root=root)
        written.append(english)
    elif english.exists():
        english.unlink()  # no plural forms any more: English is the code's own text
    return written


def build(folder: Path = TRANSLATIONS, out: Path | None = None, *, force: bool = False) -> list[Path]:
    """Compile every .ts of ``folder`` into a .qm in ``out`` (default: beside it); unchanged ones are skipped."""
    out = out or folder
    out.mkdir(parents=True, exist_ok=True)
    made = []
    for ts in sorted(folder.glob(f"{NAME}_*.ts")):
        qm = out / (ts.stem + ".qm")
        if not force and qm.exists() and qm.stat().st_mtime >= ts.stat().st_mtime:
            continue
        subprocess.run([str(tool("lrelease")), "-silent", str(ts), "-qm", str(qm)], check=True)
        made.append(qm)
    return made


def messages(ts: Path) -> dict[Message, ElementTree.Element]:
    """The messages of a .ts file, keyed by what identifies them, with their XML element."""
    found: dict[Message, ElementTree.Element] = {}
    for context in ElementTree.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            key = Message(name, message.findtext("source") or "", message.findtext("comment") or "")
            found[key] = message
    return found


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Update the .ts files from the code, or build the .qm files.")
    parser.add_argument("command", choices=("update", "build"))
    parser.add_argument("--force", action="store_true", help="build: compile even the .qm files that are up to date")
    args = parser.parse_args(argv)
    if args.command == "update":
        for ts in update():
            count = len(messages(ts))
            unfinished = sum(1 for m in messages(ts).values()
                             if (m.find("translation") is None or m.find("translation").get("type") == "unfinished"))
            print(f"{ts.relative_to(ROOT)}: {count} messages, {unfinished} not translated yet")
    else:
        for qm in build(force=args.force):
            print(f"built {qm.relative_to(ROOT) if qm.is_relative_to(ROOT) else qm}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
