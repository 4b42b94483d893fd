"""Dialogs built in code; each has one typed entry point (`VolunteerDialog.edit(...)`)."""
