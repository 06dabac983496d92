"""Indonesian language data (months, weekdays, boilerplate patterns, cue words ...)."""
