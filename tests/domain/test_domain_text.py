"""Every message of validation, the SMART check and date parsing can be shown in another language.

Three layers: the source is read (every ``translate`` call is one pyside6-lupdate can
collect, and no sentence is left as a bare literal or f-string); the validators are run
with many bad inputs and each message must be a ``Text`` that, rendered through a
pseudo-language knowing only the collected strings, has no English word left; and a
few messages are rendered in German, fields that are themselves words included.
"""

from __future__ import annotations

import ast
import math
import re
from collections.abc import Iterable, Iterator
from datetime import date, time, timedelta
from pathlib import Path
from string import Formatter

import pytest

from smartgoals_app.domain import dates, draft, smart, validation
from smartgoals_app.domain.dates import DATE_HINT, day_month_year, parse_date, parse_time
from smartgoals_app.domain.draft import GoalDraft, StrategyDraft, TaskDraft
from smartgoals_app.domain.enums import Direction, MetricKind
from smartgoals_app.domain.progress import Point
from smartgoals_app.domain.smart import check_smart, check_timely, suggest_title
from smartgoals_app.domain.text import Joined, Lookup, Text, english_number, translate
from smartgoals_app.domain.validation import (
    ValidationError,
    check_number,
    check_storable,
    is_too_large,
    parse_number,
    validate_goal,
    validate_goal_wording,
    validate_has_task,
    validate_measurement,
    validate_plan,
    validate_starting_point,
    validate_strategy,
    validate_targets,
    validate_task,
    validate_why,
)
from tests.conftest import TODAY
from tests.factories import signups_draft

MINE = [Path(module.__file__ or "") for module in (validation, smart, draft, dates)]
DOMAIN = MINE[0].parent
# Brand names stay as they are (the catalogue may or may not wrap them).
BRANDS = {"Facebook", "X", "Twitter", "Instagram"}

# -- the source ------------------------------------------------------------------------


def _is_translate(node: ast.AST) -> bool:
    return isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "translate"


def _parents(tree: ast.AST) -> dict[ast.AST, ast.AST]:
    return {child: node for node in ast.walk(tree) for child in ast.iter_child_nodes(node)}


def _ancestors(node: ast.AST, parents: dict[ast.AST, ast.AST]) -> Iterator[ast.AST]:
    while node in parents:
        node = parents[node]
        yield node


def _collected(paths: Iterable[Path]) -> set[tuple[str, str]]:
    """(context, source) of each call as lupdate sees it: two string literals, nothing else."""
    found: set[tuple[str, str]] = set()
    for path in paths:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if _is_translate(node):
                assert isinstance(node, ast.Call)
                if len(node.args) == 2 and not node.keywords:
                    context, source = node.args
                    if isinstance(context, ast.Constant) and isinstance(source, ast.Constant):
                        found.add((str(context.value), str(source.value)))
    return found


@pytest.mark.parametrize("path", MINE, ids=lambda p: p.name)
def test_every_translate_call_can_be_collected(path: Path) -> None:
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if _is_translate(node):
            assert isinstance(node, ast.Call)
            where = f"{path.name}:{node.lineno}"
            assert len(node.args) == 2, where
            assert not node.keywords, where
            context, source = node.args
            assert isinstance(context, ast.Constant), where
            assert isinstance(context.value, str), where
            assert re.fullmatch(r"[A-Z][A-Za-z]+", context.value), where
            assert isinstance(source, ast.Constant), where
            assert isinstance(source.value, str), where
            fields = [name for _, name, _, _ in Formatter().parse(source.value) if name is not None]
            assert all(re.fullmatch(r"[a-z_]+", name) for name in fields), f"{where}: named fields only"


# A sentence or a capitalised word; keys ("goal.title"), codes ("MO"), regular
# expressions and strftime formats do not match.
_READS_AS_WORDS = re.compile(r"[A-Za-z]{2,}[^\w\s]*\s+[^\w\s]*[A-Za-z]|^[A-Z][a-z]+\b")


