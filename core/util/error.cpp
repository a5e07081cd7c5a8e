#include "error.h"

#include <QCoreApplication>

namespace shuzai {

Error::Error(ErrorCode code, const char *sourceText, QStringList args, QString field)
    : m_code(code)
    , m_sourceText(sourceText)
    , m_args(std::move(args))
    , m_field(std::move(field)) {}

QString Error::message() const {
    return fill(QCoreApplication::translate("Error", m_sourceText));
}

QString Error::untranslatedMessage() const {
    return fill(QString::fromUtf8(m_sourceText));
}

Error &Error::withDetail(const QString &detail) {
    m_detail = detail;
    return *this;
}

QString Error::fill(QString text) const {
    for (const QString &arg : m_args)
        text = text.arg(arg);
    return text;
}

} // namespace shuzai
