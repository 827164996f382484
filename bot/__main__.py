"""`python -m bot …` is the `iki` command (tester19 #22: «python -m bot chat» failed where `iki chat` worked)."""

import sys

from bot.cli import main

sys.exit(main())
