"""Use cases the window and the command line call; each takes plain data and returns plain data."""
