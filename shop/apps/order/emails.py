"""Order emails: confirmation and one per lifecycle step, in one branded layout.

Rendered from ``templates/oscar/communication/emails/commtype_<code>_*`` (or a
``CommunicationEventType`` staff edited in the dashboard) and sent through Django's
email backend by Oscar's dispatcher, which also records a communication event on the
order. Sent as a django-tasks task once the order's transaction has committed: a
rolled-back order sends nothing, and a worker backend can take over without touching
callers.
"""

from functools import partial

from django.conf import settings
from django.contrib.sites.models import Site
from django.db import transaction
from django.urls import reverse
from django_tasks import task
from oscar.core.loading import get_class, get_model

from shop.core.links import site_full_urls

from .vat import vat_breakdown

Order = get_model("order", "Order")
OrderDispatcher = get_class("order.utils", "OrderDispatcher")

ORDER_PLACED = "ORDER_PLACED"
ORDER_PAID = "ORDER_PAID"
ORDER_SHIPPED = "ORDER_SHIPPED"
ORDER_CANCELLED = "ORDER_CANCELLED"
ORDER_REFUNDED = "ORDER_REFUNDED"

#: The email a customer gets when staff move their order into a status.
STATUS_EMAILS = {
    settings.ORDER_PAID: ORDER_PAID,
    settings.ORDER_SHIPPED: ORDER_SHIPPED,
    settings.ORDER_CANCELLED: ORDER_CANCELLED,
    settings.ORDER_REFUNDED: ORDER_REFUNDED,
}


def absolute_url(path):
    scheme = getattr(settings, "OSCAR_URL_SCHEMA", "http")
    return f"{scheme}://{Site.objects.get_current().domain}{path}"


def order_status_path(order):
    """Where the customer sees the order: their account, or the signed guest link."""
    if order.user_id:
        return reverse("customer:order", kwargs={"order_number": order.number})
    return reverse("customer:anon-order", kwargs={"order_number": order.number, "hash": order.verification_hash()})


def order_email_context(order):
    lines = list(order.lines.all())
    links = site_full_urls()
    return {
        "order": order,
        "lines": lines,
        "vat_rows": vat_breakdown(lines, order.shipping_incl_tax),
        "status_url": absolute_url(order_status_path(order)),
        "terms_url": links["terms"],
        "withdrawal_url": links["withdrawal"],
        "shop_name": settings.OSCAR_SHOP_NAME,
    }


@task()
def send_order_email(order_id, event_code):
    order = Order.objects.get(pk=order_id)
    dispatcher = OrderDispatcher()
    messages = dispatcher.dispatcher.get_messages(event_code, order_email_context(order))
    dispatcher.dispatch_order_messages(order, messages, event_code)


def queue_order_email(order, event_code):
    """Send the email once the current transaction commits."""
    transaction.on_commit(partial(send_order_email.enqueue, order.pk, event_code))
