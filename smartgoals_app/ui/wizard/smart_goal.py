"""Page 4: the goal in one specific sentence, its dates, and the live SMART check."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLineEdit, QPushButton, QSizePolicy

from smartgoals_app.domain.dates import format_date, parse_date
from smartgoals_app.domain.smart import check_smart
from smartgoals_app.domain.validation import Errors, validate_goal_wording
from smartgoals_app.ui.date_edit import DateEdit
from smartgoals_app.ui.wizard.common import DraftPage, WizardContext, suggested_title, wrap_label
from smartgoals_app.ui.wizard.smart_panel import SmartPanel

DEFAULT_DAYS = 90  # a quarter: long enough to see change, short enough to stay focused


class SmartGoalPage(DraftPage):
    def __init__(self, ctx: WizardContext) -> None:
        super().__init__(
            ctx,
            QCoreApplication.translate("SmartGoalPage", "Make it SMART"),
            QCoreApplication.translate(
                "SmartGoalPage",
                "Specific, Measurable, Attainable, Relevant, Timely: the panel checks as you type.",
            ),
        )
        form = self.new_form()
        self.title_edit = QLineEdit()
        # No maxLength: a pasted long text gets the domain's plain message instead of
        # being cut silently.
        self.suggest_button = QPushButton(
            QCoreApplication.translate("SmartGoalPage", "Use the suggested &wording")
        )
        self.suggest_button.setObjectName("wizard.suggest_title")
        self.suggest_button.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.add_field(
            form,
            QCoreApplication.translate("SmartGoalPage", "&Goal in one sentence"),
            self.title_edit,
            "goal.title",
            extra=self.suggest_button,
        )
        self.start = DateEdit()
        self.add_field(
            form, QCoreApplication.translate("SmartGoalPage", "&Starts on"), self.start, "goal.start_date"
        )
        self.deadline = DateEdit()
        self.add_field(
            form,
            QCoreApplication.translate("SmartGoalPage", "&Deadline"),
            self.deadline,
            "goal.deadline",
            hint=QCoreApplication.translate(
                "SmartGoalPage", "Up and Down change the date by a day, Page Up and Page Down by a week."
            ),
        )
        self.body_layout.addWidget(
            wrap_label(
                QCoreApplication.translate("SmartGoalPage", "SMART check (the targets come two pages on):")
            )
        )
        self.panel = SmartPanel()
        self.body_layout.addWidget(self.panel)
        self.finish_layout()

        self.bind_line(self.title_edit, self._set_title)
        self.bind_line(self.start, self._set_start)
        self.bind_line(self.deadline, self._set_deadline)
        self.suggest_button.clicked.connect(self._use_suggestion)

    def load(self) -> None:
        draft = self.draft
        today = self.ctx.today()
        if draft.start_date is None:
            draft.start_date = max(today, draft.baseline_date or today)
        if draft.deadline is None:
            draft.deadline = draft.start_date + timedelta(days=DEFAULT_DAYS)
        if not self.ctx.auto_title:
            self.ctx.adopt_title()  # a resumed or edited goal that kept the suggestion
        if not draft.title.strip() or draft.title == self.ctx.auto_title:
            self.ctx.auto_title = draft.title = suggested_title(draft)
        self.title_edit.setText(draft.title)
        self.start.setText(format_date(draft.start_date))
        self.deadline.setText(format_date(draft.deadline))

    def _use_suggestion(self) -> None:
        self.ctx.auto_title = suggested_title(self.draft)
        self.title_edit.setText(self.ctx.auto_title)
        self.title_edit.setFocus()

    def _set_title(self, text: str) -> None:
        self.draft.title = text

    def _set_start(self, text: str) -> str | None:
        parsed = parse_date(text)
        self.draft.start_date = parsed.value
        return parsed.error

    def _set_deadline(self, text: str) -> str | None:
        parsed = parse_date(text)
        self.draft.deadline = parsed.value
        return parsed.error

    def domain_errors(self) -> Errors:
        return validate_goal_wording(self.draft, self.ctx.today())

    def on_refresh(self) -> None:
        draft = self.draft
        if self.ctx.auto_title and draft.title == self.ctx.auto_title and not self._loading:
            # The user kept the suggested wording: let it follow the new dates.
            suggestion = suggested_title(draft)
            if suggestion != draft.title:
                self.ctx.auto_title = draft.title = suggestion
                self._loading = True
                try:
                    self.title_edit.setText(suggestion)
                finally:
                    self._loading = False
        self.panel.show_findings(check_smart(draft, self.ctx.today(), self.ctx.history))
