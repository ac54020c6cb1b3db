"""compose.yaml, deploy/haproxy.cfg, the Dockerfile and the Makefile agree on what matters:
the proxy runs the one HAProxy config, with every variable it reads; both replicas share the
cookie secret and the database; the image runs as a user other than root and is checked on
Streamlit's health endpoint. The files are parsed, not searched for a word; HAProxy itself
checks the config with compose's variables and with deploy/replicas.py's."""

from __future__ import annotations

import ast
import fnmatch
import json
import re
import shlex
import shutil
import subprocess
from pathlib import Path

import pytest
import yaml
from sqlalchemy import make_url

from tests.conftest import ROOT

CFG = ROOT / "deploy" / "haproxy.cfg"
IMAGE_CFG = "/usr/local/etc/haproxy/haproxy.cfg"  # where the official image reads its config
HEALTH = "/_stcore/health"
REPLICAS = {"a": "app-a", "b": "app-b"}  # cookie value -> compose service
VARIABLE = re.compile(r"\$\{([A-Z0-9_]+)(?::?[-?][^}]*)?\}")


# --- parsing -----------------------------------------------------------------------------------


def compose() -> dict:
    return yaml.safe_load((ROOT / "compose.yaml").read_text(encoding="utf-8"))


def haproxy() -> dict[str, list[list[str]]]:
    """Section header ("backend replicas") -> its lines as words, every branch of the
    `.if` blocks included, comments dropped."""
    sections: dict[str, list[list[str]]] = {}
    current = None
    for raw in CFG.read_text(encoding="utf-8").splitlines():
        words = shlex.split(raw, comments=True)  # quotes removed, "${VAR}" kept as written
        if not words or words[0].startswith("."):
            continue
        if not raw[0].isspace():
            current = " ".join(words)
            sections[current] = []
        else:
            assert current is not None, raw
            sections[current].append(words)
    return sections


def directive(section: list[list[str]], *head: str) -> list[list[str]]:
    return [words for words in section if words[: len(head)] == list(head)]


def dockerfile() -> list[tuple[str, str]]:
    """(INSTRUCTION, arguments) with continued lines joined and comments dropped."""
    joined, parts = [], []
    for raw in (ROOT / "Dockerfile").read_text(encoding="utf-8").splitlines():
        if raw.lstrip().startswith("#") or not raw.strip():
            continue
        parts.append(raw.rstrip().removesuffix("\\").strip())
        if not raw.rstrip().endswith("\\"):
            joined.append(" ".join(parts))
            parts = []
    return [(line.split(None, 1)[0].upper(), line.split(None, 1)[1]) for line in joined]


def instructions(name: str) -> list[str]:
    return [args for instruction, args in dockerfile() if instruction == name]


def substituted(value: str) -> str:
    """A compose value with every ${VAR...} replaced by the variable's name in lower case."""
    return VARIABLE.sub(lambda m: m.group(1).lower(), value)


def variables(value: str) -> set[str]:
    return set(VARIABLE.findall(value))


# --- compose.yaml and the HAProxy config ------------------------------------------------------


def test_the_compose_proxy_runs_the_one_haproxy_config():
    proxy = compose()["services"]["proxy"]
    assert proxy["image"].split(":")[0] == "haproxy"
    mounts = [v.split(":") for v in proxy["volumes"]]
    assert [(ROOT / m[0]).resolve() for m in mounts if m[1] == IMAGE_CFG] == [CFG]


def test_every_variable_the_config_reads_is_set_by_compose_or_optional():
    text = CFG.read_text(encoding="utf-8")
    # "${NAME}" in values, "$NAME" and defined(NAME) in the .if conditions
    used = set(re.findall(r"\$\{?(POLKU_[A-Z_]+)|defined\((POLKU_[A-Z_]+)\)", text))
    used = {name for pair in used for name in pair if name}
    environment = compose()["services"]["proxy"]["environment"]
    # Only deploy/replicas.py asks HAProxy's runtime API; compose leaves it off.
    assert used - set(environment) == {"POLKU_STATS_SOCKET"}
    assert set(environment) <= used  # nothing in compose that the config ignores


