// The mailbox dialog and the status bar's indicator against a real Dovecot on 127.0.0.1: the
// editor enters the account, fetches, sees what came in; a wrong password leaves nothing behind;
// the automatic fetch's interval is kept.
#include "calendarwindow.h"
#include "common/messagebox.h"
#include "dovecotserver.h"
#include "mailbox/mailboxdialog.h"
#include "mailbox/mailboxindicator.h"
#include "mailbox/mailboxsession.h"
#include "services/mailboxservice.h"
#include "services/rosterservice.h"
#include "shell/mailboxactions.h"
#include "testworkspace.h"
#include "util/appsettings.h"
#include "util/datetext.h"
#include "util/translations.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStatusBar>
#include <QTimer>

using namespace shuzai;
using namespace shuzai::ui;

namespace {

QByteArray mail(const QString &from, const QString &subject, const QString &body)
{
    QByteArray m = "From: " + from.toUtf8() + "\r\nTo: tanaka@shuzai.example\r\n";
    m += "Subject: =?UTF-8?B?" + subject.toUtf8().toBase64() + "?=\r\n";
    m += "Date: Wed, 20 May 2026 11:00:00 +0900\r\n";
    m += "Message-ID: <" + QByteArray::number(qHash(body)) + ".gui@example.jp>\r\n";
    m += "MIME-Version: 1.0\r\nContent-Type: text/plain; charset=UTF-8\r\n"
         "Content-Transfer-Encoding: 8bit\r\n\r\n";
    m += body.toUtf8() + "\r\n";
    return m;
}

struct Editor {
    Editor()
    {
        i18n::install(QStringLiteral("en"));
        appSettings().clear();
        ws.clock.set(QDateTime(QDate(2026, 5, 20), QTime(3, 0), Qt::UTC));
        addPerson(QStringLiteral("佐藤"), QStringLiteral("sato@example.co.jp"));
        addPerson(QStringLiteral("鈴木"), QStringLiteral("suzuki@example.jp"));
    }
    ~Editor() { appSettings().clear(); }
    void addPerson(const QString &family, const QString &email)
    {
        IntervieweeData d;
        d.categoryId = 2;
        d.familyName = family;
        d.givenName = QStringLiteral("花子");
        d.email = email;
        EXPECT_TRUE(ws->roster().add(1, d));
    }
    template <typename T> T *find(const char *name)
    {
        T *w = dialog.findChild<T *>(QLatin1String(name));
        EXPECT_TRUE(w) << name;
        return w;
    }
    void fillIn(const QString &password)
    {
        find<QLineEdit>("mailboxServer")->setText(QStringLiteral("127.0.0.1"));
        find<QSpinBox>("mailboxPort")->setValue(server.port);
        find<QLineEdit>("mailboxLogin")->setText(QStringLiteral("editor"));
        find<QLineEdit>("mailboxPassword")->setText(password);
        find<QLineEdit>("mailboxCaFile")->setText(server.caFile());
    }
    QString result() { return find<QLabel>("mailboxResult")->text(); }

    test::TestWorkspace ws;
    test::DovecotServer server;
    MailboxSession session{*ws};
    MailboxIndicator indicator{session};
    MailboxDialog dialog{session};
};

} // namespace

