"""File → Import…'s preview: what the file holds, how its columns are read, what applying would do.

With problems the Import button stays disabled and every problem is listed, by row and column, so the
facilitator can fix them all in the file in one go.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QListWidget,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from ...exchange import ImportPlan, headers
from ..editing.field_validation import problem_text
from ..forms import load_form, part

translate = QCoreApplication.translate



def kind_text(kind: str | None) -> str:
    if kind is None:
        return translate("ImportPreview", "nothing known")
    names = {
        "organisations": translate("ImportPreview", "organisations"),
        "participants": translate("ImportPreview", "participants"),
        "activities": translate("ImportPreview", "activities"),
        "attendance": translate("ImportPreview", "attendance"),
    }
    return names.get(kind, kind)


class ImportPreview:
    def __init__(self, plan: ImportPlan, parent: QWidget | None = None):
        self.plan = plan
        self.dialog: QDialog = load_form("import_dialog", parent)
        self.dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.file_label: QLabel = part(self.dialog, QLabel, "fileLabel")
        self.kinds_label: QLabel = part(self.dialog, QLabel, "kindsLabel")
        self.mapping: QTableWidget = part(self.dialog, QTableWidget, "mappingTable")
        self.outcome_label: QLabel = part(self.dialog, QLabel, "outcomeLabel")
        self.problem_list: QListWidget = part(self.dialog, QListWidget, "problemList")
        self.notes_label: QLabel = part(self.dialog, QLabel, "notesLabel")
        buttons: QDialogButtonBox = part(self.dialog, QDialogButtonBox, "buttonBox")
        self.import_button: QPushButton = buttons.addButton(
            translate("ImportPreview", "&Import"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.import_button.setObjectName("importButton")
        self.import_button.setAccessibleName(translate("ImportPreview", "Import"))
        self.cancel_button = buttons.button(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button.setAccessibleName(translate("ImportPreview", "Cancel"))
        self._fill()

    def _fill(self) -> None:
        plan = self.plan
        self.dialog.setWindowTitle(translate("ImportPreview", "Import “%1”").replace("%1", plan.path.name))
        self.file_label.setText(str(plan.path))
        sheets = [
            translate("ImportPreview", "%1: %2, %3 rows")
            .replace("%1", sheet.name).replace("%2", kind_text(sheet.kind)).replace("%3", str(sheet.rows))
            for sheet in plan.sheets
        ]
        self.kinds_label.setText("\n".join(sheets) or translate("ImportPreview", "Nothing the import knows."))

        # The field as the facilitator knows it (its header in an exported file), not its code name.
        rows = [
            (sheet.name, header, headers.field(sheet.kind, field).header if field and sheet.kind else field)
            for sheet in plan.sheets
            for header, field in sheet.columns
        ]
        self.mapping.setRowCount(len(rows))
        ignored = translate("ImportPreview", "ignored")
        for number, (sheet, header, field) in enumerate(rows):
            for column, text in enumerate((sheet, header, field or ignored)):
                item = QTableWidgetItem(text)
                if field is None:
                    item.setForeground(self.dialog.palette().placeholderText())
                self.mapping.setItem(number, column, item)
        header = self.mapping.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.mapping.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)

        if plan.problems:
            count = len(plan.problems)
            sentence = (translate("ImportPreview", "Nothing was imported. Fix this problem in the file and import it again.")
                        if count == 1 else
                        translate("ImportPreview", "Nothing was imported. Fix these %1 problems in the file and "
                                                   "import it again.").replace("%1", str(count)))
            self.outcome_label.setText(sentence)
            self.problem_list.addItems([problem_text(problem) for problem in plan.problems])
            self.problem_list.show()
            self.import_button.setEnabled(False)
            self.cancel_button.setText(translate("ImportPreview", "Close"))
            self.cancel_button.setDefault(True)
        else:
            self.problem_list.hide()
            self.outcome_label.setText(self.outcome_text())
            self.import_button.setEnabled(plan.row_count > 0)
            self.import_button.setDefault(True)
        notes = [problem_text(note) for note in plan.notes]
        self.notes_label.setText(translate("ImportPreview", "Notes:") + "\n" + "\n".join(f"• {n}" for n in notes)
                                 if notes else "")
        self.notes_label.setVisible(bool(notes))

    def outcome_text(self) -> str:
        preview = self.plan.preview or {}
        lines = [translate("ImportPreview", "What the import will do:")]
        for kind, counts in preview.items():
            if not counts.total:
                continue
            lines.append(
                translate("ImportPreview", "%1: %2 created, %3 updated, %4 unchanged")
                .replace("%1", kind_text(kind).capitalize()).replace("%2", str(counts.created))
                .replace("%3", str(counts.updated)).replace("%4", str(counts.unchanged))
            )
        if len(lines) == 1:
            lines.append(translate("ImportPreview", "Nothing to import."))
        return "\n".join(lines)

    def problems(self) -> list[str]:
        return [self.problem_list.item(i).text() for i in range(self.problem_list.count())]
