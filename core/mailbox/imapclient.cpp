#include "imapclient.h"

#include "imapresponse.h"
#include "net/tlssocket.h"
#include "util/logging.h"

#include <QDir>
#include <QSettings>
#include <QTimeZone>
#include <QUrl>

namespace shuzai {
namespace {

const QString kLoginField = QStringLiteral("imapAccount");

Error imapError(const char *text, const QStringList &args)
{
    return Error(ErrorCode::Io, text, args, QStringLiteral("imap"));
}

// "17-Jul-1996 02:44:25 -0700" (RFC 9051 date-time), to UTC; invalid when it is not one.
QDateTime parseInternalDate(const QByteArray &text)
{
    static const QByteArrayList months = {"jan", "feb", "mar", "apr", "may", "jun",
                                          "jul", "aug", "sep", "oct", "nov", "dec"};
    const QList<QByteArray> parts = text.trimmed().split(' ');
    if (parts.size() != 3)
        return {};
    const QList<QByteArray> dmy = parts[0].split('-');
    if (dmy.size() != 3)
        return {};
    const int month = int(months.indexOf(dmy[1].toLower())) + 1;
    const QDate date(dmy[2].toInt(), month, dmy[0].toInt());
    const QTime time = QTime::fromString(QString::fromLatin1(parts[1]), QStringLiteral("HH:mm:ss"));
    const QByteArray &zone = parts[2];
    if (!date.isValid() || !time.isValid() || zone.size() != 5)
        return {};
    const int sign = zone[0] == '-' ? -1 : 1;
    const int offset = sign * (zone.mid(1, 2).toInt() * 3600 + zone.mid(3, 2).toInt() * 60);
    return QDateTime(date, time, QTimeZone(offset)).toUTC();
}

bool toUInt(const imap::Value &v, quint32 *out)
{
    if (v.kind != imap::Value::Kind::Atom)
        return false;
    bool ok = false;
    const qulonglong n = v.text.toULongLong(&ok);
    if (!ok || n > 0xffffffffULL)
        return false;
    *out = quint32(n);
    return true;
}

QByteArray mailboxName(const QString &name)
{
    // INBOX and plain ASCII names only: Shuzai reads the inbox.
    return imap::quoted(name.toLatin1()).value_or(QByteArray("INBOX"));
}

} // namespace

struct ImapClient::Private {
    ImapSettings settings;
    std::unique_ptr<net::TlsSocket> socket; // opened by connectAndLogin
    imap::ResponseReader reader;
    QList<QByteArray> capabilities;
    int nextTag = 1;
    bool loggedIn = false;

    Error socketError() const
    {
        return imapError(QT_TRANSLATE_NOOP("Error", "The mail server %1 could not be reached or "
                                                    "stopped answering. Check its name and port "
                                                    "and the network connection; what was "
                                                    "fetched before is kept."),
                         {settings.host})
            .withLibraryText(socket ? socket->errorString() : QString());
    }

    Error tlsError() const
    {
        QStringList reasons = socket->handshakeErrors();
        if (reasons.isEmpty())
            reasons.append(socket->errorString());
        return imapError(QT_TRANSLATE_NOOP("Error", "The secure connection to the mail server "
                                                    "%1 failed: its certificate is not trusted "
                                                    "or TLS could not be set up. Nothing was "
                                                    "read. Check the server's name and, for a "
                                                    "private certificate authority, the CA "
                                                    "file."),
                         {settings.host})
            .withLibraryText(reasons.join(QStringLiteral("; ")))
            .withField(kLoginField);
    }

    Result<imap::Response> readResponse()
    {
        for (;;) {
            auto next = reader.next();
            if (!next) {
                return imapError(QT_TRANSLATE_NOOP("Error", "The mail server %1 sent a reply "
                                                            "Shuzai cannot read; the connection "
                                                            "was closed. What was fetched "
                                                            "before is kept."),
                                 {settings.host})
                    .withLibraryText(next.error().untranslatedMessage());
            }
            if (next->has_value())
                return std::move(**next);
            if (socket->bytesAvailable() == 0 && !socket->waitForReadyRead(settings.timeoutMs))
                return socketError();
            reader.feed(socket->readAll());
        }
    }

