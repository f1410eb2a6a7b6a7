"""The 분과·과제 section: bodies, the action plan with its schedule grid, this quarter, printing."""
