"""The container recipe, the compose file and the Kubernetes manifest, checked without a container runtime (none
runs here): the files the image holds serve every page offline, and the files agree on the port, the health
check and keeping each viewer on one replica."""

import json
import os
import re
import shutil
from fnmatch import fnmatch
from pathlib import Path

import pytest
import yaml

from components.navigation import MAP, OVERVIEW, PAGES
from datalayer.loading.paths import ROOT
from tests.browser.helpers import EXCEPTION, visit, wait_for_map
from tooling.server import streamlit_server

DEPLOY = ROOT / "deploy"
CONTAINERFILE = DEPLOY / "Containerfile"
HEALTH = "/_stcore/health"
IMAGE = "ilrs-tracker"


def instructions(path: Path) -> list[tuple[str, str]]:
    """(INSTRUCTION, arguments) per instruction of a Containerfile: continuations joined, comments dropped."""
    lines = path.read_text(encoding="utf-8").replace("\\\n", " ").splitlines()
    return [
        (line.split(None, 1)[0].upper(), line.split(None, 1)[1].strip())
        for line in lines
        if line.strip() and not line.lstrip().startswith("#")
    ]


def one(path: Path, instruction: str) -> str:
    [arguments] = [args for name, args in instructions(path) if name == instruction]
    return arguments


def context_ignores(context: Path):
    """A copytree `ignore` that follows the build context's .dockerignore (the pattern forms it uses: a path
    from the context root, or `**/name` anywhere)."""
    patterns = [
        p.strip()
        for p in (context / ".dockerignore").read_text(encoding="utf-8").splitlines()
        if p.strip() and not p.startswith("#")
    ]

    def ignore(folder: str, names: list[str]) -> set[str]:
        relative = Path(folder).relative_to(context)
        return {
            name
            for name in names
            if any(
                fnmatch(name, pattern.removeprefix("**/"))
                if pattern.startswith("**/")
                else fnmatch((relative / name).as_posix(), pattern)
                for pattern in patterns
            )
        }

    return ignore


def image_files(containerfile: Path, context: Path, root: Path) -> Path:
    """Replays the recipe's COPY steps from the build context into `root`; returns its WORKDIR."""
    workdir = root
    for name, arguments in instructions(containerfile):
        assert name != "ADD", "ADD can fetch URLs; the image is built from the repository's files only"
        if name == "WORKDIR":
            workdir = root / arguments.lstrip("/")
            workdir.mkdir(parents=True, exist_ok=True)
        elif name == "COPY":
            *sources, target = [a for a in arguments.split() if not a.startswith("--")]
            for source in sources:
                origin, destination = context / source, workdir / target
                if origin.is_dir():
                    shutil.copytree(origin, destination, ignore=context_ignores(context))
                else:
                    shutil.copy(origin, destination / origin.name if target.endswith((".", "/")) else destination)
    return workdir


@pytest.fixture(scope="module")
def image_server(tmp_path_factory):
    workdir = image_files(CONTAINERFILE, ROOT, tmp_path_factory.mktemp("image"))
    command = json.loads(one(CONTAINERFILE, "CMD"))
    entry = workdir / command[command.index("run") + 1]
    with streamlit_server(entry=entry) as (url, _process, _seconds):
        yield url, workdir


@pytest.mark.browser
def test_the_image_files_alone_serve_every_page_offline(offline_page, image_server):
    url, workdir = image_server
    assert not (workdir / "tests").exists() and not (workdir / "tooling").exists()  # the app runs without them
    for entry in PAGES:
        visit(offline_page, url, entry.url_path)
        if entry in (OVERVIEW, MAP):
            assert wait_for_map(offline_page) >= 20  # the topology is in the image
        assert offline_page.locator(EXCEPTION).count() == 0, entry.url_path
        assert offline_page.get_by_text("A data file needs fixing").count() == 0
        assert offline_page.get_by_text("Data checked to", exact=False).count() >= 1
    assert offline_page.attempted_external == []