@pytest.mark.parametrize("path", MINE, ids=lambda p: p.name)
def test_no_words_are_left_outside_translate(path: Path) -> None:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    parents = _parents(tree)
    left: list[str] = []
    for node in ast.walk(tree):
        up = list(_ancestors(node, parents))
        if any(isinstance(a, ast.Raise) for a in up):
            continue  # a programming error, for the log, never shown
        if isinstance(node, ast.JoinedStr):
            literal = "".join(str(v.value) for v in node.values if isinstance(v, ast.Constant))
            if _READS_AS_WORDS.search(literal):
                left.append(f"{path.name}:{node.lineno} f-string {literal!r}")
        elif isinstance(node, ast.Constant) and isinstance(node.value, str):
            parent = parents.get(node)
            if isinstance(parent, ast.Expr) or (parent is not None and _is_translate(parent)):
                continue  # a docstring, or the words being translated
            if any(
                isinstance(a, ast.Assign) and any(getattr(t, "id", "") == "__all__" for t in a.targets)
                for a in up
            ):
                continue
            if _READS_AS_WORDS.search(node.value):
                left.append(f"{path.name}:{node.lineno} {node.value!r}")
    assert not left


# -- every message, through a pseudo-language ----------------------------------------


def _pseudo(collected: set[tuple[str, str]]) -> Lookup:
    """Letters of collected strings become "ẍ"; fields stay, so their values are rendered."""

    def lookup(context: str, source: str) -> str:
        if (context, source) not in collected:
            return ""  # not in the catalogue: Text falls back to English, and the test sees it
        out: list[str] = []
        for literal, name, spec, conversion in Formatter().parse(source):
            out.append(re.sub(r"[A-Za-z]", "ẍ", literal).replace("{", "{{").replace("}", "}}"))
            if name is not None:
                out.append(
                    "{" + name + (f"!{conversion}" if conversion else "") + (f":{spec}" if spec else "") + "}"
                )
        return "".join(out)

    return lookup


PSEUDO = _pseudo(_collected(sorted(DOMAIN.glob("*.py"))))
# What the user typed in the drafts below: nonsense words no template uses.
USER = "Zorbly wibbles Quxtool Quxlink Flarn Blorp word XX abc noon zz"
# Numbers the user typed print as "nan" or "inf"; not words to translate.
USER_WORDS = set(USER.split()) | {w.lower() for w in USER.split()} | BRANDS | {"nan", "inf"}
LONG = "word " * 700


def _typed(**changes: object) -> GoalDraft:
    """A complete draft whose every typed word is made up, so none can pass as English."""
    made_up: dict[str, object] = {
        "strategy": StrategyDraft(statement="Flarn"),
        "metric_key": "zorbly",
        "metric_name": "Zorbly",
        "unit": "wibbles",
        "data_source": "Quxtool",
        "baseline_value": 100,
        "title": "Blorp 150",
        "deadline": TODAY + timedelta(days=90),
        "why": "Flarn",
        "benchmark_target": 110,
        "stretch_target": 120,
        "tasks": [TaskDraft(title="Blorp", rrule="FREQ=WEEKLY;BYDAY=TU", start_date=TODAY)],
    }
    return signups_draft(TODAY, **{**made_up, **changes})


