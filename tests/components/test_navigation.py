from components.navigation import PAGES
from datalayer.loading.paths import ROOT


def test_every_page_has_a_file_and_the_public_url_path():
    assert [p.url_path for p in PAGES] == ["", "map", "growth", "compare", "country", "sources", "methods"]
    for page in PAGES:
        assert (ROOT / page.file).is_file()
        assert page.file == "app.py" or page.file.split("_", 1)[1] == f"{page.url_path}.py"
