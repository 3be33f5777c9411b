"""Dialogs of the window, each built the first time it is asked for."""
