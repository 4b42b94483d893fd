"""What every editing dialog and list page of the window uses once (see `entity_dialog`)."""
