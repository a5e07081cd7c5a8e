// Every verb that writes a file either writes it whole or leaves what was there: on a full disk
// (a real 256 KiB tmpfs), onto a FIFO, a device node or a folder. Nothing failed is reported or
// logged as done.
#include "clirunner.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <gtest/gtest.h>
#include <sys/mount.h>
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <unistd.h>

using namespace shuzai;
using shuzai::test::args;
using shuzai::test::CliRunner;

namespace {

QString data(const char *relative)
{
    return QStringLiteral(SHUZAI_TEST_DATA "/") + QLatin1String(relative);
}

QByteArray contents(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray("<unreadable>");
}

// A small tmpfs mounted for the test (root only), filled to the last byte on request.
class SmallDisk {
public:
    explicit SmallDisk(const char *size = "size=256k")
    {
        if (geteuid() != 0)
            return;
        m_mounted =
            ::mount("tmpfs", QFile::encodeName(m_dir.path()).constData(), "tmpfs", 0, size) == 0;
    }
    ~SmallDisk()
    {
        if (m_mounted)
            ::umount2(QFile::encodeName(m_dir.path()).constData(), MNT_DETACH);
    }
    bool mounted() const { return m_mounted; }
    QString path(const QString &name) const { return m_dir.filePath(name); }

    void put(const QString &name, const QByteArray &bytes) const
    {
        QFile f(path(name));
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        ASSERT_EQ(f.write(bytes), bytes.size());
    }
    // Takes every free block, so the next write of any size fails with ENOSPC.
    void fill() const
    {
        QFile filler(path(QStringLiteral("filler")));
        ASSERT_TRUE(filler.open(QIODevice::WriteOnly | QIODevice::Unbuffered));
        const QByteArray block(512, 'x');
        while (filler.write(block) == block.size()) {
        }
        while (filler.write("x", 1) == 1) {
        }
    }
    QStringList entries() const
    {
        return QDir(m_dir.path()).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot);
    }

private:
    QTemporaryDir m_dir;
    bool m_mounted = false;
};

// A database with what every exporting verb needs: a person with a finished letter, an
// interview with a transcript, quotes sent for review.
struct Fixture {
    Fixture()
    {
        ok(args({"campaign", "edit", "1", "--editor-name", "田中 一郎", "--editor-email",
                 "tanaka@example.jp", "--editor-phone", "03-1234-5678"}));
        ok(args({"interviewee", "add", "--category", "vendor", "--name", "佐藤 花子", "--reading",
                 "サトウ ハナコ", "--email", "sato@example.co.jp"}));
        ok(args({"interview", "add", "1", "--at", "2025-05-27T10:00"}));
        ok(QStringList{"--as", "writer", "transcript", "import", "1",
                       data("transcripts/zoom-ja.vtt")});
        ok(args({"--as", "writer", "quote", "add", "1"}));
        ok(args({"review", "send", "1"}));
        // Letters offer only candidate times still ahead: a day before the interviews.
        cli.setEnv(QStringLiteral("SHUZAI_NOW"), QStringLiteral("2025-05-20T10:00:00+09:00"));
    }
    void ok(const QStringList &arguments)
    {
        const auto r = cli.onDb(arguments);
        ASSERT_EQ(r.exitCode, 0) << arguments.join(u' ').toStdString() << ": "
                                 << r.err.toStdString();
    }
    qsizetype lettersLogged()
    {
        return cli.onDb(args({"outreach", "log", "1", "--json"})).json().array().size();
    }
    CliRunner cli;
};

// Every verb that writes a file named by -o, with the extension it expects.
QList<QPair<QString, QStringList>> exportingVerbs()
{
    return {
        {QStringLiteral("out.ics"), args({"calendar", "export", "-o"})},
        {QStringLiteral("letter.eml"), args({"outreach", "export-eml", "1", "-o"})},
        {QStringLiteral("audit.csv"), args({"audit", "export", "-o"})},
        {QStringLiteral("original.vtt"), args({"transcript", "original", "1", "-o"})},
        {QStringLiteral("packet.pdf"), args({"export", "packet", "1", "-o"})},
        {QStringLiteral("copy.db"), args({"backup", "-o"})},
    };
}

} // namespace

