#pragma once

#include "util/error.h"

#include <QCoreApplication>
#include <QJsonValue>

namespace shuzai::cli {

// Translation context for the command line's own texts.
class Cli {
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

// Where results go: UTF-8 text or JSON on stdout, one-line errors on stderr.
class Output {
public:
    explicit Output(bool json)
        : m_json(json)
    {
    }
    bool json() const { return m_json; }

    void printJson(const QJsonValue &value) const;
    void line(const QString &text = {}) const;
    // Prints the error and returns the exit status: 2 for usage errors, 1 for any other.
    int fail(const Error &error) const;

private:
    bool m_json;
    // A command that already printed its JSON (a batch with some failures) keeps stdout one
    // document: the error then goes to stderr only.
    mutable bool m_printedJson = false;
};

QString errorCodeName(ErrorCode code);

} // namespace shuzai::cli
