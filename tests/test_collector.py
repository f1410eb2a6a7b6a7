"""The cyclic collector is off inside `collector_paused` and as it was before afterwards."""

import gc

import pytest

from seecodesk.core.collector import collector_paused


@pytest.fixture
def collector_state():
    was_on = gc.isenabled()
    yield
    if was_on:
        gc.enable()
    else:
        gc.disable()


@pytest.mark.parametrize("on_before", [True, False])
def test_the_collector_pauses_in_the_block_and_comes_back_as_it_was(collector_state, on_before):
    gc.enable() if on_before else gc.disable()
    with collector_paused():
        assert not gc.isenabled()
    assert gc.isenabled() == on_before


def test_the_collector_comes_back_after_an_error_in_the_block(collector_state):
    gc.enable()
    with pytest.raises(KeyError), collector_paused():
        raise KeyError("boom")
    assert gc.isenabled()