def _drafts() -> Iterator[GoalDraft]:
    yield GoalDraft()
    yield GoalDraft(direction=Direction.LESS, tasks=[TaskDraft()])
    yield _typed()
    yield _typed(strategy=StrategyDraft(statement=LONG, business_days=["XX"]))
    yield _typed(strategy=StrategyDraft(statement="Flarn", business_start=time(9)))
    yield _typed(strategy=StrategyDraft(statement="Flarn", business_start=time(9), business_end=time(8)))
    yield _typed(strategy=StrategyDraft(statement="Flarn", business_start=time(9), business_end=time(17)))
    yield _typed(metric_name=LONG, unit=LONG, data_source=LONG, outcome_link=LONG, title=LONG)
    yield _typed(unit="%", baseline_value=150, benchmark_target=160, stretch_target=170)
    yield _typed(unit="% wibbles", benchmark_target=101, stretch_target=150)
    yield _typed(baseline_date=TODAY + timedelta(days=1), start_date=TODAY - timedelta(days=3))
    yield _typed(baseline_value=math.nan, benchmark_target=math.inf, stretch_target=-1.0)
    yield _typed(baseline_value=None, benchmark_target=None, stretch_target=None, data_source="")
    yield _typed(benchmark_target=90, stretch_target=80)
    yield _typed(benchmark_target=130, stretch_target=120)
    yield _typed(direction=Direction.LESS, benchmark_target=130, stretch_target=140)
    yield _typed(direction=Direction.LESS, benchmark_target=90, stretch_target=95)
    yield _typed(deadline=TODAY)
    yield _typed(start_date=TODAY - timedelta(days=30), deadline=TODAY - timedelta(days=1), goal_id=None)
    yield _typed(start_date=TODAY - timedelta(days=30), deadline=TODAY - timedelta(days=1), goal_id=7)
    yield _typed(deadline=TODAY + timedelta(days=5))
    yield _typed(start_date=TODAY, deadline=TODAY + timedelta(days=1))
    yield _typed(deadline=TODAY + timedelta(days=400), benchmark_target=100.5)
    yield _typed(deadline=TODAY + timedelta(days=366 * 6))
    yield _typed(start_date=None, deadline=None, title="", why="", impact=LONG, audience=LONG)
    yield _typed(title="more wibbles", benchmark_target=1000)
    yield _typed(baseline_value=0, benchmark_target=50)
    yield _typed(benchmark_target=125)
    yield _typed(benchmark_target=None, stretch_target=None)
    yield _typed(benchmark_target=math.nan)
    yield _typed(data_source="")
    yield _typed(unit="")
    yield _typed(network=None, metric_name="")
    yield _typed(strategy_id=None, strategy=StrategyDraft())
    yield _typed(kind=MetricKind.VANITY)
    yield _typed(kind=MetricKind.VANITY, metric_name="")
    yield _typed(kind=MetricKind.VANITY, outcome_link="Quxlink")
    yield _typed(why="")
    yield _typed(budget_per_month=-1, hours_per_week=200)
    yield _typed(budget_per_month=math.nan, hours_per_week=-2)
    yield _typed(network="Zorbly\ud800", metric_key="\x00", goal_id=2**64)
    yield _typed(
        tasks=[
            TaskDraft(title="", duration_minutes=0, notes=LONG),
            TaskDraft(title="Blorp", start_time=time(23, 30), duration_minutes=60),
            TaskDraft(title="Blorp", rrule="FREQ=SOMETIMES"),
            TaskDraft(title="Blorp", rrule=""),
            TaskDraft(title="Blorp", rrule="FREQ=WEEKLY;INTERVAL=0"),
        ]
    )


def _histories(d: GoalDraft) -> Iterator[list[Point]]:
    yield []
    base = d.baseline_value if d.baseline_value is not None and math.isfinite(d.baseline_value) else 100
    for per_week in (-1.0, 0.0, 0.5, 1.0, 3.0, 50.0):
        yield [Point(TODAY + timedelta(weeks=w), base + per_week * w) for w in range(1, 5)]


def _messages() -> Iterator[tuple[str, str | None]]:
    for text in ["", "abc", "1.000", "2.125", "nan", "inf", "-5", "1e20", "12abc", "word " * 9]:
        yield f"parse_number({text!r})", parse_number(text).error
    yield "parse_number(169, 168)", parse_number("169", maximum=168).error
    for value in (None, math.nan, -1.0, 1e13):
        yield f"check_number({value})", check_number(value)
    yield "check_number(10**400)", check_number(10**400)
    yield "check_storable(5)", check_storable(5, label=translate("Validation", "The goal"))
    for text in ["", "abc", "2027-02-30", "2028-02-31", "2027-13-01", "2027-03-00", "word " * 9]:
        yield f"parse_date({text!r})", parse_date(text).error
    for text in ["", "24:00", "noon", "9:5", "word " * 9]:
        yield f"parse_time({text!r})", parse_time(text).error
    for month in range(1, 13):
        yield f"parse_date(no day 32 in {month})", parse_date(f"2027-{month:02}-32").error
        yield f"day_month_year({month})", day_month_year(date(2027, month, 1))
    yield "DATE_HINT", DATE_HINT
    for key, message in validate_measurement(TODAY + timedelta(days=1), math.nan, "x" * 9999, TODAY).items():
        yield f"validate_measurement {key}", message
    for number, d in enumerate(_drafts()):
        for name, errors in (
            ("strategy", validate_strategy(d.strategy)),
            ("starting_point", validate_starting_point(d, TODAY)),
            ("goal_wording", validate_goal_wording(d, TODAY)),
            ("why", validate_why(d)),
            ("targets", validate_targets(d)),
            ("plan", validate_plan(d)),
            ("has_task", validate_has_task(d)),
            ("goal", validate_goal(d, TODAY)),
            *((f"task {i}", validate_task(task)) for i, task in enumerate(d.tasks)),
        ):
            for key, message in errors.items():
                yield f"draft {number} validate_{name} {key}", message
        for history in _histories(d):
            for finding in check_smart(d, TODAY, history):
                yield f"draft {number} {finding.letter} name", finding.name
                yield f"draft {number} {finding.letter} reason", finding.reason
        yield f"draft {number} suggest_title", suggest_title(d)


