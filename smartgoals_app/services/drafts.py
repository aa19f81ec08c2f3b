"""Autosaved wizard drafts: typing is never lost to a crash or a closed window."""

from __future__ import annotations

from dataclasses import dataclass

from smartgoals_app.domain.draft import GoalDraft
from smartgoals_app.domain.text import translate
from smartgoals_app.domain.validation import ValidationError, has_broken_characters, is_storable_int
from smartgoals_app.storage import repositories as repo
from smartgoals_app.storage.database import Database
from smartgoals_app.storage.models import WizardDraft, utc_now


@dataclass(frozen=True, slots=True)
class SavedDraft:
    draft: GoalDraft
    page: int


class DraftService:
    def __init__(self, db: Database) -> None:
        self._db = db

    def save(self, draft: GoalDraft, page: int) -> None:
        """Keep what was typed, whatever it is: text the goal could not store (checked when
        the goal is saved) is kept escaped in the draft, so no typing is lost."""
        if not is_storable_int(page) or not (draft.goal_id is None or is_storable_int(draft.goal_id)):
            raise ValidationError(
                {"wizard_draft.page": translate("DraftService", "The wizard has no such page or goal.")}
            )
        payload = draft.to_json()
        if has_broken_characters(payload):
            payload = draft.to_json(ascii_only=True)
        with self._db.transaction() as session:
            row = repo.draft_for(session, goal_id=draft.goal_id)
            if row is None:
                row = WizardDraft(goal_id=draft.goal_id, payload="")
            row.payload = payload
            row.page = page
            row.updated_at = utc_now()
            session.add(row)

    def pending(self, goal_id: int | None = None) -> SavedDraft | None:
        """The unfinished draft for a new goal (or for editing `goal_id`), if any.

        A draft that cannot be read any more (written by a broken build) is dropped
        rather than blocking the wizard.
        """
        if goal_id is not None and not is_storable_int(goal_id):
            return None
        with self._db.reading() as session:
            row = repo.draft_for(session, goal_id=goal_id)
            if row is None:
                return None
            payload, page = row.payload, row.page
        try:
            return SavedDraft(GoalDraft.from_json(payload), page)
        except (ValueError, TypeError, KeyError):
            self.discard(goal_id)
            return None

    def discard(self, goal_id: int | None = None) -> None:
        if goal_id is not None and not is_storable_int(goal_id):
            return
        with self._db.transaction() as session:
            row = repo.draft_for(session, goal_id=goal_id)
            if row is not None:
                session.delete(row)
