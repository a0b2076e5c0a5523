from django.urls import path

from .two_factor import TwoFactorSetupView, TwoFactorVerifyView

app_name = "two_factor"
urlpatterns = [
    path("setup/", TwoFactorSetupView.as_view(), name="setup"),
    path("verify/", TwoFactorVerifyView.as_view(), name="verify"),
]
