#include "pdfrender.h"

#include "tounicode.h"

#include <QBuffer>
#include <QFont>
#include <QGuiApplication>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QRawFont>
#include <QSet>
#include <QTextDocument>

namespace shuzai {

namespace {
// For every character of the document that shares its glyph with another code point (小 with
// the radical ⼩, ・ with U+2027, ...), the code point Qt would name instead, mapped back to the
// character the document uses: see tounicode.h. Glyphs are compared in the document's face; the
// CJK fonts keep one glyph numbering across weights, so bold text is covered too.
QHash<char16_t, char16_t> sharedGlyphReplacements(const QString &text, const QFont &font)
{
    QFont sized(font);
    sized.setPixelSize(64);
    const QRawFont raw = QRawFont::fromFont(sized);
    if (!raw.isValid())
        return {};
    QSet<char16_t> used;
    for (const QChar c : text) {
        if (!c.isSurrogate() && !c.isSpace() && c.unicode() >= 0x80)
            used.insert(c.unicode());
    }
    const auto glyphOf = [&raw](char16_t c) {
        const QList<quint32> glyphs = raw.glyphIndexesForString(QString(QChar(c)));
        return glyphs.isEmpty() ? 0u : glyphs.first();
    };
    QHash<quint32, char16_t> usedByGlyph;
    for (const char16_t c : used) {
        if (const quint32 glyph = glyphOf(c))
            usedByGlyph.insert(glyph, c);
    }
    // Qt takes the lowest code point of a glyph, so only code points below a used character can
    // stand in for it; one pass over the BMP below the highest used one finds them all.
    char16_t highest = 0;
    for (const char16_t c : used)
        highest = std::max(highest, c);
    QString all;
    all.reserve(highest);
    for (char16_t c = 0x20; c < highest; ++c)
        all.append(QChar(QChar::isSurrogate(c) ? char16_t(0x20) : c));
    const QList<quint32> glyphs = raw.glyphIndexesForString(all);
    QHash<char16_t, char16_t> replacements;
    for (qsizetype i = 0; i < glyphs.size() && i < all.size(); ++i) {
        const char16_t c = all.at(i).unicode();
        const auto owner = usedByGlyph.constFind(glyphs.at(i));
        if (glyphs.at(i) != 0 && owner != usedByGlyph.constEnd() && *owner != c &&
            !used.contains(c) && !replacements.contains(c))
            replacements.insert(c, *owner);
    }
    return replacements;
}
} // namespace

Result<QByteArray> renderPdf(const QString &html, const QString &title)
{
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance())) {
        return Error(ErrorCode::Io,
                     QT_TRANSLATE_NOOP("Error", "A PDF can only be made with fonts available "
                                                "(no graphical session here)."));
    }
    QByteArray bytes;
    QHash<char16_t, char16_t> replacements;
    {
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        QPdfWriter writer(&buffer);
        writer.setTitle(title);
        writer.setCreator(QStringLiteral("Shuzai"));
        writer.setResolution(300);
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
                                         QMarginsF(20, 20, 20, 20), QPageLayout::Millimeter));
        QTextDocument document;
        // A Japanese face first, so kana and kanji never fall back to boxes. Qt's line breaker
        // (UAX #14) already keeps 、。）」 and small kana off the start of a line (kinsoku);
        // tests/print checks it on the printed packet.
        QFont font(QStringLiteral("Noto Sans CJK JP"));
        font.setPointSizeF(10);
        // No OpenType substitutions: Noto Sans CJK swaps digits after Latin words for other
        // glyphs (and Latin fonts make "fi" one glyph); such glyphs have no code point of their
        // own, so Qt's ToUnicode map leaves them out and the copied text lost "12" and "2025".
        // Japanese and Latin need no shaping to be drawn right.
        font.setStyleStrategy(QFont::PreferNoShaping);
        document.setDefaultFont(font);
        document.setHtml(html);
        replacements = sharedGlyphReplacements(document.toPlainText(), font);
        document.print(&writer);
    }
    if (bytes.isEmpty() || !bytes.startsWith("%PDF")) {
        return Error(ErrorCode::Io, QT_TRANSLATE_NOOP("Error", "The PDF could not be made."));
    }
    rewriteToUnicodeTargets(bytes, replacements);
    return bytes;
}

} // namespace shuzai
