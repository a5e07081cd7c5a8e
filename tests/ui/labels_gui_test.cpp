// Japanese to the last label, and the English UI entirely English: dates typed and shown in the
// language's form, times in the zone the user chose, people by name, zones from a short list.
// New source strings are translated by the lead after merging, so checks in Japanese look at
// what needs no translation (datetext's forms) and at structure (no ISO date, no login).
#include "audit/auditlogmodel.h"
#include "audit/auditscreen.h"
#include "campaign/campaignsettingsdialog.h"
#include "common/zonepicker.h"
#include "dashboard/dashboardscreen.h"
#include "outreach/outreachhistorymodel.h"
#include "people.h"
#include "preferences/preferencesdialog.h"
#include "review/reviewscreen.h"
#include "services/campaignservice.h"
#include "services/outreachservice.h"
#include "services/reviewservice.h"
#include "services/rosterservice.h"
#include "services/schedulingservice.h"
#include "testworkspace.h"
#include "util/appsettings.h"
#include "util/datetext.h"
#include "util/translations.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QBarCategoryAxis>
#include <QCalendarWidget>
#include <QChart>
#include <QDateEdit>
#include <QGraphicsScene>
#include <QLineEdit>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>
#include <gtest/gtest.h>

using namespace shuzai;
using namespace shuzai::ui;

namespace {

class Labels : public ::testing::Test {
protected:
    void SetUp() override
    {
        i18n::install(QStringLiteral("en"));
        datetext::setDisplayZone(QTimeZone("Asia/Tokyo"));
    }
    void TearDown() override
    {
        datetext::setDisplayZone({});
        appSettings().remove(QStringLiteral("ui/timeZone"));
        i18n::install(QStringLiteral("en"));
    }

    // As the language menu does: install, then every window hears LanguageChange.
    static void switchLanguage(const QString &language)
    {
        i18n::install(language);
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);
    }
};

const QRegularExpression kIsoDate(QStringLiteral("\\d{4}-\\d\\d-\\d\\d"));
const QRegularExpression kIsoTime(QStringLiteral("T\\d\\d:\\d\\d"));

// Every cell of a model as shown, one per line.
QString allText(const QAbstractItemModel &model)
{
    QStringList out;
    for (int row = 0; row < model.rowCount(); ++row) {
        for (int column = 0; column < model.columnCount(); ++column)
            out.append(model.index(row, column).data().toString());
    }
    return out.join(u'\n');
}

} // namespace

TEST_F(Labels, DateFieldsUseTheLanguagesFormAMondayCalendarAndFollowASwitch)
{
    test::TestWorkspace ws;
    auto campaign = ws->campaigns().load(1);
    ASSERT_TRUE(campaign);
    i18n::install(QStringLiteral("ja"));
    CampaignSettingsDialog dialog(*campaign, [](const CampaignSettings &) { return VoidResult(); });
    const QList<QDateEdit *> edits = dialog.findChildren<QDateEdit *>();
    ASSERT_EQ(edits.size(), 3);
    QDateEdit *publication = edits.first();
    publication->setDate(QDate(2025, 6, 12));
    EXPECT_EQ(publication->text(), QStringLiteral("2025年6月12日（木）"));
    ASSERT_NE(publication->calendarWidget(), nullptr);
    EXPECT_EQ(publication->calendarWidget()->firstDayOfWeek(), Qt::Monday);

    switchLanguage(QStringLiteral("en"));
    EXPECT_EQ(publication->text(), QStringLiteral("Thu 12 Jun 2025"));
    EXPECT_EQ(publication->calendarWidget()->firstDayOfWeek(), Qt::Monday);
    for (QDateEdit *edit : edits)
        EXPECT_FALSE(edit->text().contains(kIsoDate)) << edit->text().toStdString();
}

