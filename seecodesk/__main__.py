"""`python -m seecodesk` runs the same command line as the `seecodesk` script."""

from seecodesk.cli.main import main

raise SystemExit(main())
