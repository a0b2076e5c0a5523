"""Order emails: confirmation and one per lifecycle step, sent by a worker, each with a delivery record.

Rendered from ``templates/oscar/communication/emails/commtype_<code>_*`` (or a
``CommunicationEventType`` staff edited in the dashboard) and sent through Django's email
backend by Oscar's dispatcher, which also records a communication event on the order.

Never inside a customer's request: ``queue_order_email`` writes an ``EmailDelivery``
("queued") in the current transaction and, once it commits, enqueues the
``send_order_email`` task (django-tasks; the database backend and ``manage.py db_worker``
in development and production, the immediate backend in tests). A failed send
(SMTP refused, timed out after ``EMAIL_TIMEOUT``) is recorded on the delivery and retried
later with growing pauses (``RETRY_DELAYS``); after the last attempt the delivery is
"failed", which staff see on the order. A rolled-back order sends nothing.
"""

import datetime
from functools import partial

from django.conf import settings
from django.contrib.sites.models import Site
from django.db import transaction
from django.urls import reverse
from django.utils import timezone
from django_tasks import task
from oscar.core.loading import get_class, get_model

from shop.core.links import site_full_urls

from . import lifecycle
from .vat import vat_breakdown

Order = get_model("order", "Order")
EmailDelivery = get_model("order", "EmailDelivery")
OrderDispatcher = get_class("order.utils", "OrderDispatcher")

ORDER_PLACED = lifecycle.ORDER_PLACED_EMAIL

#: Pause before attempt 2, 3, … (seconds): one minute, five, half an hour, two hours, then give up.
RETRY_DELAYS = (60, 300, 1800, 7200)
MAX_ATTEMPTS = len(RETRY_DELAYS) + 1


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


def queue_order_email(order, event_code):
    """Record the email as queued now; hand it to the worker once the current transaction commits."""
    recipient = order.guest_email if order.is_anonymous else getattr(order.user, "email", "")
    delivery = EmailDelivery.objects.create(order=order, event_code=event_code, recipient=recipient or "")
    transaction.on_commit(partial(send_order_email.enqueue, delivery.pk))
    return delivery


@task()
def send_order_email(delivery_id):
    """One attempt to send a queued email; a failure schedules the next attempt or gives up."""
    delivery = EmailDelivery.objects.select_related("order").get(pk=delivery_id)
    if delivery.status != EmailDelivery.QUEUED:
        return delivery.status  # sent or given up already: an email never goes out twice
    order = delivery.order
    dispatcher = OrderDispatcher()
    try:
        messages = dispatcher.dispatcher.get_messages(delivery.event_code, order_email_context(order))
        dispatcher.dispatch_order_messages(order, messages, delivery.event_code)
    except Exception as error:  # noqa: BLE001  (SMTP refused/timed out or anything else: recorded, retried)
        _record_failure(delivery, error)
    else:
        delivery.status, delivery.date_sent, delivery.next_attempt_at = EmailDelivery.SENT, timezone.now(), None
        delivery.attempts += 1
        delivery.save(update_fields=["status", "date_sent", "next_attempt_at", "attempts", "date_updated"])
    return delivery.status


def _record_failure(delivery, error):
    delivery.attempts += 1
    delivery.last_error = f"{type(error).__name__}: {error}"[:2000]
    backend = send_order_email.get_backend()
    if delivery.attempts < MAX_ATTEMPTS and backend.supports_defer:
        delivery.next_attempt_at = timezone.now() + datetime.timedelta(seconds=RETRY_DELAYS[delivery.attempts - 1])
        send_order_email.using(run_after=delivery.next_attempt_at).enqueue(delivery.pk)
    else:
        # Out of attempts, or a backend that cannot wait (the immediate one in tests): staff see it failed.
        delivery.status, delivery.next_attempt_at = EmailDelivery.FAILED, None
    delivery.save(update_fields=["status", "attempts", "last_error", "next_attempt_at", "date_updated"])
