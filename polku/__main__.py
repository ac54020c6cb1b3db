import sys

from polku.cli import main

sys.exit(main())
