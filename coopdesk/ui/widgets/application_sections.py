"""The "Texts of the application" tab of the application editor: the sections a funder's form asks for
(title, text, character limit), each possibly filled from a text of the library (which version is
remembered), adapted for this funder without touching the library, copied to the clipboard for the
portal, and flagged when the library has a newer version since.

Sections are saved as they are edited (a moment after the last keystroke, and when another section is
chosen), like the checklist of pieces: Cancel on the application does not undo them.
"""

from __future__ import annotations

import contextlib

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QGuiApplication, QHideEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from coopdesk.domain.errors import FieldErrors, NotFound, StaleEdit
from coopdesk.domain.texts import MAX_CHAR_LIMIT, SectionInput, SectionRow, TextBlockRow, count_text
from coopdesk.services.text_service import TextService
from coopdesk.ui.dialogs import message_box
from coopdesk.ui.error_messages import error_message, field_messages
from coopdesk.ui.formatting import date_text
from coopdesk.ui.table_models.text_table_model import category_label, plain_excerpt
from coopdesk.ui.widgets.field_error_label import FieldErrorLabel
from coopdesk.ui.widgets.text_counts import TextCountsLabel

AUTOSAVE_DELAY_MS = 800
NEWER_MARK = "⟳"
OVER_MARK = "⚠"


class TextPickerDialog(QDialog):
    """Choose a text of the library (search as you type) and which of its versions to use."""

    def __init__(self, texts: TextService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._texts = texts
        self._blocks = {block.id: block for block in texts.list_blocks()}
        self.setWindowTitle(self.tr("Choose a text of the library"))
        self.resize(820, 520)
        self.search = QLineEdit()
        self.search.setObjectName("pickerSearch")
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.tr("Search the titles and texts…"))
        self.results = QListWidget()
        self.results.setObjectName("pickerResults")
        # Title and excerpt wrap on several lines rather than hide behind a horizontal scroll bar.
        self.results.setWordWrap(True)
        self.results.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.results.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.results.setSpacing(2)
        self.version = QComboBox()
        self.preview = QPlainTextEdit()
        self.preview.setReadOnly(True)
        self.counts = TextCountsLabel()
        self.empty = QLabel()
        self.empty.setTextFormat(Qt.TextFormat.PlainText)
        self.empty.setWordWrap(True)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.search)
        left_layout.addWidget(self.results, 1)
        left_layout.addWidget(self.empty)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        version_row = QHBoxLayout()
        version_row.addWidget(QLabel(self.tr("Version")))
        version_row.addWidget(self.version, 1)
        right_layout.addLayout(version_row)
        right_layout.addWidget(self.preview, 1)
        right_layout.addWidget(self.counts)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setSizes([380, 420])
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Use this text"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.buttons)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(150)
        self._timer.timeout.connect(self.apply_search)
        self.search.textChanged.connect(lambda _text: self._timer.start())
        self.results.currentItemChanged.connect(lambda *_args: self._chosen_changed())
        self.results.itemDoubleClicked.connect(lambda _item: self.accept())
        self.version.currentIndexChanged.connect(lambda _index: self._show_version())
        self._bodies: dict[int, str] = {}
        self.apply_search()

    @classmethod
    def choose(cls, parent: QWidget | None, texts: TextService) -> tuple[int, int] | None:
        """(text block id, version number), or None if cancelled."""
        dialog = cls(texts, parent)
        try:
            if dialog.exec() == QDialog.DialogCode.Accepted:
                return dialog.choice()
            return None
        finally:
            dialog.deleteLater()

    def apply_search(self) -> None:
        self._timer.stop()
        query = self.search.text().strip()
        self.results.clear()
        if query:
            entries = [
                (hit.id, f"{hit.title} — {plain_excerpt(hit.excerpt)}") for hit in self._texts.search(query)
            ]
        else:
            entries = [
                (block.id, f"{block.title} — {category_label(block.category)}")
                for block in self._blocks.values()
            ]
        for block_id, text in entries:
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, block_id)
            item.setToolTip(text)
            self.results.addItem(item)
        if not self._blocks:
            self.empty.setText(self.tr("The library is empty: write texts on the Texts page first."))
        elif not entries:
            self.empty.setText(self.tr("No text contains “%1”.").replace("%1", query))
        self.empty.setVisible(not entries)
        if entries:
            self.results.setCurrentRow(0)
        self._chosen_changed()

    def _current_block(self) -> TextBlockRow | None:
        item = self.results.currentItem()
        if item is None:
            return None
        return self._blocks.get(item.data(Qt.ItemDataRole.UserRole))

    def _chosen_changed(self) -> None:
        block = self._current_block()
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(block is not None)
        self.version.blockSignals(True)
        self.version.clear()
        self._bodies = {}
        if block is not None:
            for version in self._texts.versions(block.id):
                label = self.tr("%1 — %2").replace("%1", str(version.number))
                label = label.replace("%2", date_text(version.created_at.date()))
                if version.number == block.current_version:
                    label += " " + self.tr("(current)")
                self.version.addItem(label, version.number)
                self._bodies[version.number] = version.body
        self.version.blockSignals(False)
        self._show_version()

    def _show_version(self) -> None:
        body = self._bodies.get(self.version.currentData(), "")
        self.preview.setPlainText(body)
        self.counts.show_counts(body, None)

    def choice(self) -> tuple[int, int] | None:
        block = self._current_block()
        number = self.version.currentData()
        if block is None or not isinstance(number, int):
            return None
        return block.id, number


