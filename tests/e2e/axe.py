"""Run axe-core in a Playwright page and describe its violations for a person reading a test failure."""

from pathlib import Path

# The impacts a page may not have: axe rates every violation minor, moderate, serious or critical.
BLOCKING_IMPACTS = ("serious", "critical")
# WCAG 2.0-2.2 levels A and AA, plus axe's best practices (landmarks, headings, …).
RULE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"]


def run_axe(page, axe_script):
    """Inject axe-core (from node_modules) into the page and return its violations (a list of dicts)."""
    # Evaluated through the DevTools protocol, not added as an inline <script>: the site's
    # Content-Security-Policy (enforced in the tests) rightly blocks inline scripts without its nonce.
    page.evaluate(Path(axe_script).read_text(encoding="utf-8") + "\n;undefined")
    results = page.evaluate(
        """async (tags) => {
            const options = {resultTypes: ["violations"], runOnly: {type: "tag", values: tags}};
            const results = await axe.run(document, options);
            return results.violations.map(v => ({
                id: v.id,
                impact: v.impact,
                help: v.help,
                helpUrl: v.helpUrl,
                nodes: v.nodes.map(n => ({target: n.target.join(" "), summary: n.failureSummary, html: n.html})),
            }));
        }""",
        RULE_TAGS,
    )
    return results


def blocking(violations):
    return [violation for violation in violations if violation["impact"] in BLOCKING_IMPACTS]


def describe(violations):
    """One paragraph per violation: id, impact, what it means, and each offending node."""
    lines = []
    for violation in violations:
        lines.append(f"- {violation['id']} ({violation['impact']}): {violation['help']} <{violation['helpUrl']}>")
        for node in violation["nodes"]:
            lines.append(f"    at {node['target']}: {node['html'][:160]}")
            if node["summary"]:
                lines.extend(f"        {line}" for line in node["summary"].splitlines())
    return "\n".join(lines)
