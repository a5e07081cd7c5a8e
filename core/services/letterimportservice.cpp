#include "letterimportservice.h"

#include "auditservice.h"
#include "campaignservice.h"
#include "domain/validation.h"
#include "outreach/letter.h"
#include "storage/campaignrepository.h"
#include "storage/database.h"
#include "storage/outreachrepository.h"
#include "workspace.h"

#include <QFile>
#include <QFileInfo>
#include <QTimeZone>

namespace shuzai {

namespace {
Error tooLarge(const QString &fileName)
{
    return Error(ErrorCode::InvalidInput,
                 QT_TRANSLATE_NOOP("Error", "The letter is larger than %1 MB."),
                 {QString::number(LetterImportService::kMaxLetterBytes / 1024 / 1024)},
                 QStringLiteral("file"))
        .at(fileName);
}
} // namespace

Result<LetterImport> LetterImportService::preview(const QByteArray &bytes,
                                                  const QString &fileName) const
{
    if (bytes.size() > kMaxLetterBytes)
        return tooLarge(fileName);
    const QDate today =
        m_workspace.clock().now().toTimeZone(QTimeZone(QByteArrayLiteral("Asia/Tokyo"))).date();
    return readRequestLetter(bytes, fileName, today);
}

Result<LetterImport> LetterImportService::previewFile(const QString &path) const
{
    QFile file(path);
    if (QFileInfo(path).size() > kMaxLetterBytes)
        return tooLarge(QFileInfo(path).fileName());
    if (!file.open(QIODevice::ReadOnly)) {
        return Error(ErrorCode::Io, QT_TRANSLATE_NOOP("Error", "Cannot read %1: %2"),
                     {path, file.errorString()}, QStringLiteral("file"));
    }
    return preview(file.readAll(), QFileInfo(path).fileName());
}

Result<Campaign> LetterImportService::create(const LetterImport &proposal, const LetterEdits &edits)
{
    if (auto allowed =
            m_workspace.require({Role::Editor}, QT_TRANSLATE_NOOP("Action", "create campaigns"));
        !allowed)
        return allowed.error();
    const LetterImport l = applyLetterEdits(proposal, edits);
    if (const QList<LetterGap> missing = l.requiredGaps(); !missing.isEmpty()) {
        return Error(ErrorCode::InvalidInput,
                     QT_TRANSLATE_NOOP("Error", "The campaign cannot be saved yet: %1"),
                     {missing.first().message()}, missing.first().field);
    }
    auto settings = validateCampaignSettings(settingsOf(l.draft));
    if (!settings)
        return settings.error();
    if (const QList<LetterProblem> problems = checkTemplate(l.templateText); !problems.isEmpty()) {
        return Error(ErrorCode::InvalidInput,
                     QT_TRANSLATE_NOOP("Error", "The template was not saved: %1"),
                     {problems.first().message()}, QStringLiteral("template"));
    }
    Campaign campaign = l.draft;
    campaign.title = settings->title;
    campaign.editorEmail = settings->editorEmail;
    Database &db = m_workspace.database();
    Id id = 0;
    auto done = db.transact([&]() -> VoidResult {
        auto inserted = CampaignRepository(db).insert(campaign);
        if (!inserted)
            return inserted.error();
        id = *inserted;
        if (auto r = OutreachRepository(db).setLetterTemplate(id, l.language, l.templateText,
                                                              m_workspace.clock().now());
            !r)
            return r;
        return m_workspace.audit().append(QStringLiteral("campaign.imported"), id, 0,
                                          QStringLiteral("campaign %1").arg(campaign.title), {},
                                          l.fileName);
    });
    if (!done)
        return done.error();
    emit m_workspace.campaigns().campaignChanged(id);
    return m_workspace.campaigns().load(id);
}

} // namespace shuzai
