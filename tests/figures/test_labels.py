from figures.labels import place_labels, uncrowded


def boxes(x, y, places, width, height):
    offsets = {"top center": (0, 0.8), "bottom center": (0, -0.8), "middle right": (0.75, 0), "middle left": (-0.75, 0)}
    placed = zip(x, y, places, strict=True)
    return [(px + offsets[p][0] * width, py + offsets[p][1] * height) for px, py, p in placed if p]


def test_labels_of_neighbouring_points_move_apart_or_go_to_the_hover():
    x, y = [0.5, 0.5, 0.52, 0.9], [0.3, 0.3, 0.3, 0.3]
    places = place_labels(x, y, width=0.04, height=0.07)
    assert places[:3] == ["top center", "bottom center", "middle right"] and places[3] == "top center"
    placed = boxes(x, y, places, 0.04, 0.07)
    for i, a in enumerate(placed):
        for b in placed[i + 1 :]:
            assert abs(a[0] - b[0]) >= 0.04 or abs(a[1] - b[1]) >= 0.07
    crowd = place_labels([0.5] * 6, [0.5] * 6, width=0.04, height=0.07)
    assert crowd[:2] == ["top center", "bottom center"] and crowd[2:] == [None] * 4  # one point: its sides touch


def test_counts_on_their_points_keep_the_first_of_each_crowd():
    assert uncrowded([0.5, 0.505, 0.8], [0.5, 0.51, 0.5], width=0.02, height=0.035) == [True, False, True]


def test_a_label_never_covers_another_points_marker():
    # The second point sits right above the first: the first's label cannot go on top of it.
    places = place_labels([0.5, 0.5], [0.3, 0.36], width=0.04, height=0.07, marker=(0.01, 0.03))
    assert places[0] != "top center"


def test_callouts_set_farther_out_the_labels_that_find_no_room_beside_their_point_and_never_overlap():
    from figures.labels import label_spots

    crowd = label_spots([0.5] * 6, [0.5] * 6, width=0.06, height=0.05, callouts=True)
    beside = [s for s in crowd if s and not s.callout]
    called = [s for s in crowd if s and s.callout]
    assert len(beside) == 2 and len(called) == 4  # above and below, then four farther out
    boxes = [(s.x, s.y) for s in crowd if s]
    for i, a in enumerate(boxes):
        for b in boxes[i + 1 :]:
            assert abs(a[0] - b[0]) >= 0.06 or abs(a[1] - b[1]) >= 0.05, (a, b)
    assert label_spots([0.5] * 6, [0.5] * 6, width=0.06, height=0.05)[4] is None  # asked for none: none
