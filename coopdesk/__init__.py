"""CoopDesk: the grants desk of small food-aid associations."""

__version__ = "0.1.0"
