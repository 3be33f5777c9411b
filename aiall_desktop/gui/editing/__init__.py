"""Editing records in the window: the forms of a record's page, their field rules, and undo.

The record's page is where a record is edited. A new record is typed into an empty form and saved with
"Save" or "Save and New"; an existing record saves each field as the facilitator leaves it. Every change
goes through one undo stack owned by the main window (``undo.py``), whose commands call the store.
"""