def test_the_proxy_sends_each_cookie_value_to_its_own_compose_replica():
    services = compose()["services"]
    environment = services["proxy"]["environment"]
    servers = directive(haproxy()["backend replicas"], "server")
    assert {words[1] for words in servers} == set(REPLICAS)
    image_port = dockerfile_port()
    for words in servers:
        name, address = words[1], words[2]
        assert words[words.index("cookie") + 1] == name
        (variable,) = variables(address)
        host, port = environment[variable].rsplit(":", 1)
        assert host == REPLICAS[name]
        assert services[host]["build"] == "."
        assert int(port) == image_port
    for replica in REPLICAS.values():
        assert services["proxy"]["depends_on"][replica] == {"condition": "service_healthy"}


def test_the_published_port_is_the_one_haproxy_binds():
    proxy = compose()["services"]["proxy"]
    bind = proxy["environment"]["POLKU_PROXY_BIND"]
    (binds,) = directive(haproxy()["frontend polku"], "bind")
    assert binds[1] == "${POLKU_PROXY_BIND}"
    published = {p.split(":")[-1] for p in proxy["ports"]}
    assert published == {bind.rsplit(":", 1)[1]}


def test_the_backend_is_sticky_checked_and_fails_over():
    backend = haproxy()["backend replicas"]
    defaults = haproxy()["defaults"]
    assert directive(backend, "balance") == [["balance", "roundrobin"]]
    assert directive(backend, "cookie") == [
        ["cookie", "POLKU_REPLICA", "insert", "indirect", "nocache", "httponly"]
    ]
    assert directive(backend, "option", "httpchk") == [["option", "httpchk", "GET", HEALTH]]
    checks = directive(backend, "default-server")[0]
    assert "check" in checks
    inter = checks[checks.index("inter") + 1]
    fall = int(checks[checks.index("fall") + 1])
    assert inter.endswith("s") and not inter.endswith("ms") and int(inter[:-1]) * fall <= 3
    assert directive(defaults, "option", "redispatch")
    assert int(directive(defaults, "retries")[0][1]) >= 1
    assert directive(defaults, "timeout", "tunnel") == [["timeout", "tunnel", "1h"]]
    assert directive(backend, "http-response", "set-header", "X-Polku-Replica") == [
        ["http-response", "set-header", "X-Polku-Replica", "%s"]
    ]


def test_the_backend_gzips_the_text_types():
    backend = haproxy()["backend replicas"]
    assert directive(backend, "compression", "algo") == [["compression", "algo", "gzip"]]
    (types,) = directive(backend, "compression", "type")
    assert set(types[2:]) == {
        "text/html",
        "text/css",
        "text/javascript",
        "application/javascript",
        "application/json",
        "image/svg+xml",
    }


