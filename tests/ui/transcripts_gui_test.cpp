#include "answers/answermatrixmodel.h"
#include "answers/matrixscreen.h"
#include "common/lazyrowfitter.h"
#include "common/messagebox.h"
#include "search/searchresultmodel.h"
#include "search/searchscreen.h"
#include "services/interviewservice.h"
#include "services/rosterservice.h"
#include "services/transcriptservice.h"
#include "shell/mainwindow.h"
#include "testworkspace.h"
#include "transcripts/segmentmodel.h"
#include "transcripts/transcriptsscreen.h"
#include "transcripts/transcriptview.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFile>
#include <QListWidget>
#include <QProgressDialog>
#include <QPushButton>
#include <QTableView>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

using namespace shuzai;
using namespace shuzai::ui;

namespace {
QString data(const char *relative)
{
    return QStringLiteral(SHUZAI_TEST_DATA "/") + QLatin1String(relative);
}

// A window on a database with 佐藤 花子 (vendor) and one interview.
struct Desk {
    Desk()
    {
        // On whichever engine the run uses (a private server under with-postgres.sh).
        window = new MainWindow(std::move(database.workspace));
        window->show();
        IntervieweeData d;
        d.categoryId = 2;
        d.familyName = QStringLiteral("佐藤");
        d.givenName = QStringLiteral("花子");
        d.familyReading = QStringLiteral("サトウ");
        person = ws().roster().add(1, d)->id;
        Interview i;
        i.intervieweeId = person;
        interview = ws().interviews().create(i)->id;
        screen = window->transcriptsScreen();
    }
    ~Desk() { delete window; }
    test::TestWorkspace database;
    Workspace &ws() { return window->workspace(); }

    // Confirms (or inspects, then confirms) the preview dialog once it is open.
    // (Reading the file runs first, in the background: the preview comes when it is done.)
    void whenPreviewOpens(std::function<void(QDialog *)> inspect = {})
    {
        auto *poll = new QTimer;
        auto *waited = new int(0);
        QObject::connect(poll, &QTimer::timeout, [poll, waited, inspect] {
            auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
            if (!dialog || dialog->objectName() != QStringLiteral("importPreview")) {
                if (++*waited > 1000) { // 20 s
                    ADD_FAILURE() << "no import preview";
                    poll->deleteLater();
                    delete waited;
                }
                return;
            }
            poll->stop();
            poll->deleteLater();
            delete waited;
            if (inspect)
                inspect(dialog);
            dialog->findChild<QPushButton *>(QStringLiteral("confirmImport"))->click();
        });
        poll->start(20);
    }

    QTemporaryDir dir;
    test::FakeClock clock;
    MainWindow *window = nullptr;
    TranscriptsScreen *screen = nullptr;
    Id person = 0;
    Id interview = 0;
};
} // namespace

TEST(TranscriptsGui, ImportShowsAPreviewThenTheTranscript)
{
    Desk desk;
    desk.whenPreviewOpens();
    const Id transcript = desk.screen->importFile(desk.interview, data("transcripts/zoom-ja.vtt"));
    ASSERT_NE(transcript, 0);
    SegmentModel *model = desk.screen->view()->model();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    EXPECT_EQ(model->transcriptId(), transcript);
    ASSERT_EQ(model->rowCount(), 4);
    EXPECT_EQ(model->index(1, SegmentModel::Speaker).data().toString(),
              QStringLiteral("佐藤 花子"));
    EXPECT_EQ(model->index(3, SegmentModel::Time).data().toString(), QStringLiteral("00:01:00"));
    // The interviewee's own voice is coloured apart from the interviewer's.
    EXPECT_NE(model->index(0, SegmentModel::Speaker).data(Qt::BackgroundRole),
              model->index(1, SegmentModel::Speaker).data(Qt::BackgroundRole));
}

TEST(TranscriptsGui, BrokenCuesAreListedWithLineNumbersInThePreview)
{
    Desk desk;
    QStringList skipped;
    desk.whenPreviewOpens([&](QDialog *dialog) {
        auto *list = dialog->findChild<QListWidget *>(QStringLiteral("skipped"));
        for (int i = 0; i < list->count(); ++i)
            skipped.append(list->item(i)->text());
    });
    ASSERT_NE(
        desk.screen->importFile(
            desk.interview, data("corpora/srt/webvtt-py__tests__subtitles__missing_timeframe.srt")),
        0);
    ASSERT_EQ(skipped.size(), 1);
    EXPECT_TRUE(skipped.first().contains(QStringLiteral("5"))) << skipped.first().toStdString();
}

