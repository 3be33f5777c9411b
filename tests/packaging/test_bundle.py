"""The installers' parts: the selftest, the frozen Linux bundle, the desktop files and the icons.

The bundle test builds with ``scripts/build-bundle`` (a fresh clone always builds; a checkout reuses an
up-to-date bundle) and runs the frozen program with nothing of the build machine's Python around it.
"""

from __future__ import annotations

import configparser
import os
import shutil
import subprocess
import sys
import time
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from aiall_desktop import __version__

ROOT = Path(__file__).resolve().parents[2]
APP_ID = "se.oru.aiall.WorkshopDesk"
DESKTOP_FILE = ROOT / "packaging" / "linux" / f"{APP_ID}.desktop"
METAINFO_FILE = ROOT / "packaging" / "linux" / f"{APP_ID}.metainfo.xml"
BUNDLE = ROOT / "build" / "bundle" / "aiall-desktop"
STEPS = ("program", "program files", "Qt", "translations", "demo database", "main window", "sections",
         "screenshot", "PDF", "PDF read back", "closing")


def _selftest_env(home: Path) -> dict[str, str]:
    return {**os.environ, "QT_QPA_PLATFORM": "offscreen", "LANG": "C.UTF-8", "HOME": str(home)}


def _check_selftest_output(result: subprocess.CompletedProcess, out: Path) -> None:
    assert result.returncode == 0, f"selftest failed:\n{result.stdout}\n{result.stderr}"
    lines = result.stdout.splitlines()
    for step in STEPS:
        assert any(line.startswith(f"selftest: {step}: ") for line in lines), f"no line for step {step!r}:\n{result.stdout}"
    assert lines[-1].startswith("selftest: ok")
    pdf = out / "selftest-signin.pdf"
    assert pdf.read_bytes().startswith(b"%PDF")
    assert (out / "selftest-window.png").stat().st_size > 10_000  # a drawn window, not an empty picture


# -- (1) the selftest in the development environment ------------------------------------------------


def test_selftest_passes_from_source(tmp_path: Path):
    out = tmp_path / "selftest"
    result = subprocess.run(
        [sys.executable, "-m", "aiall_desktop", "selftest", "--out", str(out)],
        cwd=tmp_path, env=_selftest_env(tmp_path / "home"), capture_output=True, text=True, timeout=300,
    )
    _check_selftest_output(result, out)
    assert "(from source)" in result.stdout
    # The window's settings went to the output folder, not to the user's own.
    assert list((out / "settings").rglob("*.ini"))
    assert not (tmp_path / "home" / ".config").exists()


def test_selftest_runs_twice_into_the_same_folder(tmp_path: Path):
    out = tmp_path / "again"
    for _ in range(2):
        result = subprocess.run(
            [sys.executable, "-m", "aiall_desktop", "selftest", "--out", str(out)],
            env=_selftest_env(tmp_path / "home"), capture_output=True, text=True, timeout=300,
        )
        assert result.returncode == 0, result.stderr


def test_selftest_fails_with_one_clear_line(tmp_path: Path):
    not_a_folder = tmp_path / "file.txt"
    not_a_folder.write_text("in the way")
    result = subprocess.run(
        [sys.executable, "-m", "aiall_desktop", "selftest", "--out", str(not_a_folder)],
        env=_selftest_env(tmp_path / "home"), capture_output=True, text=True, timeout=300,
    )
    assert result.returncode == 1
    assert "selftest: FAILED" in result.stderr.splitlines()[-1]
    assert "selftest: ok" not in result.stdout


def test_selftest_reports_a_missing_qt_translation(tmp_path: Path, monkeypatch, capsys, qapp):
    """A bundle without Qt's own translations must fail the selftest, not pass it quietly."""
    from PySide6.QtCore import QLibraryInfo

    from aiall_desktop import selftest

    monkeypatch.setattr(QLibraryInfo, "path", lambda _which: str(tmp_path / "no-translations"))
    steps = selftest._Steps()
    with pytest.raises(selftest.SelftestFailed, match="qtbase_sv.qm"):
        selftest._check_qt(steps, qapp)


# -- (2) the frozen bundle --------------------------------------------------------------------------


