"""동료컨설팅 section: applications board, application form, mentors, matching, sessions, figures."""
