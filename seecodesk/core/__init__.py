"""Domain core: dataclasses, value sets, validation and errors. Imports neither Qt nor SQL."""
