#pragma once

#include <QDialog>

class QCheckBox;
class QTextBrowser;

namespace shuzai::ui {

// The first thing a new user sees: what the sample campaign is and the job's next steps, each a
// link to the screen where it is done. Shown at the first start, then from Help ▸ Welcome.
class WelcomeDialog : public QDialog {
    Q_OBJECT
public:
    explicit WelcomeDialog(QWidget *parent = nullptr);
    // True until the user unticks "Show at start".
    static bool showAtStart();
    QTextBrowser *browser() const { return m_text; }
    // The page's HTML in the installed language (the links are "screen:roster" and so on).
    static QString page();

signals:
    // A step's link: the screen's name (roster, calendar, transcripts, review, ...).
    void openScreen(const QString &name);
    void openGuide();

private:
    QTextBrowser *m_text;
    QCheckBox *m_showAtStart;
};

} // namespace shuzai::ui
