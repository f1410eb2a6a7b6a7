"""The 회원 section: member directory, organisation and person forms."""
