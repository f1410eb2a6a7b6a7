"""Exchanging the member directory with files Korean offices use: CSV (UTF-8 BOM / CP949) and XLSX.

- `reading`: a CSV or XLSX file as a table of text cells, encoding detected (never euc-kr).
- `fields`: the directory fields a column can feed, and the Korean header synonyms.
- `member_import`: preview (every row's problems with its row number) and all-or-nothing commit.
- `member_export`: the directory as CSV or XLSX, formula-safe, written atomically.

No Qt here: the CLI and the window both use these modules.
"""
