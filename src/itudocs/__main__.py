"""``python -m itudocs`` runs the command line."""

import sys

from itudocs.cli import main

sys.exit(main())
