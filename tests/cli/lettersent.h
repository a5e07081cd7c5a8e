#pragma once

// The start the mailbox and reply-proposal CLI tests share: 佐藤 花子 on the roster, the
// campaign's signature filled in, and her request letter exported as an .eml, whose Message-ID
// a reply's In-Reply-To names.
#include "clirunner.h"
#include "services/mailboxservice.h"

#include <QFile>
#include <gtest/gtest.h>

namespace shuzai::test {

// The Message-ID of the letter sent to 佐藤 花子 (interviewee 1); empty when a step failed.
inline QString sendLetterToSato(CliRunner &cli)
{
    const auto added =
        cli.onDb(args({"interviewee", "add", "--category", "vendor", "--name", "佐藤 花子", "--org",
                       "エッジAI株式会社", "--email", "sato@example.co.jp"}));
    EXPECT_EQ(added.exitCode, 0) << added.err.toStdString();
    const auto signed_ = cli.onDb(args(
        {"campaign", "edit", "1", "--editor-name", "田中 一郎", "--editor-phone", "03-1234-5678"}));
    EXPECT_EQ(signed_.exitCode, 0) << signed_.err.toStdString();
    const QString eml = cli.path(QStringLiteral("letter.eml"));
    const auto exported = cli.onDb({QStringLiteral("outreach"), QStringLiteral("export-eml"),
                                    QStringLiteral("1"), QStringLiteral("-o"), eml});
    EXPECT_EQ(exported.exitCode, 0) << exported.err.toStdString();
    QFile letter(eml);
    if (!letter.open(QIODevice::ReadOnly))
        return {};
    return messageIdOf(letter.readAll());
}

} // namespace shuzai::test
