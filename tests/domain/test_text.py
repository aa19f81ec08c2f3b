"""Words made outside the UI stay English strings and can be rendered in another language."""

from __future__ import annotations

import copy
import pickle
import sqlite3

import pytest

from smartgoals_app.domain.text import Text, fixed, joined, render, translate


def german(context: str, source: str) -> str:
    return {
        ("Test", "Enter a number between {low} and {high}."): "Geben Sie eine Zahl von {low} bis {high} ein.",
        ("Test", "{what} is missing."): "{what} fehlt.",
        ("Test", "The title"): "Der Titel",
        ("Test", "Broken {low}"): "Kaputt {nope}",
    }.get((context, source), "")


def test_text_is_its_english_words() -> None:
    text = translate("Test", "Enter a number between {low} and {high}.").format(low=1, high=9)
    assert text == "Enter a number between 1 and 9."
    assert isinstance(text, str)
    assert text.render(german) == "Geben Sie eine Zahl von 1 bis 9 ein."


def test_values_that_are_text_are_rendered_too() -> None:
    text = translate("Test", "{what} is missing.").format(what=translate("Test", "The title"))
    assert text == "The title is missing."
    assert render(text, german) == "Der Titel fehlt."


def test_missing_or_broken_translation_falls_back_to_english() -> None:
    assert translate("Test", "Untranslated").render(german) == "Untranslated"
    assert translate("Test", "Broken {low}").format(low=3).render(german) == "Broken 3"


def test_joined_renders_each_part() -> None:
    text = joined(" ", [translate("Test", "The title"), "stays"])
    assert text == "The title stays"
    assert text.render(german) == "Der Titel stays"


def test_plain_strings_pass_through() -> None:
    assert render("plain", german) == "plain"
    assert render(3, german) == 3


@pytest.mark.parametrize("clone", [copy.copy, copy.deepcopy, lambda t: pickle.loads(pickle.dumps(t))])
def test_copies_keep_the_context(clone: object) -> None:
    for original in (
        translate("Test", "{what} is missing.").format(what=translate("Test", "The title")),
        joined(", ", [translate("Test", "The title"), "x"]),
    ):
        made = clone(original)  # type: ignore[operator]
        assert made == original
        assert made.render(german) == original.render(german)


def test_positional_values_are_refused() -> None:
    with pytest.raises(TypeError):
        translate("Test", "{0}").format(1)
    assert isinstance(translate("Test", "x"), Text)


def test_sqlite_stores_text_as_plain_text() -> None:
    connection = sqlite3.connect(":memory:")
    connection.execute("create table t (v text)")
    connection.execute("insert into t values (?)", (translate("Test", "The title"),))
    assert connection.execute("select v, typeof(v) from t").fetchone() == ("The title", "text")


def test_names_inside_sentences_follow_the_language() -> None:
    from smartgoals_app.domain.text import in_sentence

    sentence = translate("Test", "Grow {metric}").format(metric=in_sentence("Newsletter sign-ups"))
    assert sentence == "Grow newsletter sign-ups"  # English lowers the name

    def keeps_capitals(context: str, source: str) -> str:
        return {
            ("Test", "Grow {metric}"): "{metric} steigern",
            ("NameInSentence", "lower case"): "unverändert",
        }.get((context, source), "")

    assert sentence.render(keeps_capitals) == "Newsletter sign-ups steigern"
    assert sentence.render(german) == "Grow newsletter sign-ups"  # untranslated: English rules
    assert copy.deepcopy(sentence).render(keeps_capitals) == "Newsletter sign-ups steigern"


def _german(value: float) -> str:
    return f"{value:,}".replace(",", "_").replace(".", ",").replace("_", ".")


def test_numbers_in_a_sentence_follow_the_formatter_given() -> None:
    message = translate("Test", "{count} rows and {limit} at most.").format(count=1620, limit=0.25)
    assert message.render(lambda _context, source: source, _german) == "1.620 rows and 0,25 at most."
    assert message.render(lambda _context, source: source) == "1,620 rows and 0.25 at most."
    assert str(message) == "1,620 rows and 0.25 at most."  # the English words as a str


def test_a_field_with_its_own_format_spec_keeps_it() -> None:
    message = translate("Test", "{needed:,.1f} more, {count} days, {flag}, {name}.").format(
        needed=1234.56, count=5000, flag=True, name="Anna"
    )
    rendered = message.render(lambda _context, source: source, _german)
    assert rendered == "1,234.6 more, 5.000 days, True, Anna."


def test_nested_texts_get_the_formatter_too() -> None:
    inner = translate("Test", "{count} days").format(count=2000)
    outer = translate("Test", "Saved {what}.").format(what=inner)
    assert outer.render(lambda _context, source: source, _german) == "Saved 2.000 days."


def test_fixed_places_and_sign_survive_every_language() -> None:
    message = translate("Test", "Moved {pace} and {back} a week; {needed} needed.").format(
        pace=fixed(1234.26, 1, signed=True), back=fixed(-0.5, 1, signed=True), needed=fixed(14, 1)
    )
    assert str(message) == "Moved +1,234.3 and -0.5 a week; 14.0 needed."
    assert pickle.loads(pickle.dumps(message)) == message
