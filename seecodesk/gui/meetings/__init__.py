"""The 회의 section: meetings, roll calls, minutes, action items and attendance statistics."""
