"""Use cases on a strategy after the wizard: change its wording, networks and business
hours; archive it with its goals, and bring both back."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy.orm.attributes import flag_modified
from sqlmodel import Session, col, select

from smartgoals_app.domain.catalogue import NETWORKS
from smartgoals_app.domain.draft import StrategyDraft
from smartgoals_app.domain.enums import GoalLifecycle
from smartgoals_app.domain.text import translate
from smartgoals_app.domain.validation import (
    NotFoundError,
    ValidationError,
    check_storable,
    is_storable_int,
    validate_strategy,
)
from smartgoals_app.services.records import StrategyRecord
from smartgoals_app.services.versions import check_seen
from smartgoals_app.services.workspaces import OpenWorkspace
from smartgoals_app.storage import repositories as repo
from smartgoals_app.storage.database import Database
from smartgoals_app.storage.models import Goal, Strategy, utc_now


@dataclass(frozen=True, slots=True)
class ArchivedStrategy:
    """A strategy set aside, with the goals that went with it (those active until then)."""

    id: int
    statement: str
    archived_at: datetime
    goal_ids: tuple[int, ...]


@dataclass(frozen=True, slots=True)
class StrategyChange:
    """A strategy change that went through: the strategy as it was (what an undo puts
    back) and the version this change stored (what the undo saves against, so that it
    never silently wipes a change someone made after it)."""

    before: StrategyRecord
    version: int


class StrategyService:
    def __init__(self, db: Database, *, workspace: OpenWorkspace | None = None) -> None:
        """``workspace``: the window's open workspace; the archived strategies listed are
        its own (without one, every workspace's)."""
        self._db = db
        self._workspace = workspace or OpenWorkspace()

    # -- reading -------------------------------------------------------------
    def strategy(self, strategy_id: int) -> StrategyRecord:
        with self._db.reading() as session:
            row = _get(session, strategy_id)
            networks = repo.strategy_networks(session, strategy_ids=[strategy_id])
            return record_of(row, networks.get(strategy_id, []))

    def active_goal_count(self, strategy_id: int) -> int:
        """How many goals archiving the strategy would set aside with it."""
        with self._db.reading() as session:
            _get(session, strategy_id)
            return len(_active_goal_ids(session, strategy_id))

    def archived(self) -> list[ArchivedStrategy]:
        """Archived strategies, most recently archived first, each with the goals that
        unarchiving it brings back."""
        query = select(Strategy).where(col(Strategy.archived_at).is_not(None))
        if self._workspace.id is not None:
            query = query.where(Strategy.workspace_id == self._workspace.id)
        with self._db.reading() as session:
            rows = session.exec(query.order_by(col(Strategy.archived_at).desc(), col(Strategy.id))).all()
            return [_archived_of(session, row) for row in rows]

    # -- writing -------------------------------------------------------------
    def update(self, strategy_id: int, draft: StrategyDraft) -> StrategyChange:
        """Store the new wording, networks and business hours; return the strategy as
        it was and the version stored, so the change can be undone. Raises ValidationError (nothing written)
        by the wizard's own strategy rules, NotFoundError when it is gone, and
        ConflictError when it changed since ``draft.version`` was read."""
        errors = validate_strategy(draft)
        label = translate("Validation", "This field")
        for network in draft.networks:
            message = check_storable(network, label=label)
            if message is None and network not in _NETWORK_KEYS:
                message = translate(
                    "StrategyService", "“{network}” is not a network SmartGoals knows."
                ).format(network=network)
            if message is not None:
                errors.setdefault("strategy_network.network", message)
        if errors:
            raise ValidationError(errors)
        with self._db.transaction() as session:
            row = _get(session, strategy_id)
            check_seen("strategy", row, draft.version, title=row.statement)
            before = record_of(
                row, repo.strategy_networks(session, strategy_ids=[strategy_id]).get(strategy_id, [])
            )
            row.statement = draft.statement.strip()
            row.business_days = ",".join(draft.business_days) or None
            row.business_start = draft.business_start
            row.business_end = draft.business_end
            session.add(row)
            # The networks live in their own rows: a change of them alone is still a new
            # version of the strategy, which others' forms and undos check against.
            flag_modified(row, "statement")
            repo.set_strategy_networks(session, strategy_id=strategy_id, networks=draft.networks)
            session.flush()
            return StrategyChange(before, row.version)

    def archive(self, strategy_id: int) -> ArchivedStrategy:
        """Set the strategy aside with its active goals, in one transaction: they leave
        the goal list, the plan and the reminders; nothing is deleted."""
        with self._db.transaction() as session:
            row = _get(session, strategy_id)
            if row.archived_at is not None:
                raise ValidationError(
                    {
                        "strategy.archived_at": translate(
                            "StrategyService", "This strategy is archived already."
                        )
                    }
                )
            # One moment for the strategy and its goals: unarchiving finds them by it.
            moment = utc_now()
            goal_ids = _active_goal_ids(session, strategy_id)
            for goal in session.exec(select(Goal).where(col(Goal.id).in_(goal_ids))):
                goal.status = GoalLifecycle.ARCHIVED.value
                goal.updated_at = moment
                session.add(goal)
            row.archived_at = moment
            session.add(row)
            return ArchivedStrategy(strategy_id, row.statement, moment, tuple(goal_ids))

    def unarchive(self, strategy_id: int) -> tuple[int, ...]:
        """Bring the strategy back with the goals archived with it (not those archived
        on their own before); returns their ids."""
        with self._db.transaction() as session:
            row = _get(session, strategy_id)
            if row.archived_at is None:
                return ()
            archived = _archived_of(session, row)
            moment = utc_now()
            for goal in session.exec(select(Goal).where(col(Goal.id).in_(archived.goal_ids))):
                goal.status = GoalLifecycle.ACTIVE.value
                goal.updated_at = moment
                session.add(goal)
            row.archived_at = None
            session.add(row)
            return archived.goal_ids


_NETWORK_KEYS = frozenset(item.key for item in NETWORKS)


def draft_of(record: StrategyRecord) -> StrategyDraft:
    """The strategy as the wizard's draft: what the editor edits and the rules check."""
    return StrategyDraft(
        statement=record.statement,
        template=record.template,
        networks=list(record.networks),
        business_days=list(record.business_days),
        business_start=record.business_start,
        business_end=record.business_end,
    )


def record_of(row: Strategy, networks: list[str]) -> StrategyRecord:
    assert row.id is not None
    return StrategyRecord(
        id=row.id,
        statement=row.statement,
        template=row.template,
        networks=tuple(networks),
        business_days=tuple(d for d in (row.business_days or "").split(",") if d),
        business_start=row.business_start,
        business_end=row.business_end,
        version=row.version,
    )


def _get(session: Session, strategy_id: int) -> Strategy:
    row = session.get(Strategy, strategy_id) if is_storable_int(strategy_id) else None
    if row is None:
        raise NotFoundError("strategy", strategy_id)
    return row


def _active_goal_ids(session: Session, strategy_id: int) -> list[int]:
    query = select(Goal.id).where(Goal.strategy_id == strategy_id, Goal.status == GoalLifecycle.ACTIVE.value)
    return [int(goal_id) for goal_id in session.exec(query.order_by(col(Goal.id))) if goal_id is not None]


def _archived_of(session: Session, row: Strategy) -> ArchivedStrategy:
    assert row.id is not None
    assert row.archived_at is not None
    goals = session.exec(
        select(Goal.id, Goal.updated_at).where(
            Goal.strategy_id == row.id, Goal.status == GoalLifecycle.ARCHIVED.value
        )
    ).all()
    # Stored without a zone: compare as read, both naive UTC.
    moment = row.archived_at.replace(tzinfo=None)
    ids = tuple(int(i) for i, updated in goals if i is not None and updated.replace(tzinfo=None) >= moment)
    return ArchivedStrategy(row.id, row.statement, row.archived_at, tuple(sorted(ids)))
