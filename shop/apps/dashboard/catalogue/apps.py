import oscar.apps.dashboard.catalogue.apps as apps


class CatalogueDashboardConfig(apps.CatalogueDashboardConfig):
    """Oscar's catalogue dashboard with the VAT band on product classes and strains on products."""

    name = "shop.apps.dashboard.catalogue"
