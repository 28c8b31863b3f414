from datalayer.domain.what_if import LeftOut, scenario_states
from datalayer.words.what_if_lines import left_out_notice, scenario_label
from tests.datalayer.domain.test_what_if import DAY


def test_what_a_link_leaves_out_is_named_with_its_reason_and_a_list_is_named_by_its_states(tables):
    said = [left_out_notice(left) for left in (LeftOut("CHN", "lead"), LeftOut("SRB", "signed"))]
    said += [left_out_notice(left) for left in (LeftOut("XXX", "unknown"), LeftOut("TWN", "not_un_member"))]
    assert said[0] == "Left out CHN: China leads the ILRS and is not its own partner."
    assert said[1] == "Left out SRB: it has already signed, so it is in the count."
    assert said[2].startswith("Left out 'XXX': not a preset (announced, ") and said[3].endswith(
        "not a UN member state."
    )
    scenario = scenario_states(
        ("eth", "BOL", "DJI"),
        tables.partners,
        tables.artemis_accords,
        tables.blocs,
        tables.regions,
        tables.un_member_states,
        DAY,
    )
    assert scenario_label(scenario.chosen, scenario.presets) == "Ethiopia, Bolivia and Djibouti"
    announced = scenario_states(
        ("announced",),
        tables.partners,
        tables.artemis_accords,
        tables.blocs,
        tables.regions,
        tables.un_member_states,
        DAY,
    )
    assert scenario_label(announced.chosen, announced.presets) == f"the {len(announced.chosen)} announced states"
