"""The band above the participant table: which cohort, when, where, how full, how much
contact time its schedule plans."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from sioo_desk.domain.rules import CohortSize, ContactTime
from sioo_desk.services.cohorts import CohortSummary
from sioo_desk.ui import labels
from sioo_desk.ui.text import fill


class CohortHeader(QWidget):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.title = QLabel()
        self.title.setObjectName("cohortTitle")
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.subtitle = QLabel()
        self.subtitle.setObjectName("cohortSubtitle")
        self.subtitle.setWordWrap(True)
        self.size_badge = QLabel()
        self.size_badge.setObjectName("sizeBadge")
        self.contact = QLabel()
        self.contact.setObjectName("contactTime")
        for label in (self.size_badge, self.contact):
            label.setProperty("warning", False)  # before the first polish, so it costs nothing

        facts = QHBoxLayout()
        facts.setSpacing(12)
        facts.addWidget(self.size_badge)
        facts.addWidget(self.contact)
        facts.addStretch(1)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 6)
        layout.setSpacing(4)
        layout.addWidget(self.title)
        layout.addWidget(self.subtitle)
        layout.addLayout(facts)
        self.show_nothing()

    def show_nothing(self, archived: int = 0) -> None:
        """No cohort to show: what to do first. `archived`: how many are hidden in the archive."""
        self.title.setText(self.tr("No cohort"))
        self.subtitle.setText(
            self.tr(
                "Every cohort of this database is archived; View ▸ Show archived cohorts shows "
                "them again, Cohort ▸ New cohort… makes another."
            )
            if archived
            else self.tr(
                "This database holds no cohorts yet. Make the first one with Cohort ▸ New "
                "cohort… (its programme manager and signatory first, under Edit ▸ Staff…). To "
                "look around first, File ▸ Load demo data opens a separate demo database."
            )
        )
        self.size_badge.hide()
        self.contact.hide()

    def show_cohort(self, cohort: CohortSummary, contact: ContactTime) -> None:
        locale = QLocale()
        period = (
            f"{locale.toString(cohort.start, 'd MMMM yyyy')} – "
            f"{locale.toString(cohort.end, 'd MMMM yyyy')}"
            if cohort.start and cohort.end
            else self.tr("no dates yet")
        )
        self.title.setText(cohort.name)
        parts = (
            cohort.programme_title,
            cohort.location,
            period,
            labels.cohort_status(cohort.status),
        )
        self.subtitle.setText(" · ".join(p for p in parts if p))  # a new cohort has no place yet
        norms = cohort.norms
        size = cohort.size
        text = fill(
            self.tr("%1 of %2–%3 places taken"),
            cohort.places_taken,
            norms.min_participants,
            norms.max_participants,
        )
        if size is CohortSize.BELOW_MINIMUM:
            text += " · " + fill(self.tr("below the minimum of %1"), norms.min_participants)
        elif size is CohortSize.FULL:
            text += " · " + self.tr("full")
        elif size is CohortSize.OVER_MAXIMUM:
            text += " · " + fill(self.tr("over the maximum of %1"), norms.max_participants)
        self.size_badge.setText(text)
        _set_warning(self.size_badge, size in (CohortSize.BELOW_MINIMUM, CohortSize.OVER_MAXIMUM))
        self.size_badge.show()
        self.contact.setText(
            fill(
                self.tr(
                    "%1 half-days contact time, %2 outside working hours · %3 hours study load"
                ),
                contact.half_days,
                contact.outside_working_hours,
                contact.study_hours,
            )
        )
        off_norm = (
            contact.half_days != norms.contact_half_days
            or contact.outside_working_hours != norms.outside_working_hours_half_days
        )
        self.contact.setToolTip(
            "\n".join(contact.shortfall(norms))
            if off_norm
            else self.tr("As the programme promises.")
        )
        _set_warning(self.contact, off_norm)
        self.contact.show()


def _set_warning(label: QLabel, warning: bool) -> None:
    """The style sheet colours labels whose `warning` property is set; re-polish to apply,
    and only on a change, since polishing is one of the costlier steps before the first paint."""
    if label.property("warning") is warning:
        return
    label.setProperty("warning", warning)
    label.style().unpolish(label)
    label.style().polish(label)
