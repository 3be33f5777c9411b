"""Importing a contact list of participants and backing the register up.

The import file is a semicolon CSV in UTF-8 with a BOM (as Excel's "CSV UTF-8" saves it) of fictional
people over a few hundred organisations, 5,000 rows per unit of scale (50,000 at scale 10). It goes
into an empty register, as a first import does: ``read_import`` (read and check) and ``apply_import``
(one transaction), which is what the window's import job runs on its own thread. The backup is
``store.backup`` (SQLite's backup API) of the benchmark's copy of the demo register.
"""

from __future__ import annotations

import csv
import random
import tempfile
import time
from pathlib import Path

from .runner import Bench

ROWS_PER_SCALE = 5000
FIRST = ["Anna", "Łukasz", "Hương", "Björn", "Fatima", "Åsa", "Omar", "Eva", "Mehmet", "Karin", "Jörgen", "Leila"]
LAST = ["Andersson", "Nguyễn", "Wójcik", "Öberg", "Hassan", "Lindström", "Berg", "Yilmaz", "Ek", "Åberg"]
GENDERS = ["Kvinna", "Man", "Icke-binär", "Vill ej uppge", ""]
HEADER = ["Förnamn", "Efternamn", "E-post", "Telefon", "Företag", "Titel", "Kön", "Kompetens", "Samtycke"]


def write_participants(path: Path, rows: int, seed: int = 50_000) -> None:
    rng = random.Random(seed)
    organisations = [f"Företag {n} AB" for n in range(400)]
    with path.open("w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle, delimiter=";")
        writer.writerow(HEADER)
        for n in range(rows):
            writer.writerow([
                rng.choice(FIRST), rng.choice(LAST), f"person{n}@exempel{n % 97}.se", f"070-{n:07d}",
                rng.choice(organisations),
                rng.choice(["VD", "Utvecklare", "Verksamhetschef", "Projektledare"]),
                rng.choice(GENDERS), rng.choice(["AI/data; mjukvara", "domänexpert", ""]),
                f"2025-{1 + n % 12:02d}-{1 + n % 28:02d}",
            ])


def participants_import(bench: Bench, scale: float) -> None:
    from ..exchange import apply_import, read_import
    from ..store import Store

    rows = max(100, round(ROWS_PER_SCALE * scale))
    runs = 1 if bench.quick or rows >= 20_000 else 3
    reads, applies, totals = [], [], []
    summary = ""
    with tempfile.TemporaryDirectory(prefix="aiall-bench-") as folder:
        folder = Path(folder)
        source = folder / "deltagare.csv"
        write_participants(source, rows)
        for run in range(runs):
            with Store.open(folder / f"import-{run}.sqlite") as store:
                started = time.perf_counter()
                plan = read_import(source)
                read = time.perf_counter()
                if not plan.ok:
                    raise RuntimeError(f"the import file was refused: {plan.problems[:3]}")
                result = apply_import(store, plan)
                done = time.perf_counter()
                summary = result.summary()
            reads.append(read - started)
            applies.append(done - read)
            totals.append(done - started)
    bench.add("import.read", "s", reads, f"read and check {rows} rows ({source.name})")
    bench.add("import.apply", "s", applies, "written into an empty register, one transaction")
    bench.add("import.participants", "s", totals, f"{rows} participants from CSV; {summary}")


def backup(bench: Bench, database: Path) -> None:
    from ..store import Store

    runs = 1 if bench.quick else 3
    samples = []
    size = 0
    with tempfile.TemporaryDirectory(prefix="aiall-bench-") as folder, Store.open(database, create=False) as store:
        for run in range(runs):
            target = Path(folder) / f"backup-{run}.sqlite"
            started = time.perf_counter()
            store.backup(target)
            samples.append(time.perf_counter() - started)
            size = target.stat().st_size
    bench.add("backup.database", "s", samples, f"{size / 1e6:.0f} MB register (SQLite backup API)")
