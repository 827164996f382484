"""Features: the whole-unit SKP audit for the HR bureau: every employee's IKI checked, with unit figures and a report."""
