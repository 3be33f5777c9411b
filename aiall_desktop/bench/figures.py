"""The diversity figures off the window: the dashboard's year, and seating 200 people at tables.

``figures.dashboard_year`` is what the dashboard's background job does for a year (``read_figures``: the
year's activities with their present people in two queries, every activity's composition, the period
summary and everyone present once). ``figures.balance_tables`` seats 200 people of the register at 20
tables with the register's minimum share of women, a different seed each run.
"""

from __future__ import annotations

import time

from .runner import Bench

YEAR = ("2025-01-01", "2025-12-31")
ROOM = 200
TABLES = 20


def dashboard_year(bench: Bench, store) -> None:
    from ..gui.dashboard_page import read_figures  # plain Python; the module imports Qt for its page

    runs = 2 if bench.quick else 5
    samples, figures = [], None
    for _ in range(runs):
        started = time.perf_counter()
        figures = read_figures(store, *YEAR)
        samples.append((time.perf_counter() - started) * 1000)
    present = sum(len(row.people) for row in store.groups.activities_between(*YEAR)) if figures else 0
    bench.add("figures.dashboard_year", "ms", samples,
              f"{len(figures.activities)} activities, {present} present rows (read_figures, as the dashboard's job)")


def balance_tables(bench: Bench, store) -> None:
    from ..domain.tables import balance_tables as seat

    people = store.participants.list(order_by="last_name")
    step = max(1, len(people) // ROOM)
    room = store.groups.people([p.id for p in people[::step][:ROOM]])
    minimum = store.settings.get("women_minimum")
    runs = 5 if bench.quick else 50
    samples = []
    for seed in range(runs):
        started = time.perf_counter()
        seat(room, TABLES, minimum, seed=seed)
        samples.append((time.perf_counter() - started) * 1000)
    bench.add("figures.balance_tables", "ms", samples, f"{len(room)} people at {TABLES} tables")
