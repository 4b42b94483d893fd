"""Every query of CoopDesk: one module per concept, functions taking a Session, returning rows."""
