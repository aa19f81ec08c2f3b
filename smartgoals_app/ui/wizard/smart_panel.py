"""The five SMART letters with pass / warn / fail and the domain's one-line reason."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel

from smartgoals_app.domain.smart import Finding
from smartgoals_app.ui.wizard.common import VERDICT_COLOUR, VERDICT_MARK, colour


class SmartPanel(QFrame):
    LETTERS = ("S", "M", "A", "R", "T")

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("smartPanel")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAccessibleName("SMART check")
        grid = QGridLayout(self)
        grid.setColumnStretch(2, 1)
        self._name: dict[str, QLabel] = {}
        self._verdict: dict[str, QLabel] = {}
        self._reason: dict[str, QLabel] = {}
        for row, letter in enumerate(self.LETTERS):
            name = QLabel(letter)
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
        for finding in findings:
            self._name[finding.letter].setText(finding.name)
            mark = self._verdict[finding.letter]
            mark.setText(VERDICT_MARK[finding.verdict])
            mark.setStyleSheet(f"color: {colour(self, VERDICT_COLOUR[finding.verdict])}; font-weight: bold;")
            self._reason[finding.letter].setText(finding.reason)
        self.setAccessibleDescription(
            "; ".join(f"{f.name}: {VERDICT_MARK[f.verdict]}, {f.reason}" for f in findings)
        )

    def verdict_text(self, letter: str) -> str:
        return self._verdict[letter].text()

    def reason_text(self, letter: str) -> str:
        return self._reason[letter].text()
