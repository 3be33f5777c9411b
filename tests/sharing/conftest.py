"""Fixtures of the exchange tests."""

from __future__ import annotations

from pathlib import Path

import pytest
from sharing_helpers import make_laptops


@pytest.fixture
def two(tmp_path: Path):
    """Two laptops copied from one common register, and the ids of its records."""
    stores, ids = make_laptops(tmp_path / "laptops", 2)
    yield stores, ids
    for store in stores:
        store.close()
