"""Asisten IKI, grouped by layer; arrows point down only (tests/test_layers.py keeps it so).

doors     cli.py (iki …), chat.py (terminal), telegram/, service/ (warm start, iki doctor)
engine    conversation/ (commands, flows, intent, turns)
features  llm/, audit/, skp/ (RHK, MPPH, dialog pack, export), rewrite/, retrieval/, rules/, render.py
ground    sheets/, outputs.py, inputs.py, storage/, models.py, lang/, knowledge.py, settings.py, logs.py, metrics.py
"""
