"""The errors a user meets carry their field, their fields' messages, their kind and their problems."""

import errno

from seecodesk.core.errors import (
    DamagedDatabaseError,
    ValidationError,
    ValidationErrors,
    storage_problem,
    unsaved_file_message,
)


def test_a_validation_error_names_its_field_and_shows_its_message():
    error = ValidationError("phone", "전화번호를 확인해 주세요.")
    assert (error.field, error.message, str(error)) == ("phone", "전화번호를 확인해 주세요.", "전화번호를 확인해 주세요.")


def test_several_errors_keep_each_field_and_show_every_message():
    given = {"name": "이름을 적어 주세요.", "year": "연도를 확인해 주세요."}
    error = ValidationErrors(given)
    given.clear()  # the caller's dict may be reused: the error keeps its own copy
    assert error.errors == {"name": "이름을 적어 주세요.", "year": "연도를 확인해 주세요."}
    assert str(error) == "이름을 적어 주세요. 연도를 확인해 주세요."


def test_a_damaged_database_lists_its_problems():
    problems = ["page 3 is damaged"]
    error = DamagedDatabaseError("손상된 파일입니다.", problems)
    problems.append("later")
    assert error.problems == ["page 3 is damaged"] and str(error) == "손상된 파일입니다."
    assert DamagedDatabaseError("손상된 파일입니다.").problems == []


def test_each_storage_problem_has_its_kind_and_its_own_message():
    problems = [storage_problem(kind) for kind in ("busy", "full", "readonly", "io")]
    assert [p.kind for p in problems] == ["busy", "full", "readonly", "io"]
    assert len({str(p) for p in problems}) == 4 and all(str(p) for p in problems)


def test_an_unsaved_file_names_the_file_and_a_reason_per_cause():
    def reason(code: int, text: str = "") -> str:
        return unsaved_file_message("/tmp/x.csv", OSError(code, text))

    assert "/tmp/x.csv" in reason(errno.ENOSPC)
    assert reason(errno.ENOSPC) == reason(errno.EDQUOT)
    assert reason(errno.EACCES) == reason(errno.EPERM)
    assert reason(errno.ENOENT) == reason(errno.ENOTDIR)
    causes = [errno.ENOENT, errno.EACCES, errno.ENOSPC, errno.EROFS, errno.EISDIR, errno.ENAMETOOLONG, errno.EIO]
    assert len({reason(code, "strerror") for code in causes}) == len(causes)
    assert all("strerror" not in reason(code, "strerror") for code in causes)
    assert "Stale file handle" in reason(errno.ESTALE, "Stale file handle")
    assert "혹시" in unsaved_file_message("/tmp/x.csv", OSError("혹시"))  # no errno: the error's own words
