"""Features: what a drafted SKP becomes: its RHK, the MPPH cascade to a team, the dialog kinerja pack, the e-Kinerja workbook."""
