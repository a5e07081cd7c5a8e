#pragma once

#include "transcripts/parsedtranscript.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QListWidget;

namespace shuzai::ui {

// What an import would store: format, encoding (changeable when detection was unsure), the
// speakers, the first segments, and every part that would be skipped with its line number.
class ImportPreviewDialog : public QDialog {
    Q_OBJECT
public:
    ImportPreviewDialog(const QString &fileName, const ParsedTranscript &parsed,
                        QWidget *parent = nullptr);

    // Empty: keep the detected encoding; else the one the user chose (re-parse with it).
    QString chosenEncoding() const;

signals:
    void encodingChanged(const QString &encoding);

private:
    QComboBox *m_encoding;
    QString m_detected;
};

} // namespace shuzai::ui
