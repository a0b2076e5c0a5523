"""Partner fork: stock-record prices are gross, and every price change is kept.

German price law (PAngV §11) requires a reduced price to be announced together
with the lowest price the shop charged in the 30 days before the reduction. The
shop computes that reference from :class:`PriceChange` rows, written whenever a
stock record's price changes (dashboard, import or code), so nobody types it.
"""

from datetime import timedelta

from django.db import models, transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from oscar.apps.partner.abstract_models import AbstractStockRecord

#: How far back the reference price for a reduction looks (PAngV §11 para. 1).
REFERENCE_PRICE_WINDOW = timedelta(days=30)


class StockRecord(AbstractStockRecord):
    """Oscar's stock record; ``price`` is the gross price (VAT included).

    ``reference_price`` is set when a price change lowers the price below the
    lowest price of the 30 days before it: it is what the shop shows struck
    through ("lowest price of the last 30 days"). A later change that is no
    reduction clears it.
    """

    reference_price = models.DecimalField(
        _("Lowest price in the 30 days before the reduction"),
        decimal_places=2,
        max_digits=12,
        blank=True,
        null=True,
        editable=False,
        help_text=_("Computed from the price history when the price is reduced."),
    )

    @classmethod
    def from_db(cls, db, field_names, values):
        instance = super().from_db(db, field_names, values)
        instance._stored_price = instance.__dict__.get("price")
        return instance

    @property
    def is_reduced(self):
        return self.reference_price is not None and self.price is not None and self.price < self.reference_price

    def lowest_price_before(self, moment):
        """The lowest price in effect at any time in the 30 days before ``moment``.

        That is the price in effect when the window opened plus every price set
        inside it. None when the record has no price history.
        """
        window_start = moment - REFERENCE_PRICE_WINDOW
        history = self.price_changes.filter(changed_at__lt=moment)
        prices = list(history.filter(changed_at__gte=window_start).values_list("price", flat=True))
        in_effect_at_start = history.filter(changed_at__lt=window_start).order_by("-changed_at").first()
        if in_effect_at_start is not None:
            prices.append(in_effect_at_start.price)
        prices = [price for price in prices if price is not None]
        return min(prices) if prices else None

    def save(self, *args, **kwargs):
        stored_price = getattr(self, "_stored_price", None)
        price_changed = self._state.adding or self.price != stored_price
        now = timezone.now()
        if price_changed and not self._state.adding:
            lowest = self.lowest_price_before(now)
            if lowest is None:
                # Records older than the history: the old price was in effect until now.
                lowest = stored_price
            reduced = self.price is not None and lowest is not None and self.price < lowest
            self.reference_price = lowest if reduced else None
        with transaction.atomic():
            super().save(*args, **kwargs)
            if price_changed:
                self.price_changes.create(price=self.price, changed_at=now)
        self._stored_price = self.price


class PriceChange(models.Model):
    """One price a stock record was set to, and when: the record's price history."""

    stockrecord = models.ForeignKey(
        "partner.StockRecord", on_delete=models.CASCADE, related_name="price_changes", verbose_name=_("Stock record")
    )
    price = models.DecimalField(_("Gross price"), decimal_places=2, max_digits=12, null=True, blank=True)
    changed_at = models.DateTimeField(_("Changed at"), default=timezone.now, db_index=True)

    class Meta:
        ordering = ["-changed_at"]
        verbose_name = _("Price change")
        verbose_name_plural = _("Price changes")

    def __str__(self):
        return f"{self.stockrecord_id}: {self.price} @ {self.changed_at:%Y-%m-%d %H:%M}"


from oscar.apps.partner.models import *  # noqa: E402, F403
