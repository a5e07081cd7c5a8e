#include "importpreviewdialog.h"

#include "segmentmodel.h"
#include "transcripts/textdecoding.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace shuzai::ui {

ImportPreviewDialog::ImportPreviewDialog(const QString &fileName, const ParsedTranscript &parsed,
                                         QWidget *parent)
    : QDialog(parent)
    , m_encoding(new QComboBox(this))
    , m_detected(parsed.encoding)
{
    setObjectName(QStringLiteral("importPreview"));
    setWindowTitle(tr("Import %1").arg(QFileInfo(fileName).fileName()));
    for (const QString &e : supportedEncodings())
        m_encoding->addItem(e, e);
    if (m_encoding->findData(parsed.encoding) < 0)
        m_encoding->addItem(parsed.encoding, parsed.encoding);
    m_encoding->setCurrentIndex(m_encoding->findData(parsed.encoding));
    m_encoding->setEnabled(parsed.format != QLatin1String("docx"));
    connect(m_encoding, &QComboBox::currentIndexChanged, this,
            [this] { emit encodingChanged(m_encoding->currentData().toString()); });

    QStringList speakers;
    for (const ParsedSegment &s : parsed.segments) {
        if (!s.speaker.isEmpty() && !speakers.contains(s.speaker))
            speakers.append(s.speaker);
    }
    auto *form = new QFormLayout;
    form->addRow(tr("Format:"), new QLabel(parsed.format.toUpper(), this));
    form->addRow(tr("Encoding:"), m_encoding);
    if (!parsed.encodingCertain) {
        auto *warning = new QLabel(
            tr("The encoding is a guess. Check the text below and choose another encoding if it "
               "looks wrong."),
            this);
        warning->setWordWrap(true);
        warning->setStyleSheet(QStringLiteral("color: #b00020;"));
        form->addRow(QString(), warning);
    }
    form->addRow(tr("Segments:"), new QLabel(QString::number(parsed.segments.size()), this));
    form->addRow(
        tr("Speakers:"),
        new QLabel(speakers.isEmpty() ? tr("(none named)") : speakers.join(QStringLiteral("、")),
                   this));

    auto *sample = new QListWidget(this);
    sample->setObjectName(QStringLiteral("sample"));
    for (qsizetype i = 0; i < std::min<qsizetype>(8, parsed.segments.size()); ++i) {
        const ParsedSegment &s = parsed.segments.at(i);
        sample->addItem(QStringLiteral("%1  %2: %3")
                            .arg(SegmentModel::formatTime(s.startMs), s.speaker, s.text.left(120)));
    }
    auto *skipped = new QListWidget(this);
    skipped->setObjectName(QStringLiteral("skipped"));
    for (const SkippedPart &part : parsed.skipped)
        skipped->addItem(tr("Line %1: %2 — %3").arg(part.line).arg(part.message(), part.excerpt));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton *import = buttons->addButton(tr("&Import"), QDialogButtonBox::AcceptRole);
    import->setObjectName(QStringLiteral("confirmImport"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(new QLabel(tr("Beginning of the transcript:"), this));
    layout->addWidget(sample, 2);
    if (!parsed.skipped.isEmpty()) {
        auto *title = new QLabel(
            tr("%n part(s) will be skipped:", nullptr, int(parsed.skipped.size())), this);
        title->setStyleSheet(QStringLiteral("color: #b00020;"));
        layout->addWidget(title);
        layout->addWidget(skipped, 1);
    } else {
        skipped->hide();
    }
    layout->addWidget(buttons);
    resize(720, 520);
}

QString ImportPreviewDialog::chosenEncoding() const
{
    const QString chosen = m_encoding->currentData().toString();
    return chosen == m_detected ? QString() : chosen;
}

} // namespace shuzai::ui
