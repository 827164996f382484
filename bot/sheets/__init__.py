"""Ground: spreadsheets people give us (tables.py finds the header and maps it to our fields), and below it what a
file really is, CSV text, workbook cells and formats."""
