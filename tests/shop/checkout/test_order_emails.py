"""Order emails go out through the worker, never inside the customer's request, and staff see each delivery.

Real SMTP conversations on local sockets: a server that accepts and never answers (hanging),
a port where nothing listens (refused) and a tiny SMTP server that works (recovered). The
worker is django-tasks' ``db_worker`` on the database backend, as in production.
"""

import socket
import socketserver
import threading
import time
from contextlib import contextmanager

import pytest
from django.core import mail
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone
from django_tasks_db.models import DBTaskResult
from oscar.core.loading import get_model

from shop.apps.checkout.placement import place_order_once
from shop.apps.order import emails

from .conftest import GUEST_EMAIL, make_basket, order_kwargs, place_order, walk_to_preview

Order = get_model("order", "Order")
EmailDelivery = get_model("order", "EmailDelivery")


@contextmanager
def hanging_smtp_server():
    """A port that accepts connections (the kernel's backlog) and never says a word."""
    with socket.socket() as server:
        server.bind(("127.0.0.1", 0))
        server.listen(16)
        yield server.getsockname()[1]


def refused_port():
    """A local port nobody listens on: connecting is refused at once."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class _SMTPHandler(socketserver.StreamRequestHandler):
    """Just enough SMTP for Django's backend: greet, accept every command, keep what DATA carries."""

    def handle(self):
        self.wfile.write(b"220 test ESMTP\r\n")
        in_data, lines = False, []
        for raw in self.rfile:
            line = raw.decode("utf-8", "replace").rstrip("\r\n")
            if in_data:
                if line == ".":
                    self.server.messages.append("\n".join(lines))
                    in_data, lines = False, []
                    self.wfile.write(b"250 queued\r\n")
                else:
                    lines.append(line)
                continue
            command = line[:4].upper()
            if command == "DATA":
                in_data = True
                self.wfile.write(b"354 go ahead\r\n")
            elif command == "QUIT":
                self.wfile.write(b"221 bye\r\n")
                return
            else:
                self.wfile.write(b"250 ok\r\n")


@contextmanager
def working_smtp_server():
    server = socketserver.ThreadingTCPServer(("127.0.0.1", 0), _SMTPHandler)
    server.daemon_threads = True
    server.messages = []
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield server
    finally:
        server.shutdown()
        server.server_close()


@pytest.fixture
def smtp_worker(settings, monkeypatch):
    """Emails through SMTP on a local port, tasks in the database until the worker runs them."""
    # The worker drops connections it thinks stale, as requests do; in a test that would be the
    # connection holding the test's transaction (Django's TestCase keeps it open the same way).
    monkeypatch.setattr("django_tasks_db.management.commands.db_worker.close_old_connections", lambda: None)
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST = "127.0.0.1"
    settings.EMAIL_TIMEOUT = 2

    def use_port(port):
        settings.EMAIL_PORT = port

    return use_port


def run_worker(*, time_passes=False):
    """What ``manage.py db_worker`` does in production: run every task that is due, then stop."""
    if time_passes:  # the retry pause is over
        DBTaskResult.objects.filter(status="READY").update(run_after=timezone.now())
    call_command("db_worker", "--batch", "--no-startup-delay", "--interval", "0")


@pytest.fixture
def staff_client(client, shop_staff):
    client.force_login(shop_staff)
    return client


def deliveries_on_dashboard(client, order):
    page = client.get(reverse("dashboard:order-detail", args=[order.number]))
    assert page.status_code == 200
    return page.content.decode()


