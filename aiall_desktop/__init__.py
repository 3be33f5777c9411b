"""AI.ALL* Workshop Desk: the facilitators' offline desktop program for the AI.ALL* project."""

__version__ = "0.1.0"