MESSAGES = [(where, message) for where, message in _messages() if message is not None]


def _made_of(value: object) -> Iterator[tuple[str, str]]:
    if isinstance(value, Joined):
        for part in value.parts:
            yield from _made_of(part)
    elif isinstance(value, Text):
        yield value.context, value.source
        for field in value.params.values():
            yield from _made_of(field)


def test_the_bad_inputs_reach_every_string_of_these_modules() -> None:
    """So the next test sees each of them; a new message needs a bad input here."""
    reached = {made for _, message in MESSAGES for made in _made_of(message)}
    assert not _collected(MINE) - reached


def _english_left(message: str) -> str | None:
    """Why `message` is not fully translatable, or None."""
    if not isinstance(message, Text):
        return f"{message!r} is a plain str"
    shown = message.render(PSEUDO)
    english = [word for word in re.findall(r"[A-Za-z]+", shown) if word not in USER_WORDS]
    return f"{shown!r} keeps {english}" if english else None


def test_every_message_is_text_with_no_english_left() -> None:
    # One test over the three thousand messages, each fault listed with where it came
    # from: a test per message cost more in pytest's bookkeeping than in the checks.
    faults = [f"{where}: {fault}" for where, message in MESSAGES if (fault := _english_left(message))]
    assert not faults, "\n".join(faults)


def test_a_message_left_in_english_is_named_with_where_it_came_from() -> None:
    assert _english_left("The goal cannot be empty.") == "'The goal cannot be empty.' is a plain str"
    untranslated = Text("Validation", "Not in any catalogue {n}", {"n": 3})
    assert _english_left(untranslated) == "'Not in any catalogue 3' keeps ['Not', 'in', 'any', 'catalogue']"
    assert _english_left(translate("Validation", "The goal")) is None


def test_validation_error_keeps_its_messages_translatable() -> None:
    errors = validate_goal(GoalDraft(), TODAY)
    exc = ValidationError(errors)
    assert str(exc) == "; ".join(f"{key}: {value}" for key, value in errors.items())
    assert isinstance(exc.args[0], Joined)
    shown = exc.args[0].render(PSEUDO)
    keys = {part for key in errors for part in re.findall(r"[A-Za-z_]+", key)}
    assert not [w for w in re.findall(r"[A-Za-z_]+", shown) if w not in keys]


# -- in German -------------------------------------------------------------------------

GERMAN = {
    ("Validation", "{label} cannot be empty."): "{label} darf nicht leer sein.",
    ("Validation", "{label} is {length} characters long; keep it under {limit}."): (
        "{label} ist {length} Zeichen lang; bleiben Sie unter {limit}."
    ),
    ("Validation", "The goal"): "Das Ziel",
    ("Validation", "The task"): "Die Aufgabe",
    ("Validation", "The notes"): "Die Notizen",
    ("Validation", "Task {number}: {message}"): "Aufgabe {number}: {message}",
    ("Validation", "That number is too large (the most is {maximum})."): (
        "Diese Zahl ist zu groß (höchstens {maximum})."
    ),
    ("Validation", "A week has 168 hours."): "Eine Woche hat 168 Stunden.",
    (
        "Validation",
        "The benchmark must be below your starting value of {base} (less is better for this metric).",
    ): ("Der Richtwert muss unter Ihrem Startwert von {base} liegen (hier ist weniger besser)."),
    ("Dates", "{month} {year} has no day {day}."): "Der {month} {year} hat keinen {day}. Tag.",
    ("Dates", "{day} {month} {year}"): "{day}. {month} {year}",
    ("Months", "February"): "Februar",
    ("MonthsShort", "Mar"): "März",
    ("Smart", "Specific"): "Spezifisch",
    ("Smart", "Timely"): "Terminiert",
    ("Smart", "Deadline {when}, {days} days from the start, with a review then."): (
        "Frist {when}, {days} Tage nach dem Start, dann mit einer Überprüfung."
    ),
    ("Smart", "Grow {metric}{where}{start}{aim}{when}"): "{metric}{where}{start}{aim}{when} steigern",
    ("Smart", " on {network}"): " auf {network}",
    ("Smart", " from {figure}"): " von {figure}",
    ("Smart", " to {figure}"): " auf {figure}",
    ("Smart", " by {date}"): " bis {date}",
    ("Smart", "the metric"): "die Kennzahl",
}


