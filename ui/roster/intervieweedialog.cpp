#include "intervieweedialog.h"

#include "common/discardguard.h"
#include "common/zonepicker.h"
#include "readings/namereadings.h"
#include "util/japanesetext.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTimeZone>
#include <QVBoxLayout>

namespace shuzai::ui {

IntervieweeDialog::IntervieweeDialog(const Campaign &campaign, const IntervieweeData &initial,
                                     bool isNew, Submit submit, QWidget *parent)
    : QDialog(parent)
    , m_campaign(campaign)
    , m_isNew(isNew)
    , m_submit(std::move(submit))
{
    DiscardGuard::install(this); // Esc or Cancel on a changed form asks first
    build();
    retranslate();
    load(initial);
}

void IntervieweeDialog::build()
{
    setObjectName(QStringLiteral("intervieweeDialog"));
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    auto line = [&](const char *name) {
        auto *edit = new QLineEdit(this);
        edit->setObjectName(QLatin1String(name));
        return edit;
    };
    auto row = [&](const char *label, QWidget *field) {
        auto *l = new QLabel(this);
        l->setBuddy(field);
        m_labels.append({l, label});
        form->addRow(l, field);
    };
    auto pair = [&](QWidget *a, QWidget *b) {
        auto *box = new QWidget(this);
        auto *h = new QHBoxLayout(box);
        h->setContentsMargins(0, 0, 0, 0);
        h->addWidget(a);
        h->addWidget(b);
        return box;
    };

    m_category = new QComboBox(this);
    m_category->setObjectName(QStringLiteral("category"));
    for (const Category &c : m_campaign.categories)
        m_category->addItem(c.name, c.id);
    m_familyName = line("familyName");
    m_givenName = line("givenName");
    m_familyReading = line("familyReading");
    m_givenReading = line("givenReading");
    m_organisation = line("organisation");
    m_department = line("department");
    m_jobTitle = line("jobTitle");
    m_email = line("email");
    m_phone = line("phone");
    m_attribution = new QComboBox(this);
    m_attribution->setObjectName(QStringLiteral("attribution"));
    m_alias = line("alias");
    m_status = new QComboBox(this);
    m_status->setObjectName(QStringLiteral("status"));
    m_timeZone = new ZonePicker(this);
    m_timeZone->setObjectName(QStringLiteral("timeZone"));
    m_notes = new QPlainTextEdit(this);
    m_notes->setObjectName(QStringLiteral("notes"));
    m_notes->setTabChangesFocus(true);
    m_notes->setMinimumHeight(80);

    row(QT_TR_NOOP("&Category:"), m_category);
    row(QT_TR_NOOP("&Name (family, given):"), pair(m_familyName, m_givenName));
    row(QT_TR_NOOP("&Reading (katakana):"), pair(m_familyReading, m_givenReading));
    m_readingNote = new QLabel(this);
    m_readingNote->setObjectName(QStringLiteral("readingNote"));
    m_readingNote->setWordWrap(true);
    m_readingNote->setStyleSheet(QStringLiteral("color: palette(mid);"));
    m_readingNote->hide();
    form->addRow(QString(), m_readingNote);
    row(QT_TR_NOOP("&Organisation:"), m_organisation);
    row(QT_TR_NOOP("&Department:"), m_department);
    row(QT_TR_NOOP("&Title:"), m_jobTitle);
    row(QT_TR_NOOP("&E-mail:"), m_email);
    row(QT_TR_NOOP("&Phone:"), m_phone);
    row(QT_TR_NOOP("&Attribution:"), m_attribution);
    row(QT_TR_NOOP("A&lias when anonymous:"), m_alias);
    row(QT_TR_NOOP("&Status:"), m_status);
    row(QT_TR_NOOP("Time &zone (if not the campaign's):"), m_timeZone);
    row(QT_TR_NOOP("N&otes:"), m_notes);

    // Readings are typed with an IME that often gives hiragana: offer the katakana form.
    for (QLineEdit *reading : {m_familyReading, m_givenReading}) {
        connect(reading, &QLineEdit::editingFinished, reading, [reading] {
            const QString katakana =
                japanese::normalizeReading(japanese::hiraganaToKatakana(reading->text()));
            if (katakana != reading->text())
                reading->setText(katakana);
        });
    }

    // The reading is suggested as the name is typed (佐藤 → サトウ), for the user to correct.
    for (QLineEdit *name : {m_familyName, m_givenName})
        connect(name, &QLineEdit::textEdited, this, &IntervieweeDialog::suggestReadings);

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("error"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_error->hide();

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &IntervieweeDialog::trySubmit);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);
    setMinimumWidth(520);
}

