#pragma once

#include "campaignletter/letterimport.h"
#include "util/result.h"

namespace shuzai {

class Workspace;

// A new campaign from the editor's request letter: the proposal (nothing written) and, once the
// editor has filled in what the letter left out, the campaign with the letter as its template.
// Kept apart from CampaignService, which it tells about the new campaign (campaignChanged).
class LetterImportService {
public:
    // A letter file is refused beyond this size (a letter is a few kilobytes; a Word file with
    // pictures a few megabytes).
    static constexpr qint64 kMaxLetterBytes = 20 * 1024 * 1024;

    explicit LetterImportService(Workspace &workspace)
        : m_workspace(workspace)
    {
    }

    // What the letter proposes, read against today in Japan (the workspace's clock).
    Result<LetterImport> preview(const QByteArray &bytes, const QString &fileName) const;
    Result<LetterImport> previewFile(const QString &path) const;

    // The campaign and its letter template (in the letter's language) in one transaction, with
    // an audit entry (campaign.imported). Editors only. Refused, naming the first, while a
    // required gap remains (title, publication date, interview window, a category) or when the
    // settings or the template do not hold.
    Result<Campaign> create(const LetterImport &proposal, const LetterEdits &edits = {});

private:
    Workspace &m_workspace;
};

} // namespace shuzai
