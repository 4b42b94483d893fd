"""Printed output of CoopDesk: reportlab renderers fed with domain rows (packs, reports, budgets)."""
