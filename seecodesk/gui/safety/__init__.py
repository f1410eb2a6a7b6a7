"""The safety net in the window: 백업 및 복원, the damaged-file dialog, automatic backups."""