@pytest.mark.parametrize("setup", ["compose", "replicas.py with one replica, gzip off"])
def test_haproxy_accepts_the_config(setup):
    binary = shutil.which("haproxy") or "/usr/sbin/haproxy"
    assert Path(binary).exists(), "install Debian's haproxy (make proxy-deps)"
    if setup == "compose":
        env = {k: str(v) for k, v in compose()["services"]["proxy"]["environment"].items()}
    else:
        env = {
            "POLKU_PROXY_BIND": "127.0.0.1:1",
            "POLKU_REPLICA_A": "127.0.0.1:2",
            "POLKU_COMPRESSION": "off",
            "POLKU_STATS_SOCKET": "/tmp/polku-check.sock",
        }
    done = subprocess.run(
        [binary, "-c", "-f", str(CFG)],
        env={"PATH": "/usr/sbin:/usr/bin:/bin", **env},
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert "Configuration file is valid" in done.stdout + done.stderr


# --- both replicas share the secret and the database --------------------------------------------


def test_both_replicas_get_one_cookie_secret_that_must_be_set():
    services = compose()["services"]
    secrets = {
        services[r]["environment"]["STREAMLIT_SERVER_COOKIE_SECRET"] for r in REPLICAS.values()
    }
    (secret,) = secrets
    assert re.fullmatch(r"\$\{\w+:\?[^}]+\}", secret), "compose must refuse to start without it"


def test_both_replicas_use_the_compose_postgresql():
    services = compose()["services"]
    db = services["db"]
    assert db["image"] == "postgres:16"
    volume = db["volumes"][0].split(":")
    assert volume[1] == "/var/lib/postgresql/data"
    assert volume[0] in compose()["volumes"]  # a named volume, kept across `down`/`up`
    assert db["healthcheck"]["test"]
    (url,) = {services[r]["environment"]["POLKU_DATABASE_URL"] for r in REPLICAS.values()}
    parsed = make_url(substituted(url))
    assert parsed.drivername == "postgresql+psycopg"
    assert parsed.host == "db"
    assert parsed.username == db["environment"]["POSTGRES_USER"]
    assert parsed.database == db["environment"]["POSTGRES_DB"]
    assert variables(url) == variables(db["environment"]["POSTGRES_PASSWORD"])
    for replica in REPLICAS.values():
        assert services[replica]["depends_on"]["db"] == {"condition": "service_healthy"}


# --- the image -----------------------------------------------------------------------------------


def dockerfile_port() -> int:
    (cmd,) = instructions("CMD")
    words = json.loads(cmd)
    return int(words[words.index("--server.port") + 1])


def test_the_image_runs_as_a_user_other_than_root():
    users = instructions("USER")
    assert users, "no USER: the server would run as root"
    user = users[-1].split(":")[0]
    assert user not in ("root", "0")
    assert any(f" {user}" in run and "useradd" in run for run in instructions("RUN"))


def test_the_image_health_check_asks_streamlit_with_python():
    (check,) = instructions("HEALTHCHECK")
    command = json.loads(check.split("CMD", 1)[1])
    assert command[:2] == ["python", "-c"]  # slim has no curl
    code = command[2]
    ast.parse(code)
    urls = re.findall(r"'(http://[^']+)'", code)
    assert urls == [f"http://127.0.0.1:{dockerfile_port()}{HEALTH}"]


def test_the_image_serves_the_app_headless_on_every_interface():
    (cmd,) = instructions("CMD")
    words = json.loads(cmd)
    assert words[:3] == ["streamlit", "run", "app.py"]
    options = dict(zip(words[3::2], words[4::2], strict=True))
    assert options == {
        "--server.port": "8501",
        "--server.address": "0.0.0.0",
        "--server.headless": "true",
    }
    assert str(dockerfile_port()) in " ".join(instructions("EXPOSE")).split()


def test_the_image_installs_the_package_and_the_makefile_system_packages():
    (base,) = instructions("FROM")
    assert base.startswith("python:3.11-slim")
    runs = instructions("RUN")
    assert any(re.search(r"\bpip install \.(\s|$)", run) for run in runs)
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    system_deps = makefile.split("\nsystem-deps:", 1)[1].split("\n\n", 1)[0]
    wanted = set(re.search(r"apt-get install -y -qq ([^;]+);", system_deps).group(1).split())
    installed = {
        word for run in runs if "apt-get install" in run for word in run.split() if "-" in word
    }
    assert wanted <= installed


def test_the_build_context_keeps_the_app_and_leaves_out_local_state():
    patterns = [
        line.strip()
        for line in (ROOT / ".dockerignore").read_text(encoding="utf-8").splitlines()
        if line.strip() and not line.startswith("#")
    ]

    def ignored(path: str) -> bool:
        return any(
            fnmatch.fnmatch(path, p) or path.startswith(p.rstrip("/") + "/") for p in patterns
        )

    for needed in (
        "app.py",
        "pyproject.toml",
        "README.md",
        ".streamlit/config.toml",
        "pages/workshop.py",
        "components/room.py",
        "polku/store/__init__.py",
        "paths",
    ):
        assert (ROOT / needed).exists()
        assert not ignored(needed), needed
    for local in (".venv", "node_modules", "data", "shots", ".git", ".pytest_cache"):
        assert ignored(local), local
