// GLib's headers name struct members `signals`, which Qt's keyword macro would rewrite: GMime
// comes before any Qt header.
#include <gmime/gmime.h>

#include "inboundmessage.h"

#include "transcripts/textdecoding.h"

#include <QRegularExpression>
#include <QStringDecoder>

#include <memory>

namespace shuzai {
namespace {

// GMime wants one g_mime_init() before any use; a function-local static makes that happen once,
// thread-safely, on first parse (no shutdown: the process ends with it).
void ensureGMime()
{
    static const bool initialised = [] {
        g_mime_init();
        return true;
    }();
    (void)initialised;
}

struct GObjectDeleter {
    void operator()(gpointer object) const
    {
        if (object)
            g_object_unref(object);
    }
};
template <typename T> using GPtr = std::unique_ptr<T, GObjectDeleter>;

QString fromUtf8(const char *text)
{
    return text ? QString::fromUtf8(text) : QString();
}

QString stripAngles(QString id)
{
    id = id.trimmed();
    if (id.startsWith(u'<'))
        id.remove(0, 1);
    if (id.endsWith(u'>'))
        id.chop(1);
    return id.trimmed();
}

// The ids of a References or In-Reply-To header, in the header's order (oldest first).
QStringList messageIds(GMimeObject *object, const char *header)
{
    QStringList ids;
    const char *value = g_mime_object_get_header(object, header);
    if (!value || !*value)
        return ids; // g_mime_references_parse asserts on NULL
    GMimeReferences *refs = g_mime_references_parse(nullptr, value);
    if (!refs)
        return ids;
    for (int i = 0; i < g_mime_references_length(refs); ++i)
        ids << stripAngles(fromUtf8(g_mime_references_get_message_id(refs, i)));
    g_mime_references_free(refs);
    ids.removeAll(QString());
    return ids;
}

// The part's content with its transfer encoding (base64, quoted-printable) undone, in its own
// charset still.
QByteArray decodedContent(GMimePart *part)
{
    GMimeDataWrapper *content = g_mime_part_get_content(part);
    if (!content)
        return {};
    GPtr<GMimeStream> stream(g_mime_stream_mem_new());
    g_mime_data_wrapper_write_to_stream(content, stream.get());
    GByteArray *array = g_mime_stream_mem_get_byte_array(GMIME_STREAM_MEM(stream.get()));
    if (!array)
        return {};
    return QByteArray(reinterpret_cast<const char *>(array->data), int(array->len));
}

QString tryDecode(const QByteArray &bytes, const char *name, bool *ok)
{
    QStringDecoder decoder(name);
    if (!decoder.isValid()) {
        *ok = false;
        return {};
    }
    QString text = decoder.decode(bytes);
    *ok = !decoder.hasError();
    return text;
}

struct Walk {
    QString plain;
    QString html;
    bool havePlain = false;
    bool haveHtml = false;
    QList<InboundAttachment> attachments;
};

void visitPart(GMimeObject *, GMimeObject *object, gpointer data)
{
    auto *walk = static_cast<Walk *>(data);
    if (!GMIME_IS_PART(object))
        return; // multiparts are walked into by g_mime_message_foreach; message parts are kept
                // whole
    GMimePart *part = GMIME_PART(object);
    GMimeContentType *type = g_mime_object_get_content_type(object);
    const QString mimeType = type ? fromUtf8(g_mime_content_type_get_mime_type(type)).toLower()
                                  : QStringLiteral("text/plain");
    const QString fileName = fromUtf8(g_mime_part_get_filename(part));
    const bool isText =
        mimeType == QLatin1String("text/plain") || mimeType == QLatin1String("text/html");
    if (g_mime_part_is_attachment(part) || !fileName.isEmpty() || !isText) {
        walk->attachments.append({fileName, mimeType, decodedContent(part)});
        return;
    }
    const QByteArray charset = g_mime_object_get_content_type_parameter(object, "charset");
    if (mimeType == QLatin1String("text/plain") && !walk->havePlain) {
        walk->plain = decodeMailText(decodedContent(part), charset);
        walk->havePlain = true;
    } else if (mimeType == QLatin1String("text/html") && !walk->haveHtml) {
        walk->html = decodeMailText(decodedContent(part), charset);
        walk->haveHtml = true;
    }
}

QString normaliseLineEnds(QString text)
{
    text.replace(QLatin1String("\r\n"), QLatin1String("\n"));
    text.replace(u'\r', u'\n');
    return text;
}

} // namespace

QString decodeMailText(const QByteArray &bytes, const QByteArray &charset)
{
    bool ok = false;
    const QByteArray name = charset.trimmed().toLower();
    if (!name.isEmpty() && name != "us-ascii" && name != "unknown-8bit" && name != "x-unknown") {
        // Mail says Shift_JIS but means Microsoft's CP932 (①, ～, NEC and IBM extensions):
        // decode with the superset, as mail clients do.
        const char *qtName =
            (name == "shift_jis" || name == "shift-jis" || name == "sjis" || name == "x-sjis")
                ? "windows-31j"
                : name.constData();
        QString text = tryDecode(bytes, qtName, &ok);
        if (ok)
            return text;
        if (QStringDecoder(qtName).isValid() && name != "utf-8")
            return text; // the declared charset, with U+FFFD where bytes are bad
    }
    // Undeclared (or us-ascii with 8-bit bytes, or UTF-8 that is not): guess. ISO-2022-JP is
    // 7-bit and so valid UTF-8 too: its escapes decide first.
    if (bytes.contains("\x1b$")) {
        QString jis = tryDecode(bytes, "ISO-2022-JP", &ok);
        if (ok)
            return jis;
    }
    QString text = tryDecode(bytes, "UTF-8", &ok);
    if (ok)
        return text;
    // CP932 or EUC-JP: whichever reads as the more plausible Japanese (the transcript
    // importer's detection), CP932 when unsure.
    if (auto decoded = decodeText(bytes); decoded && !decoded->text.isEmpty()) {
        const QString guessed = decoded->encoding.toUpper();
        if (guessed.contains(QLatin1String("EUC")))
            return decoded->text;
    }
    for (const char *candidate : {"windows-31j", "EUC-JP"}) {
        QString guess = tryDecode(bytes, candidate, &ok);
        if (ok)
            return guess;
    }
    return text; // UTF-8 with U+FFFD: at least the ASCII reads
}

QString decodeHeaderText(const QByteArray &raw)
{
    // Unfolded: a line break before white space is not part of the value.
    QByteArray value = raw;
    value.replace("\r\n", "");
    value.replace('\n', "");
    static const QRegularExpression word(
        QStringLiteral("=\\?([^?\\s]+)\\?([bBqQ])\\?([^?\\s]*)\\?="));
    const QString latin = QString::fromLatin1(value);
    QString out;
    QByteArray pendingCharset;
    QByteArray pending;
    const auto flush = [&] {
        if (!pending.isEmpty())
            out += decodeMailText(pending, pendingCharset);
        pending.clear();
        pendingCharset.clear();
    };
    qsizetype last = 0;
    bool afterWord = false;
    auto it = word.globalMatch(latin);
    while (it.hasNext()) {
        const auto m = it.next();
        const QByteArray gap = value.mid(last, m.capturedStart() - last);
        if (!(afterWord && gap.trimmed().isEmpty())) {
            flush();
            out += decodeMailText(gap, {});
        }
        // Words in one charset are joined before decoding: a character may be split across two.
        QByteArray charset = m.captured(1).toLatin1().toLower();
        charset = charset.left(charset.indexOf('*') < 0 ? charset.size() : charset.indexOf('*'));
        const QByteArray payload = m.captured(3).toLatin1();
        QByteArray bytes;
        if (m.captured(2).compare(QLatin1String("b"), Qt::CaseInsensitive) == 0) {
            bytes = QByteArray::fromBase64(payload);
        } else {
            for (qsizetype i = 0; i < payload.size(); ++i) {
                if (payload[i] == '_') {
                    bytes += ' ';
                } else if (payload[i] == '=' && i + 2 < payload.size()) {
                    bytes += char(payload.mid(i + 1, 2).toInt(nullptr, 16));
                    i += 2;
                } else {
                    bytes += payload[i];
                }
            }
        }
        // ISO-2022 words each end in ASCII: joined, ICU would take the empty segment between
        // two escapes for an error. Each is decoded on its own.
        if (charset != pendingCharset || charset.startsWith("iso-2022"))
            flush();
        pendingCharset = charset;
        pending += bytes;
        last = m.capturedEnd();
        afterWord = true;
    }
    flush();
    out += decodeMailText(value.mid(last), {});
    return out.trimmed();
}

QString htmlToText(const QString &html)
{
    QString text = html;
    static const QRegularExpression hidden(
        QStringLiteral("<(style|script|head)\\b[^>]*>.*?</\\1\\s*>"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression comment(QStringLiteral("<!--.*?-->"),
                                            QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression breaks(
        QStringLiteral("<(br|/p|/div|/li|/tr|/h[1-6]|/blockquote)\\b[^>]*>"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression tags(QStringLiteral("<[^>]*>"));
    static const QRegularExpression spaces(QStringLiteral("[ \\t\\r\\n]+"));
    text.remove(hidden);
    text.remove(comment);
    text.replace(spaces, QStringLiteral(" ")); // HTML's own line breaks are spaces
    text.replace(breaks, QStringLiteral("\n"));
    text.remove(tags);
    static const QRegularExpression entity(
        QStringLiteral("&(#[0-9]+|#[xX][0-9a-fA-F]+|[a-zA-Z]+);"));
    QString out;
    qsizetype last = 0;
    auto it = entity.globalMatch(text);
    while (it.hasNext()) {
        const auto match = it.next();
        out += QStringView(text).mid(last, match.capturedStart() - last);
        const QString name = match.captured(1);
        QString replacement = match.captured(0);
        if (name.startsWith(u'#')) {
            bool ok = false;
            const uint code = name.startsWith(QLatin1String("#x"), Qt::CaseInsensitive)
                                  ? name.mid(2).toUInt(&ok, 16)
                                  : name.mid(1).toUInt(&ok, 10);
            if (ok && code > 0 && code <= 0x10FFFF)
                replacement = QString::fromUcs4(reinterpret_cast<const char32_t *>(&code), 1);
        } else if (name == QLatin1String("amp")) {
            replacement = QStringLiteral("&");
        } else if (name == QLatin1String("lt")) {
            replacement = QStringLiteral("<");
        } else if (name == QLatin1String("gt")) {
            replacement = QStringLiteral(">");
        } else if (name == QLatin1String("quot")) {
            replacement = QStringLiteral("\"");
        } else if (name == QLatin1String("apos")) {
            replacement = QStringLiteral("'");
        } else if (name == QLatin1String("nbsp")) {
            replacement = QStringLiteral(" ");
        }
        out += replacement;
        last = match.capturedEnd();
    }
    out += QStringView(text).mid(last);
    QStringList lines = out.split(u'\n');
    for (QString &line : lines)
        line = line.trimmed();
    return lines.join(u'\n').trimmed();
}

Result<InboundMessage> parseInboundMessage(const QByteArray &raw)
{
    static const char *notAMessage =
        QT_TRANSLATE_NOOP("Error", "The mail message could not be read: it has no header.");
    if (raw.trimmed().isEmpty())
        return Error(ErrorCode::InvalidInput, notAMessage);
    ensureGMime();

    // GMime reads from the buffer without copying: `raw` outlives the parser.
    GPtr<GMimeStream> stream(
        g_mime_stream_mem_new_with_buffer(raw.constData(), size_t(raw.size())));
    GPtr<GMimeParser> parser(g_mime_parser_new_with_stream(stream.get()));
    GPtr<GMimeMessage> message(g_mime_parser_construct_message(parser.get(), nullptr));
    if (!message)
        return Error(ErrorCode::InvalidInput, notAMessage);
    GMimeObject *object = GMIME_OBJECT(message.get());
    if (!g_mime_object_get_header_list(object) ||
        g_mime_header_list_get_count(g_mime_object_get_header_list(object)) == 0)
        return Error(ErrorCode::InvalidInput, notAMessage);

    InboundMessage result;
    result.raw = raw;
    result.messageId = stripAngles(fromUtf8(g_mime_message_get_message_id(message.get())));
    const QStringList inReplyTo = messageIds(object, "In-Reply-To");
    if (!inReplyTo.isEmpty())
        result.inReplyTo = inReplyTo.first();
    result.references = messageIds(object, "References");
    // The subject is decoded here rather than by GMime, whose iconv loses ① and ～ in
    // ISO-2022-JP and Shift_JIS words.
    GMimeHeader *subject =
        g_mime_header_list_get_header(g_mime_object_get_header_list(object), "Subject");
    result.subject = subject ? decodeHeaderText(g_mime_header_get_raw_value(subject)) : QString();

    InternetAddressList *from = g_mime_message_get_from(message.get());
    if (from && internet_address_list_length(from) > 0) {
        InternetAddress *address = internet_address_list_get_address(from, 0);
        result.fromName = fromUtf8(internet_address_get_name(address)).trimmed();
        if (INTERNET_ADDRESS_IS_MAILBOX(address))
            result.fromAddress =
                fromUtf8(internet_address_mailbox_get_addr(INTERNET_ADDRESS_MAILBOX(address)));
        else if (INTERNET_ADDRESS_IS_GROUP(address)) {
            InternetAddressList *members =
                internet_address_group_get_members(INTERNET_ADDRESS_GROUP(address));
            if (members && internet_address_list_length(members) > 0) {
                InternetAddress *first = internet_address_list_get_address(members, 0);
                if (INTERNET_ADDRESS_IS_MAILBOX(first))
                    result.fromAddress = fromUtf8(
                        internet_address_mailbox_get_addr(INTERNET_ADDRESS_MAILBOX(first)));
            }
        }
    }

    if (GDateTime *date = g_mime_message_get_date(message.get()))
        result.date = QDateTime::fromSecsSinceEpoch(g_date_time_to_unix(date), Qt::UTC);

    Walk walk;
    g_mime_message_foreach(message.get(), visitPart, &walk);
    // A message that is a single part (not multipart) is not visited by foreach in every GMime
    // version: read its top part directly then.
    if (!walk.havePlain && !walk.haveHtml && walk.attachments.isEmpty()) {
        GMimeObject *body = g_mime_message_get_mime_part(message.get());
        if (body)
            visitPart(nullptr, body, &walk);
    }
    result.text = normaliseLineEnds(walk.havePlain ? walk.plain : htmlToText(walk.html));
    result.attachments = walk.attachments;
    return result;
}

} // namespace shuzai
