"""Rules in plain Python (validation, diversity figures, scoring): no Qt, no SQL, only record types."""
