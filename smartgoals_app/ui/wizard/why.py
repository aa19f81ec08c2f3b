"""Page 5: why the goal matters (the method's fifth step)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from smartgoals_app.domain.validation import Errors, validate_why
from smartgoals_app.ui.wizard.common import DraftPage, WizardContext, hint_label, text_box


class WhyPage(DraftPage):
    def __init__(self, ctx: WizardContext) -> None:
        super().__init__(
            ctx,
            QCoreApplication.translate("WhyPage", "Why it matters"),
            QCoreApplication.translate(
                "WhyPage", "Writing the why down keeps you at the work, and shapes how you work."
            ),
        )
        form = self.new_form()
        self.why = text_box(3)
        self.add_field(
            form,
            QCoreApplication.translate("WhyPage", "The larger &purpose"),
            self.why,
            "goal.why",
            hint=QCoreApplication.translate(
                "WhyPage", "A book deal, a launch in six months, a reputation for service…"
            ),
        )
        self.impact = text_box(3)
        self.add_field(
            form,
            QCoreApplication.translate("WhyPage", "&Impact of success or failure"),
            self.impact,
            "goal.impact",
        )
        self.audience = text_box(2)
        self.add_field(
            form,
            QCoreApplication.translate("WhyPage", "The &audience it must reach"),
            self.audience,
            "goal.audience",
            hint=QCoreApplication.translate(
                "WhyPage", "A targeted group, not just more people: who exactly should act?"
            ),
        )
        self.body_layout.addWidget(
            hint_label(
                QCoreApplication.translate(
                    "WhyPage",
                    "Because the purpose is what counts, shortcuts such as buying followers defeat it: "
                    "they add numbers, not the people who act.",
                )
            )
        )
        self.finish_layout()
        self.bind_box(self.why, lambda text: setattr(self.draft, "why", text))
        self.bind_box(self.impact, lambda text: setattr(self.draft, "impact", text))
        self.bind_box(self.audience, lambda text: setattr(self.draft, "audience", text))

    def load(self) -> None:
        self.why.setPlainText(self.draft.why)
        self.impact.setPlainText(self.draft.impact)
        self.audience.setPlainText(self.draft.audience)

    def domain_errors(self) -> Errors:
        return validate_why(self.draft)
