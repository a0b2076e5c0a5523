"""The demo command builds the site idempotently; production settings pass Django's deploy check."""

import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.contrib.auth import authenticate, get_user_model
from django.contrib.sites.models import Site as DjangoSite
from django.core.management import call_command
from django.test import RequestFactory
from wagtail.models import Page, Site

from blog.models import BlogIndexPage, HomePage, InfoPage

BASE_DIR = Path(__file__).resolve().parents[2]


@pytest.mark.django_db
def test_demo_data_is_idempotent_and_consistent(client):
    """Running the demo loader twice leaves one home, one magazine, six info pages, four users."""
    call_command("load_demo_data", force=True, stdout=open(os.devnull, "w"))
    counts = (Page.objects.count(), get_user_model().objects.count())
    call_command("load_demo_data", force=True, stdout=open(os.devnull, "w"))
    assert (Page.objects.count(), get_user_model().objects.count()) == counts
    assert HomePage.objects.count() == 1 and BlogIndexPage.objects.count() == 1
    assert InfoPage.objects.live().count() == 6
    site = Site.objects.get(is_default_site=True)
    assert site.root_page.specific_class is HomePage
    assert DjangoSite.objects.get_current().domain == f"{site.hostname}:{site.port}"
    # django-axes counts every login by its request, so authenticate() needs one.
    login_request = RequestFactory().post("/cms/login/")
    assert authenticate(login_request, username="editor@florava.example", password="florava-editor") is not None
    response = client.get("/", HTTP_HOST=site.hostname)
    assert response.status_code == 200
    assert "Good bacteria, proven to work" in response.content.decode()


@pytest.mark.django_db
def test_demo_data_refuses_without_debug(settings):
    """The demo users' passwords are public: the command refuses on a non-debug site."""
    from django.core.management.base import CommandError

    settings.DEBUG = False
    with pytest.raises(CommandError):
        call_command("load_demo_data")


def _manage(*args, **env):
    full_env = {key: value for key, value in os.environ.items() if key != "DJANGO_SECRET_KEY"}
    full_env.update(env)
    return subprocess.run(
        [sys.executable, "manage.py", *args], cwd=BASE_DIR, env=full_env, capture_output=True, text=True, timeout=120
    )


def test_production_settings_pass_deploy_check():
    """With the required variables set, `check --deploy` prints no warning at all."""
    result = _manage(
        "check",
        "--deploy",
        "--fail-level",
        "WARNING",
        DJANGO_SETTINGS_MODULE="shop.settings.production",
        DJANGO_SECRET_KEY="x" * 20 + "a-long-random-production-secret-key-1234567890",
        DJANGO_ALLOWED_HOSTS="shop.example.com",
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "WARNINGS" not in result.stderr


def test_production_settings_refuse_to_start_without_secret_key():
    """No DJANGO_SECRET_KEY, no production start."""
    result = _manage("check", DJANGO_SETTINGS_MODULE="shop.settings.production")
    assert result.returncode != 0
    assert "DJANGO_SECRET_KEY" in result.stderr
