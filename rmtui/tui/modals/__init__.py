"""Modal screens: each returns a typed value to the screen that opened it."""
