"""Table models over frozen rows: each has a `Column` enum and gives native values under SORT_ROLE."""

from PySide6.QtCore import Qt

# Role under which every model gives the native value of a cell for sorting: a Qt type that
# QSortFilterProxyModel can compare (QDate, int, str), never a Python object such as datetime.date.
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
