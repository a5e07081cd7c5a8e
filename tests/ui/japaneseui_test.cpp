// The running window switched to Japanese: every label of the program's own (menus, buttons,
// headers, group titles, placeholders, screen titles) is Japanese; Latin letters are left only
// in names and codes (SLM, Zoom, PDF, .ics, Ctrl+N) and in the user's own data.
#include "calendar/interviewdialog.h"
#include "calendar/windowsdialog.h"
#include "campaign/campaignmanagerdialog.h"
#include "campaign/campaignsettingsdialog.h"
#include "campaign/categoryeditordialog.h"
#include "campaign/letterimportdialog.h"
#include "outreach/letterdialog.h"
#include "outreach/replydialog.h"
#include "preferences/preferencesdialog.h"
#include "roster/intervieweedialog.h"
#include "services/campaignservice.h"
#include "services/interviewservice.h"
#include "services/rosterservice.h"
#include "services/transcriptservice.h"
#include "shell/mainwindow.h"
#include "shell/serverdialog.h"
#include "shell/welcomedialog.h"
#include "testworkspace.h"
#include "util/translations.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QRegularExpression>
#include <QSet>
#include <QTabWidget>
#include <QUndoStack>
#include <gtest/gtest.h>

using namespace shuzai;
using namespace shuzai::ui;

namespace {

// Words that stay in Latin letters in Japanese: product and format names, key names, codes.
const QSet<QString> &allowedWords()
{
    static const QSet<QString> words{
        QStringLiteral("Shuzai"),
        QStringLiteral("SLM"),
        QStringLiteral("Zoom"),
        QStringLiteral("PDF"),
        QStringLiteral("CalDAV"), // protocol names, as Japanese mail and calendar apps show them
        QStringLiteral("IMAP"),
        QStringLiteral("CSV"),
        QStringLiteral("JSON"),
        QStringLiteral("ics"),
        QStringLiteral("eml"),
        QStringLiteral("vtt"),
        QStringLiteral("srt"),
        QStringLiteral("docx"),
        QStringLiteral("txt"),
        QStringLiteral("VTT"),
        QStringLiteral("SRT"),
        QStringLiteral("Word"),
        QStringLiteral("Ctrl"),
        QStringLiteral("Shift"),
        QStringLiteral("Alt"),
        QStringLiteral("Del"),
        QStringLiteral("Esc"),
        QStringLiteral("URL"),
        QStringLiteral("SMTP"),
        QStringLiteral("TLS"),
        QStringLiteral("PostgreSQL"),
        QStringLiteral("SQLite"),
        QStringLiteral("Qt"),
        QStringLiteral("UTF"),
        QStringLiteral("ID"),
        QStringLiteral("AI"),
        QStringLiteral("LLM"),
        QStringLiteral("Markdown"),
        QStringLiteral("Web"),
        QStringLiteral("E"),
        QStringLiteral("OK"),
        QStringLiteral("Ins"),
        QStringLiteral("Tab"),
        // The language menu names each language in itself; the backup folder is called so.
        QStringLiteral("English"),
        QStringLiteral("backups"),
        // A zone is named with its offset (日本時間（UTC+09:00）); the letter template's own
        // placeholders (03-XXXX-XXXX) are the user's text.
        QStringLiteral("UTC"),
        QStringLiteral("HTML"),
        QStringLiteral("XXXX"),
    };
    return words;
}

// The Latin words of `text` no Japanese label should have: markup, paths, addresses and the
// allowed words taken out first.
QStringList strayLatinWords(QString text)
{
    text.remove(QRegularExpression(QStringLiteral("<[^>]*>")));
    text.remove(QRegularExpression(QStringLiteral("&[a-z]+;")));
    text.remove(QRegularExpression(QStringLiteral("\\(&[A-Za-z]\\)"))); // mnemonics: 開く(&O)
    text.remove(QRegularExpression(QStringLiteral("\\S*[/@]\\S*")));    // paths, addresses
    text.remove(QRegularExpression(QStringLiteral("\\bF\\d+\\b")));     // F1, F5
    QStringList stray;
    QRegularExpressionMatchIterator it =
        QRegularExpression(QStringLiteral("[A-Za-z]{2,}")).globalMatch(text);
    while (it.hasNext()) {
        const QString word = it.next().captured();
        if (!allowedWords().contains(word))
            stray.append(word);
    }
    return stray;
}

// The program's own texts shown by `root` and its children (not the data in the lists).
QList<std::pair<QString, QString>> chromeTexts(QWidget *root)
{
    QList<std::pair<QString, QString>> texts; // (where, text)
    const auto add = [&texts](const QObject *o, const QString &kind, const QString &text) {
        if (!text.trimmed().isEmpty()) {
            texts.append(
                {QStringLiteral("%1 %2 %3")
                     .arg(QString::fromLatin1(o->metaObject()->className()), o->objectName(), kind),
                 text});
        }
    };
    for (QAction *a : root->findChildren<QAction *>()) {
        if (!a->isSeparator()) {
            add(a, QStringLiteral("text"), a->text());
            add(a, QStringLiteral("tooltip"), a->toolTip());
        }
    }
    for (QAbstractButton *b : root->findChildren<QAbstractButton *>())
        add(b, QStringLiteral("text"), b->text());
    for (QGroupBox *g : root->findChildren<QGroupBox *>())
        add(g, QStringLiteral("title"), g->title());
    for (QLineEdit *e : root->findChildren<QLineEdit *>())
        add(e, QStringLiteral("placeholder"), e->placeholderText());
    for (QTabWidget *t : root->findChildren<QTabWidget *>()) {
        for (int i = 0; i < t->count(); ++i)
            add(t, QStringLiteral("tab"), t->tabText(i));
    }
    for (QMenu *m : root->findChildren<QMenu *>())
        add(m, QStringLiteral("title"), m->title());
    for (QAbstractItemView *v : root->findChildren<QAbstractItemView *>()) {
        QAbstractItemModel *model = v->model();
        if (!model || qobject_cast<QComboBox *>(v->parentWidget()))
            continue;
        for (int c = 0; c < model->columnCount(); ++c)
            add(v, QStringLiteral("header"), model->headerData(c, Qt::Horizontal).toString());
    }
    return texts;
}

} // namespace

