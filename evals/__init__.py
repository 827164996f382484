"""Evaluation sets (JSONL beside this file) and the runners that print their numbers."""