TEST(TranscriptsGui, ABigFileImportsWhileTheWindowStaysResponsiveAndCancelLeavesNothing)
{
    Desk desk;
    // About 4 MB of cues: enough for the work to take many event-loop turns.
    QString vtt = QStringLiteral("WEBVTT\n\n");
    for (int n = 0; n < 25000; ++n) {
        vtt += QStringLiteral("%1\n00:%2:%3.000 --> 00:%2:%3.900\n佐藤 花子: これは%1番目の発言で、"
                              "小規模言語モデルの導入について話しています。\n\n")
                   .arg(n + 1)
                   .arg((n / 60) % 60, 2, 10, QLatin1Char('0'))
                   .arg(n % 60, 2, 10, QLatin1Char('0'));
    }
    const QString path = desk.dir.filePath(QStringLiteral("big.vtt"));
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(vtt.toUtf8());
    file.close();

    int ticks = 0;
    QTimer heartbeat;
    QObject::connect(&heartbeat, &QTimer::timeout, [&] { ++ticks; });
    heartbeat.start(20);

    // First attempt: cancel while it is storing.
    desk.whenPreviewOpens();
    QTimer cancel;
    QObject::connect(&cancel, &QTimer::timeout, [&] {
        for (auto *progress : QApplication::topLevelWidgets()) {
            auto *dialog = progress->findChild<QProgressDialog *>();
            if (!dialog)
                dialog = qobject_cast<QProgressDialog *>(progress);
            if (dialog && dialog->isVisible() &&
                dialog->labelText().contains(QStringLiteral("big.vtt")) && dialog->maximum() > 0 &&
                dialog->value() > 0)
                dialog->cancel();
        }
    });
    cancel.start(10);
    EXPECT_EQ(desk.screen->importFile(desk.interview, path), 0);
    cancel.stop();
    EXPECT_GT(ticks, 5) << "the event loop must keep running during the import";
    EXPECT_TRUE(desk.ws().transcripts().forInterview(desk.interview)->isEmpty());

    // Second attempt: let it finish.
    desk.whenPreviewOpens();
    const Id transcript = desk.screen->importFile(desk.interview, path);
    ASSERT_NE(transcript, 0);
    EXPECT_EQ(desk.ws().transcripts().load(transcript)->segments.size(), 25000);
}

TEST(TranscriptsGui, CorrectionInPlaceIsUndoableAndSearchFollows)
{
    Desk desk;
    desk.whenPreviewOpens();
    ASSERT_NE(desk.screen->importFile(desk.interview, data("transcripts/zoom-ja.vtt")), 0);
    SegmentModel *model = desk.screen->view()->model();
    const QModelIndex text = model->index(3, SegmentModel::Text);
    const QString before = text.data().toString();
    ASSERT_TRUE(model->setData(text, QStringLiteral("4bit量子化でも正確さの低下はわずかです。")));
    EXPECT_TRUE(model->index(3, SegmentModel::Text).data(SegmentModel::CorrectedRole).toBool());

    SearchScreen *search = desk.window->searchScreen();
    search->search(QStringLiteral("正確さ"));
    EXPECT_EQ(search->results()->rowCount(), 1);

    desk.window->undoStack()->undo();
    EXPECT_EQ(model->index(3, SegmentModel::Text).data().toString(), before);
    search->search(QStringLiteral("正確さ"));
    EXPECT_EQ(search->results()->rowCount(), 0);
    desk.window->undoStack()->redo();
    EXPECT_NE(model->index(3, SegmentModel::Text).data().toString(), before);
}

TEST(TranscriptsGui, ASearchHitOpensTheTranscriptAtItsSegment)
{
    Desk desk;
    desk.whenPreviewOpens();
    ASSERT_NE(desk.screen->importFile(desk.interview, data("transcripts/zoom-ja.vtt")), 0);
    desk.screen->view()->showTranscript(0);
    SearchScreen *search = desk.window->searchScreen();
    QAbstractItemModelTester tester(search->results(),
                                    QAbstractItemModelTester::FailureReportingMode::Fatal);
    search->search(QStringLiteral("ﾘｮｳｼ")); // half-width katakana finds nothing in kanji
    EXPECT_EQ(search->results()->rowCount(), 0);
    search->search(QStringLiteral("精度"));
    ASSERT_EQ(search->results()->rowCount(), 1);
    EXPECT_TRUE(search->results()
                    ->index(0)
                    .data(SearchResultModel::HtmlRole)
                    .toString()
                    .contains(QStringLiteral(">精度</span>")));
    emit search->openSegment(search->results()->hit(0).row.transcriptId,
                             search->results()->hit(0).row.segmentId);
    QTableView *table = desk.screen->view()->table();
    ASSERT_TRUE(table->currentIndex().isValid());
    EXPECT_EQ(table->currentIndex().row(), 3);
}

