"""Benchmark: peer consulting at a large network's scale.

Issue 5 sets no speed target; these figures keep the screens honest: 300 member organisations,
60 mentors, 1,000 applications with 400 matches and 1,600 sessions. Reports the time to list
the board, to propose mentors for one application (the matching panel), yearly figures, and to
print a filled form and a result report. A screen should react within ~0.2 s.

    .venv/bin/python bench/bench_consulting.py
"""

import random
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path

sys.path[:0] = [str(Path(__file__).resolve().parents[1])]

from seecodesk.core.consulting import Application, MentorOffer, Session  # noqa: E402
from seecodesk.core.members import MembershipPeriod, Organisation  # noqa: E402
from seecodesk.services.consulting import ConsultingService  # noqa: E402
from seecodesk.services.consulting_print import print_form, print_report  # noqa: E402
from seecodesk.storage.database import open_database  # noqa: E402

ORGS, MENTORS, APPLICATIONS, MATCHED = 300, 60, 1000, 400


def build(path: Path, rng: random.Random) -> tuple[ConsultingService, list[int], list[int]]:
    service = ConsultingService(open_database(path))
    fields = list(service.field_names())
    with service.db.atomic():
        orgs = [int(service.members.save_organisation(Organisation(
            name=f"벤치기업{i:03d}", memberships=[MembershipPeriod(joined_on="2020-01-01")])).id or 0) for i in range(ORGS)]
        for i in range(MENTORS):
            service.save_mentor(MentorOffer(organisation_id=orgs[i], capacity=rng.randint(5, 12),
                                            field_ids=rng.sample(fields, 2)))
        apps, matches = [], []
        for n in range(APPLICATIONS):
            app = service.save_application(Application(
                company_name=f"벤치기업{rng.randrange(ORGS):03d}", field_ids=rng.sample(fields, 2),
                applied_on=f"{rng.choice((2022, 2023, 2024))}-0{rng.randint(1, 9)}-1{rng.randint(0, 9)}",
                request="판로 개척과 회계 처리 " * rng.randint(1, 30)))
            apps.append(int(app.id or 0))
            if n < MATCHED:
                proposal = service.work.propose(apps[-1], app.applied_on).proposals[0]
                match = service.work.confirm(apps[-1], proposal.offer_id, app.applied_on)
                matches.append(int(match.id or 0))
                for k in range(4):
                    service.work.save_session(Session(match_id=int(match.id or 0), held_on=app.applied_on,
                                                      paid_on=app.applied_on if k % 2 else ""))
                service.move(apps[-1], "완료", app.applied_on)
    return service, apps, matches


def timed(label: str, work, repeat: int = 5) -> None:  # type: ignore[no-untyped-def]
    best = min(_once(work) for _ in range(repeat))
    print(f"{label:<34} {best * 1000:8.1f} ms")


def _once(work) -> float:  # type: ignore[no-untyped-def]
    start = time.perf_counter()
    work()
    return time.perf_counter() - start


def main() -> int:
    rng = random.Random(5)
    with tempfile.TemporaryDirectory() as folder:
        start = time.perf_counter()
        service, apps, matches = build(Path(folder) / "bench.seecodesk", rng)
        print(f"network built: {ORGS} orgs, {MENTORS} mentors, {APPLICATIONS} applications, {MATCHED} matches "
              f"in {time.perf_counter() - start:.1f} s")
        open_app = apps[-1]
        timed("board: list applications", service.applications)
        timed("matching panel: propose mentors", lambda: service.work.propose(open_app, "2024-12-31"))
        timed("yearly figures (total + by field)", lambda: service.work.figures(2023))
        timed("print filled form (1 page)", lambda: print_form(service, Path(folder) / "f.pdf", open_app), 3)
        timed("print result report", lambda: print_report(service, matches[0], Path(folder) / "r.pdf"), 3)
        long = replace(service.application(open_app), request="아주 긴 신청 내용 " * 450)
        service.save_application(long)
        timed("print form, 신청 내용 cut to fit", lambda: print_form(service, Path(folder) / "l.pdf", open_app), 3)
        service.db.close()
    print("target: each screen action ≤ 200 ms (no target set in issue 5)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
