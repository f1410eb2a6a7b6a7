"""`python -m seecodesk` runs the same command line as the `seecodesk` script."""

from seecodesk.cli.main import main

if __name__ == "__main__":  # not when a child process (the XLSX reader) imports the main module again
    raise SystemExit(main())
