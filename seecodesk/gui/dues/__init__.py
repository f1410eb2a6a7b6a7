"""The 회비 section: the dues rule, a year's sheet, 납부 확인 and receipts, arrears."""
