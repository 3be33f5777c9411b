"""``aiall-desktop bench`` runs end to end and reports every row with numbers, in well-formed JSON.

The earlier one-off benchmark scripts broke silently as the program changed; this runs the command at
a tiny scale (a register of 100 people) with few repetitions, so any part that stops working fails here.
No figure is judged: the timings of a shared test machine say nothing.
"""

from __future__ import annotations

import json
import math
import os
import subprocess
import sys
from pathlib import Path

import pytest

from aiall_desktop.bench import chosen_parts, expected_rows
from aiall_desktop.bench.runner import FAIL, NO_TARGET, PASS, Row, Target, percentile, target_for



def run_command(tmp_path: Path, *arguments: str) -> subprocess.CompletedProcess:
    env = dict(os.environ)
    env["XDG_CACHE_HOME"] = str(tmp_path / "cache")  # the demo register is cached here, not in the user's cache
    env["QT_QPA_PLATFORM"] = "offscreen"
    return subprocess.run([sys.executable, "-m", "aiall_desktop", "bench", *arguments], cwd=tmp_path, env=env,
                          capture_output=True, text=True, timeout=300)


@pytest.fixture(scope="module")
def full_run(tmp_path_factory) -> tuple[subprocess.CompletedProcess, dict]:
    folder = tmp_path_factory.mktemp("bench")
    done = run_command(folder, "--scale", "0.02", "--quick", "--out", "results.json")
    results = folder / "results.json"
    data = json.loads(results.read_text(encoding="utf-8")) if results.exists() else {}
    return done, data


def test_the_command_finishes_and_writes_well_formed_json(full_run):
    done, data = full_run
    assert done.returncode == 0, done.stdout[-2000:] + done.stderr[-3000:]
    assert data["errors"] == []
    assert data["scale"] == 0.02 and data["quick"] is True
    assert data["machine"]["cpus"] >= 1


def test_every_row_is_there_with_numbers(full_run):
    done, data = full_run
    rows = {row["name"]: row for row in data["rows"]}
    assert [row["name"] for row in data["rows"]] == expected_rows()
    for name, row in rows.items():
        assert row["verdict"] in (PASS, FAIL, NO_TARGET), name
        assert row["unit"], name
        if row["details"].get("fits"):  # a list shorter than the window has nothing to scroll
            assert name.endswith(".scroll_step") and row["n"] == 0, name
            continue
        assert row["n"] >= 1 and row["n"] == len(row["samples"]), name
        for statistic in ("median", "p95", "max"):
            assert isinstance(row[statistic], float) and math.isfinite(row[statistic]) and row[statistic] >= 0, name
        assert row["median"] <= row["p95"] <= row["max"], name
        assert (row["target"] != "") == (target_for(name) is not None), name
        if row["target"]:
            assert row["verdict"] in (PASS, FAIL), name
    # The participants list (100 people) is longer than the window: its scrolling is measured.
    assert rows["list.participants.scroll_step"]["n"] >= 1


def test_each_row_is_printed_in_the_table(full_run):
    done, data = full_run
    lines = done.stdout.splitlines()
    for name in expected_rows():
        assert any(line.startswith(name + " ") for line in lines), name
    assert "targets met" in lines[-2]
    assert lines[-1] == "results written to results.json"


def test_the_demo_register_is_kept_for_the_next_run(full_run, tmp_path):
    done, _ = full_run
    assert "generating the demo database at scale 0.02" in done.stdout or "demo database (cached)" in done.stdout
    second = run_command(tmp_path, "--scale", "0.02", "--quick", "--only", "backup")
    assert second.returncode == 0, second.stderr[-2000:]
    assert "generating" in second.stdout
    third = run_command(tmp_path, "--scale", "0.02", "--quick", "--only", "backup")
    assert "demo database (cached)" in third.stdout and "generating" not in third.stdout
    assert [line.split()[0] for line in third.stdout.splitlines() if line.startswith("backup.")] == ["backup.database"]


def test_bad_options_are_refused(tmp_path):
    for scale in ("0", "-1", "nan", "1000", "ten"):
        done = run_command(tmp_path, "--scale", scale)
        assert done.returncode == 2, scale
        assert "--scale" in done.stderr
    done = run_command(tmp_path, "--only", "nothing-such")
    assert done.returncode == 2 and "names no measurement" in done.stderr


def test_only_chooses_parts_by_part_or_row_name():
    assert chosen_parts(None)[0] == "start" and "backup" in chosen_parts(None)
    assert chosen_parts(["pdf"]) == ["pdf.workshop", "pdf.summaries"]
    assert chosen_parts(["list.cases.sort"]) == ["lists"]
    assert chosen_parts(["memory"]) == ["window"]
    assert chosen_parts(["pdf.summaries.ratio", "import"]) == ["pdf.summaries", "import"]
    assert chosen_parts(["nothing"]) == []


def test_statistics_and_verdicts():
    assert percentile([], 0.95) is None
    assert percentile([5.0], 0.95) == 5.0
    assert percentile(list(range(1, 101)), 0.95) == 95
    assert percentile([1, 2, 3, 4, 100], 0.95) == 100  # nearest rank: a sample, never between two
    row = Row("search.repaint", "ms", [10, 12, 30])
    assert (row.n, row.median, row.p95, row.max) == (3, 12, 30, 30)
    assert row.target == "p95 ≤ 16.0 ms" and row.verdict == FAIL
    assert Row("start.app", "ms", [999]).verdict == PASS
    assert Row("start.app", "ms", [1000]).verdict == FAIL  # "under 1 s"
    assert Row("ui.stall", "ms", [10, 10, 51]).verdict == FAIL  # judged on the longest
    assert Row("backup.database", "s", [3.0]).verdict == NO_TARGET and Row("backup.database", "s", []).median is None
    assert Target(1.2, "median").text("×") == "median ≤ 1.20 ×"
