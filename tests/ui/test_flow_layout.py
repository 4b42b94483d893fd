"""A row of buttons that goes on to more lines when narrow: in order, never overlapping, never cut."""

from __future__ import annotations

from PySide6.QtWidgets import QLineEdit, QPushButton, QTableWidget, QVBoxLayout, QWidget

from coopdesk.ui.widgets.flow_layout import FlowLayout

TEXTS = ["Nouveau dossier…", "Ouvrir…", "Changer de statut…", "Renouveler", "Préparer le dossier…"]


def _page(qtbot, *, stretch_before: int | None = None, search: bool = False):
    """A page like the Dossiers page: a flowing row of buttons above a table."""
    page = QWidget()
    qtbot.addWidget(page)
    row = FlowLayout()
    buttons = []
    for number, text in enumerate(TEXTS):
        if number == stretch_before:
            row.addStretch(1)
        button = QPushButton(text)
        row.addWidget(button)
        buttons.append(button)
    field = QLineEdit()
    if search:
        row.addWidget(field, 1)
    layout = QVBoxLayout(page)
    layout.addLayout(row)
    layout.addWidget(QTableWidget(3, 3), 1)
    return page, row, buttons, field


def _show(qtbot, page: QWidget, width: int) -> None:
    page.resize(width, 400)
    page.show()
    qtbot.waitExposed(page)
    page.layout().activate()


def _lines(buttons: list[QPushButton]) -> list[list[str]]:
    rows: dict[int, list[QPushButton]] = {}
    for button in buttons:
        rows.setdefault(button.geometry().top(), []).append(button)
    return [
        [button.text() for button in sorted(line, key=lambda b: b.geometry().left())]
        for _top, line in sorted(rows.items())
    ]


def _no_overlap_and_inside(page: QWidget, widgets: list[QWidget]) -> None:
    for index, widget in enumerate(widgets):
        assert page.rect().contains(widget.geometry()), widget.text()
        assert widget.width() >= widget.sizeHint().width() or widget.width() == page.width()
        for other in widgets[index + 1 :]:
            assert not widget.geometry().intersects(other.geometry())


def test_wide_everything_on_one_line_in_order(qtbot):
    page, _row, buttons, _field = _page(qtbot)
    _show(qtbot, page, 1000)
    assert _lines(buttons) == [TEXTS]
    _no_overlap_and_inside(page, buttons)


def test_narrow_the_buttons_go_on_to_more_lines_in_order(qtbot):
    page, row, buttons, _field = _page(qtbot)
    widest = max(button.sizeHint().width() for button in buttons)
    one_line = row.sizeHint().width()
    assert row.minimumSize().width() == widest  # never forces a wider window
    assert page.minimumSizeHint().width() < one_line
    _show(qtbot, page, 360)
    lines = _lines(buttons)
    assert len(lines) > 1
    assert [text for line in lines for text in line] == TEXTS
    _no_overlap_and_inside(page, buttons)
    assert row.heightForWidth(360) > row.heightForWidth(1000)
    table = page.findChild(QTableWidget)
    assert table.geometry().top() > max(button.geometry().bottom() for button in buttons)


def test_what_follows_a_stretch_goes_right_or_to_a_new_line_together(qtbot):
    page, _row, buttons, _field = _page(qtbot, stretch_before=3)
    _show(qtbot, page, 1000)
    assert _lines(buttons) == [TEXTS]
    margin = page.layout().contentsMargins().right()
    assert buttons[-1].geometry().right() == page.width() - margin - 1  # at the right end
    assert buttons[3].geometry().left() > buttons[2].geometry().right() + 50

    needed = sum(button.sizeHint().width() for button in buttons[:4]) + 3 * 6 + 2 * margin
    _show(qtbot, page, needed + 20)  # "Renouveler" would fit, not with "Préparer le dossier…"
    assert _lines(buttons) == [TEXTS[:3], TEXTS[3:]]
    _no_overlap_and_inside(page, buttons)


def test_a_search_field_takes_the_rest_of_its_line(qtbot):
    page, _row, buttons, field = _page(qtbot, search=True)
    _show(qtbot, page, 1200)
    margin = page.layout().contentsMargins().right()
    assert field.geometry().top() == buttons[0].geometry().top()
    assert field.geometry().right() == page.width() - margin - 1
    assert field.width() > field.sizeHint().width()


def test_a_hidden_button_takes_no_room(qtbot):
    page, _row, buttons, _field = _page(qtbot)
    buttons[1].hide()
    _show(qtbot, page, 1000)
    assert buttons[2].geometry().left() == buttons[0].geometry().right() + 1 + 6
