#pragma once

#include "domain/user.h"
#include "transcripts/transcript.h"

#include <QDialog>

class QComboBox;

namespace shuzai::ui {

// Who each speaker label of a transcript is: the interviewee, an interviewer (which user), or
// someone else.
class SpeakerDialog : public QDialog {
    Q_OBJECT
public:
    SpeakerDialog(const Transcript &transcript, const QList<User> &users,
                  QWidget *parent = nullptr);
    QList<SpeakerMapping> mappings() const;

private:
    struct Row {
        QString label;
        QComboBox *who;
    };
    QList<Row> m_rows;
};

} // namespace shuzai::ui
