"""Helpers for tests that submit the forms a page rendered, as a browser would."""


def form_data(form):
    """The values a browser would submit for ``form`` as it was rendered."""
    data = {}
    for field in form.select("input[name], select[name], textarea[name]"):
        name, kind = field["name"], field.get("type", "")
        if field.name == "select":
            selected = field.select("option[selected]")
            if field.has_attr("multiple"):
                data[name] = [option["value"] for option in selected]
            else:
                data[name] = (selected[0] if selected else field.select_one("option") or {}).get("value", "")
        elif field.name == "textarea":
            data[name] = field.get_text()
        elif kind in ("checkbox", "radio"):
            if field.has_attr("checked"):
                data[name] = field.get("value", "on")
        elif kind not in ("submit", "file"):
            data[name] = field.get("value", "")
    return data
