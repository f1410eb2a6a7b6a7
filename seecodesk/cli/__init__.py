"""The command line: `seecodesk demo|import|export|print|check …`; no subcommand opens the window."""
