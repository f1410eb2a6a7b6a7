"""개인정보: 파기 대상 and what was done about them."""
