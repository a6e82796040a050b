"""The Cohort menu's own jobs on the cohort shown: make one, edit it, delete it while it is
empty, archive it or bring it back. Each goes through one undoable step."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMessageBox, QWidget

from sioo_desk.ui import failure
from sioo_desk.ui.form_edit import run_in_form
from sioo_desk.ui.text import fill

if TYPE_CHECKING:
    from sioo_desk.services.cohort_editing import CohortInput
    from sioo_desk.ui.cohort_dialog import CohortDialog
    from sioo_desk.ui.context import ViewContext

# The services that write and the dialog are imported when first used: nothing of them on the
# start-up path.


def new_cohort(context: ViewContext, parent: QWidget) -> CohortDialog:
    """The form for a new cohort; OK makes it (the navigator then shows it)."""
    from sioo_desk.services.cohort_editing import cohort_choices, create_cohort
    from sioo_desk.ui.cohort_dialog import CohortDialog

    def submit(data: CohortInput) -> None:
        refused = run_in_form(
            context,
            fill(
                QCoreApplication.translate("CohortActions", "new cohort %1"),
                " ".join(data.name.split()),
            ),
            lambda db: create_cohort(db, data),
        )
        if refused is not None:
            raise refused  # the form says what is wrong and stays open

    dialog = CohortDialog(parent, context.today, submit, cohort_choices(context.database))
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog


class CohortActions(QObject):
    def __init__(self, parent: QWidget, context: ViewContext) -> None:
        super().__init__(parent)
        self.widget = parent
        self.context = context
        self.edit_action = QAction(self.tr("&Edit cohort…"), parent)
        failure.connect_named(self.edit_action, self.edit)
        self.delete_action = QAction(self.tr("&Delete cohort"), parent)
        failure.connect_named(self.delete_action, self.delete)
        self.archive_action = QAction(self.tr("&Archive cohort"), parent)
        failure.connect_named(self.archive_action, self.toggle_archived)
        context.selection.cohort_changed.connect(lambda _id: self._enable())
        self._enable()

    def _enable(self) -> None:
        shown = self.context.selection.cohort_id is not None
        for action in (self.edit_action, self.delete_action, self.archive_action):
            action.setEnabled(shown)

    def follow(self) -> None:
        """Archive or bring back, as the cohort shown is; read when the menu opens rather than
        on every change of cohort."""
        self.archive_action.setText(
            self.tr("Bring back from the &archive")
            if self._archived()
            else self.tr("&Archive cohort")
        )

    def _archived(self) -> bool:
        from sioo_desk.domain.errors import SiooDeskError
        from sioo_desk.services.cohorts import get_cohort

        cohort_id = self.context.selection.cohort_id
        if cohort_id is None:
            return False
        try:
            return get_cohort(self.context.database, cohort_id).archived
        except SiooDeskError:
            return False

    def edit(self, cohort_id: int | None = None) -> CohortDialog | None:
        from sioo_desk.services.cohort_editing import cohort_choices, update_cohort
        from sioo_desk.ui.cohort_dialog import CohortDialog

        cohort_id = cohort_id or self.context.selection.cohort_id
        if cohort_id is None:
            return None
        choices = cohort_choices(self.context.database, cohort_id)
        shown = cohort_id

        def submit(data: CohortInput) -> None:
            refused = run_in_form(
                self.context,
                fill(self.tr("edit cohort %1"), " ".join(data.name.split())),
                lambda db: update_cohort(db, shown, data),
            )
            if refused is not None:
                raise refused

        dialog = CohortDialog(self.widget, self.context.today, submit, choices)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def delete(self, *, confirm: bool = True) -> bool:
        from sioo_desk.services.cohort_editing import delete_cohort
        from sioo_desk.services.cohorts import get_cohort

        cohort_id = self.context.selection.cohort_id
        if cohort_id is None:
            return False
        cohort = get_cohort(self.context.database, cohort_id)
        # With participants the step is refused, and says so: no question first.
        if (
            confirm
            and not cohort.participants
            and QMessageBox.question(
                self.widget,
                self.tr("Delete cohort"),
                fill(
                    self.tr(
                        "Delete %1, with its schedule and groups? You can undo this with Ctrl+Z."
                    ),
                    cohort.name,
                ),
            )
            != QMessageBox.StandardButton.Yes
        ):
            return False
        return self.context.run(
            fill(self.tr("delete cohort %1"), cohort.name),
            lambda db: delete_cohort(db, cohort_id),
            self.widget,
        )

    def toggle_archived(self) -> bool:
        from sioo_desk.services.cohort_editing import set_archived
        from sioo_desk.services.cohorts import get_cohort

        cohort_id = self.context.selection.cohort_id
        if cohort_id is None:
            return False
        cohort = get_cohort(self.context.database, cohort_id)
        archive = not cohort.archived
        return self.context.run(
            fill(
                self.tr("archive %1") if archive else self.tr("bring back %1 from the archive"),
                cohort.name,
            ),
            lambda db: set_archived(db, cohort_id, archive),
            self.widget,
        )
