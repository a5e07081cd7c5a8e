// Word documents. An input that is a zip archive goes in as the file itself (QuaZip's reading of
// damaged archives); any other input becomes word/document.xml inside a freshly made archive,
// so the mutations reach the XML reader instead of dying on the zip's checksums.
#include "fuzzcheck.h"
#include "transcripts/transcriptfile.h"

#include <QBuffer>
#include <quazip/quazip.h>
#include <quazip/quazipfile.h>

namespace {
QByteArray docxHolding(const QByteArray &documentXml)
{
    QBuffer buffer;
    QuaZip zip(&buffer);
    if (!zip.open(QuaZip::mdCreate))
        return {};
    {
        QuaZipFile file(&zip);
        // Stored, not deflated: the archive is rebuilt for every input, and compression would
        // only cost time.
        if (!file.open(QIODevice::WriteOnly, QuaZipNewInfo(QStringLiteral("word/document.xml")),
                       nullptr, 0, 0, 0))
            return {};
        file.write(documentXml);
        file.close();
    }
    zip.close();
    return buffer.data();
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace shuzai;
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const QByteArray docx = bytes.startsWith("PK") ? bytes : docxHolding(bytes);
    FUZZ_CHECK(!docx.isEmpty() || bytes.startsWith("PK"));
    fuzz::checkTranscript(parseTranscriptFile(docx, QStringLiteral("fuzz.docx")));
    return 0;
}
