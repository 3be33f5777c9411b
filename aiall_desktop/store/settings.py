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
    # Data protection: shown on the participant form beside the consent fields. The project states its
    # own legal basis here; the default describes what the register is for and what it rests on.
    "lawful_basis_sv": (
        "Samtycke (dataskyddsförordningen artikel 6.1 a), registrerat ovan. Uppgifterna används för att "
        "genomföra projektets aktiviteter och redovisa dem till finansiärerna, Region Örebro län och "
        "Europeiska regionala utvecklingsfonden. Personuppgiftsansvarig: Örebro universitet. Deltagaren kan "
        "begära utdrag, rättelse eller radering och återkalla sitt samtycke."
    ),
    "lawful_basis_en": (
        "Consent (GDPR Article 6(1)(a)), recorded above. The data is used to run the project's activities and "
        "to report them to its funders, Region Örebro län and the European Regional Development Fund. "
        "Controller: Örebro universitet. The person may ask for a copy, correction or erasure, and may "
        "withdraw consent."
    ),
    # Personal data is erased this many years after the project ends (or after the person's last activity,
    # if later). Five follows the EU funds' rule for keeping supporting documents (Regulation 2021/1060,
    # Article 82: five years from 31 December of the year of the last payment); check the funder's decision.
    "retention_years": 5,
    # The latest end date in Region Örebro län's co-financing decision (22RS10518): 2026-02-28.
    "project_end": "2026-02-28",
    # File → Share → Shared Folder…: where this laptop leaves its exchange file and finds its colleagues'
    # ("" = none); and per colleague's file there, its [mtime_ns, size] when last merged.
    "shared_folder": "",
    "shared_folder_merged": {},
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