TEST_F(Labels, ZonesComeJapanFirstThenCommonOnesAndTheRestBySearch)
{
    i18n::install(QStringLiteral("ja"));
    ZonePicker picker;
    EXPECT_EQ(picker.zoneId(), QByteArray("Asia/Tokyo"));
    EXPECT_TRUE(picker.itemText(0).startsWith(QStringLiteral("日本時間")))
        << picker.itemText(0).toStdString();
    EXPECT_LT(picker.count(), 25); // a short list, not the 400 IANA zones from Africa/Abidjan
    EXPECT_GE(picker.findData(QByteArray("America/New_York")), 0);
    EXPECT_LT(picker.findData(QByteArray("Africa/Abidjan")), 0);

    i18n::install(QStringLiteral("en"));
    const QDateTime winter(QDate(2025, 1, 15), QTime(0, 0), Qt::UTC);
    EXPECT_EQ(ZonePicker::label("Asia/Tokyo", winter), QStringLiteral("Japan time (UTC+09:00)"));
    EXPECT_EQ(ZonePicker::label("Asia/Seoul", winter), QStringLiteral("Seoul (UTC+09:00)"));
    EXPECT_EQ(ZonePicker::label("America/Argentina/Buenos_Aires", winter),
              QStringLiteral("Buenos Aires (America/Argentina, UTC−03:00)"));
    EXPECT_TRUE(ZonePicker::search(QStringLiteral("york")).contains("America/New_York"));
    EXPECT_TRUE(ZonePicker::search(QStringLiteral("buenos aires"))
                    .contains("America/Argentina/Buenos_Aires"));

    // Typing part of a name and Enter picks it, listed after the common zones from then on.
    QSignalSpy changed(&picker, &ZonePicker::zoneChanged);
    picker.lineEdit()->setText(QStringLiteral("Vienna"));
    QTest::keyClick(picker.lineEdit(), Qt::Key_Return);
    EXPECT_EQ(picker.zoneId(), QByteArray("Europe/Vienna"));
    EXPECT_EQ(changed.size(), 1);
    EXPECT_TRUE(picker.currentText().startsWith(QStringLiteral("Vienna (Europe, UTC+")))
        << picker.currentText().toStdString();
    // Nothing matching leaves the choice as it was.
    picker.lineEdit()->setText(QStringLiteral("Atlantis"));
    QTest::keyClick(picker.lineEdit(), Qt::Key_Return);
    EXPECT_EQ(picker.zoneId(), QByteArray("Europe/Vienna"));
}

TEST_F(Labels, TheCampaignsZoneIsChosenWithThePicker)
{
    test::TestWorkspace ws;
    auto campaign = ws->campaigns().load(1);
    ASSERT_TRUE(campaign);
    CampaignSettingsDialog dialog(*campaign, [](const CampaignSettings &) { return VoidResult(); });
    auto *picker = dialog.findChild<ZonePicker *>();
    ASSERT_NE(picker, nullptr);
    EXPECT_EQ(QString::fromUtf8(picker->zoneId()), campaign->timeZone);
    picker->setZoneId("Asia/Singapore");
    EXPECT_EQ(dialog.settings().timeZone, QStringLiteral("Asia/Singapore"));
}

TEST_F(Labels, TheDisplayZoneIsAPreferenceKeptAndLoadedAtStart)
{
    PreferencesDialog dialog;
    dialog.zonePicker()->setZoneId("America/New_York");
    dialog.apply();
    EXPECT_EQ(datetext::displayZone().id(), QByteArray("America/New_York"));
    EXPECT_EQ(appSettings().value(QStringLiteral("ui/timeZone")).toByteArray(),
              QByteArray("America/New_York"));

    datetext::setDisplayZone({});
    applySavedDisplayZone(); // what app/gui/main.cpp does at start
    EXPECT_EQ(datetext::displayZone().id(), QByteArray("America/New_York"));
    appSettings().setValue(QStringLiteral("ui/timeZone"), QByteArray("Not/AZone"));
    applySavedDisplayZone();
    EXPECT_EQ(datetext::displayZone(), QTimeZone::systemTimeZone());

    auto *action = PreferencesDialog::createAction(&dialog);
    EXPECT_EQ(action->text(), QStringLiteral("&Preferences…"));
}

