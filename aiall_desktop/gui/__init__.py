"""The window: Qt widgets, table models over the store, dialogs. Nothing outside this package imports Qt widgets."""
