from oscar.apps.basket.models import *  # noqa: F403
