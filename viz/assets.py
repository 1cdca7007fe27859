"""Page assets: every script and style the pages use, served from this machine (no CDN).

Our own files live in viz/static/; vis-network's script and style come from inside the installed
pyvis package (it ships them) and are served under /static/vendor/. Out: a file path for a served
name, or the text of assets for pages written as one offline file.
"""

from __future__ import annotations

from pathlib import Path

from kg.errors import NotFound

STATIC_DIR = Path(__file__).parent / "static"
TEMPLATES_DIR = Path(__file__).parent / "templates"
VENDOR = {"vis-network.min.js": "vis-network.min.js", "vis-network.css": "vis-network.css"}


def _pyvis_lib() -> Path:
    import pyvis
    return Path(pyvis.__file__).parent / "lib" / "vis-9.1.2"


def asset_path(name: str) -> Path:
    """The file behind /static/<name>; NotFound for anything not ours to serve."""
    if name.startswith("vendor/"):
        vendored = VENDOR.get(name[len("vendor/"):])
        if vendored:
            path = _pyvis_lib() / vendored
            if path.is_file():
                return path
        raise NotFound(f"No asset {name!r}; vendor assets are {', '.join(VENDOR)} (from the pyvis package).")
    path = (STATIC_DIR / name).resolve()
    if STATIC_DIR.resolve() not in path.parents or not path.is_file():
        raise NotFound(f"No asset {name!r} under /static.")
    return path


def asset_text(name: str) -> str:
    """An asset's text, to inline it in a page written as one file."""
    return asset_path(name).read_text(encoding="utf-8")


def media_type(path: Path) -> str:
    return {".js": "text/javascript", ".css": "text/css", ".svg": "image/svg+xml"}.get(
        path.suffix, "application/octet-stream")
