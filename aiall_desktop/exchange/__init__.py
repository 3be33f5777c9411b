"""CSV/XLSX import and export of the register (laptop-to-laptop bundles will live here too).

An import is two steps, so the window can show what will happen before anything is written::

    plan = read_import(path)            # read and check; writes nothing
    if plan.ok:
        result = apply_import(store, plan, progress=..., cancel=...)   # all or nothing

An export writes what a list shows, in the form the import reads back::

    export_rows(store, "participants", "deltagare.xlsx", search="kumla")
    export_rows(store, "cases", "case.csv", order_by="votes", descending=True)   # export only

``KINDS`` are what an import reads; ``EXPORT_KINDS`` adds cases, which are written but never read.
"""

from .apply import ImportResult, apply_import
from .exporter import EXPORT_KINDS, ExportCancelled, export_rows, export_workbook
from .headers import KINDS
from .plan import ImportPlan, KindCounts, SheetPlan, read_import
from .problems import ImportCancelled, ImportRefused, Problem
from .rows import PlannedRow

__all__ = [
    "EXPORT_KINDS",
    "KINDS",
    "ImportCancelled",
    "ImportPlan",
    "ImportRefused",
    "ImportResult",
    "KindCounts",
    "PlannedRow",
    "Problem",
    "SheetPlan",
    "apply_import",
    "ExportCancelled",
    "export_rows",
    "export_workbook",
    "read_import",
]
