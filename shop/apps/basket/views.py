from django.contrib import messages
from django.utils.translation import gettext as _
from oscar.apps.basket.views import *  # noqa: F403
from oscar.apps.basket.views import VoucherAddView as CoreVoucherAddView


class VoucherAddView(CoreVoucherAddView):
    """Oscar's voucher form; a "once per customer" voucher needs an account with a confirmed email.

    Unconfirmed sign-ups cost nothing, so "once per customer" meant once per made-up address; a
    confirmed mailbox is the least one person cannot multiply for free. Guests cannot use them either.
    """

    def apply_voucher_to_basket(self, voucher):
        if voucher.usage == voucher.ONCE_PER_CUSTOMER and not getattr(self.request.user, "email_verified", False):
            messages.error(
                self.request,
                _(
                    "The voucher “%(code)s” is for registered customers with a confirmed email address: "
                    "please log in (or register and confirm your address) first."
                )
                % {"code": voucher.code},
            )
            return
        super().apply_voucher_to_basket(voucher)