TEST_F(Labels, OutreachHistoryShowsTheUsersTimeAndWhoByName)
{
    test::TestWorkspace ws;
    // 10:00 in Tokyo is 01:00 UTC: the machine's zone (UTC in the tests) must not show through.
    ws.clock.set(QDateTime(QDate(2025, 5, 27), QTime(1, 0), Qt::UTC));
    auto person = ws->roster().add(1, test::someone());
    ASSERT_TRUE(person);
    ASSERT_TRUE(
        ws->outreach().record(person->id, OutreachRecord::Kind::Sent, "Subject: x\r\n\r\nx"));
    OutreachHistoryModel model(*ws);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setInterviewee(1, person->id);
    ASSERT_EQ(model.rowCount(), 1);
    EXPECT_EQ(model.index(0, OutreachHistoryModel::When).data().toString(),
              QStringLiteral("Tue 27 May, 10:00"));
    EXPECT_EQ(model.index(0, OutreachHistoryModel::Who).data().toString(),
              QString::fromUtf8("編集長")); // the editor's name, not the login "editor"

    switchLanguage(QStringLiteral("ja"));
    model.reload();
    EXPECT_EQ(model.index(0, OutreachHistoryModel::When).data().toString(),
              QStringLiteral("5月27日（火）10:00"));
}

TEST_F(Labels, TheAuditLogHasNoCodesIsoTimesOrLoginsInEitherLanguage)
{
    test::TestWorkspace ws;
    ws.clock.set(QDateTime(QDate(2025, 5, 27), QTime(1, 0), Qt::UTC));
    auto person = ws->roster().add(1, test::someone());
    ASSERT_TRUE(person);
    Booking booking;
    booking.intervieweeId = person->id;
    booking.start = QDateTime(QDate(2025, 5, 28), QTime(1, 0), Qt::UTC);
    ASSERT_TRUE(ws->scheduling().book(booking));
    QUndoStack undo;
    AuditScreen screen(ScreenContext{*ws, undo});
    screen.setCampaign(1);
    auto *model = screen.model();
    ASSERT_GE(model->rowCount(), 2);
    for (const QString language : {QStringLiteral("en"), QStringLiteral("ja")}) {
        switchLanguage(language);
        const QString shown = allText(*model);
        SCOPED_TRACE(language.toStdString() + ":\n" + shown.toStdString());
        EXPECT_FALSE(shown.contains(kIsoDate));
        EXPECT_FALSE(shown.contains(kIsoTime));
        EXPECT_FALSE(shown.contains(QLatin1String("UTC")));
        EXPECT_FALSE(shown.contains(QRegularExpression(QStringLiteral("\\beditor\\b"))));
        EXPECT_FALSE(shown.contains(QLatin1String("interview.booked")));
        EXPECT_FALSE(shown.contains(QLatin1String("pipeline")));
        EXPECT_FALSE(shown.contains(QLatin1String("planned")));
        EXPECT_TRUE(shown.contains(QString::fromUtf8("編集長")));
        EXPECT_TRUE(shown.contains(person->data.fullName()));
    }
    // The booking at the time the person will read it: 10:00 in Tokyo.
    const QString booked = model->index(0, AuditLogModel::Change).data().toString();
    EXPECT_TRUE(booked.contains(QStringLiteral("5月28日（水）10:00")) ||
                model->index(1, AuditLogModel::Change)
                    .data()
                    .toString()
                    .contains(QStringLiteral("5月28日（水）10:00")))
        << booked.toStdString();
    // The "since" field is a date in the language's form, not ISO.
    auto *since = screen.findChild<QDateEdit *>();
    ASSERT_NE(since, nullptr);
    EXPECT_FALSE(since->text().contains(kIsoDate)) << since->text().toStdString();
}

