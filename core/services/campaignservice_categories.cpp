// CampaignService: a campaign's categories and their template questions.
#include "auditservice.h"
#include "campaignservice.h"
#include "storage/campaignrepository.h"
#include "storage/database.h"
#include "workspace.h"

#include <QRegularExpression>

namespace shuzai {

namespace {
const char *const kEditCategories =
    QT_TRANSLATE_NOOP("Action", "change the categories and template questions");
constexpr qsizetype kMaxName = 100;
constexpr qsizetype kMaxHonorific = 10;

QString describe(const CategoryFields &f)
{
    return QStringLiteral("%1 / %2 / %3").arg(f.name, f.organisationHonorific, f.personHonorific);
}

CategoryFields fieldsOf(const Category &c)
{
    return {c.code, c.name, c.organisationHonorific, c.personHonorific};
}

// A code from the name's letters and digits ("Press & Media" -> press-media), or empty.
QString codeFromName(const QString &name)
{
    QString out;
    for (QChar ch : name.toLower()) {
        if ((ch >= u'a' && ch <= u'z') || (ch >= u'0' && ch <= u'9'))
            out.append(ch);
        else if (!out.isEmpty() && !out.endsWith(u'-'))
            out.append(u'-');
    }
    while (out.endsWith(u'-'))
        out.chop(1);
    return out;
}

Result<CategoryFields> checkedFields(CategoryFields f)
{
    f.name = f.name.trimmed();
    f.code = f.code.trimmed();
    f.organisationHonorific = f.organisationHonorific.trimmed();
    f.personHonorific = f.personHonorific.trimmed();
    if (f.name.isEmpty() || f.name.size() > kMaxName) {
        return Error(ErrorCode::InvalidInput,
                     QT_TRANSLATE_NOOP("Error", "A category needs a name of at most %1 "
                                                "characters."),
                     {QString::number(kMaxName)}, QStringLiteral("name"));
    }
    for (auto [value, field] : {std::pair{&f.organisationHonorific, "organisationHonorific"},
                                std::pair{&f.personHonorific, "personHonorific"}}) {
        if (value->isEmpty() || value->size() > kMaxHonorific) {
            return Error(ErrorCode::InvalidInput,
                         QT_TRANSLATE_NOOP("Error", "An honorific (貴社, 貴研究室, 様, 先生, ...) "
                                                    "must not be empty or longer than %1 "
                                                    "characters."),
                         {QString::number(kMaxHonorific)}, QString::fromLatin1(field));
        }
    }
    static const QRegularExpression code(QStringLiteral("^[a-z0-9][a-z0-9_-]{0,39}$"));
    if (!f.code.isEmpty() && !code.match(f.code).hasMatch()) {
        return Error(ErrorCode::InvalidInput,
                     QT_TRANSLATE_NOOP("Error", "A category code is lower-case letters, digits, "
                                                "'-' and '_' (such as \"researcher\"): \"%1\"."),
                     {f.code}, QStringLiteral("code"));
    }
    return f;
}

Error noSuchCategory(Id id)
{
    return Error(ErrorCode::NotFound, QT_TRANSLATE_NOOP("Error", "There is no category %1."),
                 {QString::number(id)}, QStringLiteral("category"));
}

Error changedElsewhere()
{
    return Error(ErrorCode::Conflict,
                 QT_TRANSLATE_NOOP("Error", "Someone else changed this in the meantime. Reload "
                                            "it and apply your change again."));
}
} // namespace

Result<Id> CampaignService::openCampaignOfCategory(Id categoryId)
{
    auto owner = CampaignRepository(m_workspace.database()).campaignOfCategory(categoryId);
    if (!owner)
        return owner.error();
    if (!*owner)
        return noSuchCategory(categoryId);
    if (auto open = requireOpen(*owner); !open)
        return open.error();
    return *owner;
}

Result<Category> CampaignService::categoryAfter(Id campaignId, Id categoryId)
{
    auto c = load(campaignId);
    if (!c)
        return c.error();
    const Category *category = c->category(categoryId);
    if (!category)
        return noSuchCategory(categoryId);
    return *category;
}

Result<Question> CampaignService::questionAfter(Id campaignId, Id questionId)
{
    auto c = load(campaignId);
    if (!c)
        return c.error();
    for (const Category &cat : c->categories) {
        for (const Question &q : cat.questions) {
            if (q.id == questionId)
                return q;
        }
        for (const Question &q : cat.removedQuestions) {
            if (q.id == questionId)
                return q;
        }
    }
    return CampaignRepository(m_workspace.database()).question(questionId);
}

Result<Category> CampaignService::addCategory(Id campaignId, const CategoryFields &fields,
                                              int position)
{
    if (auto allowed = requireEditor(kEditCategories); !allowed)
        return allowed.error();
    auto f = checkedFields(fields);
    if (!f)
        return f.error();
    Category category;
    category.code = f->code;
    category.name = f->name;
    category.organisationHonorific = f->organisationHonorific;
    category.personHonorific = f->personHonorific;
    category.position = position;
    return restoreCategory(campaignId, category);
}

Result<Category> CampaignService::restoreCategory(Id campaignId, const Category &given)
{
    if (auto allowed = requireEditor(kEditCategories); !allowed)
        return allowed.error();
    Database &db = m_workspace.database();
    CampaignRepository repo(db);
    Id id = 0;
    auto done = db.transact([&]() -> VoidResult {
        if (auto open = requireOpen(campaignId); !open)
            return open;
        auto campaign = repo.load(campaignId);
        if (!campaign)
            return campaign.error();
        Category category = given;
        for (const Category &other : campaign->categories) {
            if (other.name == category.name) {
                return Error(ErrorCode::Duplicate,
                             QT_TRANSLATE_NOOP("Error", "The campaign already has a category "
                                                        "named \"%1\"."),
                             {category.name}, QStringLiteral("name"));
            }
        }
        const auto taken = [&](const QString &code) {
            return std::any_of(campaign->categories.cbegin(), campaign->categories.cend(),
                               [&](const Category &c) { return c.code == code; });
        };
        if (category.code.isEmpty()) {
            // From the name; a name without Latin letters or digits gets category-N.
            const QString base = codeFromName(category.name);
            int n = base.isEmpty() ? int(campaign->categories.size()) + 1 : 1;
            category.code = base.isEmpty() ? QStringLiteral("category-%1").arg(n) : base;
            while (taken(category.code)) {
                ++n;
                category.code = base.isEmpty() ? QStringLiteral("category-%1").arg(n)
                                               : QStringLiteral("%1-%2").arg(base).arg(n);
            }
        } else if (taken(category.code)) {
            return Error(ErrorCode::Duplicate,
                         QT_TRANSLATE_NOOP("Error", "The campaign already has a category with "
                                                    "the code \"%1\"."),
                         {category.code}, QStringLiteral("code"));
        }
        auto inserted = repo.insertCategory(campaignId, category);
        if (!inserted)
            return inserted.error();
        id = *inserted;
        auto order = repo.categoryOrder(campaignId);
        if (!order)
            return order.error();
        const int position = category.position;
        if (position >= 1 && position < order->size()) {
            order->removeAll(id);
            order->insert(position - 1, id);
        }
        if (auto r = repo.setCategoryOrder(*order); !r)
            return r;
        // Other clients' views follow (the team server announces changed campaigns).
        if (auto touched = repo.touch(campaignId); !touched)
            return touched;
        return m_workspace.audit().append(QStringLiteral("category.added"), campaignId, 0,
                                          QStringLiteral("category %1").arg(id), {},
                                          describe(fieldsOf(category)));
    });
    if (!done)
        return done.error();
    emit campaignChanged(campaignId);
    return categoryAfter(campaignId, id);
}

Result<Category> CampaignService::updateCategory(Id categoryId, const CategoryFields &fields,
                                                 const std::optional<CategoryFields> &expected)
{
    if (auto allowed = requireEditor(kEditCategories); !allowed)
        return allowed.error();
    auto f = checkedFields(fields);
    if (!f)
        return f.error();
    Database &db = m_workspace.database();
    CampaignRepository repo(db);
    Id campaignId = 0;
    auto done = db.transact([&]() -> VoidResult {
        auto owner = openCampaignOfCategory(categoryId);
        if (!owner)
            return owner.error();
        campaignId = *owner;
        auto current = categoryAfter(campaignId, categoryId);
        if (!current)
            return current.error();
        CategoryFields before = fieldsOf(*current);
        if (expected) {
            CategoryFields e = *expected;
            e.code = before.code;
            if (e != before)
                return changedElsewhere();
        }
        auto campaign = repo.load(campaignId);
        for (const Category &other : campaign->categories) {
            if (other.id != categoryId && other.name == f->name) {
                return Error(ErrorCode::Duplicate,
                             QT_TRANSLATE_NOOP("Error", "The campaign already has a category "
                                                        "named \"%1\"."),
                             {f->name}, QStringLiteral("name"));
            }
        }
        Category changed = *current;
        changed.name = f->name;
        changed.organisationHonorific = f->organisationHonorific;
        changed.personHonorific = f->personHonorific;
        if (auto r = repo.updateCategory(categoryId, changed); !r)
            return r;
        // Other clients' views follow (the team server announces changed campaigns).
        if (auto touched = repo.touch(campaignId); !touched)
            return touched;
        return m_workspace.audit().append(QStringLiteral("category.edited"), campaignId, 0,
                                          QStringLiteral("category %1").arg(categoryId),
                                          describe(before), describe(fieldsOf(changed)));
    });
    if (!done)
        return done.error();
    emit campaignChanged(campaignId);
    return categoryAfter(campaignId, categoryId);
}

Result<Category> CampaignService::moveCategory(Id categoryId, int position)
{
    if (auto allowed = requireEditor(kEditCategories); !allowed)
        return allowed.error();
    Database &db = m_workspace.database();
    CampaignRepository repo(db);
    Id campaignId = 0;
    auto done = db.transact([&]() -> VoidResult {
        auto owner = openCampaignOfCategory(categoryId);
        if (!owner)
            return owner.error();
        campaignId = *owner;
        auto order = repo.categoryOrder(campaignId);
        if (!order)
            return order.error();
        if (position < 1 || position > order->size()) {
            return Error(ErrorCode::InvalidInput,
                         QT_TRANSLATE_NOOP("Error", "There is no position %1 (1 to %2)."),
                         {QString::number(position), QString::number(order->size())},
                         QStringLiteral("position"));
        }
        const int from = int(order->indexOf(categoryId)) + 1;
        order->removeAll(categoryId);
        order->insert(position - 1, categoryId);
        if (auto r = repo.setCategoryOrder(*order); !r)
            return r;
        // Other clients' views follow (the team server announces changed campaigns).
        if (auto touched = repo.touch(campaignId); !touched)
            return touched;
        return m_workspace.audit().append(QStringLiteral("category.moved"), campaignId, 0,
                                          QStringLiteral("category %1").arg(categoryId),
                                          QString::number(from), QString::number(position));
    });
    if (!done)
        return done.error();
    emit campaignChanged(campaignId);
    return categoryAfter(campaignId, categoryId);
}

Result<Category> CampaignService::removeCategory(Id categoryId)
{
    if (auto allowed = requireEditor(kEditCategories); !allowed)
        return allowed.error();
    Database &db = m_workspace.database();
    CampaignRepository repo(db);
    Id campaignId = 0;
    Category removed;
    auto done = db.transact([&]() -> VoidResult {
        auto owner = openCampaignOfCategory(categoryId);
        if (!owner)
            return owner.error();
        campaignId = *owner;
        auto current = categoryAfter(campaignId, categoryId);
        if (!current)
            return current.error();
        auto people = repo.peopleInCategory(categoryId);
        if (!people)
            return people.error();
        if (*people > 0) {
            return Error(ErrorCode::Conflict,
                         QT_TRANSLATE_NOOP("Error", "The category \"%2\" still has people in it "
                                                    "(%1); move them to another category or "
                                                    "remove them first."),
                         {QString::number(*people), current->name}, QStringLiteral("category"));
        }
        removed = *current;
        if (auto r = repo.removeCategory(categoryId); !r)
            return r;
        auto order = repo.categoryOrder(campaignId);
        if (!order)
            return order.error();
        if (auto r = repo.setCategoryOrder(*order); !r)
            return r;
        // Other clients' views follow (the team server announces changed campaigns).
        if (auto touched = repo.touch(campaignId); !touched)
            return touched;
        return m_workspace.audit().append(QStringLiteral("category.removed"), campaignId, 0,
                                          QStringLiteral("category %1").arg(categoryId),
                                          describe(fieldsOf(removed)), {});
    });
    if (!done)
        return done.error();
    emit campaignChanged(campaignId);
    return removed;
}

} // namespace shuzai
