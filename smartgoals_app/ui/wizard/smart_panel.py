"""The five SMART letters with pass / warn / fail and the domain's one-line reason."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel

from smartgoals_app.domain.smart import Finding
from smartgoals_app.ui.i18n import localize
from smartgoals_app.ui.theme import restyle, verdict_colour
from smartgoals_app.ui.wizard.common import verdict_mark


class SmartPanel(QFrame):
    LETTERS = ("S", "M", "A", "R", "T")

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("smartPanel")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAccessibleName(QCoreApplication.translate("SmartPanel", "SMART check"))
        grid = QGridLayout(self)
        grid.setColumnStretch(2, 1)
        self._name: dict[str, QLabel] = {}
        self._verdict: dict[str, QLabel] = {}
        self._reason: dict[str, QLabel] = {}
        for row, letter in enumerate(self.LETTERS):
            # The letter's name and verdict come with the first findings (before any page shows).
            name = QLabel()
            name.setObjectName(f"smart:{letter}:name")
            font = name.font()
            font.setBold(True)
            name.setFont(font)
            verdict = QLabel()
            verdict.setObjectName(f"smart:{letter}:verdict")
            reason = QLabel()
            reason.setObjectName(f"smart:{letter}:reason")
            reason.setWordWrap(True)
            reason.setTextFormat(Qt.TextFormat.PlainText)
            grid.addWidget(name, row, 0, Qt.AlignmentFlag.AlignTop)
            grid.addWidget(verdict, row, 1, Qt.AlignmentFlag.AlignTop)
            grid.addWidget(reason, row, 2)
            self._name[letter], self._verdict[letter], self._reason[letter] = name, verdict, reason

    def show_findings(self, findings: Sequence[Finding]) -> None:
        described: list[str] = []
        for finding in findings:
            name, reason, mark_text = (
                localize(finding.name),
                localize(finding.reason),
                verdict_mark(finding.verdict),
            )
            self._name[finding.letter].setText(name)
            mark = self._verdict[finding.letter]
            mark.setText(mark_text)
            restyle(mark, f"color: {verdict_colour(finding.verdict, self.palette())}; font-weight: bold;")
            self._reason[finding.letter].setText(reason)
            described.append(
                QCoreApplication.translate("SmartPanel", "{name}: {verdict}, {reason}").format(
                    name=name, verdict=mark_text, reason=reason
                )
            )
        self.setAccessibleDescription("; ".join(described))