class ApplicationSections(QWidget):
    def __init__(self, texts: TextService, application_id: int | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("applicationSections")
        self._texts = texts
        self._application_id = application_id
        self._sections: list[SectionRow] = []
        self._current: SectionRow | None = None
        self._loading = False
        self._dirty = False

        self.section_list = QListWidget()
        self.section_list.setObjectName("sectionList")
        self.section_list.setMinimumWidth(220)
        self.add_button = QPushButton(self.tr("&Add a section"))
        self.add_button.clicked.connect(lambda: self.add_section())
        self.remove_button = QPushButton(self.tr("Delete the section…"))
        self.remove_button.clicked.connect(lambda: self.remove_section())
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.section_list, 1)
        list_buttons = QHBoxLayout()
        list_buttons.addWidget(self.add_button)
        list_buttons.addWidget(self.remove_button)
        left_layout.addLayout(list_buttons)

        self.title_edit = QLineEdit()
        self.title_edit.setPlaceholderText(
            self.tr("As the funder's form names it, e.g. Objectives of the project")
        )
        self.limit = QSpinBox()
        self.limit.setRange(0, MAX_CHAR_LIMIT)
        self.limit.setSingleStep(500)
        self.limit.setSpecialValueText(self.tr("none"))
        self.limit.setSuffix(self.tr(" characters"))
        self.limit.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)  # a number, not a line
        self.source_label = QLabel()
        self.source_label.setObjectName("sectionSource")
        self.source_label.setTextFormat(Qt.TextFormat.PlainText)
        self.source_label.setWordWrap(True)
        self.newer_flag = QLabel()
        self.newer_flag.setObjectName("sectionNewerFlag")
        self.newer_flag.setTextFormat(Qt.TextFormat.PlainText)
        self.newer_flag.setWordWrap(True)
        self.newer_flag.setStyleSheet("color:#9a5b00; font-weight:bold;")
        self.update_button = QPushButton(self.tr("&Update from the library…"))
        self.update_button.clicked.connect(lambda: self.update_from_library())
        newer_row = QHBoxLayout()
        newer_row.addWidget(self.newer_flag, 1)
        newer_row.addWidget(self.update_button)
        self.body = QPlainTextEdit()
        self.body.setObjectName("sectionBody")
        self.body.setTabChangesFocus(True)
        self.body.setPlaceholderText(
            self.tr("Fill it from the library, or write it here; changes stay in this application.")
        )
        self.counts = TextCountsLabel()
        self.fill_button = QPushButton(self.tr("&Fill from the library…"))
        self.fill_button.clicked.connect(lambda: self.fill_from_library())
        self.copy_button = QPushButton(self.tr("&Copy"))
        self.copy_button.setToolTip(self.tr("Copy the text to paste it into the funder's portal"))
        self.copy_button.clicked.connect(self.copy_body)
        self.saved_label = QLabel()
        self.saved_label.setTextFormat(Qt.TextFormat.PlainText)
        self.error = FieldErrorLabel()

        form = QFormLayout()
        form.addRow(self.tr("Title"), self.title_edit)
        form.addRow(self.tr("Character limit"), self.limit)
        editor = QWidget()
        editor_layout = QVBoxLayout(editor)
        editor_layout.setContentsMargins(8, 0, 0, 0)
        editor_layout.addLayout(form)
        editor_layout.addWidget(self.source_label)
        editor_layout.addLayout(newer_row)
        editor_layout.addWidget(self.body, 1)
        editor_layout.addWidget(self.counts)
        actions = QHBoxLayout()
        actions.addWidget(self.fill_button)
        actions.addWidget(self.copy_button)
        actions.addStretch(1)
        actions.addWidget(self.saved_label)
        editor_layout.addLayout(actions)
        editor_layout.addWidget(self.error)

        self.no_section = QLabel(
            self.tr(
                "No section yet. Add one per text field of the funder's form, then fill it from the library."
            )
        )
        self.no_section.setWordWrap(True)
        self.no_section.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.editor_stack = QStackedWidget()
        self.editor_stack.addWidget(self.no_section)
        self.editor_stack.addWidget(editor)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(self.editor_stack)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([240, 560])
        splitter.setChildrenCollapsible(False)

        self.unsaved_label = QLabel(self.tr("Save the application first: its texts can be added then."))
        self.unsaved_label.setWordWrap(True)
        self.unsaved_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.unsaved_label)
        self.stack.addWidget(splitter)
        layout = QVBoxLayout(self)
        layout.addWidget(self.stack)

        self._autosave = QTimer(self)
        self._autosave.setSingleShot(True)
        self._autosave.setInterval(AUTOSAVE_DELAY_MS)
        self._autosave.timeout.connect(self.save_current)
        self.title_edit.textEdited.connect(lambda _text: self._edited())
        self.limit.valueChanged.connect(lambda _value: self._edited())
        self.body.textChanged.connect(self._edited)
        self.section_list.currentRowChanged.connect(self._section_chosen)
        self.reload()

    def tab_title(self) -> str:
        return self.tr("Texts of the application")

    # -- loading --------------------------------------------------------------------------------

    def reload(self, select_id: int | None = None) -> None:
        if self._application_id is None:
            self.stack.setCurrentWidget(self.unsaved_label)
            return
        self.stack.setCurrentIndex(1)
        keep = select_id if select_id is not None else (self._current.id if self._current else None)
        self._sections = self._texts.sections(self._application_id)
        self.section_list.blockSignals(True)
        self.section_list.clear()
        for section in self._sections:
            item = QListWidgetItem(self._item_text(section))
            item.setData(Qt.ItemDataRole.UserRole, section.id)
            self.section_list.addItem(item)
        self.section_list.blockSignals(False)
        row = next((index for index, section in enumerate(self._sections) if section.id == keep), 0)
        if self._sections:
            self.section_list.setCurrentRow(row)
            self._section_chosen(row)
        else:
            self._show(None)

    def _item_text(self, section: SectionRow) -> str:
        marks = []
        if section.newer_in_library:
            marks.append(NEWER_MARK)
        if count_text(section.body).over(section.char_limit):
            marks.append(OVER_MARK)
        return " ".join([section.title, *marks])

    def sections(self) -> list[SectionRow]:
        return list(self._sections)

    def current_section(self) -> SectionRow | None:
        return self._current

    def select_section(self, row: int) -> None:
        self.section_list.setCurrentRow(row)

    def _section_chosen(self, row: int) -> None:
        if self._dirty:
            self.save_current()
        section = self._sections[row] if 0 <= row < len(self._sections) else None
        self._show(section)

    def _show(self, section: SectionRow | None) -> None:
        self._current = section
        self.remove_button.setEnabled(section is not None)
        self.error.hide_error()
        if section is None:
            self.editor_stack.setCurrentWidget(self.no_section)
            return
        self.editor_stack.setCurrentIndex(1)
        self._loading = True
        self.title_edit.setText(section.title)
        self.limit.setValue(section.char_limit or 0)
        self.body.setPlainText(section.body)
        self._loading = False
        self._dirty = False
        self.saved_label.clear()
        if section.text_block_id is not None:
            self.source_label.setText(
                self.tr("From the library: “%1”, version %2 (your changes here do not change the library).")
                .replace("%1", section.text_block_title)
                .replace("%2", str(section.text_block_version))
            )
        elif section.text_block_version is not None:
            self.source_label.setText(self.tr("Filled from a text since deleted from the library."))
        else:
            self.source_label.setText(self.tr("Written for this application."))
        newer = section.newer_in_library
        self.newer_flag.setText(
            self.tr("%1 The library has a newer version (%2) than the one used here (%3).")
            .replace("%1", NEWER_MARK)
            .replace("%2", str(section.library_version))
            .replace("%3", str(section.text_block_version))
            if newer
            else ""
        )
        self.newer_flag.setVisible(newer)
        self.update_button.setVisible(newer)
        self._update_counts()

    def _update_counts(self) -> None:
        self.counts.show_counts(self.body.toPlainText(), self.limit.value() or None)

    def _edited(self) -> None:
        self._update_counts()
        if self._loading or self._current is None:
            return
        self._dirty = True
        self.saved_label.clear()
        self._autosave.start()

    # -- saving ---------------------------------------------------------------------------------

    def _input(self) -> SectionInput:
        return SectionInput(
            title=self.title_edit.text(), body=self.body.toPlainText(), char_limit=self.limit.value() or None
        )

    def _replace(self, saved: SectionRow) -> None:
        self._sections = [saved if section.id == saved.id else section for section in self._sections]
        self._current = saved
        row = next(index for index, section in enumerate(self._sections) if section.id == saved.id)
        item = self.section_list.item(row)
        if item is not None:
            item.setText(self._item_text(saved))

    def save_current(self) -> SectionRow | None:
        """Save the section being edited (if changed); on refusal, say why under the editor."""
        self._autosave.stop()
        section = self._current
        if section is None or not self._dirty:
            return section
        try:
            saved = self._texts.update_section(section.id, section.version, self._input())
        except FieldErrors as errors:
            self.error.show_error("\n".join(field_messages(errors).values()))
            return None
        except StaleEdit:
            self.error.show_error(
                self.tr(
                    "Someone else changed this section in the meantime: your text is still here; "
                    "copy it, then reopen the application."
                )
            )
            return None
        except NotFound as error:
            self.error.show_error(error_message(error))
            return None
        self._dirty = False
        self.error.hide_error()
        self._replace(saved)
        self.saved_label.setText(self.tr("Saved"))
        return saved

    def hideEvent(self, event: QHideEvent) -> None:
        if self._dirty:
            self.save_current()
        super().hideEvent(event)

    def add_section(self, title: str | None = None) -> SectionRow | None:
        if self._application_id is None:
            return None
        self.save_current()
        name = title if title is not None else self.tr("New section")
        try:
            added = self._texts.add_section(self._application_id, SectionInput(name))
        except (FieldErrors, NotFound) as error:
            self.error.show_error(error_message(error))
            return None
        self.reload(select_id=added.id)
        self.title_edit.setFocus(Qt.FocusReason.OtherFocusReason)
        self.title_edit.selectAll()
        return added

    def remove_section(self) -> bool:
        section = self._current
        if section is None:
            return False
        confirmed = message_box.ask(
            self,
            self.tr("Delete the section"),
            self.tr("Delete the section “%1” of this application? The library is not changed.").replace(
                "%1", section.title
            ),
            self.tr("Delete"),
            self.tr("Cancel"),
        )
        if not confirmed:
            return False
        self._autosave.stop()
        self._dirty = False
        with contextlib.suppress(NotFound):
            self._texts.delete_section(section.id)
        self._current = None
        self.reload()
        return True

    def _fill(self, block_id: int, number: int | None) -> SectionRow | None:
        self.save_current()
        section = self._current
        if section is None:
            return None
        try:
            filled = self._texts.fill_section(section.id, section.version, block_id, number)
        except (StaleEdit, NotFound) as error:
            self.error.show_error(error_message(error))
            return None
        self.reload(select_id=filled.id)
        return filled

    def fill_from_library(self, choice: tuple[int, int] | None = None) -> SectionRow | None:
        """Replace the section's text by a text of the library (chosen in the picker when not given)."""
        if self._current is None and self.add_section() is None:
            return None
        if choice is None:
            choice = TextPickerDialog.choose(self, self._texts)
            if choice is None:
                return None
        if self.body.toPlainText().strip() and not message_box.ask(
            self,
            self.tr("Replace the text"),
            self.tr("Replace the text of this section by the text of the library?"),
            self.tr("Replace"),
            self.tr("Cancel"),
        ):
            return None
        return self._fill(*choice)

    def update_from_library(self) -> SectionRow | None:
        """Take the library's current version (after confirmation: adaptations here are replaced)."""
        section = self._current
        if section is None or section.text_block_id is None:
            return None
        if not message_box.ask(
            self,
            self.tr("Update from the library"),
            self.tr(
                "Replace the text of this section by version %1 of the library? "
                "Changes made for this funder will be replaced."
            ).replace("%1", str(section.library_version)),
            self.tr("Update"),
            self.tr("Cancel"),
        ):
            return None
        return self._fill(section.text_block_id, None)

    def copy_body(self) -> None:
        QGuiApplication.clipboard().setText(self.body.toPlainText())
        self.saved_label.setText(self.tr("Copied: paste it into the funder's form."))
