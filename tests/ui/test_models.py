"""Every model through Qt's model tester, without a window."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QAbstractItemModelTester

from sioo_desk.services.cohorts import list_cohorts
from sioo_desk.services.participants import list_participants
from sioo_desk.store.database import Database
from sioo_desk.ui.cohort_list_model import CohortIdRole, CohortListModel
from sioo_desk.ui.participant_table_model import (
    Column,
    ParticipantFilterProxy,
    ParticipantIdRole,
    ParticipantTableModel,
)
from tests.conftest import TODAY

FATAL = QAbstractItemModelTester.FailureReportingMode.Fatal


def test_cohort_list_model(qapp, demo_db: Database) -> None:  # type: ignore[no-untyped-def]
    model = CohortListModel()
    tester = QAbstractItemModelTester(model, FATAL)
    model.set_cohorts(list_cohorts(demo_db), TODAY)
    assert model.rowCount() == 2
    first = model.index(0)
    assert first.data().startswith("Leergang 2026–2027\n")
    assert "16 deelnemers" in first.data()
    assert first.data(Qt.ItemDataRole.FontRole).bold()  # running today
    assert model.index(1).data(Qt.ItemDataRole.FontRole) is None
    assert model.row_of(model.index(1).data(CohortIdRole)) == 1
    model.set_cohorts([], TODAY)
    assert model.rowCount() == 0
    del tester


def reference_rows(db: Database):  # type: ignore[no-untyped-def]
    reference = next(c for c in list_cohorts(db) if c.code == "HRM-2011")
    return list_participants(db, reference.id)


def test_participant_table_model(qapp, demo_db: Database) -> None:  # type: ignore[no-untyped-def]
    model = ParticipantTableModel()
    tester = QAbstractItemModelTester(model, FATAL)
    rows = reference_rows(demo_db)
    model.set_rows(rows)
    assert (model.rowCount(), model.columnCount()) == (18, len(Column))
    assert model.headerData(Column.NAME, Qt.Orientation.Horizontal) == "Naam"
    names = [model.index(r, Column.NAME).data() for r in range(model.rowCount())]
    assert names[1] == "Berg, Jan van der"
    statuses = {model.index(r, Column.STATUS).data() for r in range(model.rowCount())}
    assert statuses == {"Afgerond", "Teruggetrokken"}
    jan = model.index(1, Column.LEARNING_TEAM).data()
    assert jan == "Sophie de Vries"
    assert model.index(1, 0).data(ParticipantIdRole) == rows[1].id
    del tester


def test_proxy_sorts_the_dutch_way_and_filters(qapp, demo_db: Database) -> None:  # type: ignore[no-untyped-def]
    model = ParticipantTableModel()
    proxy = ParticipantFilterProxy()
    proxy.setSourceModel(model)
    tester = QAbstractItemModelTester(proxy, FATAL)
    model.set_rows(list(reversed(reference_rows(demo_db))))
    proxy.sort(Column.NAME, Qt.SortOrder.AscendingOrder)
    names = [proxy.index(r, Column.NAME).data() for r in range(proxy.rowCount())]
    assert names[:2] == ["Bakker, Kees", "Berg, Jan van der"] and names[-1] == "Yıldız, Şahin"
    proxy.sort(Column.MUNICIPALITY, Qt.SortOrder.AscendingOrder)
    assert proxy.index(0, Column.MUNICIPALITY).data() == "Almere"

    proxy.set_search_text("yildiz")  # diacritics folded
    assert [proxy.index(r, 0).data() for r in range(proxy.rowCount())] == ["Yıldız, Şahin"]
    proxy.set_search_text("utrecht")
    assert proxy.rowCount() == 2
    proxy.set_search_text("teruggetrokken")
    assert proxy.rowCount() == 1
    proxy.set_search_text("jan van der")  # the name as written, not only as filed
    assert proxy.rowCount() == 1
    proxy.set_search_text("")
    assert proxy.rowCount() == 18
    del tester