@pytest.mark.slow
def test_frozen_bundle_builds_and_passes_the_selftest(tmp_path: Path):
    if not sys.platform.startswith("linux"):
        pytest.skip("scripts/build-bundle builds the Linux bundle")
    started = time.monotonic()
    build = subprocess.run([str(ROOT / "scripts" / "build-bundle")], cwd=ROOT, capture_output=True, text=True,
                           timeout=900)
    build_seconds = time.monotonic() - started
    assert build.returncode == 0, f"build-bundle failed:\n{build.stdout[-3000:]}\n{build.stderr[-5000:]}"
    executable = BUNDLE / "aiall-desktop"
    assert executable.is_file()

    home = tmp_path / "home"  # made empty by tests/conftest.py
    home.mkdir(exist_ok=True)
    out = tmp_path / "frozen"
    # Nothing of the build: no venv, no PYTHONPATH, no display; only what a user's session would have.
    clean = {"PATH": "/usr/bin:/bin", "HOME": str(home), "LANG": "C.UTF-8", "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run([str(executable), "selftest", "--out", str(out)], cwd=tmp_path, env=clean,
                            capture_output=True, text=True, timeout=300)
    _check_selftest_output(result, out)
    assert "(frozen bundle)" in result.stdout
    size = sum(f.stat().st_size for f in BUNDLE.rglob("*") if f.is_file() and not f.is_symlink())
    print(f"bundle: {size / 2**20:.0f} MiB, build-bundle took {build_seconds:.0f} s")
    print(build.stdout.splitlines()[-1])


@pytest.mark.slow
def test_frozen_bundle_holds_what_it_needs_and_not_what_it_excludes():
    if not (BUNDLE / "aiall-desktop").is_file():
        pytest.skip("no bundle built (test_frozen_bundle_builds_and_passes_the_selftest builds it)")
    inside = BUNDLE / "_internal"
    names = {str(path.relative_to(inside)) for path in inside.rglob("*")}
    qt = inside / "PySide6" / "Qt"
    for needed in ("plugins/platforms/libqxcb.so", "plugins/platforms/libqoffscreen.so",
                   "plugins/imageformats/libqsvg.so", "plugins/iconengines/libqsvgicon.so",
                   "plugins/printsupport/libcupsprintersupport.so", "translations/qtbase_sv.qm"):
        assert (qt / needed).is_file(), needed
    assert (inside / "ui").is_dir() and list((inside / "ui").glob("*.ui"))
    assert (inside / "resources" / "fonts" / "DejaVuSans.ttf").is_file()
    assert (inside / "resources" / "icons" / "aiall-desktop.svg").is_file()
    for qm in (ROOT / "resources" / "translations").glob("*.qm"):
        assert (inside / "resources" / "translations" / qm.name).is_file(), qm.name
    unwanted = ("Qt6Quick", "Qt6Qml", "VirtualKeyboard", "virtualkeyboard", "Qt6Wayland", "wayland-", "WebEngine",
                "Qt63D", "Qt6Multimedia", "egldeviceintegrations")
    found = sorted(name for name in names if any(part in name for part in unwanted))
    assert not found, f"left out on purpose, but bundled: {found[:10]}"
    assert not list(inside.rglob("*.ts"))


@pytest.mark.slow
def test_every_bundled_library_finds_its_libraries():
    """What the selftest cannot see offscreen: the X11 plugin and the rest must link on a desktop."""
    if not (BUNDLE / "aiall-desktop").is_file() or shutil.which("ldd") is None:
        pytest.skip("no bundle built, or no ldd")
    inside = BUNDLE / "_internal"
    search = f"{inside}:{inside / 'PySide6' / 'Qt' / 'lib'}"
    # The GTK theme plugin is loaded only on a GTK desktop, which has GTK.
    optional = ("libqgtk3.so",)
    missing = []
    for library in sorted(inside.rglob("*.so*")):
        if not library.is_file() or library.name in optional:
            continue
        result = subprocess.run(["ldd", str(library)], env={"LD_LIBRARY_PATH": search, "PATH": "/usr/bin:/bin"},
                                capture_output=True, text=True)
        missing += [f"{library.relative_to(inside)}: {line.strip()}" for line in result.stdout.splitlines()
                    if "not found" in line]
    assert not missing, "\n".join(missing)


# -- (3) the Linux desktop files --------------------------------------------------------------------


def _desktop_entry() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None, strict=True)
    parser.optionxform = str  # keys are case-sensitive: Name[sv], not name[sv]
    parser.read(DESKTOP_FILE, encoding="utf-8")
    return parser["Desktop Entry"]