TEST(TranscriptsGui, MatrixModelShowsLinkedAnswersAndPassesTheTester)
{
    Desk desk;
    desk.whenPreviewOpens();
    const Id transcript = desk.screen->importFile(desk.interview, data("transcripts/zoom-ja.vtt"));
    ASSERT_NE(transcript, 0);
    AnswerMatrixModel *model = desk.window->matrixScreen()->model();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    desk.window->showScreen(QStringLiteral("matrix"));
    ASSERT_EQ(model->columnCount(), 2); // the question, and 佐藤
    EXPECT_EQ(model->index(0, 1).data(AnswerMatrixModel::StateRole).toString(),
              QStringLiteral("unanswered"));
    const Id segment = desk.ws().transcripts().load(transcript)->segments.at(1).id;
    ASSERT_TRUE(desk.ws().answers().link(segment, 1));
    // The screen reloads once the change is done (one reload a burst of changes).
    QTRY_COMPARE_WITH_TIMEOUT(model->index(0, 1).data(AnswerMatrixModel::StateRole).toString(),
                              QStringLiteral("answered"), 1000);
    EXPECT_TRUE(model->index(0, 1).data().toString().contains(QStringLiteral("小規模言語モデル")));
}

TEST(TranscriptsGui, LinksAndQuotesAreMadeByKeyboardAndShownOnTheSegment)
{
    Desk desk;
    desk.whenPreviewOpens();
    const Id transcript = desk.screen->importFile(desk.interview, data("transcripts/zoom-ja.vtt"));
    ASSERT_NE(transcript, 0);
    desk.window->showScreen(QStringLiteral("transcripts"));
    TranscriptView *view = desk.screen->view();
    SegmentModel *model = view->model();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QTableView *table = view->table();
    EXPECT_FALSE(view->linkAction()->isEnabled()); // nothing chosen yet
    table->selectRow(1);
    ASSERT_TRUE(view->linkAction()->isEnabled());
    EXPECT_TRUE(model->index(1, SegmentModel::Marks).data().toString().isEmpty());

    // Ctrl+L opens the question list beside the segment; the digit 3 picks question 3.
    QApplication::setActiveWindow(desk.window);
    table->setFocus();
    bool menuSeen = false;
    QTimer::singleShot(0, [&menuSeen] {
        QWidget *menu = QApplication::activePopupWidget();
        ASSERT_NE(menu, nullptr);
        menuSeen = menu->objectName() == QStringLiteral("linkMenu");
        QTest::keyClick(menu, Qt::Key_3);
    });
    QTest::keyClick(table, Qt::Key_L, Qt::ControlModifier);
    EXPECT_TRUE(menuSeen);
    EXPECT_EQ(
        model->index(1, SegmentModel::Marks).data(SegmentModel::AnswersRole).value<QList<int>>(),
        (QList<int>{3}));
    EXPECT_EQ(model->index(1, SegmentModel::Marks).data().toString(), QStringLiteral("Q3"));
    EXPECT_TRUE(model->index(1, SegmentModel::Marks)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .startsWith(QStringLiteral("Answers question 3: ")));

    // Ctrl+K marks the whole segment as a quote candidate; its text is tinted.
    QApplication::setActiveWindow(desk.window); // back from the popup (offscreen does not)
    table->setFocus();
    const QVariant plain = model->index(1, SegmentModel::Text).data(Qt::BackgroundRole);
    QTest::keyClick(table, Qt::Key_K, Qt::ControlModifier);
    EXPECT_EQ(model->index(1, SegmentModel::Marks).data(SegmentModel::QuotesRole).toInt(), 1);
    EXPECT_EQ(model->index(1, SegmentModel::Marks).data().toString(), QStringLiteral("Q3 Quote"));
    EXPECT_NE(model->index(1, SegmentModel::Text).data(Qt::BackgroundRole), plain);
    EXPECT_TRUE(view->quoteAction()->isChecked());
    auto quotes = desk.ws().answers().quotes(1, desk.person);
    ASSERT_TRUE(quotes);
    ASSERT_EQ(quotes->size(), 1);
    EXPECT_EQ(quotes->first().text, model->index(1, SegmentModel::Text).data().toString());

    // Both are undone in turn, and redone.
    desk.window->undoStack()->undo();
    QTRY_COMPARE_WITH_TIMEOUT(
        model->index(1, SegmentModel::Marks).data(SegmentModel::QuotesRole).toInt(), 0, 1000);
    EXPECT_FALSE(view->quoteAction()->isChecked());
    desk.window->undoStack()->undo();
    QTRY_VERIFY_WITH_TIMEOUT(model->index(1, SegmentModel::Marks).data().toString().isEmpty(),
                             1000);
    desk.window->undoStack()->redo();
    QTRY_COMPARE_WITH_TIMEOUT(model->index(1, SegmentModel::Marks).data().toString(),
                              QStringLiteral("Q3"), 1000);

    // Ctrl+K on a quoted segment takes the quote back; a link made elsewhere (the matrix, the
    // command line) shows up on the segment by itself.
    QTest::keyClick(table, Qt::Key_K, Qt::ControlModifier);
    QTest::keyClick(table, Qt::Key_K, Qt::ControlModifier);
    EXPECT_TRUE(desk.ws().answers().quotes(1, desk.person)->isEmpty());
    const Id third = desk.ws().transcripts().load(transcript)->segments.at(2).id;
    ASSERT_TRUE(desk.ws().answers().link(third, 5));
    QTRY_COMPARE_WITH_TIMEOUT(model->index(2, SegmentModel::Marks).data().toString(),
                              QStringLiteral("Q5"), 1000);
}

