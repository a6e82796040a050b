"""The self-ratings of one frame as bars: per competence the intake, tussengesprek and end
side by side on the 1–5 scale, in the colours the portfolio PDF uses."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent
from PySide6.QtWidgets import QWidget

from sioo_desk.domain.enums import RatingMoment
from sioo_desk.services.portfolio import MOMENT_NAMES

COLOURS = {
    RatingMoment.INTAKE: QColor("#9dc3e6"),
    RatingMoment.MIDTERM: QColor("#2e75b6"),
    RatingMoment.END: QColor("#1f4e79"),
}
ROW = 26
LABEL = 260


class RatingChart(QWidget):
    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("ratingChart")
        self.rows: list[tuple[str, dict[RatingMoment, int]]] = []

    def show_scores(self, rows: list[tuple[str, dict[RatingMoment, int]]]) -> None:
        self.rows = rows
        self.setMinimumHeight(self.sizeHint().height())
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(600, ROW * len(self.rows) + 44)

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        plot = max(60, self.width() - LABEL - 16)
        grid = QColor("#d0d0d0")
        bottom = ROW * len(self.rows) + 6
        for tick in range(1, 6):
            x = LABEL + plot * tick / 5
            painter.setPen(grid)
            painter.drawLine(int(x), 4, int(x), bottom)
            painter.setPen(self.palette().text().color())
            painter.drawText(
                QRectF(x - 10, bottom + 2, 20, 14), Qt.AlignmentFlag.AlignCenter, str(tick)
            )
        bar = (ROW - 6) / len(RatingMoment)
        for row, (name, scores) in enumerate(self.rows):
            top = 6 + row * ROW
            painter.setPen(self.palette().text().color())
            painter.drawText(
                QRectF(0, top, LABEL - 8, ROW - 6),
                Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight,
                painter.fontMetrics().elidedText(name, Qt.TextElideMode.ElideRight, LABEL - 8),
            )
            for n, moment in enumerate(RatingMoment):
                score = scores.get(moment)
                if score:
                    painter.fillRect(
                        QRectF(LABEL, top + n * bar, plot * score / 5, bar - 1), COLOURS[moment]
                    )
        x = LABEL
        for moment in RatingMoment:
            painter.fillRect(QRectF(x, bottom + 22, 10, 10), COLOURS[moment])
            painter.setPen(self.palette().text().color())
            painter.drawText(
                QRectF(x + 14, bottom + 18, 110, 18),
                Qt.AlignmentFlag.AlignVCenter,
                MOMENT_NAMES[moment],
            )
            x += 120
        painter.end()
