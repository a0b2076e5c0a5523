"""Wagtail image upload that refuses broken files with a message instead of failing with a 500."""

from django import forms
from django.utils.translation import gettext_lazy as _
from PIL import Image as PillowImage
from wagtail.images.fields import WagtailImageField
from wagtail.images.forms import BaseImageForm

DAMAGED = _("This image file is damaged or incomplete. Please upload it again or choose another file.")


class DamageCheckedImageField(WagtailImageField):
    """Wagtail's image field, decoding the whole file once.

    Wagtail reads the header and the frames to check the size, so a truncated PNG raised ``OSError``
    inside the form (a 500); a file whose header is whole failed later, when the thumbnail was drawn.
    """

    def to_python(self, data):
        try:
            upload = super().to_python(data)
        except forms.ValidationError:
            raise
        except Exception as error:  # noqa: BLE001  (Pillow raises OSError, SyntaxError, struct.error…)
            raise forms.ValidationError(DAMAGED, code="damaged_image") from error
        if upload is not None and getattr(upload, "content_type", "") != "image/svg+xml" and hasattr(upload, "seek"):
            try:
                upload.seek(0)
                with PillowImage.open(upload) as image:
                    image.load()
            except Exception as error:  # noqa: BLE001
                raise forms.ValidationError(DAMAGED, code="damaged_image") from error
            finally:
                upload.seek(0)
        return upload


class ImageForm(BaseImageForm):
    """Wagtail's image form (``WAGTAILIMAGES_IMAGE_FORM_BASE``) with the damage-checked file field."""

    file = DamageCheckedImageField(label=_("File"))
