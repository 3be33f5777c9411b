"""How long the four documents of a 40-person workshop take, against plain reportlab (not a test).

    .venv/bin/python tests/bench/bench_reports.py [--runs 5]

For each document: our ``build_<name>`` (data read, story built, house page with header, footer,
"n of m" and safe writing) next to the same story — the same paragraphs and tables from the same
data — laid out by a minimal reportlab document template with no header, footer or page count.
The ratio is the cost of the house page. Median of ``--runs`` runs each, after one warm-up run
(fonts registered, modules imported).
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path
from unittest import mock

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate, SimpleDocTemplate  # noqa: E402

from aiall_desktop.reports import handout, runsheet, signin, tablecards  # noqa: E402
from aiall_desktop.reports.template import page_dimensions  # noqa: E402
from aiall_desktop.store import Store  # noqa: E402
from tests.reports.conftest import build_workshop  # noqa: E402

DOCUMENTS = {
    "handout": (handout, handout.build_handout),
    "runsheet": (runsheet, runsheet.build_runsheet),
    "signin": (signin, signin.build_signin),
    "tablecards": (tablecards, tablecards.build_tablecards),
}


def plain_build(target, info, story, cancel=None) -> int:
    """The same story in a bare reportlab document: no header, footer, page count or temporary file."""
    size = page_dimensions(info)
    if info.decorated:
        doc = SimpleDocTemplate(str(target), pagesize=size, title=info.title)
    else:  # the table cards fill whole pages
        doc = BaseDocTemplate(str(target), pagesize=size, title=info.title)
        doc.addPageTemplates([PageTemplate("page", [Frame(0, 0, *size, leftPadding=0, rightPadding=0,
                                                          topPadding=0, bottomPadding=0)])])
    doc.build(list(story))
    return doc.page


def median_ms(run, runs: int) -> tuple[float, int]:
    pages = run()  # warm-up
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        run()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times), pages


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        folder = Path(folder)
        store = Store.open(folder / "bench.sqlite")
        ids = build_workshop(store)
        print(f"{'document':<12}{'pages':>6}{'ours ms':>10}{'plain ms':>10}{'ratio':>8}")
        for name, (module, build) in DOCUMENTS.items():
            target = folder / f"{name}.pdf"

            def ours():
                return build(store, target, activity_id=ids["activity"])

            def plain():
                with mock.patch.object(module, "build_pdf", plain_build):
                    return build(store, folder / f"{name}-plain.pdf", activity_id=ids["activity"])

            ours_ms, pages = median_ms(ours, args.runs)
            plain_ms, _ = median_ms(plain, args.runs)
            print(f"{name:<12}{pages:>6}{ours_ms:>10.1f}{plain_ms:>10.1f}{ours_ms / plain_ms:>8.2f}")
        store.close()


if __name__ == "__main__":
    main()
