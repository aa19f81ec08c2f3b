"""User-visible words made outside the UI, kept translatable without importing Qt.

Domain, storage and service code writes its messages as

    translate("Validation", "Enter a number between {low} and {high}.").format(low=1, high=9)

The result is a :class:`Text`: a ``str`` holding the English words (so logs, tests and
the CLI read it as before) that also remembers its context, its source template and
its values. The UI turns it into the user's language with :meth:`Text.render`, handing
in Qt's ``QCoreApplication.translate``. ``pyside6-lupdate`` collects every
``translate("Context", "source")`` call with two string literals into the catalogue,
which is why the values are given to ``.format()`` and never as extra arguments.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from string import Formatter
from typing import Any

Lookup = Callable[[str, str], str]
"""(context, English source) -> the source in the user's language."""

NumberFormat = Callable[[float], str]
"""A number -> how the user's locale writes it ("1.620" in German); the UI hands one in."""


class Fixed(float):
    """A number shown with a set number of decimal places ("14.0 a week"), whatever the
    locale; made by :func:`fixed`. A plain number shows every digit it has."""

    places: int
    signed: bool

    def __new__(cls, value: float, places: int, signed: bool = False) -> Fixed:
        made = super().__new__(cls, value)
        made.places = places
        made.signed = signed
        return made

    def __reduce__(self) -> tuple[Any, ...]:
        return (type(self), (float(self), self.places, self.signed))


def fixed(value: float, places: int, *, signed: bool = False) -> float:
    """``value`` to be shown with ``places`` decimals, and a "+" before a positive one
    when ``signed`` (a format spec would keep the locale's separators out: "14.0" in
    German too)."""
    return Fixed(value, places, signed)


def english_number(value: float) -> str:
    """A number as English writes it: "1,620", "0.25", "14.0" (fixed), "1,000,000,000,000".
    The words as a str (logs, the CLI) use it; the UI hands in its locale's instead."""
    if isinstance(value, Fixed):
        return f"{value:{'+' if value.signed else ''},.{value.places}f}"
    if isinstance(value, float) and value.is_integer():
        return f"{value:,.0f}"
    return f"{value:,}"


class Text(str):
    """English text that remembers how it was made, so it can be made again in another language."""

    context: str
    source: str
    params: Mapping[str, Any]

    def __new__(cls, context: str, source: str, params: Mapping[str, Any] | None = None) -> Text:
        values = dict(params or {})
        made = super().__new__(cls, _fill(source, values, english_number))
        made.context = context
        made.source = source
        made.params = values
        return made

    def __reduce__(self) -> tuple[Any, ...]:
        # str's own reduce would call Text(english) and lose the context (copy, pickle).
        return (type(self), (self.context, self.source, dict(self.params)))

    def format(self, *args: object, **params: Any) -> Text:
        """The same template with these values; named fields only, as translators need names."""
        if args:
            raise TypeError("Text.format takes named values only")
        return Text(self.context, self.source, {**self.params, **params})

    def render(self, lookup: Lookup, number: NumberFormat = english_number) -> str:
        """These words in the language ``lookup`` gives; values that are Text are rendered
        too. ``number`` writes the int and float values whose field has no format spec
        of its own ("{count}" yes, "{needed:,.1f}" no: the template chose its form). A number
        that is a name rather than a quantity (a year) is handed in as a str."""
        values = {name: render(value, lookup, number) for name, value in self.params.items()}
        template = lookup(self.context, self.source) or self.source
        try:
            return _fill(template, values, number)
        except (KeyError, IndexError, ValueError):
            # A translation that names a field wrongly must not hide the message.
            return _fill(self.source, values, number)


class Joined(Text):
    """Several texts shown one after another, each rendered in the user's language."""

    parts: tuple[str, ...]
    separator: str

    def __new__(cls, separator: str, parts: Iterable[str]) -> Joined:
        pieces = tuple(parts)
        made = str.__new__(cls, separator.join(pieces))
        made.context, made.source, made.params = "", "", {}
        made.parts, made.separator = pieces, separator
        return made

    def __reduce__(self) -> tuple[Any, ...]:
        return (type(self), (self.separator, self.parts))

    def format(self, *args: object, **params: Any) -> Text:
        raise TypeError("a joined text has no fields to fill")

    def render(self, lookup: Lookup, number: NumberFormat = english_number) -> str:
        return self.separator.join(render(part, lookup, number) for part in self.parts)


class InSentence(Text):
    """A name inside a sentence: English lowers it ("Grow newsletter sign-ups"), German keeps
    its capitals ("Newsletter-Anmeldungen steigern"). A language keeps names as written by
    translating the message "lower case" (context "NameInSentence") to anything else, as
    Qt's own "QT_LAYOUT_DIRECTION" message lets a language choose its direction."""

    name: str

    def __new__(cls, name: str) -> InSentence:
        made = str.__new__(cls, name.lower())
        made.context, made.source, made.params = "", "", {}
        made.name = name
        return made

    def __reduce__(self) -> tuple[Any, ...]:
        return (type(self), (self.name,))

    def format(self, *args: object, **params: Any) -> Text:
        raise TypeError("a name has no fields to fill")

    def render(self, lookup: Lookup, number: NumberFormat = english_number) -> str:
        name = str(render(self.name, lookup, number))
        rule = translate("NameInSentence", "lower case")
        return name.lower() if lookup(rule.context, rule.source) in ("", rule.source) else name


def in_sentence(name: str) -> Text:
    """``name`` (a metric's, say) as it reads inside a sentence in the user's language."""
    return InSentence(name)


def translate(context: str, source: str) -> Text:
    """Mark English words for translation; fill their {fields} with ``.format(name=value)``."""
    return Text(context, source)


def render(value: object, lookup: Lookup, number: NumberFormat = english_number) -> Any:
    """``value`` in the user's language when it is a Text; anything else unchanged."""
    return value.render(lookup, number) if isinstance(value, Text) else value


def _fill(template: str, values: Mapping[str, Any], number: NumberFormat) -> str:
    if not values:
        return template
    specced = {
        _field_name(field)
        for _, field, spec, conversion in Formatter().parse(template)
        if field is not None and (spec or conversion)
    }
    return template.format(
        **{
            name: number(value) if _is_number(value) and name not in specced else value
            for name, value in values.items()
        }
    )


def _field_name(field: str) -> str:
    return field.split(".", 1)[0].split("[", 1)[0]


def _is_number(value: object) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)


def joined(separator: str, parts: Iterable[str]) -> Text:
    """Texts (or plain strings) joined by ``separator``, still translatable part by part."""
    return Joined(separator, parts)
