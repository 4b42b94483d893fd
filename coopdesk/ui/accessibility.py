"""Names for screen readers: every control of a page says what it is.

Qt names a button by its text and a field by the label whose buddy it is. Filters in a toolbar are
often a label followed by the field, without the buddy link; a search field may only have a
placeholder; a table has no label at all. `name_controls` runs on each page once it is built and closes
those gaps from what the page already shows: it links a label to the field that follows it (so that
the label's Alt+letter also works), names a field from its placeholder or tooltip, and a table from the
box or page it sits in. `unnamed_controls` lists what is still anonymous (the tests require none).
"""

from __future__ import annotations

import re

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLayout,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

_FIELDS = (QLineEdit, QComboBox, QAbstractSpinBox, QPlainTextEdit, QTextEdit, QAbstractItemView)
_SHORTCUT_HINT = re.compile(r"\s*\((?:Ctrl|Alt|Maj|Shift|F\d)[^)]*\)\s*$")


def _clean(text: str) -> str:
    text = _SHORTCUT_HINT.sub("", text.replace("&&", "\0").replace("&", "").replace("\0", "&"))
    return text.strip().rstrip(":").rstrip("…").rstrip(". ").strip()


def _is_control(widget: QWidget) -> bool:
    if isinstance(widget, QAbstractButton):
        # Qt's own parts: a table's corner button, a line edit's clear button.
        return widget.objectName() != "qt_tableview_cornerbutton" and not isinstance(
            widget.parentWidget(), QLineEdit
        )
    return _is_field(widget)


def _is_field(widget: QWidget) -> bool:
    if not isinstance(widget, _FIELDS) or isinstance(widget, QHeaderView):
        return False
    # The line edit inside a combo box or a spin box is named through its owner.
    return not isinstance(widget.parentWidget(), QComboBox | QAbstractSpinBox)


def _form_labelled(root: QWidget) -> set[int]:
    labelled: set[int] = set()
    for form in root.findChildren(QFormLayout):
        for row in range(form.rowCount()):
            label = form.itemAt(row, QFormLayout.ItemRole.LabelRole)
            field = form.itemAt(row, QFormLayout.ItemRole.FieldRole)
            label_widget = label.widget() if label is not None else None
            if not (isinstance(label_widget, QLabel) and label_widget.text().strip()) or field is None:
                continue
            field_widget = field.widget()
            if field_widget is not None:
                labelled.add(id(field_widget))
                labelled.update(id(child) for child in field_widget.findChildren(QWidget))
            elif (inner := field.layout()) is not None:  # "Status [field] [Change…]": the label names it
                fields = [widget for widget in _layout_widgets(inner) if _is_field(widget)]
                if fields:
                    labelled.add(id(fields[0]))
    return labelled


def _layout_widgets(layout: QLayout) -> list[QWidget]:
    widgets = []
    for index in range(layout.count()):
        item = layout.itemAt(index)
        if item is None:
            continue
        if (widget := item.widget()) is not None:
            widgets.append(widget)
        elif (inner := item.layout()) is not None:
            widgets.extend(_layout_widgets(inner))
    return widgets


def _buddied(root: QWidget) -> set[int]:
    return {id(label.buddy()) for label in root.findChildren(QLabel) if label.buddy() is not None}


def _named(widget: QWidget, labelled: set[int]) -> bool:
    if widget.accessibleName().strip() or id(widget) in labelled:
        return True
    if isinstance(widget, QAbstractButton):
        return bool(_clean(widget.text()) or widget.toolTip().strip())
    return False


def _following_field(label: QLabel) -> QWidget | None:
    """The field right after `label` in the layout that holds it, if any."""
    parent = label.parentWidget()
    layout = parent.layout() if parent is not None else None
    stack: list[QLayout] = [layout] if layout is not None else []
    while stack:
        current = stack.pop()
        for index in range(current.count()):
            item = current.itemAt(index)
            if item is None:
                continue
            if (inner := item.layout()) is not None:
                stack.append(inner)
            if item.widget() is label:
                for after in range(index + 1, current.count()):
                    following = current.itemAt(after)
                    widget = following.widget() if following is not None else None
                    if widget is not None:
                        return widget if _is_field(widget) else None
                return None
    return None


def _container_title(widget: QWidget, fallback: str) -> str:
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QGroupBox) and parent.title().strip():
            return _clean(parent.title())
        parent = parent.parentWidget()
    return fallback


def name_controls(root: QWidget, page_title: str) -> None:
    """Give every anonymous control of `root` a name taken from what the page shows (see module doc)."""
    labelled = _form_labelled(root) | _buddied(root)
    for label in root.findChildren(QLabel):
        if label.buddy() is None and _clean(label.text()):
            field = _following_field(label)
            if field is not None and not _named(field, labelled):
                label.setBuddy(field)
                labelled.add(id(field))
    for widget in root.findChildren(QWidget):
        if _named(widget, labelled):
            continue
        if isinstance(widget, QAbstractButton):
            continue  # an icon-only button without a tooltip: listed by unnamed_controls, fixed at the source
        if not _is_field(widget):
            continue
        hint = ""
        if isinstance(widget, QLineEdit | QPlainTextEdit | QTextEdit):
            hint = _clean(widget.placeholderText())
        if isinstance(widget, QComboBox):
            hint = _clean(widget.placeholderText())
        hint = hint or _clean(widget.toolTip())
        if not hint and isinstance(widget, QComboBox) and widget.count():
            hint = _clean(widget.itemText(0))  # a filter's "all" choice: "Tous les statuts"
        if not hint and isinstance(widget, QAbstractItemView | QPlainTextEdit | QTextEdit):
            hint = _container_title(widget, page_title)
        if hint:
            widget.setAccessibleName(hint)


def unnamed_controls(root: QWidget) -> list[str]:
    """The controls of `root` a screen reader could not name: class and object name of each."""
    labelled = _form_labelled(root) | _buddied(root)
    missing = []
    for widget in root.findChildren(QWidget):
        if _is_control(widget) and not _named(widget, labelled):
            missing.append(f"{type(widget).__name__} {widget.objectName()!r}".strip())
    return missing


class DialogNamer(QObject):
    """Installed on the application: each dialog gets `name_controls` when it is first shown."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.Show
            and isinstance(watched, QDialog)
            and not watched.property("coopdeskNamed")
        ):
            name_controls(watched, _clean(watched.windowTitle()))
            watched.setProperty("coopdeskNamed", True)
        return False
