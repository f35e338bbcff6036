"""Pictures from strangers: inside the project folder, a known format, bounded pixels, whole."""

from __future__ import annotations

import os
from pathlib import Path

from .errors import DeckmakerError, Location, Problem
from .i18n import _

MAX_PIXELS = 50_000_000
"""Pixels a picture or logo may have (50 megapixels: a 8660 × 5773 photo)."""
FORMATS = ("PNG", "JPEG", "MPO", "GIF", "BMP", "TIFF")  # MPO: a camera's JPEG
"""Formats Pillow must recognise in the file's bytes, whatever its name says."""
ALLOW_ENV = "DECKMAKER_ALLOW_PATHS"
"""Folders (separated by ``os.pathsep``) a user allows pictures and templates to come from,
besides the outline's or theme's own folder."""


def allowed_roots(root: Path) -> list[Path]:
    """``root`` and the folders named in ``$DECKMAKER_ALLOW_PATHS``, resolved."""
    extra = [Path(p) for p in os.environ.get(ALLOW_ENV, "").split(os.pathsep) if p.strip()]
    return [p.resolve() for p in (root, *extra)]


def outside_problem(
    path: Path, root: Path, location: Location, what: str, at: str = ""
) -> Problem | None:
    """A located problem when ``path`` (symlinks followed) is not inside ``root`` or an allowed
    folder; None when it is."""
    real = Path(path).resolve()
    if any(real.is_relative_to(r) for r in allowed_roots(root)):
        return None
    return Problem(
        location,
        _("{what} '{path}' is outside {of}/ (it leads to {real})").format(
            what=what, path=path, of=Location.of(root), real=real
        ),
        at or what,
        _(
            "copy the file into {of}/ and name it from there; to allow a folder on purpose, set "
            "{ALLOW_ENV}=/that/folder (see docs/security.md)"
        ).format(of=Location.of(root), ALLOW_ENV=ALLOW_ENV),
    )


def load_picture(path: Path | str, root: Path, location: Location, at: str = "") -> tuple[int, int]:
    """The picture's size in pixels, after checking that it is inside ``root`` (or an allowed
    folder), in a known format, at most ``MAX_PIXELS``, and not truncated or damaged.

    Raises a ``DeckmakerError`` naming ``location`` and the file.
    """
    from PIL import Image, UnidentifiedImageError

    path = Path(path)
    outside = outside_problem(path, root, location, "picture", at)
    if outside is not None:
        raise DeckmakerError(outside)

    def refuse(message: str, hint: str) -> DeckmakerError:
        return DeckmakerError(
            Problem(
                location,
                _("picture '{name}': {message}").format(name=path.name, message=message),
                at,
                hint,
            )
        )

    resave = _("open it in an image editor and save it again as PNG or JPEG")
    try:
        with Image.open(path) as im:
            if im.format not in FORMATS:
                raise refuse(
                    _("{format} pictures are not supported").format(format=im.format), resave
                )
            width, height = im.size
            if width * height > MAX_PIXELS:
                raise refuse(
                    _("{width} × {height} pixels, more than the {value} megapixels allowed").format(
                        width=width, height=height, value=MAX_PIXELS // 1000000
                    ),
                    _("scale it down (a slide needs at most about 4000 pixels across)"),
                )
            im.verify()
        with Image.open(path) as im:
            im.load()
    except DeckmakerError:
        raise
    except Image.DecompressionBombError as exc:
        raise refuse(
            _("more than the {value} megapixels allowed ({exc})").format(
                value=MAX_PIXELS // 1000000, exc=exc
            ),
            _("scale it down (a slide needs at most about 4000 pixels across)"),
        ) from None
    except UnidentifiedImageError:
        raise refuse(_("not a picture Pillow can read (is it really an image?)"), resave) from None
    except (OSError, SyntaxError, ValueError) as exc:
        raise refuse(_("damaged or truncated: {exc}").format(exc=exc), resave) from None
    return width, height


def theme_file_problems(key: str, path: Path, folder: Path, location: Location) -> list[Problem]:
    """What is wrong with a theme's ``logo`` or ``template`` file: outside the theme's folder,
    or (a logo) not a whole picture of a known format and size."""
    outside = outside_problem(path, folder, location, key)
    if outside is not None or key != "logo":
        return [outside] if outside is not None else []
    try:
        load_picture(path, folder, location, at=key)
    except DeckmakerError as exc:
        return exc.problems
    return []
