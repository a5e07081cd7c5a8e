// The mail parser module (shuzai-mime): messages parsed with GMime 3.
// GLib's headers name struct members `signals`, which Qt's keyword macro would rewrite: GMime
// comes before any Qt header.
#include <gmime/gmime.h>

#include "inboundmessage.h"

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

Result<InboundMessage> parseWithGMime(const QByteArray &raw)
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

} // namespace
} // namespace shuzai

// The module's entry (modules::resolve): GLib, GIO and GPGME load with it, for the verbs and
// screens that read mail, not at every start.
extern "C" Q_DECL_EXPORT void
shuzai_parse_inbound_message(const QByteArray *raw, shuzai::Result<shuzai::InboundMessage> *out)
{
    *out = shuzai::parseWithGMime(*raw);
}
