#pragma once

#include "domain/campaign.h"

#include <QDialog>

class QDateEdit;
class QLineEdit;
class QListWidget;
class QTimeEdit;
class QUndoStack;

namespace shuzai {
class Workspace;
}

namespace shuzai::ui {

// The campaign's candidate times (候補日時): add and remove, each change undoable.
class WindowsDialog : public QDialog {
    Q_OBJECT
public:
    WindowsDialog(Workspace &workspace, QUndoStack &undoStack, Id campaignId,
                  QWidget *parent = nullptr);

private:
    void reload();
    void add();
    void remove();

    Workspace &m_workspace;
    QUndoStack &m_undoStack;
    Id m_campaignId;
    QList<AvailabilityWindow> m_windows;
    QListWidget *m_list;
    QDateEdit *m_day;
    QTimeEdit *m_start;
    QTimeEdit *m_end;
    QLineEdit *m_note;
};

} // namespace shuzai::ui
