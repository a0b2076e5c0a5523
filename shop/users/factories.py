"""User factory (factory_boy) for the tests and the demo accounts: email login, a password, role groups.

UserFactory(email="editor@example.com", groups=[EDITORS])
UserFactory(is_staff=True, groups=[SHOP_STAFF])
"""

import factory
from django.contrib.auth.models import Group

from .models import User

#: The password every factory user has unless told otherwise.
PASSWORD = "pass-123-word"


class UserFactory(factory.django.DjangoModelFactory):
    email = factory.Sequence(lambda n: f"user{n}@example.com")
    password = factory.django.Password(PASSWORD)

    class Meta:
        model = User
        skip_postgeneration_save = True

    @factory.post_generation
    def groups(self, create, extracted, **kwargs):
        """``groups=[name, …]``: the role groups by name (``shop.users.roles``)."""
        if create and extracted is not None:
            self.groups.set(Group.objects.filter(name__in=extracted))