def german(context: str, source: str) -> str:
    return GERMAN.get((context, source), "")


def german_number(value: float) -> str:
    """What the UI's QLocale hands in for German: "." between thousands, "," before decimals."""
    return english_number(value).translate(str.maketrans(",.", ".,"))


def test_a_field_label_is_german_inside_the_german_sentence() -> None:
    errors = validate_goal_wording(_typed(title="  "), TODAY)
    assert errors["goal.title"] == "The goal cannot be empty."
    assert errors["goal.title"].render(german) == "Das Ziel darf nicht leer sein."  # type: ignore[attr-defined]


def test_task_messages_are_german_at_both_levels() -> None:
    errors = validate_plan(_typed(tasks=[TaskDraft(title="Blorp"), TaskDraft(title="", notes="word " * 500)]))
    assert errors["task.title"] == "Task 2: The task cannot be empty."
    assert isinstance(title := errors["task.title"], Text)
    assert title.render(german) == "Aufgabe 2: Die Aufgabe darf nicht leer sein."
    assert isinstance(notes := errors["task.notes"], Text)
    assert (
        notes.render(german, german_number)
        == "Aufgabe 2: Die Notizen ist 2.499 Zeichen lang; bleiben Sie unter 2.000."
    )


def test_number_messages_in_german() -> None:
    too_large = parse_number("1e13").error
    assert isinstance(too_large, Text)
    assert is_too_large(too_large)
    assert too_large.render(german, german_number) == "Diese Zahl ist zu groß (höchstens 1.000.000.000.000)."
    hours = validate_plan(_typed(hours_per_week=169))["goal.hours_per_week"]
    assert isinstance(hours, Text)
    assert hours.render(german) == "Eine Woche hat 168 Stunden."
    assert not is_too_large(parse_number("-1").error)
    assert not is_too_large("That number is too large (the most is 168).")  # plain English is not enough
    below = validate_targets(_typed(direction=Direction.LESS, benchmark_target=130))["goal.benchmark_target"]
    assert below == "The benchmark must be below your starting value of 100 (less is better for this metric)."
    assert isinstance(below, Text)
    assert (
        below.render(german)
        == "Der Richtwert muss unter Ihrem Startwert von 100 liegen (hier ist weniger besser)."
    )


def test_a_month_name_is_german_inside_a_date_message() -> None:
    error = parse_date("2027-02-30").error
    assert error == "February 2027 has no day 30."
    assert isinstance(error, Text)
    assert error.render(german) == "Der Februar 2027 hat keinen 30. Tag."


def test_smart_findings_in_german() -> None:
    finding = check_timely(_typed(start_date=date(2027, 1, 1), deadline=date(2027, 3, 31)), TODAY)
    assert finding.reason == "Deadline 31 Mar 2027, 89 days from the start, with a review then."
    assert finding.name.render(german) == "Terminiert"
    assert (
        finding.reason.render(german)
        == "Frist 31. März 2027, 89 Tage nach dem Start, dann mit einer Überprüfung."
    )
    assert check_smart(_typed(), TODAY)[0].name.render(german) == "Spezifisch"


def test_suggested_title_in_german() -> None:
    title = suggest_title(_typed(deadline=date(2027, 3, 31)))
    assert title == "Grow zorbly on Facebook from 100 wibbles to 110 wibbles by 31 Mar 2027"
    # "Facebook" is a brand: whether or not the catalogue wraps it, it reads the same.
    assert (
        title.render(german)
        == "zorbly auf Facebook von 100 wibbles auf 110 wibbles bis 31. März 2027 steigern"
    )
    assert suggest_title(GoalDraft()).render(german) == "die Kennzahl steigern"
