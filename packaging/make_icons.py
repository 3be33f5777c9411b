"""The application icon in every size the three systems ask for, drawn from the SVG files.

    python packaging/make_icons.py [OUT]        (default OUT: build/icons)

writes ``OUT/png/aiall-desktop-<size>.png`` for every size in :data:`SIZES`, ``OUT/aiall-desktop.ico``
(Windows: 16–256 px) and ``OUT/aiall-desktop.icns`` (macOS: 32–1024 px). The small sizes are drawn
from ``aiall-desktop-16.svg``, whose thicker strokes stay sharp where the big drawing would blur.
Nothing here is committed: the SVG files are the source, the binaries are built.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
ICONS = ROOT / "resources" / "icons"
NAME = "aiall-desktop"
SIZES = (16, 24, 32, 48, 64, 128, 256, 512, 1024)
#: Sizes at or below this one are drawn from the small drawing.
SMALL_UP_TO = 24
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)  # the largest a .ico holds
ICNS_SIZES = (32, 64, 128, 256, 512, 1024)  # what Pillow writes into a .icns


def source_for(size: int) -> Path:
    small = ICONS / f"{NAME}-16.svg"
    return small if size <= SMALL_UP_TO and small.is_file() else ICONS / f"{NAME}.svg"


def render_pngs(out: Path) -> dict[int, Path]:
    """Draw every size with Qt's SVG renderer (the one the program itself uses) into ``out/png``."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    _app = QGuiApplication.instance() or QGuiApplication([sys.argv[0]])
    folder = out / "png"
    folder.mkdir(parents=True, exist_ok=True)
    written = {}
    for size in SIZES:
        source = source_for(size)
        renderer = QSvgRenderer(str(source))
        if not renderer.isValid():
            raise SystemExit(f"make_icons: {source} is not a valid SVG drawing")
        image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter)
        painter.end()
        target = folder / f"{NAME}-{size}.png"
        if not image.save(str(target), "PNG"):
            raise SystemExit(f"make_icons: could not write {target}")
        written[size] = target
    return written


def write_ico(pngs: dict[int, Path], target: Path) -> Path:
    from PIL import Image

    images = [Image.open(pngs[size]).convert("RGBA") for size in ICO_SIZES]
    # Each size is given as drawn; Pillow would otherwise shrink the largest and blur the small ones.
    images[-1].save(target, format="ICO", sizes=[(s, s) for s in ICO_SIZES], append_images=images[:-1])
    return target


def write_icns(pngs: dict[int, Path], target: Path) -> Path:
    from PIL import Image

    images = [Image.open(pngs[size]).convert("RGBA") for size in ICNS_SIZES]
    images[-1].save(target, format="ICNS", append_images=images[:-1])
    return target


def build(out: Path) -> dict[str, Path]:
    """Every icon file, written into ``out``; returns them by kind ("png-<size>", "ico", "icns")."""
    out.mkdir(parents=True, exist_ok=True)
    pngs = render_pngs(out)
    files = {f"png-{size}": path for size, path in pngs.items()}
    files["ico"] = write_ico(pngs, out / f"{NAME}.ico")
    files["icns"] = write_icns(pngs, out / f"{NAME}.icns")
    return files


def main(argv: list[str]) -> int:
    out = Path(argv[1]) if len(argv) > 1 else ROOT / "build" / "icons"
    files = build(out)
    print(f"make_icons: wrote {len(files)} files to {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