def test_desktop_file_has_what_menus_need():
    entry = _desktop_entry()
    assert entry["Type"] == "Application"
    for key in ("Name", "Name[sv]", "Comment", "Comment[sv]", "Icon", "Exec"):
        assert entry.get(key, "").strip(), key
    assert entry["Comment[sv]"] != entry["Comment"]
    assert entry["Categories"].split(";")[:2] == ["Office", "Education"]
    assert entry["Categories"].endswith(";")
    assert entry["Icon"] == APP_ID
    assert entry["Exec"].split()[0] == "aiall-desktop"
    assert entry["Terminal"] == "false"


def test_desktop_file_passes_desktop_file_validate():
    validator = shutil.which("desktop-file-validate")
    if validator is None:
        pytest.skip("desktop-file-validate is not installed (Debian: desktop-file-utils)")
    result = subprocess.run([validator, str(DESKTOP_FILE)], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "error" not in result.stdout.lower(), result.stdout


def test_metainfo_has_what_software_centres_need():
    root = ET.parse(METAINFO_FILE).getroot()
    lang = "{http://www.w3.org/XML/1998/namespace}lang"
    assert root.tag == "component" and root.get("type") == "desktop-application"
    assert root.findtext("id") == APP_ID
    assert root.findtext("name")
    assert root.findtext("metadata_license") == "CC0-1.0"
    assert root.findtext("project_license") == "GPL-3.0-or-later"
    summaries = {element.get(lang, "en"): element.text for element in root.findall("summary")}
    assert set(summaries) == {"en", "sv"} and all(summaries.values())
    description = root.find("description")
    assert description is not None and description.findall("p")
    assert {p.get(lang, "en") for p in description.findall("p")} == {"en", "sv"}
    launchable = root.find("launchable")
    assert launchable.get("type") == "desktop-id" and launchable.text == DESKTOP_FILE.name
    releases = [release.get("version") for release in root.find("releases")]
    assert releases[0] == __version__, "the newest <release> must be aiall_desktop.__version__"
    assert root.find("content_rating").get("type").startswith("oars-")


def test_metainfo_passes_appstreamcli():
    validator = shutil.which("appstreamcli")
    if validator is None:
        pytest.skip("appstreamcli is not installed (Debian: appstream)")
    result = subprocess.run([validator, "validate", "--no-net", str(METAINFO_FILE)], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def test_packaging_files_agree_on_names_and_version():
    spec = (ROOT / "packaging" / "aiall-desktop.spec").read_text(encoding="utf-8")
    assert f'BUNDLE_ID = "{APP_ID}"' in spec
    inno = (ROOT / "packaging" / "windows" / "aiall-desktop.iss").read_text(encoding="utf-8")
    assert "#ifndef AppVersion" in inno and "AppVersion={#AppVersion}" in inno
    assert 'Name: "swedish"' in inno and 'Name: "english"' in inno
    assert "PrivilegesRequired=lowest" in inno
    assert "{autoprograms}" in inno


# -- (4) the icons ----------------------------------------------------------------------------------


def test_icon_generator_gives_every_size(tmp_path: Path, qapp):
    sys.path.insert(0, str(ROOT / "packaging"))
    try:
        import make_icons
    finally:
        sys.path.remove(str(ROOT / "packaging"))
    from PIL import Image
    from PySide6.QtGui import QImage

    files = make_icons.build(tmp_path)
    for size in make_icons.SIZES:
        image = QImage(str(files[f"png-{size}"]))
        assert (image.width(), image.height()) == (size, size)
        assert image.pixelColor(size // 2, size // 2).alpha() == 255, f"{size} px: nothing drawn in the middle"
        assert image.pixelColor(0, 0).alpha() < 128, f"{size} px: the corners are not rounded"
    with Image.open(files["ico"]) as ico:
        assert sorted(ico.info["sizes"]) == [(s, s) for s in make_icons.ICO_SIZES]
    with Image.open(files["icns"]) as icns:
        assert {size[0] * size[2] for size in icns.info["sizes"]} >= set(make_icons.ICNS_SIZES)
    # The small sizes come from the drawing made for them.
    assert make_icons.source_for(16).name == "aiall-desktop-16.svg"
    assert make_icons.source_for(256).name == "aiall-desktop.svg"
