"""Whatever bytes arrive as a CSV file: a plan with problems, or a whole import; never a crash or half a file."""

from __future__ import annotations

from pathlib import Path

import pytest
from exchange_helpers import dump
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from aiall_desktop.exchange import ImportRefused, apply_import, export_rows, read_import
from aiall_desktop.store import Store

# One register serves every example (opening a database per example would be slow); each example
# compares the register with itself just before, so what earlier examples imported does not matter.
reuse_fixture = settings(suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
# Four kinds of export are mutated; a quarter of the profile's examples each keeps the suite fast.
reuse_fixture_quarter = settings(
    reuse_fixture, max_examples=max(10, (settings.default.max_examples if settings.default else 100) // 4)
)


def check_import(store: Store, path: Path) -> None:
    before = dump(store)
    plan = read_import(path, store=store)  # must not raise, whatever the bytes
    if not plan.ok:
        assert plan.preview is None
        with pytest.raises(ImportRefused):
            apply_import(store, plan)
        assert dump(store) == before
        return
    try:
        result = apply_import(store, plan)
    except ImportRefused:
        assert dump(store) == before
        return
    after = dump(store)
    for kind, counts in result.counts.items():
        assert len(after[kind]) == len(before[kind]) + counts.created
    assert store.integrity_check() == ["ok"]


@reuse_fixture
@given(data=st.binary(max_size=600))
def test_random_bytes(register, tmp_path, data):
    path = tmp_path / "slump.csv"
    path.write_bytes(data)
    check_import(register, path)


@reuse_fixture
@given(text=st.text(st.characters(blacklist_categories=("Cs",)), max_size=300), delimiter=st.sampled_from(";,\t"))
def test_random_text_under_a_real_header(register, tmp_path, text, delimiter):
    header = delimiter.join(["Förnamn", "Efternamn", "E-post", "Företag", "Kön", "Samtycke", "Org.nr"])
    path = tmp_path / "text.csv"
    path.write_text(header + "\r\n" + text, encoding="utf-8")
    check_import(register, path)


_edit = st.tuples(st.sampled_from(["delete", "insert", "replace"]), st.integers(0, 10_000), st.binary(min_size=1, max_size=3))


@pytest.fixture(params=["organisations", "participants", "activities", "attendance"])
def exported(request, register, tmp_path_factory) -> bytes:
    path = tmp_path_factory.mktemp("export") / f"{request.param}.csv"
    export_rows(register, request.param, path)
    return path.read_bytes()


@reuse_fixture_quarter
@given(edits=st.lists(_edit, min_size=1, max_size=6))
def test_mutated_exports(register, exported, tmp_path, edits):
    data = bytearray(exported)
    for operation, position, chunk in edits:
        position %= len(data) + 1
        if operation == "delete":
            del data[position : position + len(chunk)]
        elif operation == "insert":
            data[position:position] = chunk
        else:
            data[position : position + len(chunk)] = chunk
    path = tmp_path / "ändrad.csv"
    path.write_bytes(bytes(data))
    check_import(register, path)
