#pragma once

#include <QFile>
#include <QRegularExpression>
#include <QStringList>

namespace shuzai::test {

// Reads the sample campaign's request letter (tests/data) the way a person reads it, so tests
// can compare what the app holds against the letter itself rather than against a copy.
class RequestLetter {
public:
    RequestLetter()
    {
        QFile file(QStringLiteral(SHUZAI_TEST_DATA "/request-letter-ja.md"));
        if (file.open(QIODevice::ReadOnly))
            m_text = QString::fromUtf8(file.readAll());
    }
    const QString &text() const { return m_text; }

    // The numbered questions under "### <category>向け質問".
    QStringList questionsFor(const QString &categoryName) const
    {
        const qsizetype start =
            m_text.indexOf(QStringLiteral("### ") + categoryName + QStringLiteral("向け質問"));
        if (start < 0)
            return {};
        QStringList out;
        static const QRegularExpression item(QStringLiteral(R"(^(\d+)\. (.+)$)"));
        for (const QString &line : m_text.mid(start).split(u'\n').mid(1)) {
            if (line.startsWith(u'#'))
                break;
            const auto m = item.match(line.trimmed());
            if (m.hasMatch())
                out.append(m.captured(2));
        }
        return out;
    }

    // The lines of the 【候補日時】 block.
    QString candidateSlotBlock() const
    {
        const QString heading = QStringLiteral("【候補日時】\n");
        const qsizetype start = m_text.indexOf(heading) + heading.size();
        const qsizetype end = m_text.indexOf(QStringLiteral("\n\n"), start);
        return m_text.mid(start, end - start);
    }

private:
    QString m_text;
};

} // namespace shuzai::test
