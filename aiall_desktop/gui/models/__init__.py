"""Qt item models over the store's queries."""

from .list_model import RecordIdRole, RecordListModel, ValueRole

__all__ = ["RecordIdRole", "RecordListModel", "ValueRole"]
