"""Nothing imports in a circle between the magazine (``blog``) and the shop (``shop``).

Read from the source with ``ast`` (imports inside functions count too): each module is mapped to
its part of the project (``blog``, ``shop.core``, ``shop.users``, ``shop.apps.<app>``, …) and the
parts' import graph must have no cycle through ``blog``. Roles live in ``shop.users``, which both
sides may use; ``shop.core`` (site glue) may use the magazine, the magazine never uses it.
"""

import ast
from pathlib import Path

from django.conf import settings

ROOT = Path(settings.BASE_DIR)
PACKAGES = ("blog", "shop")


def module_name(path):
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def imported_modules(path):
    """Absolute names of the modules ``path`` imports (relative imports resolved)."""
    name = module_name(path)
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    for node in ast.walk(ast.parse(path.read_text(), str(path))):
        if isinstance(node, ast.Import):
            yield from (alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = package.split(".")
            if node.level:
                base = base[: len(base) - node.level + 1]
                target = ".".join([*base, node.module] if node.module else base)
            else:
                target = node.module
            yield target
            yield from (f"{target}.{alias.name}" for alias in node.names)


def part_of(module):
    """The project part a module belongs to, or None for third-party modules."""
    parts = module.split(".")
    if parts[0] == "blog":
        return "blog"
    if parts[0] != "shop" or len(parts) == 1:
        return None
    if parts[1] == "apps" and len(parts) > 2:
        return ".".join(parts[:3])
    return ".".join(parts[:2])


def import_graph(root=ROOT):
    """{part: {parts it imports}} over every module of ``blog`` and ``shop`` (migrations excluded)."""
    graph = {}
    for package in PACKAGES:
        for path in (root / package).rglob("*.py"):
            if "migrations" in path.parts:
                continue
            source = part_of(module_name(path))
            if source is None:  # shop/__init__.py
                continue
            targets = {part_of(module) for module in imported_modules(path)}
            graph.setdefault(source, set()).update(target for target in targets if target and target != source)
    return graph


def reachable(graph, start):
    seen, todo = set(), [start]
    while todo:
        for target in graph.get(todo.pop(), ()):
            if target not in seen:
                seen.add(target)
                todo.append(target)
    return seen


def cycles_through(graph, part):
    """The parts that ``part`` reaches and that reach ``part`` back."""
    return sorted(other for other in reachable(graph, part) if part in reachable(graph, other) and other != part)


def test_blog_and_shop_import_nothing_in_a_circle():
    """No part of the shop that the magazine imports imports the magazine back (directly or through others)."""
    graph = import_graph()
    assert "blog" in graph and "shop.core" in graph  # the scan saw the code
    assert cycles_through(graph, "blog") == []


def test_no_part_of_the_project_imports_itself_in_a_circle():
    """Every part's imports form layers: shop.core (site glue) never imports back what imports it."""
    graph = import_graph()
    assert {part: cycles_through(graph, part) for part in graph if cycles_through(graph, part)} == {}


def test_blog_and_shop_core_do_not_import_each_other():
    """Roles come from shop.users: the magazine imports nothing from shop.core."""
    graph = import_graph()
    assert "shop.core" not in graph["blog"]
    assert "blog" not in graph.get("shop.users", set())


def test_cycle_check_finds_a_circle(tmp_path):
    """The check reports a circle when blog imports shop.core and shop.core imports blog."""
    (tmp_path / "blog").mkdir()
    (tmp_path / "shop" / "core").mkdir(parents=True)
    (tmp_path / "blog" / "hooks.py").write_text("from shop.core.permissions import can_access\n")
    (tmp_path / "shop" / "core" / "demo.py").write_text("def load():\n    from blog.models import HomePage\n")
    graph = {}
    for path in tmp_path.rglob("*.py"):
        source = part_of(".".join(path.relative_to(tmp_path).with_suffix("").parts))
        graph.setdefault(source, set()).update(
            part_of(node.module) for node in ast.walk(ast.parse(path.read_text())) if isinstance(node, ast.ImportFrom)
        )
    assert cycles_through(graph, "blog") == ["shop.core"]
