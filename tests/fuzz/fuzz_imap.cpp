// IMAP server responses through the reader the mailbox client uses: the bytes as one piece and
// in small pieces must give the same responses (a literal or line split across reads changes
// nothing), and every refusal says why.
#include "fuzzcheck.h"
#include "mailbox/imapresponse.h"

namespace {
using namespace shuzai;

struct Outcome {
    QList<imap::Response> responses;
    bool failed = false;
};

bool same(const imap::Value &a, const imap::Value &b)
{
    if (a.kind != b.kind || a.text != b.text || a.items.size() != b.items.size())
        return false;
    for (qsizetype i = 0; i < a.items.size(); ++i) {
        if (!same(a.items[i], b.items[i]))
            return false;
    }
    return true;
}

bool same(const QList<imap::Value> &a, const QList<imap::Value> &b)
{
    if (a.size() != b.size())
        return false;
    for (qsizetype i = 0; i < a.size(); ++i) {
        if (!same(a[i], b[i]))
            return false;
    }
    return true;
}

Outcome read(const QByteArray &bytes, qsizetype piece)
{
    Outcome out;
    imap::ResponseReader reader(1 << 20);
    for (qsizetype at = 0; at < bytes.size() && !out.failed; at += piece) {
        reader.feed(bytes.mid(at, piece));
        for (;;) {
            auto next = reader.next();
            if (!next) {
                FUZZ_CHECK(!next.error().untranslatedMessage().isEmpty());
                out.failed = true;
                break;
            }
            if (!next->has_value())
                break;
            const imap::Response &r = **next;
            FUZZ_CHECK(r.kind != imap::Response::Kind::Tagged || !r.tag.isEmpty());
            FUZZ_CHECK(r.kind != imap::Response::Kind::Tagged || !r.status.isEmpty());
            out.responses.append(r);
        }
    }
    return out;
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const Outcome whole = read(bytes, qMax<qsizetype>(bytes.size(), 1));
    const Outcome pieces = read(bytes, 1 + qsizetype(size % 7));
    FUZZ_CHECK(whole.failed == pieces.failed);
    FUZZ_CHECK(whole.responses.size() == pieces.responses.size());
    for (qsizetype i = 0; i < whole.responses.size(); ++i) {
        const imap::Response &a = whole.responses[i];
        const imap::Response &b = pieces.responses[i];
        FUZZ_CHECK(a.kind == b.kind && a.tag == b.tag && a.status == b.status && a.text == b.text);
        FUZZ_CHECK(same(a.code, b.code) && same(a.data, b.data));
    }
    (void)imap::quoted(bytes);
    return 0;
}