TEST_F(Labels, TheDashboardSaysPublishedAndDaysAgoWithoutNestedBrackets)
{
    test::TestWorkspace ws;
    auto campaign = ws->campaigns().load(1);
    ASSERT_TRUE(campaign);
    const QDate published = campaign->publicationDate;
    QUndoStack undo;
    DashboardScreen screen(ScreenContext{*ws, undo});
    const QRegularExpression nested(QStringLiteral("[（(][^）)]*[（(]"));

    ws.clock.set(QDateTime(published.addDays(3), QTime(9, 0), QTimeZone("Asia/Tokyo")));
    screen.setCampaign(1);
    EXPECT_TRUE(screen.headline().startsWith(QStringLiteral("Published (3 day")))
        << screen.headline().toStdString();
    EXPECT_TRUE(screen.headline().contains(datetext::longDate(published)));
    EXPECT_FALSE(screen.headline().contains(QLatin1String("to publication")));

    ws.clock.set(QDateTime(published, QTime(9, 0), QTimeZone("Asia/Tokyo")));
    screen.setCampaign(1);
    EXPECT_TRUE(screen.headline().startsWith(QStringLiteral("Published today")))
        << screen.headline().toStdString();

    i18n::install(QStringLiteral("ja"));
    ws.clock.set(QDateTime(published.addDays(-5), QTime(9, 0), QTimeZone("Asia/Tokyo")));
    screen.setCampaign(1);
    const QString headline = screen.headline();
    EXPECT_TRUE(headline.contains(datetext::longDate(published))) << headline.toStdString();
    EXPECT_FALSE(headline.contains(nested)) << headline.toStdString();
    EXPECT_FALSE(headline.contains(kIsoDate)) << headline.toStdString();
}

TEST_F(Labels, TheReviewHistoryNamesPeopleNotLogins)
{
    test::TestWorkspace ws;
    IntervieweeData d = test::someone();
    d.categoryId = 2;
    auto person = ws->roster().add(1, d);
    ASSERT_TRUE(person);
    ASSERT_TRUE(ws->setActor(QStringLiteral("reviewer")));
    ASSERT_TRUE(ws->review().withdraw(person->id));
    QUndoStack undo;
    ReviewScreen screen(ScreenContext{*ws, undo});
    screen.setCampaign(1);
    screen.selectInterviewee(person->id);
    const QString rounds = screen.roundsText();
    EXPECT_TRUE(rounds.contains(QString::fromUtf8("校閲担当"))) << rounds.toStdString();
    EXPECT_FALSE(rounds.contains(QRegularExpression(QStringLiteral("\\breviewer\\b"))))
        << rounds.toStdString();
    EXPECT_FALSE(rounds.contains(kIsoDate)) << rounds.toStdString();
}

TEST_F(Labels, TheDashboardChartIsDrawnOnceHoweverOftenItIsRefreshed)
{
    test::TestWorkspace ws;
    QUndoStack undo;
    DashboardScreen screen(ScreenContext{*ws, undo});
    screen.resize(1366, 700);
    // Filled (twice: a change came) before it is first shown, as in the main window. Axes
    // replaced then stayed drawn under X beside the new ones (labels twice, two scales), which
    // the offscreen scene does not show; the chart keeps its series and axes and refills them.
    screen.setCampaign(1);
    screen.setCampaign(1);
    screen.show();
    const auto settle = [] {
        QCoreApplication::processEvents();
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        QCoreApplication::processEvents();
    };
    settle();
    const QList<QAbstractAxis *> axes = screen.chart()->axes();
    const qsizetype items = screen.chart()->scene()->items().size();
    ASSERT_EQ(axes.size(), 2);
    ws.clock.advanceSecs(86400); // a day on: the counts may change, the chart is the same
    for (int i = 0; i < 3; ++i) {
        screen.setCampaign(1);
        settle();
    }
    EXPECT_EQ(screen.chart()->axes(), axes);
    EXPECT_EQ(screen.chart()->series().size(), 1);
    EXPECT_EQ(screen.chart()->scene()->items().size(), items);
    auto *categories = qobject_cast<QBarCategoryAxis *>(axes.at(0));
    ASSERT_NE(categories, nullptr);
    EXPECT_EQ(categories->count(), ws->campaigns().load(1)->categories.size());
}
