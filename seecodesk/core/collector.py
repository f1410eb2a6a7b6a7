"""Pausing Python's cyclic garbage collector around work that makes many objects and no garbage.

Building the web of ties makes tens of thousands of small dicts and tuples (one per tie), all kept
until the drawing is replaced. Each batch of new objects set off a collection that walked them all
again: 30-odd collections per drawing, a tenth of its time, freeing nothing. Reference counting
still frees what the work drops; the collector runs again as soon as the block ends. The start-up
does the same for the same reason (cli/main.py, app.py).
"""

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def collector_paused() -> Iterator[None]:
    """Run the block with the cyclic collector off; it is on again afterwards if it was on before."""
    was_on = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_on:
            gc.enable()
