"""Printing from the window: a preview of the built PDF, then Print… (the system's printers) or Save as PDF….

The documents themselves are made by ``aiall_desktop.reports`` (no Qt); this package asks what to print
(:mod:`.actions`), builds it in a background job, shows it (:mod:`.preview`) and paints it on a printer
(:mod:`.render`).
"""

from .actions import PrintActions
from .documents import PrintRequest
from .preview import PrintPreview

__all__ = ["PrintActions", "PrintPreview", "PrintRequest"]
