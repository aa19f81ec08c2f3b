"""Page 1: what the wizard does and how long it takes; resume or start over."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QButtonGroup, QRadioButton

from smartgoals_app.domain.draft import GoalDraft
from smartgoals_app.ui.wizard.common import DraftPage, WizardContext, finish_button, plain, wrap_label


def page_names() -> tuple[str, ...]:
    """The wizard's pages by id, as the resume choice names them."""
    return (
        QCoreApplication.translate("WelcomePage", "Welcome"),
        QCoreApplication.translate("WelcomePage", "Strategy"),
        QCoreApplication.translate("WelcomePage", "Starting point"),
        QCoreApplication.translate("WelcomePage", "SMART goal"),
        QCoreApplication.translate("WelcomePage", "Why"),
        QCoreApplication.translate("WelcomePage", "Targets"),
        QCoreApplication.translate("WelcomePage", "Plan"),
        QCoreApplication.translate("WelcomePage", "Review"),
    )


class WelcomePage(DraftPage):
    def __init__(self, ctx: WizardContext) -> None:
        editing = ctx.draft.goal_id is not None
        until = (
            QCoreApplication.translate(
                "WelcomePage", "Change what you need; the goal stays as it was until you press “{finish}”."
            )
            if editing
            else QCoreApplication.translate(
                "WelcomePage", "About five minutes. Nothing is saved as a goal until you press “{finish}”."
            )
        )
        super().__init__(
            ctx,
            QCoreApplication.translate("WelcomePage", "Edit your goal")
            if editing
            else QCoreApplication.translate("WelcomePage", "Set a goal that means something"),
            until.format(finish=plain(finish_button())),
        )
        intro = wrap_label(
            QCoreApplication.translate(
                "WelcomePage",
                "This wizard takes you from “we post a lot” to one SMART goal:\n"
                "  1. the strategy the goal serves,\n"
                "  2. where you start today, read from your analytics,\n"
                "  3. a specific goal with a start and a deadline,\n"
                "  4. why it matters and who it must reach,\n"
                "  5. a realistic benchmark and a bold stretch target,\n"
                "  6. the weekly tasks that will get you there.\n\n"
                "Your answers are kept as you go: if you close the window, you can carry on later.",
            ),
            name="welcomeText",
        )
        self.body_layout.addWidget(intro)
        self.resume_button: QRadioButton | None = None
        self.fresh_button: QRadioButton | None = None
        pending = ctx.pending
        if pending is not None:
            when = pending.draft.title.strip() or pending.draft.strategy.statement.strip()
            names = page_names()
            page = names[min(max(pending.page, 0), len(names) - 1)]
            when = when if len(when) <= 70 else when[:69].rstrip() + "…"
            summary = (
                QCoreApplication.translate("WelcomePage", "“{goal}”, stopped at: {page}.").format(
                    goal=when, page=page
                )
                if when
                else QCoreApplication.translate("WelcomePage", "Stopped at: {page}.").format(page=page)
            )
            self.resume_button = QRadioButton(
                QCoreApplication.translate("WelcomePage", "&Resume where I left off")
            )
            self.resume_button.setObjectName("wizard.resume")
            self.fresh_button = QRadioButton(
                QCoreApplication.translate("WelcomePage", "Start &over with what is saved for this goal")
                if editing
                else QCoreApplication.translate("WelcomePage", "Start &over with a new goal")
            )
            self.fresh_button.setObjectName("wizard.start_over")
            for button in (self.resume_button, self.fresh_button):
                button.setAccessibleName(button.text().replace("&", ""))
            group = QButtonGroup(self)
            group.addButton(self.resume_button)
            group.addButton(self.fresh_button)
            self.resume_button.setChecked(True)
            self.body_layout.addWidget(
                wrap_label(QCoreApplication.translate("WelcomePage", "You have an unfinished goal."))
            )
            self.body_layout.addWidget(self.resume_button)
            resume_note = wrap_label(summary, name="resumeSummary")
            resume_note.setIndent(24)
            self.body_layout.addWidget(resume_note)
            self.body_layout.addWidget(self.fresh_button)
            self.resume_button.toggled.connect(lambda _checked: self.changed())
        self.finish_layout()
        # The draft to use when starting over: a copy of what the wizard was opened with.
        self._fresh = GoalDraft.from_json(ctx.draft.to_json())
        self.resume_page = 0
        # Which choice the current draft came from: coming back to this page and
        # pressing Next again must not throw away what was typed since.
        self._applied: bool | None = None

    @property
    def resuming(self) -> bool:
        return self.resume_button is not None and self.resume_button.isChecked()

    def validatePage(self) -> bool:
        pending = self.ctx.pending
        if self._applied is not None and self._applied == self.resuming:
            self.resume_page = 0
            return True
        self._applied = self.resuming
        if self.resuming and pending is not None:
            self.ctx.draft = GoalDraft.from_json(pending.draft.to_json())
            self.resume_page = pending.page
        else:
            self.ctx.draft = GoalDraft.from_json(self._fresh.to_json())
            self.resume_page = 0
        self.ctx.adopt_title()
        return True