TEST(JapaneseUi, NoLatinLabelIsLeftOnAnyScreenOnceSwitchedToJapanese)
{
    test::TestWorkspace database;
    i18n::install(QStringLiteral("en"));
    MainWindow window(std::move(database.workspace));
    window.resize(1366, 740);
    window.show();
    // Someone with an interview and a transcript, so the screens show their full selves.
    IntervieweeData d;
    d.categoryId = 2;
    d.familyName = QStringLiteral("佐藤");
    d.familyReading = QStringLiteral("サトウ");
    const Id person = window.workspace().roster().add(1, d)->id;
    Interview interview;
    interview.intervieweeId = person;
    const Id held = window.workspace().interviews().create(interview)->id;
    QFile vtt(QStringLiteral(SHUZAI_TEST_DATA "/transcripts/zoom-ja.vtt"));
    ASSERT_TRUE(vtt.open(QIODevice::ReadOnly));
    ASSERT_TRUE(window.workspace().transcripts().import(
        TranscriptImport{held, vtt.readAll(), QStringLiteral("zoom.vtt"), {}, true}));

    // Switched while running, as View ▸ Language does.
    ASSERT_TRUE(i18n::install(QStringLiteral("ja")));
    QStringList found;
    for (const QString screen :
         {QStringLiteral("roster"), QStringLiteral("calendar"), QStringLiteral("transcripts"),
          QStringLiteral("search"), QStringLiteral("matrix"), QStringLiteral("review"),
          QStringLiteral("dashboard"), QStringLiteral("audit")}) {
        window.showScreen(screen);
        QCoreApplication::processEvents();
    }
    QCoreApplication::processEvents();
    for (const auto &[where, text] : chromeTexts(&window)) {
        const QStringList stray = strayLatinWords(text);
        if (!stray.isEmpty())
            found.append(QStringLiteral("%1: “%2” (%3)").arg(where, text, stray.join(u' ')));
    }
    found.removeDuplicates();
    EXPECT_TRUE(found.isEmpty()) << found.size() << " labels:\n" << found.join(u'\n').toStdString();
    i18n::install(QStringLiteral("en"));
}

TEST(JapaneseUi, TheDialogsHaveNoLatinLabelInJapanese)
{
    test::TestWorkspace ws;
    QUndoStack undo;
    ASSERT_TRUE(i18n::install(QStringLiteral("ja")));
    const Campaign campaign = *ws->campaigns().load(1);
    IntervieweeData d;
    d.categoryId = 2;
    d.familyName = QStringLiteral("佐藤");
    d.familyReading = QStringLiteral("サトウ");
    const Interviewee person = *ws->roster().add(1, d);
    Interview booking;
    booking.intervieweeId = person.id;

    std::vector<std::unique_ptr<QWidget>> dialogs;
    dialogs.emplace_back(new IntervieweeDialog(campaign, d, true, {}));
    dialogs.emplace_back(new InterviewDialog(campaign, {person}, {}, booking, true));
    dialogs.emplace_back(new WindowsDialog(*ws, undo, 1));
    dialogs.emplace_back(new CampaignManagerDialog(*ws, undo));
    dialogs.emplace_back(new CampaignSettingsDialog(campaign, {}));
    dialogs.emplace_back(new CategoryEditorDialog(*ws, undo, 1));
    dialogs.emplace_back(new LetterImportDialog(*ws));
    dialogs.emplace_back(new LetterDialog(*ws, person.id, &undo));
    dialogs.emplace_back(new ReplyDialog(QStringLiteral("佐藤")));
    dialogs.emplace_back(new PreferencesDialog);
    dialogs.emplace_back(new ServerDialog);
    dialogs.emplace_back(new WelcomeDialog);
    QStringList found;
    for (const auto &dialog : dialogs) {
        dialog->show();
        QCoreApplication::processEvents();
        const QString name = QString::fromLatin1(dialog->metaObject()->className());
        QList<std::pair<QString, QString>> texts = chromeTexts(dialog.get());
        texts.append({QStringLiteral("window title"), dialog->windowTitle()});
        for (QLabel *label : dialog->findChildren<QLabel *>())
            texts.append({QStringLiteral("label"), label->text()});
        for (const auto &[where, text] : texts) {
            const QStringList stray = strayLatinWords(text);
            if (!stray.isEmpty()) {
                found.append(
                    QStringLiteral("%1 %2: “%3” (%4)").arg(name, where, text, stray.join(u' ')));
            }
        }
    }
    found.removeDuplicates();
    EXPECT_TRUE(found.isEmpty()) << found.size() << " labels:\n" << found.join(u'\n').toStdString();
    i18n::install(QStringLiteral("en"));
}
