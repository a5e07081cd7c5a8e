#include "error.h"

#include <QCoreApplication>

namespace shuzai {

Error::Error(ErrorCode code, const char *sourceText, QStringList args, QString field)
    : m_code(code)
    , m_sourceText(sourceText)
    , m_args(std::move(args))
    , m_field(std::move(field))
{
}

QString Error::message() const
{
    QString text = fill(QCoreApplication::translate("Error", m_sourceText));
    if (!m_where.isEmpty()) {
        //: An error message after the place it is about: "interview.vtt, line 12: …"
        text = QCoreApplication::translate("Error", "%1: %2").arg(m_where, text);
    }
    if (m_libraryText.isEmpty())
        return text;
    //: Below an error's sentence: the failing library's own words, untranslated.
    return text + u'\n' + QCoreApplication::translate("Error", "Details: %1").arg(m_libraryText);
}

QString Error::untranslatedMessage() const
{
    const QString text = fill(QString::fromUtf8(m_sourceText));
    const QString placed = m_where.isEmpty() ? text : m_where + QStringLiteral(": ") + text;
    return m_libraryText.isEmpty() ? placed
                                   : placed + QStringLiteral("\nDetails: ") + m_libraryText;
}

Error &Error::withLibraryText(const QString &text)
{
    m_libraryText = text.trimmed();
    return *this;
}

Error &Error::at(const QString &where)
{
    if (m_where.isEmpty())
        m_where = where;
    return *this;
}

Error &Error::withDetail(const QString &detail)
{
    m_detail = detail;
    return *this;
}

Error &Error::withField(const QString &field)
{
    m_field = field;
    return *this;
}

namespace {
// What a message shows of an argument: an address, a path, a name in full, but never more than
// a short excerpt of a long text (a whole letter or a mistyped paste echoed back).
constexpr qsizetype kMaxArgument = 120;

QString excerpt(const QString &argument)
{
    if (argument.size() <= kMaxArgument)
        return argument;
    qsizetype cut = kMaxArgument - 1;
    if (argument.at(cut).isLowSurrogate())
        --cut;
    return argument.left(cut) + u'…';
}
} // namespace

QString Error::fill(QString text) const
{
    // One pass, so a "%2" inside an argument (an e-mail address may hold one) stays as typed.
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i) == u'%' && i + 1 < text.size() && text.at(i + 1).isDigit()) {
            const int n = text.at(i + 1).digitValue();
            if (n >= 1 && n <= m_args.size()) {
                out += excerpt(m_args.at(n - 1));
                ++i;
                continue;
            }
        }
        out += text.at(i);
    }
    return out;
}

} // namespace shuzai
