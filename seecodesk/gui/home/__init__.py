"""The 홈 section: today and the next 14 days at a glance."""