TEST(Exports, OnAFullDiskFailPlainlyAndKeepThePreviousFile)
{
    SmallDisk disk;
    if (!disk.mounted())
        GTEST_SKIP() << "needs root to mount a small tmpfs";
    Fixture f;
    const qsizetype logged = f.lettersLogged();
    const QByteArray previous("the good file from yesterday\n");
    for (const auto &[name, verb] : exportingVerbs())
        disk.put(name, previous);
    disk.fill();
    for (const auto &[name, verb] : exportingVerbs()) {
        const QString target = disk.path(name);
        const auto r = f.cli.onDb(verb + QStringList{target});
        EXPECT_EQ(r.exitCode, 1) << verb.join(u' ').toStdString() << " said "
                                 << r.out.toStdString();
        EXPECT_TRUE(r.err.contains(QStringLiteral("disk")) &&
                    r.err.contains(QStringLiteral("full")))
            << verb.join(u' ').toStdString() << ": " << r.err.toStdString();
        EXPECT_TRUE(r.err.contains(target)) << r.err.toStdString();
        EXPECT_FALSE(r.out.contains(QStringLiteral("Wrote"))) << r.out.toStdString();
        EXPECT_EQ(contents(target), previous) << verb.join(u' ').toStdString();
    }
    // No temporary file is left behind, and the failed letter is not logged as exported.
    QStringList expected;
    for (const auto &[name, verb] : exportingVerbs())
        expected.append(name);
    expected.append(QStringLiteral("filler"));
    expected.sort();
    EXPECT_EQ(disk.entries(), expected);
    EXPECT_EQ(f.lettersLogged(), logged);
}

