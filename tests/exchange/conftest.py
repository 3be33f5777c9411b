"""Fixtures of the exchange tests: a filled register and a second, empty one."""

from __future__ import annotations

from pathlib import Path

import pytest
from exchange_helpers import fill

from aiall_desktop.store import Store


@pytest.fixture
def register(store: Store) -> Store:
    return fill(store)


@pytest.fixture
def other_store(tmp_path: Path):
    opened = Store.open(tmp_path / "other.sqlite")
    yield opened
    opened.close()
