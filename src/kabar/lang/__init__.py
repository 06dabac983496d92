"""Language data, kept apart from logic: lists and tables only."""
