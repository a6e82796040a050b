"""The pane beside the table: everything about the selected participant on one card."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QFormLayout, QLabel, QScrollArea, QVBoxLayout, QWidget

from sioo_desk.services.participants import ParticipantDetail
from sioo_desk.ui import labels
from sioo_desk.ui.text import fill


class ParticipantDetailPane(QScrollArea):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setFrameShape(QScrollArea.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        body = QWidget()
        body.setObjectName("detailBody")
        outer = QVBoxLayout(body)
        outer.setContentsMargins(14, 12, 14, 12)
        self.heading = QLabel()
        self.heading.setObjectName("detailHeading")
        self.heading.setWordWrap(True)
        self.salutation = QLabel()
        self.salutation.setObjectName("detailSalutation")
        outer.addWidget(self.heading)
        outer.addWidget(self.salutation)
        self.form = QFormLayout()
        self.form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.form_widget = QWidget()
        self.form_widget.setLayout(self.form)
        outer.addWidget(self.form_widget)
        outer.addStretch(1)
        self.setWidget(body)
        self.fields: dict[str, QLabel] = {}
        for key, caption in (
            ("initials", self.tr("Initials")),
            ("email", self.tr("E-mail")),
            ("phone", self.tr("Phone")),
            ("municipality", self.tr("Municipality")),
            ("job_title", self.tr("Job title")),
            ("manager", self.tr("Manager")),
            ("experience", self.tr("Experience")),
            ("education", self.tr("Education")),
            ("status", self.tr("Status")),
            ("learning_team", self.tr("Learning team")),
            ("group", self.tr("Consultation group")),
            ("coach", self.tr("Coach")),
            ("verdict", self.tr("Final result")),
        ):
            value = QLabel()
            value.setWordWrap(True)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.fields[key] = value
            self.form.addRow(caption + ":", value)
        self.show_nothing()

    def show_nothing(self) -> None:
        self.heading.setText(self.tr("No participant selected"))
        self.salutation.setText("")
        for value in self.fields.values():
            value.setText("")
        self.form_widget.hide()

    def show_participant(self, detail: ParticipantDetail) -> None:
        row = detail.row
        self.form_widget.show()
        self.heading.setText(row.name.display_name)
        self.salutation.setText(detail.salutation)
        status = labels.participant_status(row.status)
        if detail.withdrawn_on:
            status += " " + fill(
                self.tr("on %1"), QLocale().toString(detail.withdrawn_on, "d MMMM yyyy")
            )
            if detail.withdrawal_reason:
                status += f" — {detail.withdrawal_reason}"
        experience = ""
        if detail.years_experience is not None:
            experience = fill(
                self.tr("%1 years, of which %2 in HR"),
                detail.years_experience,
                detail.years_in_hr or 0,
            )
        values = {
            "initials": row.initials,
            "email": row.email,
            "phone": row.phone,
            "municipality": row.municipality,
            "job_title": row.job_title,
            "manager": detail.manager_name,
            "experience": experience,
            "education": labels.education_level(detail.education_level),
            "status": status,
            "learning_team": detail.partner_name or self.tr("—"),
            "group": detail.group_name or self.tr("—"),
            "coach": detail.coach_name or self.tr("—"),
            "verdict": labels.verdict(detail.verdict),
        }
        for key, text in values.items():
            self.fields[key].setText(text)
            self.fields[key].setToolTip(text)
