"""The 변경 이력 window and 실행 취소 / 다시 실행 as the window shows them."""
