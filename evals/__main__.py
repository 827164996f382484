"""python -m evals [rules|skp|rewrite|bench|all]; python -m evals day_one|pairs|year --show ID prints one transcript"""

import sys

from evals.runners import run

if sys.argv[1:3] == ["day_one", "--show"] and len(sys.argv) > 3:  # one conversation's transcript
    from evals.day_one_evals import show

    sys.exit(show(sys.argv[3]))
if sys.argv[1:3] == ["pairs", "--show"] and len(sys.argv) > 3:  # one two-person conversation's transcript
    from evals.pair_conversations import show

    sys.exit(show(sys.argv[3]))
if sys.argv[1:3] == ["year", "--show"] and len(sys.argv) > 3:  # one year-long conversation's transcript
    from evals.year_conversations import show

    sys.exit(show(sys.argv[3]))
sys.exit(run(sys.argv[1] if len(sys.argv) > 1 else "all"))
