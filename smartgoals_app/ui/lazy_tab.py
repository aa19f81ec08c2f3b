"""A tab whose page is built when it is first shown or first asked for.

The first window shows the Goals tab: building the other tabs' pages (and importing
their modules) before it paints only delays what the user came to see."""

from __future__ import annotations

from collections.abc import Callable
from typing import Generic, TypeVar

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QVBoxLayout, QWidget

Page = TypeVar("Page", bound=QWidget)


class LazyTab(QWidget, Generic[Page]):
    """Holds the place of a page in a QTabWidget; ``page()`` builds it on first call,
    and the tab's first show calls it."""

    def __init__(self, build: Callable[[], Page], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._build: Callable[[], Page] | None = build
        self._page: Page | None = None
        self._waiting: list[Callable[[Page], object]] = []
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)

    @property
    def is_built(self) -> bool:
        return self._page is not None

    def page(self) -> Page:
        if self._page is None:
            assert self._build is not None
            page = self._build()
            self._build = None  # its closure may hold the whole window
            self._page = page
            self._layout.addWidget(page)
            if self.isVisible():  # shown by its parent before it existed
                page.show()
            waiting, self._waiting = self._waiting, []
            for then in waiting:
                then(page)
        return self._page

    def when_built(self, then: Callable[[Page], object]) -> None:
        """Call ``then`` with the page once it is built (at once if it is)."""
        if self._page is not None:
            then(self._page)
        else:
            self._waiting.append(then)

    def showEvent(self, event: QShowEvent) -> None:
        self.page()
        super().showEvent(event)
