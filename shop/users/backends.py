"""Email login that costs the same for known and unknown accounts."""

from django.contrib.auth import get_user_model
from django.contrib.auth.backends import ModelBackend

from .verification import remember_unverified_login


class EmailBackend(ModelBackend):
    """Log in with the email address (any case) and the password: exactly one password hash per attempt.

    Oscar's ``EmailBackend`` followed by Django's ``ModelBackend`` hashed twice for a known address and
    once for an unknown one, so the response time told whether an account exists. Here an unknown address
    runs the hasher once on a throwaway user, as Django's ``ModelBackend`` does (Django ticket #20760).
    A right password for an account whose email is not confirmed yet logs nobody in, but is noted on the
    request so the login form can explain what to do.
    """

    def authenticate(self, request, username=None, password=None, email=None, **kwargs):
        User = get_user_model()
        login = email if email is not None else username
        if login is None:
            login = kwargs.get(User.USERNAME_FIELD)
        if login is None or password is None:
            return None
        user = User._default_manager.filter(email__iexact=login.strip()).order_by("pk").first()
        if user is None:
            User().set_password(password)
            return None
        if not user.check_password(password):
            return None
        if self.user_can_authenticate(user):
            return user
        if request is not None and not user.email_verified:
            remember_unverified_login(request, user)
        return None
