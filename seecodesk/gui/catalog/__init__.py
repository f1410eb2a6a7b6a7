"""인쇄·카탈로그: the member catalog screen and the products editor."""