TEST(Exports, TargetsThatAreNotRegularFilesAreRefusedAndLeftAlone)
{
    Fixture f;
    QTemporaryDir dir;
    const QString fifo = dir.filePath(QStringLiteral("pipe"));
    ASSERT_EQ(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
    const QString folder = dir.filePath(QStringLiteral("folder.ics"));
    ASSERT_TRUE(QDir().mkpath(folder));
    QStringList targets{fifo, folder};
    const QString device = dir.filePath(QStringLiteral("null"));
    if (::mknod(QFile::encodeName(device).constData(), S_IFCHR | 0600, makedev(1, 3)) == 0)
        targets.append(device); // a character device, as /dev/null is (root only)
    const qsizetype logged = f.lettersLogged();
    for (const auto &[name, verb] : exportingVerbs()) {
        for (const QString &target : targets) {
            const auto r = f.cli.onDb(verb + QStringList{target});
            EXPECT_EQ(r.exitCode, 1)
                << verb.join(u' ').toStdString() << " " << target.toStdString();
            EXPECT_TRUE(r.err.contains(target)) << r.err.toStdString();
        }
    }
    struct stat info {};
    ASSERT_EQ(::stat(QFile::encodeName(fifo).constData(), &info), 0);
    EXPECT_TRUE(S_ISFIFO(info.st_mode));
    EXPECT_TRUE(QFileInfo(folder).isDir());
    if (targets.contains(device)) {
        ASSERT_EQ(::stat(QFile::encodeName(device).constData(), &info), 0);
        EXPECT_TRUE(S_ISCHR(info.st_mode));
    }
    EXPECT_EQ(f.lettersLogged(), logged);
}

TEST(Exports, AFailedCopyLeavesNoTargetBehind)
{
    CliRunner cli;
    ASSERT_EQ(cli.onDb(args({"init"}), QStringLiteral("a.db")).exitCode, 0);
    ASSERT_EQ(cli.onDb(args({"init"}), QStringLiteral("b.db")).exitCode, 0);
    // Into a database that already holds data: refused, and the target keeps what it had.
    const auto refused =
        cli.run(QStringList{"copy", "--from", cli.path("a.db"), "--to", cli.path("b.db")});
    EXPECT_EQ(refused.exitCode, 1);
    EXPECT_TRUE(QFileInfo::exists(cli.path("b.db")));
    // From a file that does not exist: refused, and no new, empty target appears.
    const auto missing =
        cli.run(QStringList{"copy", "--from", cli.path("nothing.db"), "--to", cli.path("new.db")});
    EXPECT_EQ(missing.exitCode, 1);
    EXPECT_TRUE(missing.err.contains(cli.path("nothing.db"))) << missing.err.toStdString();
    EXPECT_FALSE(QFileInfo::exists(cli.path("nothing.db")));
    EXPECT_FALSE(QFileInfo::exists(cli.path("new.db")));
}

TEST(DatabaseMessages, AFullDiskAndAReadOnlyFileEachSayWhatHappened)
{
    SmallDisk disk("size=4m");
    if (!disk.mounted())
        GTEST_SKIP() << "needs root to mount a small tmpfs";
    CliRunner cli;
    const QString db = disk.path(QStringLiteral("full.db"));
    ASSERT_EQ(cli.run(QStringList{"--db", db, "init"}).exitCode, 0);
    ASSERT_EQ(cli.run(QStringList{"--db", db, "interviewee", "add", "--category", "vendor",
                                  "--name", "佐藤 花子"})
                  .exitCode,
              0);
    ASSERT_EQ(cli.run(QStringList{"--db", db, "interview", "add", "1"}).exitCode, 0);
    const auto before = cli.run(QStringList{"--db", db, "--json", "interviewee", "list"});
    ASSERT_EQ(before.exitCode, 0);
    // A transcript far bigger than what the file system has left once it is filled.
    const QString transcript = cli.path(QStringLiteral("long.txt"));
    {
        QFile f(transcript);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        for (int i = 0; i < 4000; ++i)
            f.write(QStringLiteral("記者: 質問%1です。日本語の長い段落が続きます。\n\n")
                        .arg(i)
                        .toUtf8());
    }
    disk.fill();
    const auto full = cli.run(QStringList{"--db", db, "--as", "writer", "transcript", "import", "1",
                                          transcript, "--yes"});
    EXPECT_EQ(full.exitCode, 1);
    EXPECT_TRUE(full.err.contains(QStringLiteral("full"))) << full.err.toStdString();
    EXPECT_TRUE(full.err.contains(db)) << full.err.toStdString();
    EXPECT_FALSE(full.err.contains(QStringLiteral("folder exists"))) << full.err.toStdString();
    QFile::remove(disk.path(QStringLiteral("filler")));
    // Nothing half-written: the file reads as before and passes its check.
    const auto after = cli.run(QStringList{"--db", db, "--json", "interviewee", "list"});
    EXPECT_EQ(after.out, before.out);
    EXPECT_EQ(cli.run(QStringList{"--db", db, "check"}).exitCode, 0);

    // A read-only file: reading works, a change says "read-only".
    const QString readOnly = cli.path(QStringLiteral("ro.db"));
    ASSERT_EQ(cli.run(QStringList{"--db", readOnly, "init"}).exitCode, 0);
    QFile::setPermissions(readOnly, QFileDevice::ReadOwner | QFileDevice::ReadGroup);
    EXPECT_EQ(cli.run(QStringList{"--db", readOnly, "interviewee", "list"}).exitCode, 0);
    const auto refused = cli.run(QStringList{"--db", readOnly, "interviewee", "add", "--category",
                                             "vendor", "--name", "佐藤 花子"});
    EXPECT_EQ(refused.exitCode, 1);
    EXPECT_TRUE(refused.err.contains(QStringLiteral("read-only"))) << refused.err.toStdString();
}
