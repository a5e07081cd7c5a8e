// Name readings with MeCab (Debian's libmecab2 and mecab-ipadic-utf8): the module shuzai-mecab,
// loaded by the first reading asked for (namereadings.cpp).
#include "namereadings.h"

#include "util/japanesetext.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QHash>
#include <QMutex>
#include <QTextStream>
#include <mecab.h>

namespace shuzai {

namespace {
const char *const kDebianDictionary = "/var/lib/mecab/dic/ipadic-utf8";

bool isKanji(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= 0x3400 && u <= 0x9FFF) || (u >= 0xF900 && u <= 0xFAFF) || u == 0x3005 ||
           u == 0x30F6 || u == 0x30F5; // 々 ヶ ヵ
}

bool isKana(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= 0x3041 && u <= 0x3096) || (u >= 0x30A1 && u <= 0x30FA) || u == 0x30FC;
}

// Readings the IPA dictionary lacks or ranks below a rarer one: given names that became common
// after it was made (陽菜, 大翔) and a few names whose usual reading it does not pick first.
// One "name<TAB>reading<TAB>family|given|any" a line (names-supplement.tsv).
QHash<QString, QString> loadSupplement(NamePart part)
{
    QHash<QString, QString> table;
    QFile file(QStringLiteral(":/readings/names-supplement.tsv"));
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return table;
    const QString wanted =
        part == NamePart::Family ? QStringLiteral("family") : QStringLiteral("given");
    QTextStream in(&file);
    while (!in.atEnd()) {
        const QString line = in.readLine();
        if (line.startsWith(u'#') || line.trimmed().isEmpty())
            continue;
        const QStringList fields = line.split(u'\t');
        if (fields.size() == 3 && (fields[2] == wanted || fields[2] == QLatin1String("any")))
            table.insert(fields[0], fields[1]);
    }
    return table;
}

// How kanji are read in given names, at their start and at their end (names-kanji.tsv: one
// "kanji<TAB>start reading<TAB>end reading" a line, "-" where a kanji has none).
void loadNameKanji(QHash<QChar, QString> &starts, QHash<QChar, QString> &ends)
{
    QFile file(QStringLiteral(":/readings/names-kanji.tsv"));
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return;
    QTextStream in(&file);
    while (!in.atEnd()) {
        const QString line = in.readLine();
        const QStringList fields = line.split(u'\t');
        if (line.startsWith(u'#') || fields.size() != 3 || fields[0].size() != 1)
            continue;
        if (fields[1] != QLatin1String("-"))
            starts.insert(fields[0].at(0), fields[1]);
        if (fields[2] != QLatin1String("-"))
            ends.insert(fields[0].at(0), fields[2]);
    }
}

struct Candidate {
    QString reading;
    int rank = 0; // lower is better: a person's name of the asked part, of the other part, ...
    long cost = 0;
};

class MecabReadings final : public NameReadings {
public:
    explicit MecabReadings(const QString &dictionaryDir)
    {
        QString dir = dictionaryDir;
        if (dir.isEmpty())
            dir =
                qEnvironmentVariable("SHUZAI_MECAB_DICDIR", QString::fromLatin1(kDebianDictionary));
        if (!QFile::exists(QDir(dir).filePath(QStringLiteral("sys.dic")))) {
            m_error = Error(ErrorCode::NotFound,
                            QT_TRANSLATE_NOOP("Error",
                                              "No reading can be suggested: the MeCab dictionary "
                                              "is missing (install mecab-ipadic-utf8)."))
                          .at(dir);
            return;
        }
        // An empty rc file: the dictionary named here, whatever /etc/mecabrc says. Arguments
        // one by one, so a folder with spaces stays one argument.
        QByteArray words[] = {"mecab", "-r", "/dev/null", "-d", QFile::encodeName(dir)};
        char *argv[std::size(words)];
        for (size_t i = 0; i < std::size(words); ++i)
            argv[i] = words[i].data();
        m_model.reset(MeCab::createModel(int(std::size(argv)), argv));
        if (m_model)
            m_tagger.reset(m_model->createTagger());
        if (m_tagger)
            m_lattice.reset(m_model->createLattice());
        const MeCab::DictionaryInfo *info = m_model ? m_model->dictionary_info() : nullptr;
        if (!m_lattice || !info || QByteArray(info->charset).toLower().replace("-", "") != "utf8") {
            m_error = Error(ErrorCode::Io,
                            QT_TRANSLATE_NOOP("Error",
                                              "No reading can be suggested: the MeCab dictionary "
                                              "could not be loaded (it must be UTF-8: "
                                              "mecab-ipadic-utf8)."))
                          .at(dir)
                          .withLibraryText(QString::fromUtf8(MeCab::getLastError()));
            m_lattice.reset();
            m_tagger.reset();
            m_model.reset();
            return;
        }
        m_supplement[0] = loadSupplement(NamePart::Family);
        m_supplement[1] = loadSupplement(NamePart::Given);
        loadNameKanji(m_nameStarts, m_nameEnds);
    }

