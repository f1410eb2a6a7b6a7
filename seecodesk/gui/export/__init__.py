"""The 내보내기 section: files for city hall and spreadsheets."""
