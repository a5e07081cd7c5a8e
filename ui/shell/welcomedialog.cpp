#include "welcomedialog.h"

#include "common/dialogsize.h"
#include "util/appsettings.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QTextBrowser>
#include <QUrl>
#include <QVBoxLayout>

namespace shuzai::ui {

namespace {
const QString kShowAtStart = QStringLiteral("ui/welcomeAtStart");
}

bool WelcomeDialog::showAtStart()
{
    return appSettings().value(kShowAtStart, true).toBool();
}

QString WelcomeDialog::page()
{
    const auto step = [](const QString &screen, const QString &title, const QString &text) {
        return QStringLiteral(
                   "<p style=\"margin-left:16px\"><a href=\"screen:%1\"><b>%2</b></a><br>%3</p>")
            .arg(screen, title, text);
    };
    QString html = QStringLiteral("<h2>%1</h2><p>%2</p><p>%3</p>")
                       .arg(tr("Welcome to Shuzai"),
                            tr("Shuzai keeps an interview-based feature in one place: who you "
                               "ask, the request letters and replies, the interview times, the "
                               "transcripts and the interviewees' review, planned back from the "
                               "publication date."),
                            tr("A sample campaign is open: <i>a practical guide to small language "
                               "models for Japanese companies</i>, with interviewees in three "
                               "categories (researchers and developers, solution vendors, "
                               "adopting companies), each with its six questions. Try every step "
                               "on it; File ▸ Campaigns… starts your own."));
    html += step(QStringLiteral("roster"), tr("1. Interviewees"),
                 tr("Add the people you want to ask (Ctrl+N), with their reading and category; "
                    "adjust each one's questions."));
    html += step(QStringLiteral("roster"), tr("2. Request letters"),
                 tr("Write and send the formal request letter with the candidate times; record "
                    "each reply and the attribution the person chooses."));
    html += step(QStringLiteral("calendar"), tr("3. Calendar"),
                 tr("Book each 60-minute interview into a free slot: double-click a time. "
                    "Conflicts with the team's busy times are shown."));
    html += step(QStringLiteral("transcripts"), tr("4. Transcripts"),
                 tr("Attach the Zoom recording's transcript (WebVTT, SRT, text or .docx), name "
                    "the speakers, link answers to the questions and mark quotes."));
    html += step(QStringLiteral("search"), tr("5. Search"),
                 tr("Find any passage in every transcript, in Japanese (Ctrl+F)."));
    html += step(QStringLiteral("review"), tr("6. Review"),
                 tr("Send each interviewee the content to check, record their corrections and "
                    "their approval before the publication date."));
    html += QStringLiteral("<p>%1</p>")
                .arg(tr("The <a href=\"guide:\">user guide</a> (F1) explains every screen; "
                        "Help ▸ Keyboard shortcuts lists the keys."));
    return html;
}

WelcomeDialog::WelcomeDialog(QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("welcomeDialog"));
    setWindowTitle(tr("Welcome to Shuzai"));
    m_text = new QTextBrowser(this);
    m_text->setObjectName(QStringLiteral("welcomeText"));
    m_text->setOpenLinks(false);
    m_text->setHtml(page());
    connect(m_text, &QTextBrowser::anchorClicked, this, [this](const QUrl &url) {
        if (url.scheme() == QLatin1String("screen")) {
            emit openScreen(url.path());
            accept();
        } else if (url.scheme() == QLatin1String("guide")) {
            emit openGuide();
        }
    });
    m_showAtStart = new QCheckBox(tr("Show this page at start"), this);
    m_showAtStart->setObjectName(QStringLiteral("welcomeAtStart"));
    m_showAtStart->setChecked(showAtStart());
    connect(m_showAtStart, &QCheckBox::toggled, this,
            [](bool on) { appSettings().setValue(kShowAtStart, on); });
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_text);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_showAtStart);
    bottom->addStretch();
    bottom->addWidget(buttons);
    layout->addLayout(bottom);
    resizeWithinScreen(this, {660, 640});
}

} // namespace shuzai::ui
