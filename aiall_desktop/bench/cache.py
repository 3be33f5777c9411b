"""The demo databases the benchmark measures, made once and kept in the user cache folder.

Generating scale 10 (about 50,000 participants) takes minutes; the same (scale, seed, schema version)
always gives the same file, so a second run starts at once. Every run works on its own copy: the
benchmark checks people in, imports and backs up, and the cached file must stay as generated.
"""

from __future__ import annotations

import os
import shutil
import time
from pathlib import Path

import platformdirs

from ..paths import APP_AUTHOR, APP_NAME

#: The demo generator's own default, so the benchmark sees the same register as ``aiall-desktop demo``.
DEFAULT_SEED = 2023


def cache_dir() -> Path:
    return Path(platformdirs.user_cache_dir(APP_NAME, APP_AUTHOR)) / "bench"


def cached_name(scale: float, seed: int) -> str:
    from ..store import SCHEMA_VERSION

    return f"demo-scale{scale:g}-seed{seed}-schema{SCHEMA_VERSION}.sqlite"


def demo_database(scale: float, seed: int = DEFAULT_SEED, say=print) -> Path:
    """The cached demo database for (scale, seed, schema version), generated first if missing."""
    from ..demo import generate

    folder = cache_dir()
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / cached_name(scale, seed)
    if target.is_file():
        say(f"demo database (cached): {target}")
        return target
    say(f"generating the demo database at scale {scale:g} (kept in {folder} for the next run)…")
    started = time.perf_counter()
    # Generated under another name and renamed when complete, so an interrupted run leaves no half file.
    partial = folder / f".{target.name}.{os.getpid()}.partial"
    for leftover in (partial, Path(f"{partial}-wal"), Path(f"{partial}-shm")):
        leftover.unlink(missing_ok=True)
    counts = generate(partial, scale=scale, seed=seed)
    for suffix in ("-wal", "-shm"):
        Path(f"{partial}{suffix}").unlink(missing_ok=True)  # closed cleanly: everything is in the main file
    partial.replace(target)
    # The same register for an older schema will never be read again: it only takes room.
    for stale in folder.glob(f"demo-scale{scale:g}-seed{seed}-schema*.sqlite"):
        if stale != target:
            stale.unlink(missing_ok=True)
    summary = ", ".join(f"{n} {table}" for table, n in counts.items() if n)
    say(f"  generated in {time.perf_counter() - started:.0f} s: {summary}")
    return target


def working_copy(source: Path, folder: Path) -> Path:
    """A copy of the cached database in ``folder`` for this run to change as it likes."""
    target = folder / "bench.sqlite"
    shutil.copyfile(source, target)
    return target
