#pragma once

#include <QDialog>

class QTextBrowser;

namespace shuzai::ui {

// Help ▸ User guide: the guide bundled with the program (resources/guide/, Japanese or English
// after the installed language), with its screenshots; no network needed.
class GuideDialog : public QDialog {
    Q_OBJECT
public:
    explicit GuideDialog(QWidget *parent = nullptr);
    // One guide window per main window, raised when asked for again.
    static void showGuide(QWidget *window);
    QTextBrowser *browser() const { return m_browser; }
    // qrc:/guide/guide_ja.html or guide_en.html.
    static QUrl guideUrl();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    QTextBrowser *m_browser;
};

} // namespace shuzai::ui
