"""`iki audit` end to end on a generated export."""

import sys
import time
from pathlib import Path


def bench_audit(employees: int = 10_000) -> dict:
    """`iki audit` on a generated unit export of 10,000 employees × ~10 IKI, end to end."""
    import os
    import subprocess
    import tempfile

    from evals.unit_export import write_export

    with tempfile.TemporaryDirectory() as folder:
        source = write_export(Path(folder) / "unit.xlsx", employees)
        started = time.perf_counter()
        done = subprocess.run([sys.executable, "-m", "bot.cli", "audit", str(source)], capture_output=True, text=True,
                              env={**os.environ, "IKI_DATA_DIR": folder})
        seconds = time.perf_counter() - started
    rows = done.stdout.splitlines()[0] if done.stdout else done.stderr[-300:]
    print(f"Benchmark audit: {rows}")
    print(f"{'iki audit (proses utuh)':<22} {seconds:.1f} s   target < 60 s   {'OK' if seconds < 60 else 'LAMBAT'}")
    return {"audit_s": seconds}