    QByteArray tag() { return "s" + QByteArray::number(nextTag++); }

    // Sends `parts` joined; each literal (in `literals`, after the part of the same index) waits
    // for the server's "+" first. Collects the untagged responses until the tagged one, which
    // must be OK.
    Result<QList<imap::Response>> run(const QList<QByteArray> &parts,
                                      const QList<QByteArray> &literals = {},
                                      const QByteArray &shownAs = {})
    {
        if (!socket)
            return socketError(); // connectAndLogin() first
        const QByteArray t = tag();
        const QByteArray shown = shownAs.isEmpty() ? parts.value(0).left(60) : shownAs;
        QList<imap::Response> untagged;
        socket->write(t + ' ' + parts.value(0));
        for (qsizetype i = 0; i < literals.size(); ++i) {
            socket->write("{" + QByteArray::number(literals[i].size()) + "}\r\n");
            for (;;) {
                auto r = readResponse();
                if (!r)
                    return r.error();
                if (r->kind == imap::Response::Kind::Continuation)
                    break;
                if (r->kind == imap::Response::Kind::Tagged)
                    return refused(shown, *r);
                untagged.append(std::move(*r));
            }
            socket->write(literals[i]);
            socket->write(parts.value(i + 1));
        }
        socket->write("\r\n");
        for (;;) {
            auto r = readResponse();
            if (!r)
                return r.error();
            if (r->kind == imap::Response::Kind::Continuation)
                return refused(shown, *r);
            if (r->kind == imap::Response::Kind::Untagged) {
                untagged.append(std::move(*r));
                continue;
            }
            if (r->tag != t)
                continue; // not ours: a reply to nothing we sent
            if (r->status != "OK")
                return refused(shown, *r);
            return untagged;
        }
    }

    Error refused(const QByteArray &command, const imap::Response &r) const
    {
        return imapError(QT_TRANSLATE_NOOP("Error", "The mail server %1 refused the command "
                                                    "\"%2\"."),
                         {settings.host, QString::fromUtf8(command)})
            .withLibraryText(QString::fromUtf8(r.status + ' ' + r.text));
    }

