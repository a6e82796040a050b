"""The Afsluiting tab: planning the accountability conversations, then the verdicts and the
certificates."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from sioo_desk.services.changes import Changes, Kind
from sioo_desk.ui import accountability_page, certificates_page
from sioo_desk.ui.accountability_page import AccountabilityPage
from sioo_desk.ui.certificates_page import CertificatesPage
from sioo_desk.ui.live_view import Liveness

if TYPE_CHECKING:
    from sioo_desk.ui.context import ViewContext

# What either page shows (each page says what it reads, and why).
SHOWS: tuple[Kind, ...] = tuple(dict.fromkeys(certificates_page.SHOWS + accountability_page.SHOWS))


class ClosingView(QWidget):
    """One liveness for the tab; a change marks the pages it touches, and only the page in
    view reads again: the other does so when it is looked at."""

    def __init__(self, context: ViewContext) -> None:
        super().__init__()
        self.setObjectName("closingView")
        self.cohort_id: int | None = None
        self.accountability = AccountabilityPage(context)
        self.certificates = CertificatesPage(context)
        self.pages = QTabWidget()
        self.pages.setObjectName("closingPages")
        self.pages.setDocumentMode(True)
        self.pages.addTab(self.accountability, self.tr("Accountability conversations"))
        self.pages.addTab(self.certificates, self.tr("Verdicts and certificates"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 6, 12, 6)
        layout.addWidget(self.pages)
        self._stale: set[QWidget] = {self.accountability, self.certificates}
        self.pages.currentChanged.connect(lambda _i: self._show_page())
        self.liveness = Liveness(self, context, SHOWS, self.show_cohort, self._apply)

    def show_cohort(self, cohort_id: int | None) -> None:
        self.cohort_id = cohort_id
        self._stale = {self.accountability, self.certificates}
        self._show_page()

    def _apply(self, changes: Changes) -> None:
        for page, kinds in (
            (self.accountability, accountability_page.SHOWS),
            (self.certificates, certificates_page.SHOWS),
        ):
            if changes.touches(self.cohort_id, *kinds):
                self._stale.add(page)
        self._show_page()

    def _show_page(self) -> None:
        page = self.pages.currentWidget()
        if page not in self._stale or self.liveness.stale:
            return  # up to date, or the whole tab reads again when it is shown
        self._stale.discard(page)
        if page is self.accountability:
            self.accountability.show_cohort(self.cohort_id)
        else:
            self.certificates.show_cohort(self.cohort_id)
