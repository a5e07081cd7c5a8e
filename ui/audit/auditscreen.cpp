#include "auditscreen.h"

#include "auditlogmodel.h"
#include "common/datefield.h"
#include "common/emptystate.h"
#include "common/messagebox.h"
#include "common/savednotice.h"
#include "common/savepath.h"
#include "services/workspace.h"
#include "util/datetext.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace shuzai::ui {

AuditScreen::AuditScreen(ScreenContext context, QWidget *parent)
    : Screen(parent)
    , m_context(context)
    , m_model(new AuditLogModel(context.workspace, this))
    , m_action(new QComboBox(this))
    , m_actor(new QComboBox(this))
    , m_sinceEnabled(new QCheckBox(this))
    , m_since(new QDateEdit(this))
    , m_count(new QLabel(this))
    , m_export(new QPushButton(this))
    , m_view(new QTableView(this))
{
    setObjectName(QStringLiteral("auditScreen"));
    m_view->setObjectName(QStringLiteral("auditTable"));
    m_view->verticalHeader()->hide();
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setWordWrap(false);
    setUpDateField(m_since);
    m_since->setDate(
        m_context.workspace.clock().now().toTimeZone(datetext::displayZone()).date().addDays(-7));
    m_since->setEnabled(false);

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_action);
    filters->addWidget(m_actor);
    filters->addWidget(m_sinceEnabled);
    filters->addWidget(m_since);
    filters->addWidget(m_count, 1);
    filters->addWidget(m_export);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(m_view, 1);

    connect(m_action, &QComboBox::currentIndexChanged, this, &AuditScreen::applyFilter);
    connect(m_actor, &QComboBox::currentIndexChanged, this, &AuditScreen::applyFilter);
    connect(m_sinceEnabled, &QCheckBox::toggled, m_since, &QWidget::setEnabled);
    connect(m_sinceEnabled, &QCheckBox::toggled, this, &AuditScreen::applyFilter);
    connect(m_since, &QDateEdit::dateChanged, this, &AuditScreen::applyFilter);
    connect(m_export, &QPushButton::clicked, this, &AuditScreen::askWhereToExport);
    const auto count = [this] {
        m_count->setText(tr("%n change(s)", nullptr, m_model->rowCount()));
    };
    connect(m_model, &QAbstractItemModel::modelReset, this, count);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, count);
    // The log of a busy campaign runs to thousands of rows: the columns are fitted to a
    // hundred of them, not to a thousand (Qt's default), each time the log is read.
    m_view->horizontalHeader()->setResizeContentsPrecision(100);
    connect(m_model, &QAbstractItemModel::modelReset, m_view, [this] {
        for (int c = 0; c < AuditLogModel::Details; ++c)
            m_view->resizeColumnToContents(c);
    });
    connect(m_model, &AuditLogModel::loadFailed, this,
            [this](const QString &message) { MessageBox::critical(this, title(), message); });
    retranslate();
    EmptyState::attach(m_view, {[this] {
                                    return m_action->currentIndex() > 0 ||
                                                   m_actor->currentIndex() > 0 ||
                                                   m_sinceEnabled->isChecked()
                                               ? tr("No change matches the filter.")
                                               : tr("Nothing has been recorded yet. Every "
                                                    "letter, booking, edit and review step will "
                                                    "be listed here.");
                                },
                                {}});
}

QString AuditScreen::screenTitle()
{
    return tr("Audit log");
}

void AuditScreen::setCampaign(Id campaignId)
{
    m_campaignId = campaignId;
    applyFilter();
}

void AuditScreen::retranslate()
{
    const QSignalBlocker blockAction(m_action);
    const QSignalBlocker blockActor(m_actor);
    const QVariant action = m_action->currentData();
    const QVariant actor = m_actor->currentData();
    m_action->clear();
    m_action->addItem(tr("All changes"), QString());
    m_action->addItem(tr("Letters"), QStringLiteral("letter."));
    m_action->addItem(tr("Replies"), QStringLiteral("reply."));
    m_action->addItem(tr("Interviews"), QStringLiteral("interview."));
    m_action->addItem(tr("Transcripts"), QStringLiteral("transcript."));
    m_action->addItem(tr("Review"), QStringLiteral("review."));
    m_action->addItem(tr("Pipeline"), QStringLiteral("interviewee."));
    m_action->addItem(tr("Templates"), QStringLiteral("template."));
    m_action->addItem(tr("Campaigns"), QStringLiteral("campaign."));
    m_action->addItem(tr("Categories"), QStringLiteral("category."));
    m_action->addItem(tr("Template questions"), QStringLiteral("question."));
    m_action->setCurrentIndex(std::max(0, m_action->findData(action)));
    m_actor->clear();
    m_actor->addItem(tr("Everyone"), QString());
    if (auto users = m_context.workspace.users()) {
        for (const User &u : *users)
            m_actor->addItem(u.displayName, u.login);
    }
    m_actor->setCurrentIndex(std::max(0, m_actor->findData(actor)));
    m_sinceEnabled->setText(tr("Since"));
    m_export->setText(tr("&Export…"));
    // Hidden, the log waits: showEvent reloads it (the whole log at start-up was thousands of
    // rows nobody looked at).
    if (isVisible())
        m_model->reload();
    emit titleChanged();
}

void AuditScreen::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    Screen::changeEvent(event);
}

void AuditScreen::showEvent(QShowEvent *event)
{
    if (needsReloadOnShow()) {
        m_model->reload(); // the CLI or another window may have written meanwhile
        markLoaded();
    }
    Screen::showEvent(event);
}

void AuditScreen::setActionFilter(const QString &family)
{
    m_action->setCurrentIndex(std::max(0, m_action->findData(family)));
}

void AuditScreen::applyFilter()
{
    AuditFilter f;
    f.campaignId = m_campaignId;
    f.action = m_action->currentData().toString();
    f.actor = m_actor->currentData().toString();
    if (m_sinceEnabled->isChecked())
        f.since = m_since->date().startOfDay(datetext::displayZone());
    m_model->setFilter(f);
    markLoaded();
}

VoidResult AuditScreen::exportTo(const QString &path, AuditService::Format format)
{
    return m_context.workspace.audit().exportTo(path, m_model->filter(), format);
}

void AuditScreen::askWhereToExport()
{
    QString chosen;
    const QString path = askSavePath(this, tr("Export the audit log"), QStringLiteral("audit.csv"),
                                     tr("CSV (*.csv);;JSON (*.json)"), &chosen);
    if (path.isEmpty())
        return;
    const auto format = path.endsWith(QLatin1String(".json"), Qt::CaseInsensitive)
                            ? AuditService::Format::Json
                            : AuditService::Format::Csv;
    if (auto r = exportTo(path, format); !r)
        MessageBox::critical(this, tr("Export the audit log"), r.error().message());
    else
        announceSaved(this, path);
}

} // namespace shuzai::ui
