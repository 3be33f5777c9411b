"""``python -m tests.bench``: the same benchmark as ``aiall-desktop bench`` (see aiall_desktop/bench)."""

import sys

from aiall_desktop.bench import main

sys.exit(main())
