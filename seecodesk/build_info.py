"""What this copy of SeeCoDesk is: its version and, for a packaged build, when it was built.

`packaging/build.sh` writes `resources/BUILD_INFO` (one line: the build date) into the bundle; a
copy run from the source tree has none and says so.
"""

from seecodesk import __version__
from seecodesk.paths import RESOURCES_DIR

BUILD_INFO_FILE = RESOURCES_DIR / "BUILD_INFO"


def build_date() -> str | None:
    """The date the packaged program was built, or None when it runs from the source tree."""
    try:
        text = BUILD_INFO_FILE.read_text(encoding="utf-8").strip()
    except OSError:
        return None
    return text or None


def version_line() -> str:
    """`seecodesk --version`: the version, and the build date when there is one."""
    built = build_date()
    return f"SeeCoDesk {__version__}" + (f" (빌드 {built})" if built else " (소스에서 실행)")
