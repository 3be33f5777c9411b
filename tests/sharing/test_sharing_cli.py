"""``aiall-desktop exchange write|merge`` from the command line."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from sharing_helpers import make_laptops, snapshot

from aiall_desktop.cli import main
from aiall_desktop.store import Store


def _laptops(tmp_path: Path) -> tuple[Path, Path, dict[str, str]]:
    stores, ids = make_laptops(tmp_path / "laptops", 2)
    a, b = stores
    a.participants.update(ids["ada"], role="CEO")
    b.participants.update(ids["ada"], role="CTO")
    paths = a.path, b.path
    for store in stores:
        store.close()
    return *paths, ids


def test_write_then_merge_with_yes(tmp_path: Path, capsys):
    a, b, ids = _laptops(tmp_path)
    out = tmp_path / "a.aiall-exchange"
    assert main(["exchange", "write", "--db", str(a), "--out", str(out)]) == 0
    assert out.exists() and "wrote" in capsys.readouterr().out
    assert main(["exchange", "merge", str(out), "--db", str(b), "--yes"]) == 0
    printed = capsys.readouterr().out
    assert "participants" in printed and "conflicts" in printed and f"participants {ids['ada']}" in printed
    assert "Ada" not in printed and "Zed" not in printed  # ids and counts, never names
    assert "backup first" in printed
    with Store.open(b) as store:
        assert store.participants.get(ids["ada"]).role == "CTO"
        assert len(store.sharing.conflicts()) == 1


def test_write_for_a_peer_writes_only_what_they_lack(tmp_path: Path, capsys):
    a, b, _ids = _laptops(tmp_path)
    with Store.open(b) as store:
        peer = store.sharing.database_id
    first, second = tmp_path / "1.aiall-exchange", tmp_path / "2.aiall-exchange"
    assert main(["exchange", "write", "--db", str(a), "--out", str(first), "--for", peer]) == 0
    assert main(["exchange", "merge", str(first), "--db", str(b), "--yes"]) == 0
    back = tmp_path / "back.aiall-exchange"
    assert main(["exchange", "write", "--db", str(b), "--out", str(back)]) == 0
    assert main(["exchange", "merge", str(back), "--db", str(a), "--yes"]) == 0
    capsys.readouterr()
    assert main(["exchange", "write", "--db", str(a), "--out", str(second), "--for", peer]) == 0
    full = int(capsys.readouterr().out.split(": ")[1].split()[0])
    assert main(["exchange", "write", "--db", str(a), "--out", str(second), "--for", peer]) == 0
    # B confirmed A's first file: only what A wrote since (here, B's own rows merged back) is in it.
    assert 0 < int(capsys.readouterr().out.split(": ")[1].split()[0]) == full < 7


def test_merge_without_yes_and_without_a_terminal_asks_for_yes(tmp_path: Path, capsys):
    a, b, _ids = _laptops(tmp_path)
    out = tmp_path / "a.aiall-exchange"
    main(["exchange", "write", "--db", str(a), "--out", str(out)])
    with Store.open(b) as store:
        before = snapshot(store)
    result = subprocess.run([sys.executable, "-m", "aiall_desktop", "exchange", "merge", str(out), "--db", str(b)],
                            capture_output=True, text=True, stdin=subprocess.DEVNULL)
    assert result.returncode == 1 and "--yes" in result.stderr
    with Store.open(b) as store:
        assert snapshot(store) == before


def test_a_refused_file_exits_1_with_one_line_and_no_traceback(tmp_path: Path):
    a, b, _ids = _laptops(tmp_path)
    bad = tmp_path / "bad.aiall-exchange"
    bad.write_bytes(b"SQLite format 3\x00" + b"\x00" * 5000)
    for args in (["exchange", "merge", str(bad), "--db", str(b), "--yes"],
                 ["exchange", "merge", str(a), "--db", str(b), "--yes"],
                 ["exchange", "merge", str(tmp_path / "none"), "--db", str(b), "--yes"]):
        result = subprocess.run([sys.executable, "-m", "aiall_desktop", *args], capture_output=True, text=True)
        assert result.returncode == 1, result.stderr
        assert "Traceback" not in result.stderr and len(result.stderr.strip().splitlines()) == 1
        assert result.stderr.startswith("aiall-desktop exchange: ")
