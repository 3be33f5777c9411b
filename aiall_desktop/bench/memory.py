"""Peak memory: the most resident memory (RSS) a process has held since it started.

``ru_maxrss`` is the kernel's own high-water mark, so no sampling can miss a short peak. Linux and
the BSDs count kibibytes, macOS bytes.
"""

from __future__ import annotations

import resource
import sys


def peak_rss_mb(who: int = resource.RUSAGE_SELF) -> float:
    peak = resource.getrusage(who).ru_maxrss
    divisor = 1024 * 1024 if sys.platform == "darwin" else 1024
    return peak / divisor
