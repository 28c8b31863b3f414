"""What every browser test does on arrival: load a path and wait for the app to finish its run."""
from playwright.sync_api import Page

ARRIVED = '[data-testid="stApp"][data-test-script-state="notRunning"]'
EXCEPTION = '[data-testid="stException"]'


def visit(page: Page, base_url: str, path: str) -> Page:
    page.goto(f"{base_url}/{path}")
    page.wait_for_selector('[data-testid="stMain"] h1', state="visible")
    page.wait_for_selector(ARRIVED, state="attached")
    return page


def wait_for_map(page: Page, minimum_shapes: int = 20) -> int:
    """Waits until the choropleth drew country shapes from the local topology; returns how many."""
    page.wait_for_function(
        f"document.querySelectorAll('path.choroplethlocation').length >= {minimum_shapes}")
    return page.locator("path.choroplethlocation").count()