def build_context(context: Path) -> list[Path]:
    """Every file the builder is sent: the context folder, less what .dockerignore names."""
    ignore, files = context_ignores(context), []
    for folder, subfolders, names in os.walk(context):
        skipped = ignore(folder, subfolders + names)
        subfolders[:] = [name for name in subfolders if name not in skipped]
        files += [Path(folder) / name for name in names if name not in skipped]
    return files


def test_the_build_context_is_the_repository_without_its_virtualenv_and_history():
    files = build_context(ROOT)
    size_mb = sum(f.stat().st_size for f in files) / 2**20
    assert size_mb < 50, f"{size_mb:.0f} MB sent to the builder"  # the test run's .venv alone is about 1 GB
    relative = {f.relative_to(ROOT).parts[0] for f in files}
    sources = {
        s
        for name, args in instructions(CONTAINERFILE)
        if name == "COPY"
        for s in args.split()[:-1]
        if not s.startswith("--")
    }
    assert sources <= relative  # everything the recipe copies is still sent


def container_port() -> int:
    command = json.loads(one(CONTAINERFILE, "CMD"))
    return int(command[command.index("--server.port") + 1])


def test_the_image_runs_the_app_on_the_port_it_exposes_and_checks_its_health():
    command = json.loads(one(CONTAINERFILE, "CMD"))
    assert command[:5] == ["python", "-m", "streamlit", "run", "serve.py"]  # compressed, with the API
    assert command[command.index("--server.address") + 1] == "0.0.0.0"  # reachable from outside the container
    assert int(one(CONTAINERFILE, "EXPOSE")) == container_port()
    assert f"127.0.0.1:{container_port()}{HEALTH}" in one(CONTAINERFILE, "HEALTHCHECK")


def test_compose_builds_every_replica_and_the_proxy_knows_each_one():
    services = yaml.safe_load((DEPLOY / "compose.yaml").read_text(encoding="utf-8"))["services"]
    replicas = sorted(name for name, service in services.items() if service.get("image") == IMAGE)
    assert len(replicas) >= 2
    for name in replicas:  # an image no registry holds must be built, or compose tries to pull it
        build = services[name].get("build", {})
        assert (DEPLOY / build.get("context", "") / build.get("dockerfile", "")).resolve() == CONTAINERFILE
    environment = services["proxy"]["environment"]
    addresses = {value for key, value in environment.items() if key.startswith("REPLICA_")}
    assert addresses == {f"{name}:{container_port()}" for name in replicas}
    config = (DEPLOY / "haproxy.cfg").read_text(encoding="utf-8")
    assert set(re.findall(r'^\s*server \S+ "\$\{(REPLICA_\d+)\}"', config, re.M)) == {
        key for key in environment if key.startswith("REPLICA_")
    }
    assert f"GET {HEALTH}" in config
    assert environment["LISTEN"].endswith(":" + services["proxy"]["ports"][0].split(":")[-1])


def test_kubernetes_routes_each_viewer_to_one_healthy_pod():
    documents = {d["kind"]: d for d in yaml.safe_load_all((DEPLOY / "kubernetes.yaml").read_text(encoding="utf-8"))}
    deployment, service, ingress = documents["Deployment"], documents["Service"], documents["Ingress"]
    pod = deployment["spec"]["template"]
    assert deployment["spec"]["selector"]["matchLabels"].items() <= pod["metadata"]["labels"].items()
    assert service["spec"]["selector"].items() <= pod["metadata"]["labels"].items()
    [container] = pod["spec"]["containers"]
    assert [p["containerPort"] for p in container["ports"]] == [container_port()]
    for probe in ("readinessProbe", "livenessProbe"):
        assert container[probe]["httpGet"] == {"path": HEALTH, "port": container_port()}
    [port] = service["spec"]["ports"]
    assert port["targetPort"] == container_port()
    backends = [path["backend"]["service"] for rule in ingress["spec"]["rules"] for path in rule["http"]["paths"]]
    assert backends == [{"name": service["metadata"]["name"], "port": {"number": port["port"]}}]
    annotations = ingress["metadata"]["annotations"]
    assert annotations["nginx.ingress.kubernetes.io/affinity"] == "cookie"  # a viewer's websocket and downloads
    assert int(annotations["nginx.ingress.kubernetes.io/proxy-read-timeout"]) >= 3600  # an idle dashboard stays