TEST(MailboxGui, TheEditorEntersTheAccountFetchesAndTheIndicatorShowsWhatCame)
{
    Editor e;
    EXPECT_EQ(e.indicator.text(), QStringLiteral("Mail: not set up"));
    e.server.append({mail(QStringLiteral("佐藤 <sato@example.co.jp>"), QStringLiteral("Re: 取材"),
                          QStringLiteral("28日（水）の15時からでお願いします。")),
                     mail(QStringLiteral("suzuki@example.jp"), QStringLiteral("Re: 取材"),
                          QStringLiteral("水曜の午後なら伺えます。")),
                     mail(QStringLiteral("news@example.net"), QStringLiteral("お知らせ"),
                          QStringLiteral("広告です"))});
    e.fillIn(QStringLiteral("secret"));
    ASSERT_TRUE(e.dialog.fetchNow()) << e.result().toStdString();
    // (The English plural forms come from translations/shuzai_en.ts.)
    EXPECT_TRUE(e.result().startsWith(QStringLiteral("3 new message"))) << e.result().toStdString();
    EXPECT_TRUE(e.result().contains(QStringLiteral("(2 matched to interviewees).")))
        << e.result().toStdString();
    // The account is saved; no keychain in the tests, so the password is kept for the session
    // and the dialog says so.
    const ImapSettings saved = ImapSettings::load(appSettings());
    EXPECT_EQ(saved.host, QStringLiteral("127.0.0.1"));
    EXPECT_EQ(saved.port, e.server.port);
    EXPECT_EQ(saved.user, QStringLiteral("editor"));
    EXPECT_EQ(saved.caFile, e.server.caFile());
    EXPECT_TRUE(e.result().contains(QStringLiteral("until Shuzai closes")))
        << e.result().toStdString();
    EXPECT_TRUE(e.find<QLineEdit>("mailboxPassword")->text().isEmpty());
    EXPECT_EQ(e.ws->mailbox().messages(0)->size(), 3);
    // The last fetch in the display form, and the indicator with the count and the time.
    const QString when = datetext::shortDateTime(e.ws.clock.now());
    EXPECT_EQ(e.find<QLabel>("mailboxLastFetch")->text(), datetext::longDateTime(e.ws.clock.now()));
    EXPECT_EQ(e.indicator.text(), QStringLiteral("Mail: 2 new from interviewees · %1").arg(when))
        << e.indicator.text().toStdString();

    // The timer's fetch uses the saved account and the session's password, off the GUI thread.
    e.server.append({mail(QStringLiteral("sato@example.co.jp"), QStringLiteral("Re: 取材"),
                          QStringLiteral("追伸です。"))});
    e.ws.clock.set(e.ws.clock.now().addSecs(900));
    QSignalSpy finished(&e.session, &MailboxSession::fetchFinished);
    e.session.fetchInBackground();
    EXPECT_TRUE(e.session.isFetching());
    ASSERT_TRUE(finished.wait(30000));
    EXPECT_EQ(e.indicator.text(), QStringLiteral("Mail: 1 new from interviewees · %1")
                                      .arg(datetext::shortDateTime(e.ws.clock.now())))
        << e.indicator.text().toStdString();
    EXPECT_EQ(e.ws->mailbox().messages(0)->size(), 4);
}

TEST(MailboxGui, AWrongPasswordShowsTheErrorAndKeepsNothing)
{
    Editor e;
    e.server.append({mail(QStringLiteral("sato@example.co.jp"), QStringLiteral("Re: 取材"),
                          QStringLiteral("お願いします。"))});
    e.fillIn(QStringLiteral("not-the-password"));
    MessageBox::setNextAnswer(QMessageBox::Ok);
    EXPECT_FALSE(e.dialog.fetchNow());
    // A sentence, and the server's own words below it.
    EXPECT_TRUE(e.result().contains(QStringLiteral("127.0.0.1"))) << e.result().toStdString();
    EXPECT_FALSE(e.result().contains(QStringLiteral("Details"))) << e.result().toStdString();
    auto *detail = e.find<QLabel>("mailboxDetail");
    EXPECT_FALSE(detail->isHidden());
    EXPECT_TRUE(detail->text().startsWith(QStringLiteral("Details: ")))
        << detail->text().toStdString();
    EXPECT_TRUE(MessageBox::lastText().startsWith(e.result()));
    // Nothing kept: no account, no password, no messages; the indicator still says so.
    EXPECT_TRUE(ImapSettings::load(appSettings()).host.isEmpty());
    EXPECT_FALSE(e.session.password(e.server.settings()));
    EXPECT_TRUE(e.ws->mailbox().messages(0)->isEmpty());
    EXPECT_EQ(e.indicator.text(), QStringLiteral("Mail: not set up"));
    // Saved by another window (or the CLI) without a password here: the timer says so.
    ASSERT_TRUE(e.session.saveAccount(e.server.settings()));
    e.session.fetchInBackground();
    EXPECT_FALSE(e.session.isFetching());
    EXPECT_EQ(e.indicator.text(), QStringLiteral("Mail: password needed"));
    appSettings().clear();

    // The server gone: said as plainly.
    e.server.stop();
    e.fillIn(QStringLiteral("secret"));
    MessageBox::setNextAnswer(QMessageBox::Ok);
    EXPECT_FALSE(e.dialog.fetchNow());
    EXPECT_TRUE(e.result().contains(QStringLiteral("could not be reached")))
        << e.result().toStdString();
    EXPECT_TRUE(ImapSettings::load(appSettings()).host.isEmpty());
    e.server.port = 0; // stopped already
}

