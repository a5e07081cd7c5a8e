#include "mailbox/imapresponse.h"

#include <gtest/gtest.h>

using namespace shuzai;

namespace {
std::optional<imap::Response> one(imap::ResponseReader &reader)
{
    auto next = reader.next();
    EXPECT_TRUE(next) << (next ? "" : next.error().untranslatedMessage().toStdString());
    return next ? *next : std::nullopt;
}
} // namespace

TEST(ImapResponse, StatusResponsesWithCodes)
{
    imap::ResponseReader reader;
    reader.feed("* OK [UIDVALIDITY 1796292222] UIDs valid\r\n"
                "* OK [PERMANENTFLAGS (\\Seen \\*)] Limited\r\n"
                "s3 OK [READ-ONLY] Examine completed.\r\n+ go on\r\n");
    auto a = one(reader);
    ASSERT_TRUE(a);
    EXPECT_EQ(a->kind, imap::Response::Kind::Untagged);
    EXPECT_EQ(a->status, "OK");
    ASSERT_EQ(a->code.size(), 2);
    EXPECT_TRUE(a->code[0].isAtom("UIDVALIDITY"));
    EXPECT_EQ(a->code[1].text, "1796292222");
    EXPECT_EQ(a->text, "UIDs valid");
    auto b = one(reader);
    ASSERT_TRUE(b);
    ASSERT_EQ(b->code.size(), 2);
    EXPECT_EQ(b->code[1].items.size(), 2);
    auto c = one(reader);
    ASSERT_TRUE(c);
    EXPECT_EQ(c->kind, imap::Response::Kind::Tagged);
    EXPECT_EQ(c->tag, "s3");
    EXPECT_TRUE(c->code[0].isAtom("READ-ONLY"));
    auto d = one(reader);
    ASSERT_TRUE(d);
    EXPECT_EQ(d->kind, imap::Response::Kind::Continuation);
    EXPECT_EQ(d->text, "go on");
    EXPECT_FALSE(one(reader).has_value());
}

// A literal's bytes are taken exactly (CRLF, parentheses and all), however the reads split them.
TEST(ImapResponse, LiteralsReadExactlyAcrossReads)
{
    const QByteArray body = "From: a@b.c\r\nSubject: (x) \"y\"\r\n\r\nbody {3}\r\n";
    const QByteArray wire = "* 1 FETCH (UID 7 RFC822.SIZE " + QByteArray::number(body.size()) +
                            " INTERNALDATE \"03-Dec-2026 10:03:42 +0900\" BODY[] {" +
                            QByteArray::number(body.size()) + "}\r\n" + body + ")\r\n";
    imap::ResponseReader reader;
    std::optional<imap::Response> got;
    for (char c : wire) {
        EXPECT_FALSE(got.has_value());
        reader.feed(QByteArray(1, c));
        got = one(reader);
    }
    ASSERT_TRUE(got);
    ASSERT_EQ(got->data.size(), 3);
    EXPECT_TRUE(got->data[1].isAtom("FETCH"));
    const auto &items = got->data[2].items;
    ASSERT_EQ(items.size(), 8);
    EXPECT_EQ(items[5].text, "03-Dec-2026 10:03:42 +0900");
    EXPECT_EQ(items[6].text, "BODY[]");
    EXPECT_EQ(items[7].kind, imap::Value::Kind::String);
    EXPECT_EQ(items[7].text, body);
}

TEST(ImapResponse, SectionsQuotedEscapesAndNil)
{
    auto r = imap::parseResponse("* 2 FETCH (BODY[HEADER.FIELDS (DATE FROM)]<0> \"a \\\"b\\\" "
                                 "\\\\\" X NIL)\r\n");
    ASSERT_TRUE(r);
    const auto &items = r->data[2].items;
    ASSERT_EQ(items.size(), 4);
    EXPECT_EQ(items[0].text, "BODY[HEADER.FIELDS (DATE FROM)]<0>");
    EXPECT_EQ(items[1].text, "a \"b\" \\");
    EXPECT_TRUE(items[3].isNil());
}

TEST(ImapResponse, BrokenResponsesAreRefused)
{
    for (const char *bad : {"* 1 FETCH (UID 1\r\n", "* OK [UIDNEXT 4\r\n", "s1 FETCH x\r\n",
                            "* \"open\r\n", "* 1 FETCH {5}\r\nab\r\n", ")\r\n"}) {
        EXPECT_FALSE(imap::parseResponse(bad)) << bad;
    }
    imap::ResponseReader small(64);
    small.feed(QByteArray(100, 'a'));
    EXPECT_FALSE(small.next());
}

TEST(ImapResponse, QuotedRefusesWhatNeedsALiteral)
{
    EXPECT_EQ(imap::quoted("a\"b\\c").value(), "\"a\\\"b\\\\c\"");
    EXPECT_FALSE(imap::quoted("pässword").has_value());
    EXPECT_FALSE(imap::quoted("a\r\nb").has_value());
}
