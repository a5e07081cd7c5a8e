#pragma once

// Every verb of shuzai-cli declared once: its arguments, its options and what each accepts, a
// one-line description and what it does to the database. The parser, the validation
// (argcheck.h), --help, `help --markdown` (the README's table) and main's choice of how to open
// the database all read this table.

#include "util/result.h"

#include <QJsonArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace shuzai::cli {

struct CommandLine;

enum class ValueKind {
    Flag,           // no value
    Text,           // any text, empty included
    Name,           // a text that must not be empty (a file, a login, an interviewee)
    Integer,        // a whole number from min to max
    Id,             // a record's id: a whole number from 1
    Choice,         // one of `choices`
    ChoiceList,     // one or more of `choices`, separated by commas
    Date,           // YYYY-MM-DD
    DateTime,       // YYYY-MM-DDTHH:MM[:SS], optionally with an offset (Z, +09:00)
    DateOrDateTime, // either of the two above
    Time,           // HH:MM
    TimeZone,       // an IANA zone (Asia/Tokyo); JST is taken as Asia/Tokyo
    SmtpUrl,        // smtp[s]://user@host[:port], never with a password
    SpeakerMap,     // LABEL=interviewee | LABEL=interviewer[:LOGIN] | LABEL=other
};

struct ValueSpec {
    ValueKind kind = ValueKind::Text;
    qint64 min = 0;
    qint64 max = 0;
    QStringList choices;
    bool ignoreCase = false; // Choice: "UTF-8" as "utf-8"
    // What the value is, for --help, when the kind alone does not say it (QT_TRANSLATE_NOOP in
    // context "Cli").
    const char *about = nullptr;
};

struct OptionSpec {
    QString name;        // without the dashes
    QString placeholder; // "N", "YYYY-MM-DD"; empty for a flag
    ValueSpec value;
    bool required = false;
    bool repeatable = false;
    bool inSynopsis = true; // false: only `COMMAND --help` lists it
    QString alias;          // another spelling taken for the same option
    // Options with the same group exclude each other; when one of them is required, exactly
    // one of the group must be given.
    QString group;
};

struct ArgSpec {
    QString name; // "INTERVIEWEE"
    ValueSpec value;
    bool optional = false;
    bool repeats = false; // INTERVIEWEE... takes the rest of the arguments
};

// What a verb does to the database, so main opens it the right way before the verb runs.
enum class Access {
    None,   // no database (help)
    Create, // creates or upgrades it (init only)
    Read,   // opens it read-only, without the write lock
    Write,  // opens it for reading and writing
    Own,    // opens the databases it needs itself (copy, restore, server setup)
};

struct VerbSpec {
    QStringList words; // {"schedule", "book"}
    QList<ArgSpec> args;
    QList<OptionSpec> options;
    const char *description = nullptr; // QT_TRANSLATE_NOOP("Cli", ...)
    Access access = Access::Write;
    QString readsWith;  // given this option, the verb only reads (transcript import --dry-run)
    QString writesWith; // given this option, a reading verb writes (transcript speakers --map)
    // A global option the verb needs, shown in its synopsis ("--db postgresql://...").
    QString globalInSynopsis;
    // Rules between several options and arguments, checked with the rest before anything runs.
    VoidResult (*check)(const CommandLine &cl) = nullptr;

    QString name() const { return words.join(u' '); }
    qsizetype minArguments() const;
    qsizetype maxArguments() const; // -1: no limit
    const OptionSpec *option(const QString &name) const;
    Access accessFor(const CommandLine &cl) const;
    // "schedule book INTERVIEWEE --at YYYY-MM-DDTHH:MM [--minutes N] ..."
    QString synopsis() const;
    // The same in pieces that are never broken across lines: words, arguments, options.
    QStringList synopsisParts() const;
};

// The options every verb takes: --db, --json, --as, --lang, --help, --version.
const QList<OptionSpec> &globalOptions();
// Every verb, in the order of the README's table.
const QList<VerbSpec> &verbs();
// The verb that the first words of a command line name (the longest match), or nullptr.
const VerbSpec *findVerb(const QStringList &words);
// The verbs of a noun ("schedule": book, move, ...); empty when the noun is unknown.
QList<const VerbSpec *> verbsOf(const QString &noun);
// An option of any verb or a global one, by name or alias; nullptr when no verb knows it.
const OptionSpec *anyOption(const QString &name);

// The README's command table, one row a verb, in Markdown (verbexport.cpp).
QString markdownTable();
// Every verb's declaration as JSON: arguments, options, what each accepts, database access.
QJsonArray declarationJson();
// A bash completion script for shuzai-cli: nouns, verbs, options and their choices.
QString bashCompletion();

} // namespace shuzai::cli