TEST(MailboxGui, AnUntrustedServerIsRefusedAndSaidSo)
{
    Editor e;
    e.fillIn(QStringLiteral("secret"));
    e.find<QLineEdit>("mailboxCaFile")->clear(); // the test server's own CA not trusted
    MessageBox::setNextAnswer(QMessageBox::Ok);
    EXPECT_FALSE(e.dialog.fetchNow());
    EXPECT_TRUE(e.result().contains(QStringLiteral("secure connection")))
        << e.result().toStdString();
    EXPECT_FALSE(e.find<QLabel>("mailboxDetail")->text().isEmpty());
    EXPECT_TRUE(ImapSettings::load(appSettings()).host.isEmpty());
}

TEST(MailboxGui, TheAutomaticFetchIntervalIsKept)
{
    Editor e;
    auto *interval = e.find<QComboBox>("mailboxInterval");
    ASSERT_EQ(interval->count(), 4);
    EXPECT_EQ(interval->currentData().toInt(), 0);
    EXPECT_FALSE(e.session.timer()->isActive());
    interval->setCurrentIndex(interval->findData(15));
    EXPECT_TRUE(interval->currentText().startsWith(QStringLiteral("Every 15 minute")));
    EXPECT_EQ(appSettings().value(QStringLiteral("mailbox/autoFetchMinutes")).toInt(), 15);
    EXPECT_TRUE(e.session.timer()->isActive());
    EXPECT_EQ(e.session.timer()->interval(), 15 * 60 * 1000);
    // The next start (a new window) runs the same timer, and the dialog shows the choice.
    MailboxSession again(*e.ws);
    EXPECT_TRUE(again.timer()->isActive());
    EXPECT_EQ(again.timer()->interval(), 15 * 60 * 1000);
    MailboxDialog reopened(again);
    EXPECT_EQ(reopened.findChild<QComboBox *>(QStringLiteral("mailboxInterval"))->currentData(),
              15);
    // Off again.
    interval->setCurrentIndex(interval->findData(0));
    EXPECT_FALSE(e.session.timer()->isActive());
}

TEST(MailboxGui, TheWindowHasAMenuEntryAndAStatusBarIndicatorThatOpenTheDialog)
{
    i18n::install(QStringLiteral("en"));
    appSettings().clear();
    test::CalendarWindow window;
    auto *indicator = window->statusBar()->findChild<MailboxIndicator *>();
    ASSERT_TRUE(indicator);
    EXPECT_EQ(indicator->text(), QStringLiteral("Mail: not set up"));
    // File ▸ Mailbox…
    QAction *open = nullptr;
    for (QAction *menu : window->menuBar()->actions()) {
        for (QAction *a : menu->menu() ? menu->menu()->actions() : QList<QAction *>()) {
            if (a->objectName() == QLatin1String("openMailbox"))
                open = a;
        }
    }
    ASSERT_TRUE(open);
    EXPECT_EQ(open->text(), QStringLiteral("&Mailbox…"));
    QString opened;
    {
        test::ModalAnswers answers({[&](QDialog *d) {
                                        opened = d->objectName();
                                        d->reject();
                                    },
                                    [&](QDialog *d) {
                                        opened += u' ' + d->objectName();
                                        d->reject();
                                    }});
        open->trigger();
        indicator->click();
    }
    EXPECT_EQ(opened, QStringLiteral("mailboxDialog mailboxDialog"));
}
