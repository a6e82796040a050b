"""The yardstick: a bare PySide6 window that opens, paints once and quits."""

import time

STARTED = time.perf_counter()

from PySide6.QtCore import QEvent, QObject, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow  # noqa: E402


class FirstPaint(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint:
            print(f"{(time.perf_counter() - STARTED) * 1000:.0f} ms", flush=True)
            QTimer.singleShot(0, QApplication.quit)
            watched.removeEventFilter(self)
        return False


app = QApplication([])
window = QMainWindow()
label = QLabel("Sioo Desk")
window.setCentralWidget(label)
watcher = FirstPaint()
label.installEventFilter(watcher)
window.resize(1280, 780)
window.show()
app.exec()
