#include "reviewpacket.h"

#include "domain/slotformat.h"

#include <QLocale>

namespace shuzai {

namespace {
// The packet goes to the interviewee in the language of their letter, whatever the editor's
// screen shows: both texts live here, as the letter templates do, not in the UI translation.
struct PacketTexts {
    const char16_t *title; // %1 article
    const char16_t *dear;  // %1 name
    const char16_t *intro; // %1 medium, %2 date, %3 editor, %4 address, %5 due
    const char16_t *article;
    const char16_t *publishedOn;
    const char16_t *answerBy;
    const char16_t *printedAs;
    const char16_t *round;
    const char16_t *quotation; // %1 number
    const char16_t *excerpt;   // %1 number
    const char16_t *question;  // %1 question
    const char16_t *inContext; // %1 passage
    const char16_t *nothing;
    const char16_t *undecided;
    const char16_t *honorific; // %1 name
    const char16_t *withPhoto;
    const char16_t *fileName;
    const char16_t *mailBody; // %1 medium, %2 editor, %3 address
};

const PacketTexts kJapanese{
    u"掲載内容のご確認のお願い（%1）",
    u"%1 様",
    u"先日は取材にご協力いただき、誠にありがとうございました。%1では%2に記事を公開する予定です。"
    u"掲載に先立ち、下記の引用・抜粋の内容をご確認ください。修正をご希望の箇所がございましたら、"
    u"%5までに%3（%4）までお知らせくださいますようお願い申し上げます。",
    u"記事",
    u"公開予定日",
    u"ご回答期限",
    u"掲載時の表記",
    u"確認回",
    u"%1. 引用",
    u"%1. 抜粋",
    u"質問：%1",
    u"前後の文脈：%1",
    u"確認いただく箇所はまだ選ばれていません。",
    u"未定（掲載時の表記のご希望をお知らせください）",
    u"%1 氏",
    u"（写真掲載あり）",
    u"掲載内容のご確認",
    u"掲載予定の内容をお送りいたします。添付のPDFをご確認ください。\n\n%1\n%2 <%3>\n",
};

const PacketTexts kEnglish{
    u"Please check before publication: %1",
    u"Dear %1",
    u"Thank you for the interview. Before %1 publishes the article on %2, please check the "
    u"passages below. If anything should be corrected, please tell %3 (%4) by %5.",
    u"Article",
    u"Published on",
    u"Please answer by",
    u"Printed as",
    u"Check round",
    u"%1. Quotation",
    u"%1. Excerpt",
    u"Question: %1",
    u"In context: %1",
    u"No passages have been chosen yet.",
    u"Not decided yet: please tell us how you wish to be named",
    u"%1",
    u" (with photo)",
    u"Content check",
    u"Please find attached the passages of the article for your check.\n\n%1\n%2 <%3>\n",
};

const PacketTexts &textsFor(const QString &language)
{
    return language == QLatin1String("en") ? kEnglish : kJapanese;
}

QString str(const char16_t *text)
{
    return QString::fromUtf16(text);
}

QString esc(const QString &text)
{
    return text.toHtmlEscaped().replace(u'\n', QStringLiteral("<br/>"));
}

QString dateText(const QDate &date, const QString &language)
{
    if (language == QLatin1String("en"))
        return QLocale(QLocale::English, QLocale::UnitedKingdom)
            .toString(date, QLocale::LongFormat);
    return QStringLiteral("%1年").arg(date.year()) + japaneseMonthDayWeekday(date);
}
} // namespace

QString printedAttribution(const IntervieweeData &person, const QString &printedName,
                           const QString &language)
{
    const PacketTexts &t = textsFor(language);
    switch (person.attribution) {
    case Attribution::Anonymous:
        return printedName;
    case Attribution::Undecided:
        return str(t.undecided);
    case Attribution::NameAndAffiliation:
    case Attribution::WithPhoto:
        break;
    }
    QStringList parts{person.organisation, person.department, person.jobTitle};
    parts.removeAll(QString());
    QString line = parts.join(u' ');
    if (!line.isEmpty())
        line += u' ';
    line += str(t.honorific).arg(person.fullName());
    if (person.attribution == Attribution::WithPhoto)
        line += str(t.withPhoto);
    return line;
}

QString packetMailBody(const QString &language)
{
    return str(textsFor(language).mailBody);
}

ReviewPacket buildReviewPacket(const ReviewPacketInput &in)
{
    const IntervieweeData &d = in.person.data;
    const PacketTexts &t = textsFor(in.language);
    const auto date = [&](const QDate &day) {
        return dateText(day, in.language);
    };
    const auto clean = [&](const QString &text) {
        return anonymised(d, in.printedName, text);
    };
    ReviewPacket p;
    p.title = str(t.title).arg(in.campaign.title);
    p.fileName = str(t.fileName) + u'_' + QString(in.printedName).replace(u'/', u'_') +
                 QStringLiteral(".pdf");

    QString h;
    h += QStringLiteral("<html><head><meta charset=\"utf-8\"/></head><body style=\"font-family:"
                        "'Noto Sans CJK JP', 'Noto Sans JP', sans-serif; font-size: 10pt;\">");
    h += QStringLiteral("<h2>%1</h2>").arg(esc(p.title));
    const QString addressee = str(t.dear).arg(in.printedName);
    h += QStringLiteral("<p>%1</p>").arg(esc(addressee));
    const QString editor =
        in.campaign.editorName.isEmpty() ? in.campaign.publication : in.campaign.editorName;
    h += QStringLiteral("<p>%1</p>")
             .arg(esc(str(t.intro).arg(in.campaign.publication, date(in.campaign.publicationDate),
                                       editor, in.campaign.editorEmail, date(in.dueDate))));
    h += QStringLiteral("<table cellpadding=\"4\" border=\"1\" cellspacing=\"0\" width=\"100%\">");
    const auto row = [&](const QString &label, const QString &value) {
        h += QStringLiteral("<tr><td width=\"30%\"><b>%1</b></td><td>%2</td></tr>")
                 .arg(esc(label), esc(value));
    };
    row(str(t.article), in.campaign.title);
    row(str(t.publishedOn), date(in.campaign.publicationDate));
    row(str(t.answerBy), date(in.dueDate));
    row(str(t.printedAs), printedAttribution(d, in.printedName, in.language));
    if (in.round > 0)
        row(str(t.round), QString::number(in.round));
    h += QStringLiteral("</table>");

    for (const ReviewItem &item : in.items) {
        const QString heading = item.kind == QLatin1String("quote")
                                    ? str(t.quotation).arg(item.number)
                                    : str(t.excerpt).arg(item.number);
        h += QStringLiteral("<h3>%1</h3>").arg(esc(heading));
        if (!item.question.isEmpty())
            h += QStringLiteral("<p><i>%1</i></p>")
                     .arg(esc(str(t.question).arg(clean(item.question))));
        h += QStringLiteral("<blockquote style=\"font-size: 11pt;\">「%1」</blockquote>")
                 .arg(esc(clean(item.text)));
        if (item.context != item.text && !item.context.isEmpty()) {
            h += QStringLiteral("<p style=\"color: #555555;\">%1</p>")
                     .arg(esc(str(t.inContext).arg(clean(item.context))));
        }
    }
    if (in.items.isEmpty())
        h += QStringLiteral("<p>%1</p>").arg(esc(str(t.nothing)));
    h += QStringLiteral("<hr/><p style=\"font-size: 8pt;\">%1</p>")
             .arg(esc(in.campaign.publication + QStringLiteral(" / ") + editor +
                      QStringLiteral(" <") + in.campaign.editorEmail + u'>'));
    h += QStringLiteral("</body></html>");
    p.html = h;
    return p;
}

} // namespace shuzai
