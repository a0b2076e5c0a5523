"""Content-Security-Policy watch for every browser context: a violation anywhere fails the test.

The site's CSP is enforced in the test settings, so a violation means something the page wanted
(a script, a style, an image) was blocked. Each page reports ``securitypolicyviolation`` events
(the browser fires one per blocked resource or inline script) to Python through an exposed binding.
"""

CSP_WATCH_SCRIPT = """
document.addEventListener("securitypolicyviolation", (event) => {
    window.__reportCspViolation({
        page: location.href,
        directive: event.effectiveDirective || event.violatedDirective,
        blocked: event.blockedURI,
        source: (event.sourceFile || "") + ":" + event.lineNumber,
        sample: event.sample,
    });
});
"""


def watch_csp(context):
    """Record every CSP violation in ``context`` on ``context.csp_violations`` (a list of dicts)."""
    context.csp_violations = []
    context.expose_binding("__reportCspViolation", lambda _source, report: context.csp_violations.append(report))
    context.add_init_script(CSP_WATCH_SCRIPT)
    return context


def csp_violations(contexts):
    """All violations recorded in ``contexts`` so far."""
    return [report for context in contexts for report in getattr(context, "csp_violations", [])]
