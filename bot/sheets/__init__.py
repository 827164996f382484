"""Low-level spreadsheet reading for bot/tables.py: what a file really is, CSV text, workbook cells and formats."""
