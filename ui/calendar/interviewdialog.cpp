#include "interviewdialog.h"

#include "calendarstyle.h"
#include "common/datefield.h"
#include "common/discardguard.h"
#include "util/datetext.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTimeEdit>
#include <QTimeZone>
#include <QVBoxLayout>

namespace shuzai::ui {

InterviewDialog::InterviewDialog(const Campaign &campaign, const QList<Interviewee> &people,
                                 const QList<User> &writers, const Interview &interview, bool isNew,
                                 QWidget *parent)
    : QDialog(parent)
    , m_campaign(campaign)
    , m_people(people)
    , m_original(interview)
    , m_person(new QComboBox(this))
    , m_date(new QDateEdit(this))
    , m_time(new QTimeEdit(this))
    , m_theirTime(new QLabel(this))
    , m_minutes(new QSpinBox(this))
    , m_mode(new QComboBox(this))
    , m_place(new QLineEdit(interview.place, this))
    , m_url(new QLineEdit(interview.meetingUrl, this))
    , m_writer(new QComboBox(this))
    , m_tentative(new QCheckBox(tr("Tentative (held until confirmed)"), this))
{
    DiscardGuard::install(this); // Esc or Cancel on a changed form asks first
    setObjectName(QStringLiteral("interviewDialog"));
    m_person->setObjectName(QStringLiteral("person"));
    setWindowTitle(isNew ? tr("Book interview") : tr("Interview"));
    for (const Interviewee &p : people)
        m_person->addItem(p.data.fullName(), p.id);
    m_person->setCurrentIndex(std::max(0, m_person->findData(interview.intervieweeId)));
    m_person->setEnabled(isNew);
    const QTimeZone zone(campaign.timeZone.toUtf8());
    const QDateTime local = interview.startsAt.isValid()
                                ? interview.startsAt.toTimeZone(zone)
                                : QDateTime(campaign.windowStart, QTime(10, 0), zone);
    setUpDateField(m_date);
    m_date->setDate(local.date());
    m_time->setDisplayFormat(QStringLiteral("HH:mm"));
    m_time->setTime(local.time());
    m_minutes->setRange(10, 480);
    m_minutes->setSingleStep(15);
    m_minutes->setValue(interview.minutes > 0 ? interview.minutes : campaign.interviewMinutes);
    m_minutes->setSuffix(tr(" min"));
    for (InterviewMode m : allModes())
        m_mode->addItem(displayName(m), toCode(m));
    m_mode->setCurrentIndex(std::max(0, m_mode->findData(toCode(interview.mode))));
    m_url->setPlaceholderText(QStringLiteral("https://zoom.us/j/…"));
    m_writer->addItem(tr("(not assigned)"), Id(0));
    for (const User &u : writers)
        m_writer->addItem(u.displayName, u.id);
    m_writer->setCurrentIndex(std::max(0, m_writer->findData(interview.writerId)));
    m_tentative->setChecked(interview.state == InterviewState::Tentative);
    m_tentative->setVisible(isNew);

    connect(m_date, &QDateEdit::dateChanged, this, &InterviewDialog::updateTheirTime);
    connect(m_time, &QTimeEdit::timeChanged, this, &InterviewDialog::updateTheirTime);
    connect(m_person, &QComboBox::currentIndexChanged, this, &InterviewDialog::updateTheirTime);

    auto *when = new QWidget(this);
    auto *whenLayout = new QHBoxLayout(when);
    whenLayout->setContentsMargins(0, 0, 0, 0);
    whenLayout->addWidget(m_date);
    whenLayout->addWidget(m_time);
    // The times are the campaign's: named when the user's own zone is another.
    if (zone != datetext::displayZone()) {
        auto *zoneLabel = new QLabel(datetext::zoneName(zone, local), when);
        zoneLabel->setObjectName(QStringLiteral("campaignZone"));
        whenLayout->addWidget(zoneLabel);
    }
    whenLayout->addStretch();

    auto *form = new QFormLayout;
    form->addRow(tr("Interviewee:"), m_person);
    form->addRow(tr("Date and time:"), when);
    form->addRow(QString(), m_theirTime);
    form->addRow(tr("Length:"), m_minutes);
    form->addRow(tr("Mode:"), m_mode);
    form->addRow(tr("Place:"), m_place);
    form->addRow(tr("Meeting URL:"), m_url);
    form->addRow(tr("Writer:"), m_writer);
    form->addRow(QString(), m_tentative);

    // The buttons say what they do: booking or saving, closing without a change, and (apart,
    // on the left) cancelling the interview itself.
    auto *buttons = new QDialogButtonBox(this);
    QPushButton *ok = buttons->addButton(QDialogButtonBox::Ok);
    ok->setText(isNew ? tr("Book") : tr("Save changes"));
    ok->setObjectName(QStringLiteral("acceptInterview"));
    ok->setDefault(true);
    buttons->addButton(isNew ? QDialogButtonBox::Cancel : QDialogButtonBox::Close);
    if (!isNew && interview.state != InterviewState::Cancelled) {
        QPushButton *cancel =
            buttons->addButton(tr("Cancel interview…"), QDialogButtonBox::DestructiveRole);
        cancel->setObjectName(QStringLiteral("cancelInterview"));
        connect(cancel, &QPushButton::clicked, this, [this] { done(CancelInterview); });
    }
    if (!isNew && interview.state == InterviewState::Tentative) {
        QPushButton *confirm =
            buttons->addButton(tr("Confirm booking"), QDialogButtonBox::ActionRole);
        confirm->setObjectName(QStringLiteral("confirmBooking"));
        connect(confirm, &QPushButton::clicked, this, [this] { done(ConfirmInterview); });
    }
    if (!isNew) {
        QPushButton *save =
            buttons->addButton(tr("Save invitation (.ics)…"), QDialogButtonBox::ActionRole);
        connect(save, &QPushButton::clicked, this, [this] { done(SaveInvitation); });
    }
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
    updateTheirTime();
}

void InterviewDialog::updateTheirTime()
{
    const Id person = m_person->currentData().toLongLong();
    QString zone;
    for (const Interviewee &p : m_people) {
        if (p.id == person)
            zone = p.data.timeZone;
    }
    if (zone.isEmpty() || zone == m_campaign.timeZone) {
        m_theirTime->hide();
        return;
    }
    const QTimeZone theirZone(zone.toUtf8());
    const QDateTime start = interview().startsAt;
    m_theirTime->setText(
        tr("For the interviewee: %1 (%2)")
            .arg(datetext::shortDateTime(start, theirZone), datetext::zoneName(theirZone, start)));
    m_theirTime->show();
}

Interview InterviewDialog::interview() const
{
    Interview i = m_original;
    i.intervieweeId = m_person->currentData().toLongLong();
    i.startsAt =
        QDateTime(m_date->date(), m_time->time(), QTimeZone(m_campaign.timeZone.toUtf8())).toUTC();
    i.minutes = m_minutes->value();
    i.mode = modeFromCode(m_mode->currentData().toString()).value_or(InterviewMode::Online);
    i.place = m_place->text();
    i.meetingUrl = m_url->text();
    i.writerId = m_writer->currentData().toLongLong();
    return i;
}

bool InterviewDialog::tentative() const
{
    return m_tentative->isChecked();
}

} // namespace shuzai::ui
