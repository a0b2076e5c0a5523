from django.contrib.auth.forms import BaseUserCreationForm

from .models import User


class UserCreationForm(BaseUserCreationForm):
    """Django admin's "add user" form for an email-keyed user model."""

    class Meta:
        model = User
        fields = ("email",)
