#pragma once

#include "util/result.h"

#include <QMap>
#include <QMultiMap>
#include <QSet>
#include <QStringList>
#include <algorithm>

namespace shuzai::cli {

// `shuzai-cli [GLOBAL OPTIONS] NOUN VERB [ARGS] [OPTIONS]`, options allowed anywhere.
struct CommandLine {
    // Global options
    QString db;       // --db PATH
    QString actAs;    // --as LOGIN
    QString language; // --lang ja|en
    bool json = false;
    bool help = false;
    bool version = false;

    QStringList words;                   // NOUN VERB ARGS...
    QMultiMap<QString, QString> options; // --name VALUE (without the dashes); may repeat
    QSet<QString> flags;                 // --name

    QString word(qsizetype i) const { return words.value(i); }
    bool has(const QString &name) const { return options.contains(name) || flags.contains(name); }
    QString option(const QString &name) const { return options.value(name); }
    // Every value of a repeatable option, in the order given.
    QStringList optionValues(const QString &name) const
    {
        QStringList values = options.values(name);
        std::reverse(values.begin(), values.end());
        return values;
    }
};

Result<CommandLine> parseCommandLine(const QStringList &arguments);

Error usageError(const char *sourceText, const QStringList &args = {});

} // namespace shuzai::cli
