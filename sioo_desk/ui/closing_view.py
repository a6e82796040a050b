"""The Afsluiting tab: planning the accountability conversations, then the verdicts and the
certificates."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from sioo_desk.ui.accountability_page import AccountabilityPage
from sioo_desk.ui.certificates_page import CertificatesPage

if TYPE_CHECKING:
    from sioo_desk.ui.main_window import MainWindow


class ClosingView(QWidget):
    def __init__(self, window: MainWindow, undo_stack: QUndoStack) -> None:
        super().__init__()
        self.setObjectName("closingView")
        self.cohort_id: int | None = None
        self.accountability = AccountabilityPage(window, undo_stack)
        self.certificates = CertificatesPage(window, undo_stack)
        self.pages = QTabWidget()
        self.pages.setObjectName("closingPages")
        self.pages.setDocumentMode(True)
        self.pages.addTab(self.accountability, self.tr("Accountability conversations"))
        self.pages.addTab(self.certificates, self.tr("Verdicts and certificates"))
        self.pages.currentChanged.connect(lambda _i: self._show_page())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 6, 12, 6)
        layout.addWidget(self.pages)
        self._shown: dict[QWidget, int | None] = {}

    def show_cohort(self, cohort_id: int | None) -> None:
        self.cohort_id = cohort_id
        self._shown.clear()
        self._show_page()

    def _show_page(self) -> None:
        """Each page reads its data when it is looked at, once per cohort."""
        page = self.pages.currentWidget()
        if self._shown.get(page, -1) == self.cohort_id:
            return
        self._shown[page] = self.cohort_id
        if page is self.accountability:
            self.accountability.show_cohort(self.cohort_id)
        else:
            self.certificates.show_cohort(self.cohort_id)
