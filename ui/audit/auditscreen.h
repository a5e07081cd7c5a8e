#pragma once

#include "services/auditservice.h"
#include "shell/screen.h"

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QPushButton;
class QTableView;

namespace shuzai::ui {

class AuditLogModel;

// Who changed what and when, for the whole workbench: filterable, exportable, never editable.
class AuditScreen : public Screen {
    Q_OBJECT
public:
    explicit AuditScreen(ScreenContext context, QWidget *parent = nullptr);

    // The navigation's name for it, known before the screen is made.
    static QString screenTitle();
    QString title() const override { return screenTitle(); }
    void setCampaign(Id campaignId) override;
    AuditLogModel *model() const { return m_model; }
    // Narrows the list to one family of actions ("review.") or all (empty).
    void setActionFilter(const QString &family);
    VoidResult exportTo(const QString &path, AuditService::Format format);

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void retranslate();
    void applyFilter();
    void askWhereToExport();

    ScreenContext m_context;
    Id m_campaignId = 0;
    AuditLogModel *m_model;
    QComboBox *m_action;
    QComboBox *m_actor;
    QCheckBox *m_sinceEnabled;
    QDateEdit *m_since;
    QLabel *m_count;
    QPushButton *m_export;
    QTableView *m_view;
};

} // namespace shuzai::ui
