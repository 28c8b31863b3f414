from datalayer.loading.errors import MAX_PROBLEMS_SHOWN, DataFileError, Problem


def test_a_problem_names_line_column_rule_and_value():
    assert (
        Problem(3, "status", "must be one of: signed", "maybe").describe()
        == "line 3, column 'status': must be one of: signed (found 'maybe')"
    )
    assert Problem(None, None, "the file is empty").describe() == "whole file: the file is empty"


def test_the_error_message_lists_a_bounded_number_of_problems():
    error = DataFileError("data/x.csv", [Problem(i, "c", "bad") for i in range(2, 2 + MAX_PROBLEMS_SHOWN + 3)])
    assert str(error).startswith(f"data/x.csv: {MAX_PROBLEMS_SHOWN + 3} problem(s)")
    assert str(error).endswith("... and 3 more")
