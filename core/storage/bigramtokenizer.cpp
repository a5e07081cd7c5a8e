#include "bigramtokenizer.h"

#include "sqlitehandle.h"

#include "util/searchfold.h"

#include <QSqlDriver>
#include <QVariant>
#include <sqlite3.h>
#include <vector>

namespace shuzai {

namespace {

struct Tokenizer {
    int unused = 0;
};

int create(void *, const char **, int, Fts5Tokenizer **out)
{
    *out = reinterpret_cast<Fts5Tokenizer *>(new Tokenizer);
    return SQLITE_OK;
}

void destroy(Fts5Tokenizer *tokenizer)
{
    delete reinterpret_cast<Tokenizer *>(tokenizer);
}

void appendUtf8(std::string &out, char32_t c)
{
    if (c < 0x80) {
        out += char(c);
    } else if (c < 0x800) {
        out += char(0xC0 | (c >> 6));
        out += char(0x80 | (c & 0x3F));
    } else if (c < 0x10000) {
        out += char(0xE0 | (c >> 12));
        out += char(0x80 | ((c >> 6) & 0x3F));
        out += char(0x80 | (c & 0x3F));
    } else {
        out += char(0xF0 | (c >> 18));
        out += char(0x80 | ((c >> 12) & 0x3F));
        out += char(0x80 | ((c >> 6) & 0x3F));
        out += char(0x80 | (c & 0x3F));
    }
}

int tokenize(Fts5Tokenizer *, void *context, int flags, const char *text, int length,
             int (*xToken)(void *, int, const char *, int, int, int))
{
    const QString input = QString::fromUtf8(text, length);
    // UTF-16 index -> byte offset in the caller's UTF-8, for the token spans FTS5 reports.
    std::vector<int> byteAt(std::size_t(input.size()) + 1, 0);
    {
        int bytes = 0;
        for (qsizetype i = 0; i < input.size(); ++i) {
            byteAt[std::size_t(i)] = bytes;
            const char16_t u = input[i].unicode();
            if (QChar::isHighSurrogate(u) && i + 1 < input.size())
                bytes += 4, byteAt[std::size_t(++i)] = bytes - 2;
            else
                bytes += u < 0x80 ? 1 : u < 0x800 ? 2 : 3;
        }
        byteAt[std::size_t(input.size())] = bytes;
    }
    const bool query = flags & FTS5_TOKENIZE_QUERY;
    const std::vector<search::FoldedChar> folded = search::foldWithOffsets(input);
    std::string token;
    auto emitToken = [&](std::size_t from, std::size_t count) {
        token.clear();
        for (std::size_t k = 0; k < count; ++k)
            appendUtf8(token, folded[from + k].ch);
        return xToken(context, 0, token.data(), int(token.size()),
                      byteAt[std::size_t(folded[from].begin)],
                      byteAt[std::size_t(folded[from + count - 1].end)]);
    };
    std::size_t start = 0;
    while (start < folded.size()) {
        if (folded[start].ch == U' ') {
            ++start;
            continue;
        }
        std::size_t end = start;
        while (end < folded.size() && folded[end].ch != U' ')
            ++end;
        const std::size_t runLength = end - start;
        for (std::size_t i = start; i + 1 < end; ++i) {
            if (int rc = emitToken(i, 2); rc != SQLITE_OK)
                return rc;
        }
        // Documents end every run with its last character alone, so a one-character prefix
        // query finds a character at the end of a run too; a query needs it only when it is
        // a single character.
        if (!query || runLength == 1) {
            if (int rc = emitToken(end - 1, 1); rc != SQLITE_OK)
                return rc;
        }
        start = end;
    }
    return SQLITE_OK;
}

fts5_api *ftsApi(sqlite3 *db)
{
    fts5_api *api = nullptr;
    sqlite3_stmt *stmt = nullptr;
    if (sqlite3_prepare_v2(db, "SELECT fts5(?1)", -1, &stmt, nullptr) != SQLITE_OK)
        return nullptr;
    sqlite3_bind_pointer(stmt, 1, static_cast<void *>(&api), "fts5_api_ptr", nullptr);
    sqlite3_step(stmt);
    sqlite3_finalize(stmt);
    return api;
}

} // namespace

bool registerBigramTokenizer(const QSqlDatabase &db)
{
    sqlite3 *connection = sqliteHandle(db);
    fts5_api *api = connection ? ftsApi(connection) : nullptr;
    if (!api)
        return false;
    static fts5_tokenizer tokenizer{create, destroy, tokenize};
    return api->xCreateTokenizer(api, "shuzai_bigram", nullptr, &tokenizer, nullptr) == SQLITE_OK;
}

} // namespace shuzai
