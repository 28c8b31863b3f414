from datetime import date

from datalayer.__main__ import main as validate_all
from datalayer.loading.provenance import checked_on, data_checked_on, load_provenance


def test_validation_command_reports_newest_fact_and_days_since_check_per_dataset(capsys):
    assert validate_all([]) == 0
    output = capsys.readouterr().out
    partners_line = next(line for line in output.splitlines() if line.startswith("data/ilrs_partners.csv"))
    assert "status: signed" in partners_line and "newest fact: " in partners_line
    checked = checked_on(load_provenance(), "data/ilrs_partners.csv")
    assert f"checked {checked} ({(date.today() - checked).days} days ago)" in partners_line
    assert f"data checked to {data_checked_on(load_provenance())}" in output
