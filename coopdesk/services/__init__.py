"""Use cases of CoopDesk: one module per capability; each call is one transaction returning rows."""
