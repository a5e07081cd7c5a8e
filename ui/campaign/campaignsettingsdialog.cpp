#include "campaignsettingsdialog.h"

#include "common/datefield.h"
#include "common/discardguard.h"
#include "common/zonepicker.h"
#include "domain/slotformat.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QVBoxLayout>

namespace shuzai::ui {

namespace {
QDateEdit *dateEdit(QWidget *parent, const QDate &date)
{
    auto *edit = new QDateEdit(date, parent);
    setUpDateField(edit);
    return edit;
}
} // namespace

CampaignSettingsDialog::CampaignSettingsDialog(const Campaign &c, Submit submit, QWidget *parent)
    : QDialog(parent)
    , m_submit(std::move(submit))
{
    DiscardGuard::install(this); // Esc or Cancel on a changed form asks first
    setWindowTitle(tr("Campaign settings"));
    m_title = new QLineEdit(c.title, this);
    m_publication = new QLineEdit(c.publication, this);
    m_publicationDate = dateEdit(this, c.publicationDate);
    m_windowStart = dateEdit(this, c.windowStart);
    m_windowEnd = dateEdit(this, c.windowEnd);
    m_minutes = new QSpinBox(this);
    m_minutes->setRange(10, 480);
    m_minutes->setSingleStep(15);
    m_minutes->setValue(c.interviewMinutes);
    m_minutes->setSuffix(tr(" min"));
    m_buffer = new QSpinBox(this);
    m_buffer->setRange(0, 240);
    m_buffer->setSingleStep(5);
    m_buffer->setValue(c.bufferMinutes);
    m_buffer->setSuffix(tr(" min"));
    m_followUpDays = new QSpinBox(this);
    m_followUpDays->setRange(1, 60);
    m_followUpDays->setValue(c.followUpDays);
    m_followUpDays->setSuffix(tr(" days"));
    m_reviewMargin = new QSpinBox(this);
    m_reviewMargin->setObjectName(QStringLiteral("reviewMargin"));
    m_reviewMargin->setRange(0, 60);
    m_reviewMargin->setValue(c.reviewMarginDays);
    m_reviewMargin->setSuffix(tr(" working days before publication"));
    m_online = new QCheckBox(displayName(InterviewMode::Online), this);
    m_online->setChecked(c.modes.contains(InterviewMode::Online));
    m_inPerson = new QCheckBox(displayName(InterviewMode::InPerson), this);
    m_inPerson->setChecked(c.modes.contains(InterviewMode::InPerson));
    m_timeZone = new ZonePicker(this);
    m_timeZone->setZoneId(c.timeZone.toUtf8());
    m_editorName = new QLineEdit(c.editorName, this);
    m_editorEmail = new QLineEdit(c.editorEmail, this);
    m_editorPhone = new QLineEdit(c.editorPhone, this);
    m_website = new QLineEdit(c.website, this);
    m_headingMark = new QLineEdit(c.letterHeadingMark, this);
    m_headingMark->setObjectName(QStringLiteral("letterHeadingMark"));
    m_headingMark->setMaxLength(4);
    m_headingMark->setToolTip(tr("A pair of brackets such as 【】 wraps each heading of the "
                                 "letter's text; any other mark, such as ■, is put before it."));
    m_listMark = new QLineEdit(c.letterListMark, this);
    m_listMark->setObjectName(QStringLiteral("letterListMark"));
    m_listMark->setMaxLength(4);
    m_listMark->setToolTip(tr("Put before each list item of the letter's text, such as ・ or -."));
    m_tentativeSlots = new QComboBox(this);
    m_tentativeSlots->setObjectName(QStringLiteral("tentativeSlots"));
    m_tentativeSlots->addItem(tr("Offered, marked as tentatively held"),
                              toCode(TentativeSlots::Mark));
    m_tentativeSlots->addItem(tr("Left out of letters"), toCode(TentativeSlots::Omit));
    m_tentativeSlots->setCurrentIndex(
        std::max(0, m_tentativeSlots->findData(toCode(c.tentativeSlots))));

    auto *window = new QWidget(this);
    auto *windowLayout = new QHBoxLayout(window);
    windowLayout->setContentsMargins(0, 0, 0, 0);
    windowLayout->addWidget(m_windowStart);
    //: Between the first and the last day of the interview window (Japanese: 〜).
    windowLayout->addWidget(new QLabel(tr("to"), window));
    windowLayout->addWidget(m_windowEnd);
    auto *modes = new QWidget(this);
    auto *modesLayout = new QHBoxLayout(modes);
    modesLayout->setContentsMargins(0, 0, 0, 0);
    modesLayout->addWidget(m_online);
    modesLayout->addWidget(m_inPerson);

    auto *slotBlock = new QLabel(candidateSlotBlock(c.windows), this);
    slotBlock->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *form = new QFormLayout;
    form->addRow(tr("&Title:"), m_title);
    form->addRow(tr("&Publication:"), m_publication);
    form->addRow(tr("Publication &date:"), m_publicationDate);
    form->addRow(tr("&Interview window:"), window);
    form->addRow(tr("Interview &length:"), m_minutes);
    form->addRow(tr("&Buffer between interviews:"), m_buffer);
    form->addRow(tr("Modes:"), modes);
    form->addRow(tr("Time &zone:"), m_timeZone);
    form->addRow(tr("Editor's &name:"), m_editorName);
    form->addRow(tr("Editor's &e-mail:"), m_editorEmail);
    form->addRow(tr("Editor's &phone:"), m_editorPhone);
    form->addRow(tr("&Website:"), m_website);
    form->addRow(tr("Letter &heading mark:"), m_headingMark);
    form->addRow(tr("Letter list &mark:"), m_listMark);
    form->addRow(tr("Tentati&vely held times:"), m_tentativeSlots);
    form->addRow(tr("&Follow up after:"), m_followUpDays);
    form->addRow(tr("&Review due:"), m_reviewMargin);
    form->addRow(tr("Candidate slots:"), slotBlock);

    m_error = new QLabel(this);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_error->hide();
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &CampaignSettingsDialog::trySubmit);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    setMinimumWidth(600);
}

CampaignSettings CampaignSettingsDialog::settings() const
{
    CampaignSettings s;
    s.title = m_title->text();
    s.publication = m_publication->text();
    s.publicationDate = m_publicationDate->date();
    s.windowStart = m_windowStart->date();
    s.windowEnd = m_windowEnd->date();
    s.interviewMinutes = m_minutes->value();
    s.bufferMinutes = m_buffer->value();
    s.followUpDays = m_followUpDays->value();
    s.reviewMarginDays = m_reviewMargin->value();
    if (m_online->isChecked())
        s.modes.append(InterviewMode::Online);
    if (m_inPerson->isChecked())
        s.modes.append(InterviewMode::InPerson);
    s.timeZone = QString::fromUtf8(m_timeZone->zoneId());
    s.editorName = m_editorName->text();
    s.editorEmail = m_editorEmail->text();
    s.editorPhone = m_editorPhone->text();
    s.website = m_website->text();
    s.letterHeadingMark = m_headingMark->text().trimmed();
    s.letterListMark = m_listMark->text().trimmed();
    s.tentativeSlots = tentativeSlotsFromCode(m_tentativeSlots->currentData().toString())
                           .value_or(TentativeSlots::Mark);
    return s;
}

void CampaignSettingsDialog::trySubmit()
{
    if (auto r = m_submit(settings()); !r) {
        m_error->setText(r.error().message());
        m_error->show();
        return;
    }
    accept();
}

} // namespace shuzai::ui
