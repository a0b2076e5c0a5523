"""Payment methods, pluggable: ``SHOP_PAYMENT_METHODS`` lists the classes the checkout offers.

A method knows how to record itself on a freshly placed order (inside the order's
transaction, so an order never exists without its payment record) and which
instructions to show the customer afterwards. A card provider adds a subclass that
redirects to the provider and confirms by webhook; the checkout views stay as they are.
"""

from django.conf import settings
from django.utils.functional import cached_property
from django.utils.module_loading import import_string
from django.utils.translation import gettext_lazy as _
from oscar.core.loading import get_model

Source = get_model("payment", "Source")
SourceType = get_model("payment", "SourceType")


class PaymentMethod:
    """Base class: subclasses set ``code``, ``name`` and ``description``."""

    code = ""
    name = ""
    description = ""
    #: The order status an order paid this way starts in.
    initial_order_status = settings.OSCAR_INITIAL_ORDER_STATUS
    #: Template rendered on the confirmation page and in the email (``.html`` and ``.txt``).
    instructions_template = ""

    def is_available(self, basket):
        return True

    def record_payment(self, order):
        """Create the order's payment record; called once, in the order's transaction."""
        source_type, _created = SourceType.objects.get_or_create(code=self.code, defaults={"name": str(self.name)})
        return Source.objects.create(
            order=order,
            source_type=source_type,
            currency=order.currency,
            amount_allocated=order.total_incl_tax,
            reference=order.number,
        )

    def instructions_context(self, order):
        return {"order": order, "payment_method": self}

    def __str__(self):
        return str(self.name)


class BankTransfer(PaymentMethod):
    """Prepayment: the customer transfers the total, quoting the order number; we ship when it arrives."""

    code = "bank-transfer"
    name = _("Prepayment by bank transfer")
    description = _("Transfer the total to our account; we ship as soon as your payment arrives.")
    initial_order_status = settings.ORDER_PENDING_PAYMENT
    instructions_template = "payments/bank_transfer/instructions"

    @cached_property
    def bank_account(self):
        return settings.SHOP_BANK_ACCOUNT

    def instructions_context(self, order):
        return {
            **super().instructions_context(order),
            "bank_account": self.bank_account,
            "amount": order.total_incl_tax,
            "reference": order.number,
            "days_to_pay": settings.SHOP_PREPAYMENT_DAYS,
        }


def get_payment_methods():
    """The configured payment methods, as instances, in the configured order."""
    return [import_string(path)() for path in settings.SHOP_PAYMENT_METHODS]


def get_payment_method(code):
    """The configured method with this code; ``None`` for an unknown (e.g. tampered) code."""
    return next((method for method in get_payment_methods() if method.code == code), None)
