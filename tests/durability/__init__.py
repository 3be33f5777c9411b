"""Kill-the-writer durability checks: a writer process, a harness that kills it, and the checker."""
