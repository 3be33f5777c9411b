"""File → Share: exchange files with colleagues, the merge preview, conflicts to review, duplicates to join.

The engine is :mod:`aiall_desktop.sharing` (plain Python); this package only shows it and runs it in the
window's background jobs.
"""

from .actions import ShareActions

__all__ = ["ShareActions"]
