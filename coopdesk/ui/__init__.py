"""The window of CoopDesk (PySide6 only): pages, dialogs, table models and widgets over frozen rows.

Nothing here touches the database: the ui receives services from `coopdesk.app` and shows their rows.
"""
