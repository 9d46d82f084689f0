"""Full screens of the rmtui TUI."""
