#include "speakerdialog.h"

#include "common/discardguard.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace shuzai::ui {

SpeakerDialog::SpeakerDialog(const Transcript &transcript, const QList<User> &users,
                             QWidget *parent)
    : QDialog(parent)
{
    DiscardGuard::install(this); // Esc or Cancel on a changed form asks first
    setWindowTitle(tr("Speakers of %1").arg(transcript.sourceName));
    auto *form = new QFormLayout;
    for (const QString &label : transcript.speakerLabels()) {
        auto *who = new QComboBox(this);
        // Data: "role" or "interviewer:<user id>".
        who->addItem(tr("Interviewee"), QStringLiteral("interviewee"));
        who->addItem(tr("Interviewer"), QStringLiteral("interviewer"));
        for (const User &u : users) {
            who->addItem(tr("Interviewer: %1").arg(u.displayName),
                         QStringLiteral("interviewer:%1").arg(u.id));
        }
        who->addItem(tr("Someone else"), QStringLiteral("other"));
        for (const SpeakerMapping &m : transcript.speakers) {
            if (m.label != label)
                continue;
            const QString key =
                m.userId ? QStringLiteral("interviewer:%1").arg(m.userId) : toCode(m.role);
            who->setCurrentIndex(std::max(0, who->findData(key)));
        }
        form->addRow(label, who);
        m_rows.append({label, who});
    }
    if (m_rows.isEmpty())
        form->addRow(new QLabel(tr("The transcript names no speakers."), this));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
}

QList<SpeakerMapping> SpeakerDialog::mappings() const
{
    QList<SpeakerMapping> out;
    for (const Row &row : m_rows) {
        const QString data = row.who->currentData().toString();
        SpeakerMapping m{row.label,
                         speakerRoleFromCode(data.section(u':', 0, 0)).value_or(SpeakerRole::Other),
                         0};
        m.userId = data.section(u':', 1).toLongLong();
        out.append(m);
    }
    return out;
}

} // namespace shuzai::ui
