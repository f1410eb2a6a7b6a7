"""PDF reports built with ReportLab Platypus: each report is a function from plain data to a file."""
