"""Project settings kept in the database, so that they travel with the data they govern."""

from __future__ import annotations

import json
from typing import Any

from sqlite_utils import Database

from ..records import Area
from .clock import utc_now

#: Defaults the program ships; a setting stored in the file overrides its default.
DEFAULTS: dict[str, Any] = {
    "women_minimum": 0.26,
    "page_size": "A4",
    "areas": [area.value for area in Area],
    # The vocabularies the participant form offers (free entry stays possible).
    "backgrounds": [
        "industry", "public administration", "research", "healthcare", "food", "energy", "student",
    ],
    "competences": [
        "AI/data", "software", "domain expert", "business", "public administration", "research", "design",
    ],
    "cofinancing_sv": (
        "Projektet medfinansieras av Region Örebro län och Europeiska unionen "
        "(Europeiska regionala utvecklingsfonden)"
    ),
    "cofinancing_en": (
        "Co-financed by Region Örebro län and the European Union (European Regional Development Fund)"
    ),
}


class Settings:
    def __init__(self, db: Database):
        self.db = db

    def get(self, key: str) -> Any:
        row = self.db.execute("SELECT value FROM setting WHERE key = ?", [key]).fetchone()
        if row is not None:
            return json.loads(row[0])
        if key in DEFAULTS:
            return DEFAULTS[key]
        raise KeyError(key)

    def set(self, key: str, value: Any) -> None:
        with self.db.atomic():
            self.db["setting"].upsert(
                {"key": key, "value": json.dumps(value, ensure_ascii=False), "updated_at": utc_now()},
                pk="key",
            )

    def all(self) -> dict[str, Any]:
        values = dict(DEFAULTS)
        for key, value in self.db.execute("SELECT key, value FROM setting"):
            values[key] = json.loads(value)
        return values
