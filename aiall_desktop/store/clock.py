"""Timestamps as the store writes them: UTC, ISO 8601, microseconds.

Text timestamps sort correctly as strings and survive the trip through an exchange file unchanged,
which the merge of several laptops relies on.
"""

from __future__ import annotations

from datetime import datetime, timezone


def utc_now() -> str:
    return datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def parse_utc(text: str) -> datetime:
    return datetime.strptime(text, "%Y-%m-%dT%H:%M:%S.%fZ").replace(tzinfo=timezone.utc)