def test_hanging_smtp_does_not_hold_the_order_and_the_email_goes_out_once_smtp_recovers(
    client, products, shipping_zones, smtp_worker, django_capture_on_commit_callbacks
):
    """Place-order answers while SMTP hangs, the email waits queued; once SMTP works the worker sends it once."""
    with hanging_smtp_server() as port:
        smtp_worker(port)
        walk_to_preview(client, [(products[0], 1)])
        started = time.monotonic()
        with django_capture_on_commit_callbacks(execute=True):
            response = place_order(client)
        elapsed = time.monotonic() - started
        print(f"\nplace-order with a hanging SMTP server answered in {elapsed:.3f} s")  # reported, not asserted

        assert response.status_code == 302 and response["Location"] == reverse("checkout:thank-you")
        order = Order.objects.get()
        delivery = order.email_deliveries.get()
        assert (delivery.event_code, delivery.status, delivery.attempts) == ("ORDER_PLACED", "queued", 0)
        assert delivery.recipient == GUEST_EMAIL

        run_worker()  # the worker's attempt times out after EMAIL_TIMEOUT; the order is unaffected
        delivery.refresh_from_db()
        assert (delivery.status, delivery.attempts) == ("queued", 1)
        assert "timed out" in delivery.last_error and delivery.next_attempt_at is not None

    with working_smtp_server() as smtp:
        smtp_worker(smtp.server_address[1])
        run_worker()  # not due yet: nothing is sent early
        assert smtp.messages == []
        run_worker(time_passes=True)
        run_worker(time_passes=True)  # a second worker run never sends it again

        delivery.refresh_from_db()
        assert (delivery.status, delivery.attempts) == ("sent", 2)
        assert delivery.date_sent is not None
        assert len(smtp.messages) == 1
        assert f"To: {GUEST_EMAIL}" in smtp.messages[0] and order.number in smtp.messages[0]


def test_refused_smtp_is_retried_with_growing_pauses_and_staff_see_it(
    staff_client, products, shipping_zones, smtp_worker, django_capture_on_commit_callbacks
):
    """SMTP refused: each attempt is recorded with its error and the next try; after the last one it is "failed"."""
    smtp_worker(refused_port())
    with django_capture_on_commit_callbacks(execute=True):
        order, _created = place_order_once(**order_kwargs(make_basket((products[0], 1))))
        delivery = emails.queue_order_email(order, emails.ORDER_PLACED)

    run_worker()
    delivery.refresh_from_db()
    assert (delivery.status, delivery.attempts) == ("queued", 1)
    assert "Connection refused" in delivery.last_error or "ConnectionRefusedError" in delivery.last_error
    first_pause = delivery.next_attempt_at - delivery.date_updated
    page = deliveries_on_dashboard(staff_client, order)
    assert "ORDER_PLACED" in page and "Queued" in page and "retry at" in page and "ConnectionRefusedError" in page

    run_worker(time_passes=True)
    delivery.refresh_from_db()
    assert (delivery.status, delivery.attempts) == ("queued", 2)
    assert delivery.next_attempt_at - delivery.date_updated > first_pause  # backoff grows

    for _attempt in range(emails.MAX_ATTEMPTS - 2):
        run_worker(time_passes=True)
    delivery.refresh_from_db()
    assert (delivery.status, delivery.attempts) == ("failed", emails.MAX_ATTEMPTS)
    assert delivery.next_attempt_at is None
    assert "Failed" in deliveries_on_dashboard(staff_client, order)
    assert not mail.outbox


def test_dashboard_says_queued_not_emailed(staff_client, products, shipping_zones, smtp_worker):
    """After a status change with an email, staff read "queued": the worker has not sent anything yet."""
    smtp_worker(refused_port())
    order, _created = place_order_once(**order_kwargs(make_basket((products[0], 1))))
    response = staff_client.post(
        reverse("dashboard:order-detail", args=[order.number]),
        {"order_action": "change_order_status", "new_status": "Paid"},
        follow=True,
    )
    page = response.content.decode()
    assert "email to the customer is queued" in page
    assert "has been emailed" not in page
    delivery = order.email_deliveries.get()
    assert (delivery.event_code, delivery.status, delivery.attempts) == ("ORDER_PAID", "queued", 0)