    std::optional<Error> unavailable() const override { return m_error; }

    QString reading(const QString &name, NamePart part) const override
    {
        const QString word = name.trimmed();
        bool japanese = !word.isEmpty();
        bool kanaOnly = true;
        for (const QChar c : word) {
            japanese = japanese && (isKanji(c) || isKana(c));
            kanaOnly = kanaOnly && isKana(c);
        }
        if (!japanese)
            return {};
        if (kanaOnly)
            return japanese::hiraganaToKatakana(word);
        if (const auto found = m_supplement[part == NamePart::Given].constFind(word);
            found != m_supplement[part == NamePart::Given].constEnd())
            return *found;
        if (!m_lattice)
            return {};
        QMutexLocker lock(&m_mutex);
        return japanese::hiraganaToKatakana(analyse(word, part));
    }

private:
    // Of the dictionary's words spelt exactly like the whole name, the best one for a person's
    // name of this part; else the readings of the best split, when every piece has one.
    QString analyse(const QString &word, NamePart part) const
    {
        const QByteArray bytes = word.toUtf8();
        m_lattice->set_sentence(bytes.constData(), size_t(bytes.size()));
        if (!m_tagger->parse(m_lattice.get()))
            return {};
        std::optional<Candidate> best;
        for (const MeCab::Node *node = m_lattice->begin_nodes(0); node; node = node->bnext) {
            if (node->stat != MECAB_NOR_NODE || node->length != unsigned(bytes.size()))
                continue;
            const QStringList features = QString::fromUtf8(node->feature).split(u',');
            if (features.size() < 8 || features[7] == QLatin1String("*"))
                continue;
            Candidate c{features[7], rankOf(features, part), long(node->wcost)};
            if (!best || c.rank < best->rank || (c.rank == best->rank && c.cost < best->cost))
                best = c;
        }
        if (best)
            return best->reading;
        if (part == NamePart::Given) {
            if (const QString composed = composedGivenName(word); !composed.isEmpty())
                return composed;
        }
        QString joined;
        for (const MeCab::Node *node = m_lattice->bos_node(); node; node = node->next) {
            if (node->stat == MECAB_BOS_NODE || node->stat == MECAB_EOS_NODE)
                continue;
            const QStringList features = QString::fromUtf8(node->feature).split(u',');
            const QString surface = QString::fromUtf8(node->surface, int(node->length));
            if (features.size() >= 8 && features[7] != QLatin1String("*"))
                joined += features[7];
            else if (std::all_of(surface.begin(), surface.end(), isKana))
                joined += surface;
            else
                return {}; // a piece without a reading: better nothing than a wrong guess
        }
        return joined;
    }

    // A given name the dictionary does not know as a whole (翔平, 康介, 海翔): read kanji by
    // kanji the way names are, with the usual reading of a name's first kanji and of its last
    // (介 スケ, 平 ヘイ, 翔 ト), where the dictionary would read each as a word of its own
    // (平 タイラ, 介 カイ). Only when every kanji has such a reading (names-kanji.tsv).
    QString composedGivenName(const QString &word) const
    {
        if (word.size() < 2 || word.size() > 3)
            return {};
        QString reading;
        for (qsizetype i = 0; i < word.size(); ++i) {
            const auto &table = i + 1 == word.size() ? m_nameEnds : m_nameStarts;
            const auto found = table.constFind(word.at(i));
            if (found == table.constEnd())
                return {};
            reading += *found;
        }
        return reading;
    }

    static int rankOf(const QStringList &features, NamePart part)
    {
        // 名詞,固有名詞,人名,姓 / 名
        if (features.value(2) == QStringView(u"人名")) {
            const bool family = features.value(3) == QStringView(u"姓");
            return family == (part == NamePart::Family) ? 0 : 1;
        }
        return features.value(1) == QStringView(u"固有名詞") ? 2 : 3;
    }

    std::optional<Error> m_error;
    std::unique_ptr<MeCab::Model> m_model;
    std::unique_ptr<MeCab::Tagger> m_tagger;
    std::unique_ptr<MeCab::Lattice> m_lattice;
    QHash<QString, QString> m_supplement[2];
    QHash<QChar, QString> m_nameStarts; // 翔 ショウ: the first kanji of a given name
    QHash<QChar, QString> m_nameEnds;   // 介 スケ: the last one
    mutable QMutex m_mutex;
};
} // namespace

} // namespace shuzai

extern "C" Q_DECL_EXPORT void
shuzai_create_mecab_readings(const QString *dictionaryDir,
                             std::unique_ptr<shuzai::NameReadings> *out)
{
    *out = std::make_unique<shuzai::MecabReadings>(*dictionaryDir);
}
