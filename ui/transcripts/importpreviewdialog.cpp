#include "importpreviewdialog.h"

#include "common/dialogsize.h"
#include "segmentmodel.h"
#include "transcripts/textdecoding.h"
#include "util/translations.h"

#include <QColor>
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
    // The close alternatives first, then every encoding one may pick.
    QStringList encodings = parsed.encodingCandidates;
    for (const QString &e : supportedEncodings()) {
        if (!encodings.contains(e))
            encodings.append(e);
    }
    for (const QString &e : encodings)
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
        new QLabel(speakers.isEmpty() ? tr("(none named)") : i18n::joinList(speakers), this));

    auto *sample = new QListWidget(this);
    sample->setObjectName(QStringLiteral("sample"));
    for (qsizetype i = 0; i < std::min<qsizetype>(8, parsed.segments.size()); ++i) {
        const ParsedSegment &s = parsed.segments.at(i);
        sample->addItem(QStringLiteral("%1  %2: %3")
                            .arg(SegmentModel::formatTime(s.startMs), s.speaker, s.text.left(120)));
    }
    auto *skipped = new QListWidget(this);
    skipped->setObjectName(QStringLiteral("skipped"));
    for (const SkippedPart &part : parsed.skipped) {
        const QString lines = part.lastLine > part.firstLine
                                  ? tr("Lines %1–%2").arg(part.firstLine).arg(part.lastLine)
                                  : tr("Line %1").arg(part.line);
        auto *item = new QListWidgetItem(tr("%1: %2 — %3").arg(lines, part.message(), part.excerpt),
                                         skipped);
        if (part.problem)
            item->setForeground(QColor(0xb0, 0x00, 0x20));
    }

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
        const int problems = int(parsed.problemCount());
        auto *title = new QLabel(
            problems > 0 ? tr("%n part(s) could not be read and will be skipped (in red); the "
                              "others are not transcript text:",
                              nullptr, problems)
                         : tr("Not transcript text (comments, header), not imported:"),
            this);
        title->setWordWrap(true);
        if (problems > 0)
            title->setStyleSheet(QStringLiteral("color: #b00020;"));
        layout->addWidget(title);
        layout->addWidget(skipped, 1);
    } else {
        skipped->hide();
    }
    layout->addWidget(buttons);
    resizeWithinScreen(this, {720, 520});
}

QString ImportPreviewDialog::chosenEncoding() const
{
    const QString chosen = m_encoding->currentData().toString();
    return chosen == m_detected ? QString() : chosen;
}

} // namespace shuzai::ui
