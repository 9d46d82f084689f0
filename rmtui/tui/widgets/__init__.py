"""Reusable widgets of the rmtui TUI."""
