"""python -m evals [rules|skp|rewrite|bench|all]"""

import sys

from evals.runners import run

sys.exit(run(sys.argv[1] if len(sys.argv) > 1 else "all"))