    Error loginRefused(const Error &cause) const
    {
        return imapError(QT_TRANSLATE_NOOP("Error", "The mail server %1 did not accept the "
                                                    "login of %2: check the user name and the "
                                                    "password. Nothing was read."),
                         {settings.host, settings.user})
            .withLibraryText(cause.libraryText())
            .withField(kLoginField);
    }
};

ImapClient::ImapClient(ImapSettings settings)
    : d(std::make_unique<Private>())
{
    d->settings = std::move(settings);
}

ImapClient::~ImapClient() = default;

VoidResult ImapClient::connectAndLogin()
{
    ImapSettings &s = d->settings;
    auto socket = net::openTlsSocket();
    if (!socket)
        return Error(socket.error()).withField(kLoginField);
    d->socket = std::move(*socket);
    if (!s.caFile.isEmpty() && !d->socket->addCaFile(s.caFile)) {
        return imapError(QT_TRANSLATE_NOOP("Error", "No certificate could be read from %1."),
                         {QDir::toNativeSeparators(s.caFile)})
            .withField(kLoginField);
    }
    d->socket->connectToHost(s.host, s.port, true);
    if (!d->socket->waitForConnected(s.timeoutMs))
        return d->socketError().withField(kLoginField);
    if (!d->socket->waitForEncrypted(s.timeoutMs))
        return d->tlsError();
    if (!d->socket->isEncrypted())
        return d->tlsError(); // never a password over a plain connection

    auto greeting = d->readResponse();
    if (!greeting)
        return Error(greeting.error()).withField(kLoginField);
    if (greeting->kind != imap::Response::Kind::Untagged || greeting->status == "BYE")
        return d->refused("(greeting)", *greeting).withField(kLoginField);
    if (greeting->status == "PREAUTH") {
        d->loggedIn = true;
        return {};
    }

    auto caps = d->run({"CAPABILITY"});
    if (!caps)
        return Error(caps.error()).withField(kLoginField);
    for (const imap::Response &r : *caps) {
        if (!r.data.isEmpty() && r.data[0].isAtom("CAPABILITY")) {
            for (qsizetype i = 1; i < r.data.size(); ++i)
                d->capabilities.append(r.data[i].text.toUpper());
        }
    }

    const QByteArray user = s.user.toUtf8();
    const QByteArray password = s.password.toUtf8();
    Result<QList<imap::Response>> login = QList<imap::Response>();
    if (d->capabilities.contains("AUTH=PLAIN")) {
        const QByteArray token = (QByteArray(1, '\0') + user + '\0' + password).toBase64();
        if (d->capabilities.contains("SASL-IR")) {
            login = d->run({"AUTHENTICATE PLAIN " + token}, {}, "AUTHENTICATE PLAIN");
        } else {
            // The token goes after the server's "+", like a literal without its size.
            const QByteArray t = d->tag();
            d->socket->write(t + " AUTHENTICATE PLAIN\r\n");
            auto plus = d->readResponse();
            if (!plus)
                return Error(plus.error()).withField(kLoginField);
            d->socket->write(token + "\r\n");
            for (;;) {
                auto r = d->readResponse();
                if (!r)
                    return Error(r.error()).withField(kLoginField);
                if (r->kind == imap::Response::Kind::Tagged) {
                    if (r->status != "OK")
                        login = d->refused("AUTHENTICATE PLAIN", *r);
                    break;
                }
            }
        }
    } else if (!d->capabilities.contains("LOGINDISABLED")) {
        // Quoted where the bytes allow, else literals (a password with 8-bit or quotes is fine).
        const auto qu = imap::quoted(user);
        const auto qp = imap::quoted(password);
        QList<QByteArray> parts{"LOGIN "};
        QList<QByteArray> literals;
        if (qu) {
            parts.last() += *qu + ' ';
        } else {
            literals.append(user);
            parts.append(" ");
        }
        if (qp) {
            parts.last() += *qp;
        } else {
            literals.append(password);
            parts.append(QByteArray());
        }
        login = d->run(parts, literals, "LOGIN");
    } else {
        return imapError(QT_TRANSLATE_NOOP("Error", "The mail server %1 offers no way to log in "
                                                    "that Shuzai knows (LOGIN or AUTHENTICATE "
                                                    "PLAIN)."),
                         {s.host})
            .withField(kLoginField);
    }
    if (!login)
        return d->loginRefused(login.error());
    d->loggedIn = true;
    return {};
}

Result<ImapMailboxState> ImapClient::examine(const QString &mailbox)
{
    auto responses = d->run({"EXAMINE " + mailboxName(mailbox)});
    if (!responses)
        return responses.error();
    ImapMailboxState state;
    for (const imap::Response &r : *responses) {
        if (r.status == "OK" && r.code.size() >= 2) {
            if (r.code[0].isAtom("UIDVALIDITY"))
                toUInt(r.code[1], &state.uidValidity);
            else if (r.code[0].isAtom("UIDNEXT"))
                toUInt(r.code[1], &state.uidNext);
        } else if (r.data.size() == 2 && r.data[1].isAtom("EXISTS")) {
            toUInt(r.data[0], &state.exists);
        }
    }
    return state;
}

Result<QList<quint32>> ImapClient::uidsFrom(quint32 first)
{
    auto responses =
        d->run({"UID SEARCH UID " + QByteArray::number(qMax<quint32>(first, 1)) + ":*"});
    if (!responses)
        return responses.error();
    QList<quint32> uids;
    for (const imap::Response &r : *responses) {
        if (r.data.isEmpty() || !r.data[0].isAtom("SEARCH"))
            continue;
        for (qsizetype i = 1; i < r.data.size(); ++i) {
            quint32 uid = 0;
            if (toUInt(r.data[i], &uid) && uid >= first && !uids.contains(uid))
                uids.append(uid);
        }
    }
    std::sort(uids.begin(), uids.end());
    return uids;
}

namespace {
// The FETCH response's attribute list as name → value, for the message with `uid`.
const imap::Value *attribute(const imap::Value &list, const char *name)
{
    for (qsizetype i = 0; i + 1 < list.items.size(); i += 2) {
        if (list.items[i].isAtom(name))
            return &list.items[i + 1];
    }
    return nullptr;
}

const imap::Value *fetchListFor(const QList<imap::Response> &responses, quint32 uid,
                                const char *needed)
{
    for (const imap::Response &r : responses) {
        if (r.data.size() != 3 || !r.data[1].isAtom("FETCH") ||
            r.data[2].kind != imap::Value::Kind::List)
            continue;
        quint32 got = 0;
        const imap::Value *u = attribute(r.data[2], "UID");
        if (u && toUInt(*u, &got) && got == uid && attribute(r.data[2], needed))
            return &r.data[2];
    }
    return nullptr;
}
} // namespace

Result<ImapFetchedMessage> ImapClient::fetch(quint32 uid)
{
    auto responses = d->run(
        {"UID FETCH " + QByteArray::number(uid) + " (UID RFC822.SIZE INTERNALDATE BODY.PEEK[])"});
    if (!responses)
        return responses.error();
    const imap::Value *list = fetchListFor(*responses, uid, "BODY[]");
    if (!list) {
        return imapError(QT_TRANSLATE_NOOP("Error", "The mail server %1 did not send message "
                                                    "%2 (it may have been deleted meanwhile)."),
                         {d->settings.host, QString::number(uid)});
    }
    ImapFetchedMessage m;
    m.uid = uid;
    m.bytes = attribute(*list, "BODY[]")->text;
    if (const imap::Value *size = attribute(*list, "RFC822.SIZE"))
        m.size = size->text.toLongLong();
    if (const imap::Value *date = attribute(*list, "INTERNALDATE"))
        m.internalDate = parseInternalDate(date->text);
    return m;
}

Result<QList<QByteArray>> ImapClient::flags(quint32 uid)
{
    auto responses = d->run({"UID FETCH " + QByteArray::number(uid) + " (UID FLAGS)"});
    if (!responses)
        return responses.error();
    const imap::Value *list = fetchListFor(*responses, uid, "FLAGS");
    if (!list)
        return QList<QByteArray>();
    QList<QByteArray> flags;
    for (const imap::Value &flag : attribute(*list, "FLAGS")->items)
        flags.append(flag.text);
    return flags;
}

VoidResult ImapClient::append(const QString &mailbox, const QByteArray &message)
{
    auto r = d->run({"APPEND " + mailboxName(mailbox) + ' ', {}}, {message}, "APPEND");
    if (!r)
        return r.error();
    return {};
}

void ImapClient::logout()
{
    if (!d->socket || !d->socket->isConnected())
        return;
    [[maybe_unused]] auto bye = d->run({"LOGOUT"});
    d->socket->disconnectFromHost();
}

bool isImapLoginFailure(const Error &error)
{
    return error.field() == kLoginField;
}

Result<ImapSettings> ImapSettings::fromUrl(const QString &url)
{
    const QUrl u(url, QUrl::StrictMode);
    if (!u.isValid() || u.scheme() != QLatin1String("imaps") || u.host().isEmpty() ||
        u.userName().isEmpty()) {
        return Error(ErrorCode::Usage,
                     QT_TRANSLATE_NOOP("Error", "--imap needs imaps://user@host:port (the "
                                                "password goes in the keychain), not \"%1\"."),
                     {url});
    }
    ImapSettings s;
    s.host = u.host();
    s.user = u.userName();
    s.port = quint16(u.port(993));
    return s;
}

QString ImapSettings::url() const
{
    QUrl u;
    u.setScheme(QStringLiteral("imaps"));
    u.setUserName(user);
    u.setHost(host);
    u.setPort(port);
    return u.toString();
}

ImapSettings ImapSettings::load(const QSettings &settings)
{
    auto parsed = fromUrl(settings.value(QStringLiteral("imap/url")).toString());
    if (!parsed)
        return {};
    parsed->caFile = settings.value(QStringLiteral("imap/caFile")).toString();
    return *parsed;
}

void ImapSettings::save(QSettings &settings) const
{
    settings.setValue(QStringLiteral("imap/url"), url());
    settings.setValue(QStringLiteral("imap/caFile"), caFile);
}

} // namespace shuzai
