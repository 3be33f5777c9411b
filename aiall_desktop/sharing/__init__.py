"""Several laptops, one project: exchange files and merging registers (issue 10). Plain Python, no Qt.

The API the window (File → Share) and the command line use::

    written = write_exchange(store, path, peer_id=None)   # File → Share → Write exchange file…
    bundle = read_exchange(path)                           # raises ExchangeRefused (message for the user)
    plan = plan_merge(store, bundle)                       # what it would change; nothing written
    result = apply_merge(store, bundle)                    # backup "before-merge", then one transaction
    find_duplicates(store); plan_join(...); join(...)      # same org number / same e-mail, after merging
    open_conflicts(store); choose(store, id, fields); dismiss(store, id)

SQL lives in :mod:`aiall_desktop.store.sharing`; the rules here.
"""

from .bundle import SUFFIX, Bundle, ExchangeRefused, Written, read_exchange, write_exchange
from .conflicts import Conflict, FieldDifference, changes_for, choose, dismiss, open_conflicts
from .duplicates import DuplicateGroup, JoinPlan, find_duplicates, join, plan_join
from .merge import KindChanges, MergePlan, MergeResult, apply_merge, plan_merge

__all__ = [
    "SUFFIX", "Bundle", "Conflict", "DuplicateGroup", "ExchangeRefused", "FieldDifference", "JoinPlan",
    "KindChanges", "MergePlan", "MergeResult", "Written", "apply_merge", "changes_for", "choose", "dismiss",
    "find_duplicates", "join", "open_conflicts", "plan_join", "plan_merge", "read_exchange", "write_exchange",
]
