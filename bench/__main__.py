"""``python -m bench [--full] [--data-dir DIR] [--only overhead,data,pruning,engines,memory]``."""

from bench.cli import main

raise SystemExit(main())
