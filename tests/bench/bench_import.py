"""How long importing a large contact list takes (not part of the test suite).

    .venv/bin/python tests/bench/bench_import.py [--rows 50000] [--xlsx]

Writes a semicolon CSV (UTF-8 with BOM, as Excel's "CSV UTF-8" saves it) of fictional participants spread over
a few hundred organisations, then times: reading and checking it, writing it into an empty register,
reading it again against the filled register, re-importing it (every row unchanged), and importing
a version in which every row has a new role (every row updated).
"""

from __future__ import annotations

import argparse
import csv
import random
import resource
import sys
import tempfile
import time
from pathlib import Path

from aiall_desktop.exchange import apply_import, read_import
from aiall_desktop.store import Store

FIRST = ["Anna", "Łukasz", "Hương", "Björn", "Fatima", "Åsa", "Omar", "Eva", "Mehmet", "Karin", "Jörgen", "Leila"]
LAST = ["Andersson", "Nguyễn", "Wójcik", "Öberg", "Hassan", "Lindström", "Berg", "Yilmaz", "Ek", "Åberg"]
GENDERS = ["Kvinna", "Man", "Icke-binär", "Vill ej uppge", ""]


def write_file(path: Path, rows: int, xlsx: bool, role_suffix: str = "") -> None:
    rng = random.Random(50_000)
    header = ["Förnamn", "Efternamn", "E-post", "Telefon", "Företag", "Titel", "Kön", "Kompetens", "Samtycke"]
    organisations = [f"Företag {n} AB" for n in range(400)]
    records = []
    for n in range(rows):
        records.append([
            rng.choice(FIRST),
            rng.choice(LAST),
            f"person{n}@exempel{n % 97}.se",
            f"070-{n:07d}",
            rng.choice(organisations),
            rng.choice(["VD", "Utvecklare", "Verksamhetschef", "Projektledare"]) + role_suffix,
            rng.choice(GENDERS),
            rng.choice(["AI/data; mjukvara", "domänexpert", ""]),
            f"2025-{1 + n % 12:02d}-{1 + n % 28:02d}",
        ])
    if xlsx:
        from openpyxl import Workbook

        workbook = Workbook(write_only=True)
        sheet = workbook.create_sheet("Deltagare")
        sheet.append(header)
        for record in records:
            sheet.append(record)
        workbook.save(path)
    else:
        with path.open("w", encoding="utf-8-sig", newline="") as handle:
            writer = csv.writer(handle, delimiter=";")
            writer.writerow(header)
            writer.writerows(records)


def timed(label: str, fn):
    start = time.perf_counter()
    result = fn()
    print(f"{label:<44} {time.perf_counter() - start:7.2f} s")
    return result


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=50_000)
    parser.add_argument("--xlsx", action="store_true", help="an XLSX workbook instead of a CSV file")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        source = Path(folder) / ("deltagare.xlsx" if args.xlsx else "deltagare.csv")
        write_file(source, args.rows, args.xlsx)
        print(f"{args.rows} participant rows, {source.stat().st_size / 1e6:.1f} MB {source.suffix}")
        with Store.open(Path(folder) / "bench.sqlite") as store:
            total = time.perf_counter()
            plan = timed("read and check (no store)", lambda: read_import(source))
            assert plan.ok, plan.problems[:5]
            result = timed("apply into an empty register", lambda: apply_import(store, plan))
            print(f"  whole first import: {time.perf_counter() - total:.2f} s; {result.summary()}")
            plan = timed("read and check against the register", lambda: read_import(source, store=store))
            result = timed("re-import (all unchanged)", lambda: apply_import(store, plan))
            print(f"  {result.summary()}")
            write_file(source, args.rows, args.xlsx, role_suffix=" (ny)")
            plan = timed("read and check a file with every role changed", lambda: read_import(source))
            result = timed("apply it (every row updated)", lambda: apply_import(store, plan))
            print(f"  {result.summary()}")
            print(f"participants in the register: {store.participants.count()}")
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak memory: {peak:.0f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
