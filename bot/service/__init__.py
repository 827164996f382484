"""Doors: running the bot as a service: warm start and readiness checks shared by `iki telegram` and `iki doctor`."""
