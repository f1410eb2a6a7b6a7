"""SeeCoDesk: the desktop office of a local social economy network (사회적경제 네트워크 사무국)."""

__version__ = "0.1.0"