// A long transcript shows without measuring every row: the rows in view are fitted to their
// text, the ones further down when they are scrolled to, and a long answer is shown whole.
TEST(TranscriptsGui, ALongTranscriptFitsTheRowsInViewAndTheRestWhenScrolledTo)
{
    Desk desk;
    const int cues = 2000;
    const int longOne = 1500;
    const QString longText =
        QStringLiteral("量子化によって推論の費用を下げつつ精度を保つ工夫について、"
                       "順を追って詳しくご説明いただけますか。")
            .repeated(8);
    QByteArray vtt("WEBVTT\n\n");
    for (int i = 0; i < cues; ++i) {
        const int s = i * 5;
        vtt += QStringLiteral("%1:%2:%3.000 --> %1:%2:%4.000\n")
                   .arg(s / 3600, 2, 10, QChar(u'0'))
                   .arg(s / 60 % 60, 2, 10, QChar(u'0'))
                   .arg(s % 60, 2, 10, QChar(u'0'))
                   .arg(s % 60 + 4, 2, 10, QChar(u'0'))
                   .toUtf8();
        vtt += (i == longOne ? longText : QStringLiteral("はい、そうですね。%1").arg(i)).toUtf8();
        vtt += "\n\n";
    }
    TranscriptImport request;
    request.interviewId = desk.interview;
    request.bytes = vtt;
    request.fileName = QStringLiteral("long.vtt");
    request.confirmed = true;
    auto imported = desk.ws().transcripts().importFile(request);
    ASSERT_TRUE(imported) << imported.error().untranslatedMessage().toStdString();
    ASSERT_EQ(imported->segmentCount, cues);

    desk.window->showScreen(QStringLiteral("transcripts"));
    TranscriptView *view = desk.screen->view();
    view->showTranscript(imported->transcript.id);
    QApplication::processEvents();
    QTableView *table = view->table();
    ASSERT_EQ(table->model()->rowCount(), cues);
    const LazyRowFitter *fitter = view->rowFitter();
    EXPECT_TRUE(fitter->isFitted(0));
    EXPECT_FALSE(fitter->isFitted(longOne)); // out of view: not measured yet

    const int lineHeight = table->fontMetrics().lineSpacing();
    EXPECT_LT(table->rowHeight(longOne), 3 * lineHeight);
    const Id longSegment =
        table->model()->index(longOne, 0).data(SegmentModel::SegmentIdRole).toLongLong();
    ASSERT_NE(longSegment, 0);
    view->showSegment(longSegment);
    EXPECT_TRUE(fitter->isFitted(longOne));
    // The whole answer, wrapped over several lines, and the row is in view.
    EXPECT_GE(table->rowHeight(longOne), 3 * lineHeight);
    const QRect cell = table->visualRect(table->model()->index(longOne, SegmentModel::Text));
    EXPECT_TRUE(table->viewport()->rect().intersects(cell));
    // The last time stamp fits its column (sized from the texts, not by measuring each row).
    const QString lastTime = table->model()->index(cues - 1, SegmentModel::Time).data().toString();
    EXPECT_GE(table->columnWidth(SegmentModel::Time),
              table->fontMetrics().horizontalAdvance(lastTime));

    // A narrower text column (the speaker column widened by hand): the rows in view are fitted
    // again, taller.
    const int before = table->rowHeight(longOne);
    const int textWidth = table->columnWidth(SegmentModel::Text);
    table->setColumnWidth(SegmentModel::Speaker,
                          table->columnWidth(SegmentModel::Speaker) + textWidth / 2);
    ASSERT_LT(table->columnWidth(SegmentModel::Text), textWidth);
    view->showSegment(longSegment);
    EXPECT_GT(table->rowHeight(longOne), before);
}
