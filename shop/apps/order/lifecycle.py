"""The order lifecycle, declared once: what each status allows next and what entering it does.

Read by the settings (``OSCAR_ORDER_STATUS_PIPELINE`` is derived from it), by the event
handler that changes a status (``processing.EventHandler``), by the dashboard's status form
(which next statuses to offer, which details to ask for) and by the emails (which one the
customer gets). To change the lifecycle, change ``LIFECYCLE`` and nothing else.

Importable from the settings: no models, no settings, only lazy translations.
"""

from dataclasses import dataclass

from django.utils.translation import gettext_lazy as _

# Status names are stored on orders: renaming one needs a data migration.
PENDING_PAYMENT = "Pending payment"
PAID = "Paid"
PROCESSING = "Processing"
SHIPPED = "Shipped"
DELIVERED = "Delivered"
CANCELLED = "Cancelled"
REFUNDED = "Refunded"

# What entering a status does to the order's stock.
KEEP_STOCK = "keep"  # nothing moves
SHIP_STOCK = "ship"  # the allocation becomes a shipment (stock leaves the warehouse)
RELEASE_STOCK = "release"  # an allocation still held is cancelled: the goods can be sold again

# What entering a status does to the order's payment sources.
NO_PAYMENT = ""
DEBIT = "debit"  # the money arrived
REFUND = "refund"  # the money went back


@dataclass(frozen=True)
class Detail:
    """Something staff must enter to move an order into a status, stored on the order."""

    name: str  # the dashboard form field and the event handler's keyword argument
    order_field: str  # the Order field it is stored in
    label: str
    missing: str  # the message when it is left empty


CARRIER = Detail("carrier", "shipping_carrier", _("Carrier (when shipping)"), _("Choose the carrier."))
TRACKING_NUMBER = Detail(
    "tracking_number", "tracking_number", _("Tracking number (when shipping)"), _("Enter the tracking number.")
)


@dataclass(frozen=True)
class Step:
    """One status of the lifecycle."""

    status: str
    next: tuple = ()  # statuses staff may move the order to from here
    holds_stock: bool = False  # the order's stock is still allocated (reserved, not shipped) in this status
    stock: str = KEEP_STOCK  # what entering this status does to the stock
    payment: str = NO_PAYMENT  # what entering this status does to the payment
    email: str = ""  # the communication event (email) the customer gets on entering it
    required: tuple = ()  # ``Detail``s staff must enter to move the order here

    @property
    def is_final(self):
        return not self.next


LIFECYCLE = {
    step.status: step
    for step in (
        Step(PENDING_PAYMENT, next=(PAID, CANCELLED), holds_stock=True),
        Step(PAID, next=(PROCESSING, CANCELLED, REFUNDED), holds_stock=True, payment=DEBIT, email="ORDER_PAID"),
        Step(PROCESSING, next=(SHIPPED, REFUNDED), holds_stock=True),
        Step(
            SHIPPED,
            next=(DELIVERED, REFUNDED),
            stock=SHIP_STOCK,
            email="ORDER_SHIPPED",
            required=(CARRIER, TRACKING_NUMBER),
        ),
        Step(DELIVERED, next=(REFUNDED,)),
        Step(CANCELLED, stock=RELEASE_STOCK, email="ORDER_CANCELLED"),
        Step(REFUNDED, stock=RELEASE_STOCK, payment=REFUND, email="ORDER_REFUNDED"),
    )
}

#: The status a newly placed order starts in (unless its payment method says otherwise).
INITIAL_STATUS = PENDING_PAYMENT

#: The email every order gets when it is placed (not a status change).
ORDER_PLACED_EMAIL = "ORDER_PLACED"


def status_pipeline():
    """``OSCAR_ORDER_STATUS_PIPELINE``: status -> the statuses allowed next."""
    return {status: step.next for status, step in LIFECYCLE.items()}


def step(status):
    """The lifecycle step for ``status``; ``KeyError`` for a status the lifecycle does not know."""
    return LIFECYCLE[status]


def can_move(old_status, new_status):
    return old_status in LIFECYCLE and new_status in LIFECYCLE[old_status].next


def details_for(statuses):
    """The details staff may have to enter for any of ``statuses``, each once, in table order."""
    seen = {}
    for status in statuses:
        for detail in LIFECYCLE[status].required:
            seen.setdefault(detail.name, detail)
    return list(seen.values())


def emailing_statuses():
    """The statuses whose entry emails the customer, in table order."""
    return [status for status, step in LIFECYCLE.items() if step.email]
