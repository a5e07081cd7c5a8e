// Errors from libraries (libpq, QtKeychain) read as a sentence in the user's language that says
// what to check, with the library's own words on a line below: never raw English in the
// Japanese UI, and never without the words someone helping would search for.
#include "outreach/passwordstore.h"
#include "storage/database.h"
#include "util/clock.h"
#include "util/translations.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QTcpServer>
#include <gtest/gtest.h>

using namespace shuzai;

namespace {

// A port nothing listens on: taken from the system, then let go.
int closedPort()
{
    QTcpServer server;
    server.listen(QHostAddress::LocalHost, 0);
    const int port = server.serverPort();
    server.close();
    return port;
}

bool hasJapanese(const QString &text)
{
    return text.contains(
        QRegularExpression(QStringLiteral("[\\x{3040}-\\x{30ff}\\x{4e00}-\\x{9fff}]")));
}

Error refusedConnection(int port)
{
    PostgresTarget target;
    target.host = QStringLiteral("127.0.0.1");
    target.port = port;
    target.user = QStringLiteral("editor");
    target.database = QStringLiteral("shuzai");
    SystemClock clock;
    auto opened = Database::openPostgres(target, clock);
    EXPECT_FALSE(opened);
    return opened ? Error(ErrorCode::InvalidInput, "") : opened.error();
}

class LibraryErrors : public ::testing::Test {
protected:
    void TearDown() override { i18n::install(QStringLiteral("en")); }
};

} // namespace

TEST_F(LibraryErrors, ARefusedTeamServerIsASentenceWithLibpqsWordsBelow)
{
    i18n::install(QStringLiteral("en"));
    const int port = closedPort();
    const Error error = refusedConnection(port);
    EXPECT_EQ(error.code(), ErrorCode::DatabaseUnavailable);
    const QStringList lines = error.message().split(u'\n');
    ASSERT_GE(lines.size(), 2) << error.message().toStdString();
    EXPECT_EQ(lines.first(),
              QStringLiteral("Cannot connect to the team server (127.0.0.1:%1). Check that the "
                             "server is running and that the address is right.")
                  .arg(port));
    EXPECT_TRUE(lines.at(1).startsWith(QLatin1String("Details: "))) << lines.at(1).toStdString();
    EXPECT_TRUE(error.message().contains(QLatin1String("refused"), Qt::CaseInsensitive))
        << error.message().toStdString();
}

TEST_F(LibraryErrors, InJapaneseTheLibrarysEnglishStaysOutOfTheSentence)
{
    i18n::install(QStringLiteral("ja"));
    const Error error = refusedConnection(closedPort());
    const QString message = error.message();
    const QString sentence = message.section(u'\n', 0, 0);
    const QString below = message.section(u'\n', 1);
    EXPECT_FALSE(sentence.contains(QLatin1String("refused"), Qt::CaseInsensitive))
        << message.toStdString();
    EXPECT_FALSE(sentence.contains(QLatin1String("connection to server"))) << message.toStdString();
    EXPECT_TRUE(below.contains(QLatin1String("refused"), Qt::CaseInsensitive))
        << message.toStdString();
    // Once the lead's translation holds the sentence, it is Japanese (and the detail line's
    // label with it); until then it falls back to the English source.
    const char *source = "Cannot connect to the team server (%1). Check that the server is "
                         "running and that the address is right.";
    if (QCoreApplication::translate("Error", source) != QLatin1String(source)) {
        EXPECT_TRUE(hasJapanese(sentence)) << message.toStdString();
    }
}

TEST_F(LibraryErrors, AMissingKeychainIsASentenceWithTheKeychainsWordsBelow)
{
    // The tests' session bus leads nowhere (tests/CMakeLists.txt): no keychain answers.
    i18n::install(QStringLiteral("en"));
    auto read = passwordstore::read(QStringLiteral("smtp://editor@mail.example.jp:587"));
    ASSERT_FALSE(read);
    ASSERT_EQ(read.error().code(), ErrorCode::KeychainUnavailable);
    const QStringList lines = read.error().message().split(u'\n');
    ASSERT_EQ(lines.size(), 2) << read.error().message().toStdString();
    EXPECT_EQ(lines.first(),
              QStringLiteral("No system keychain is available, so the password for "
                             "smtp://editor@mail.example.jp:587 cannot be kept: give it each time "
                             "(Shuzai never writes it to disk)."));
    EXPECT_TRUE(lines.at(1).startsWith(QLatin1String("Details: ")));
    EXPECT_GT(lines.at(1).size(), QStringLiteral("Details: ").size());
}
