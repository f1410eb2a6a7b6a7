"""Names beside dots that never cover each other (core/label_placement.py), as the web of ties uses them."""

import random

import pytest

from seecodesk.core.label_placement import Label, place_labels


def boxes(labels, placed):
    return {i: (labels[i].x + dx, labels[i].y + dy, labels[i].x + dx + labels[i].width, labels[i].y + dy + labels[i].height)
            for i, dx, dy in placed}


def overlap(a, b):
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


def test_a_name_goes_right_of_its_dot_when_there_is_room():
    assert place_labels([Label(100, 100, 5, 60, 12)]) == [(0, 7.0, -6.0)]


def test_crowded_names_never_overlap_and_the_first_always_fits():
    rng = random.Random(5)
    labels = [Label(rng.uniform(0, 400), rng.uniform(0, 300), rng.uniform(3, 12), rng.uniform(40, 120), 12)
              for _ in range(300)]
    placed = place_labels(labels)
    found = boxes(labels, placed)
    assert 0 in found and 30 < len(found) < 300
    shown = list(found.values())
    assert not any(overlap(a, b) for i, a in enumerate(shown) for b in shown[i + 1:])
    for i, box in found.items():  # no name covers a dot that has a name
        for j in found:
            dot = (labels[j].x - labels[j].radius, labels[j].y - labels[j].radius,
                   labels[j].x + labels[j].radius, labels[j].y + labels[j].radius)
            assert not overlap(box, dot), (i, j)


def test_names_stay_inside_the_bounds_and_go_left_at_the_right_edge():
    placed = place_labels([Label(190, 50, 4, 60, 10)], bounds=(0, 0, 200, 100))
    assert placed == [(0, -66.0, -5.0)]
    assert place_labels([Label(10, 50, 4, 300, 10)], bounds=(0, 0, 200, 100)) == []


def test_a_dot_under_an_earlier_name_gets_no_name():
    first = Label(10, 100, 4, 80, 12)  # the bounds leave it only the right side, over the second dot
    hidden = Label(60, 100, 3, 40, 12)
    assert place_labels([first, hidden], bounds=(0, 90, 300, 110)) == [(0, 6.0, -6.0)]


def test_a_name_may_touch_the_bounds_but_not_cross_them():
    # right of the dot: from 100 + 4 + 2 to 166 wide, 45 to 55 high: exactly the bounds
    assert place_labels([Label(100, 50, 4, 60, 10)], bounds=(106, 45, 166, 55)) == [(0, 6.0, -5.0)]


def test_near_the_top_edge_the_name_goes_centred_below_its_dot_and_near_the_bottom_above():
    bounds = (0, 0, 300, 100)
    assert place_labels([Label(100, 3, 2, 60, 10)], bounds=bounds) == [(0, -30.0, 4.0)]
    # squeezed between the edges left and right, the name can only go above
    assert place_labels([Label(100, 97, 2, 60, 10)], bounds=(70, 0, 130, 100)) == [(0, -30.0, -14.0)]


def test_crowded_names_left_and_above_the_origin_never_overlap_either():
    rng = random.Random(8)
    labels = [Label(rng.uniform(-400, 0), rng.uniform(-300, 0), rng.uniform(3, 12), rng.uniform(40, 120), 12)
              for _ in range(300)]
    shown = list(boxes(labels, place_labels(labels)).values())
    assert len(shown) > 30
    assert not any(overlap(a, b) for i, a in enumerate(shown) for b in shown[i + 1:])


@pytest.mark.parametrize("second", [
    Label(160, 107, 1, 60, 10),  # its name starts where the first one ends
    Label(40, 107, 1, 60, 10),  # its name ends where the first one starts
    Label(100, 110, 4, 60, 10),  # its name sits just below the first one
    Label(100, 90, 4, 60, 10),  # its name sits just above the first one
], ids=["after", "before", "below", "above"])
def test_names_may_touch_each_other(second):
    first = Label(100, 100, 1, 60, 10)
    reach = second.radius + 2
    assert place_labels([first, second]) == [(0, 3.0, -5.0), (1, reach, -5.0)]