void IntervieweeDialog::retranslate()
{
    setWindowTitle(m_isNew ? tr("Add interviewee") : tr("Edit interviewee"));
    for (const auto &[label, text] : m_labels)
        label->setText(tr(text));
    m_familyName->setPlaceholderText(tr("Family name"));
    m_givenName->setPlaceholderText(tr("Given name"));
    m_familyReading->setPlaceholderText(tr("e.g. ヤマダ"));
    m_givenReading->setPlaceholderText(tr("e.g. タロウ"));
    m_email->setPlaceholderText(tr("name@example.co.jp"));
    m_timeZone->setNoZoneChoice(tr("The campaign's zone"));

    const QVariant attribution = m_attribution->currentData();
    const QVariant status = m_status->currentData();
    m_attribution->clear();
    m_attribution->addItem(displayName(Attribution::Undecided), toCode(Attribution::Undecided));
    for (Attribution a : m_campaign.attributionOptions)
        m_attribution->addItem(displayName(a), toCode(a));
    m_status->clear();
    for (PipelineStatus s : allStatuses())
        m_status->addItem(displayName(s), toCode(s));
    if (attribution.isValid())
        m_attribution->setCurrentIndex(m_attribution->findData(attribution));
    if (status.isValid())
        m_status->setCurrentIndex(m_status->findData(status));
}

void IntervieweeDialog::suggestReadings()
{
    const NameReadings &readings = nameReadings();
    if (const auto problem = readings.unavailable()) {
        m_readingNote->setText(problem->message());
        m_readingNote->show();
        return;
    }
    bool suggested = false;
    const auto follow = [&](QLineEdit *nameEdit, QLineEdit *readingEdit, QString &last,
                            NamePart part) {
        if (!readingEdit->text().isEmpty() && readingEdit->text() != last)
            return; // typed by the user
        last = readings.reading(nameEdit->text(), part);
        readingEdit->setText(last);
        suggested = suggested || !last.isEmpty();
    };
    follow(m_familyName, m_familyReading, m_suggestedFamily, NamePart::Family);
    follow(m_givenName, m_givenReading, m_suggestedGiven, NamePart::Given);
    m_readingNote->setText(tr("Reading suggested from the name: correct it if it is read "
                              "otherwise."));
    m_readingNote->setVisible(suggested);
}

void IntervieweeDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void IntervieweeDialog::load(const IntervieweeData &d)
{
    const int category = m_category->findData(d.categoryId);
    m_category->setCurrentIndex(category >= 0 ? category : 0);
    m_familyName->setText(d.familyName);
    m_givenName->setText(d.givenName);
    m_familyReading->setText(d.familyReading);
    m_givenReading->setText(d.givenReading);
    m_organisation->setText(d.organisation);
    m_department->setText(d.department);
    m_jobTitle->setText(d.jobTitle);
    m_email->setText(d.email);
    m_phone->setText(d.phone);
    m_attribution->setCurrentIndex(std::max(0, m_attribution->findData(toCode(d.attribution))));
    m_status->setCurrentIndex(std::max(0, m_status->findData(toCode(d.status))));
    m_notes->setPlainText(d.notes);
    m_timeZone->setZoneId(d.timeZone.toUtf8());
    m_alias->setText(d.alias);
}

IntervieweeData IntervieweeDialog::data() const
{
    IntervieweeData d;
    d.categoryId = m_category->currentData().toLongLong();
    d.familyName = m_familyName->text();
    d.givenName = m_givenName->text();
    d.familyReading = m_familyReading->text();
    d.givenReading = m_givenReading->text();
    d.organisation = m_organisation->text();
    d.department = m_department->text();
    d.jobTitle = m_jobTitle->text();
    d.email = m_email->text();
    d.phone = m_phone->text();
    d.attribution = attributionFromCode(m_attribution->currentData().toString())
                        .value_or(Attribution::Undecided);
    d.status =
        statusFromCode(m_status->currentData().toString()).value_or(PipelineStatus::NotContacted);
    d.notes = m_notes->toPlainText();
    d.timeZone = QString::fromUtf8(m_timeZone->zoneId());
    d.alias = m_alias->text().trimmed();
    return d;
}

QWidget *IntervieweeDialog::fieldWidget(const QString &field) const
{
    if (field == QLatin1String("category"))
        return m_category;
    if (field == QLatin1String("attribution"))
        return m_attribution;
    if (field == QLatin1String("timeZone"))
        return m_timeZone;
    return field.isEmpty() ? nullptr : findChild<QWidget *>(field);
}

void IntervieweeDialog::showError(const Error &error)
{
    m_error->setText(error.message());
    m_error->show();
    for (QLineEdit *edit : findChildren<QLineEdit *>())
        edit->setStyleSheet(QString());
    if (QWidget *field = fieldWidget(error.field())) {
        if (auto *edit = qobject_cast<QLineEdit *>(field))
            edit->setStyleSheet(QStringLiteral("border: 1px solid #b00020;"));
        field->setFocus();
    }
}

void IntervieweeDialog::trySubmit()
{
    if (auto result = m_submit(data()); !result) {
        showError(result.error());
        return;
    }
    accept();
}

} // namespace shuzai::ui
