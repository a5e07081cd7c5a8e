#include "searchscreen.h"

#include "common/emptystate.h"
#include "common/htmldelegate.h"
#include "common/keptplace.h"
#include "common/liverefresh.h"
#include "common/messagebox.h"
#include "searchresultmodel.h"
#include "services/campaignservice.h"
#include "services/rosterservice.h"
#include "services/workspace.h"

#include <QComboBox>
#include <QElapsedTimer>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

namespace shuzai::ui {

namespace {
constexpr int kPageSize = 100;
}

SearchScreen::SearchScreen(ScreenContext context, QWidget *parent)
    : Screen(parent)
    , m_context(context)
    , m_query(new QLineEdit(this))
    , m_scope(new QComboBox(this))
    , m_category(new QComboBox(this))
    , m_interviewee(new QComboBox(this))
    , m_speaker(new QLineEdit(this))
    , m_summary(new QLabel(this))
    , m_more(new QPushButton(this))
    , m_list(new QListView(this))
    , m_results(new SearchResultModel(this))
{
    setObjectName(QStringLiteral("searchScreen"));
    m_query->setObjectName(QStringLiteral("searchQuery"));
    m_query->setClearButtonEnabled(true);
    QFont big = m_query->font();
    big.setPointSizeF(big.pointSizeF() * 1.2);
    m_query->setFont(big);
    m_list->setObjectName(QStringLiteral("searchResults"));
    m_list->setModel(m_results);
    m_list->setItemDelegate(new HtmlDelegate(SearchResultModel::HtmlRole, m_list));
    m_list->setWordWrap(true);
    m_list->setAlternatingRowColors(true);
    m_list->setUniformItemSizes(false);
    m_list->setResizeMode(QListView::Adjust);
    m_more->hide();

    // Search as the user types, after a short pause.
    auto *debounce = new QTimer(this);
    debounce->setSingleShot(true);
    debounce->setInterval(250);
    connect(m_query, &QLineEdit::textChanged, debounce, qOverload<>(&QTimer::start));
    connect(m_speaker, &QLineEdit::textChanged, debounce, qOverload<>(&QTimer::start));
    connect(debounce, &QTimer::timeout, this, [this] { run(); });
    connect(m_query, &QLineEdit::returnPressed, this, [this] { run(); });
    for (QComboBox *box : {m_scope, m_category, m_interviewee})
        connect(box, &QComboBox::currentIndexChanged, this, [this] { run(); });
    connect(m_more, &QPushButton::clicked, this, [this] { run(true); });
    connect(m_list, &QListView::activated, this, &SearchScreen::activated);
    connect(m_list, &QListView::doubleClicked, this, &SearchScreen::activated);
    // A transcript imported or corrected, a person added or renamed, a category renamed: the
    // filters and the hits shown follow, on the same hit.
    new LiveRefresh(context.workspace, Topic::Transcripts | Topic::People | Topic::Campaigns, this,
                    [this] { refresh(); });

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_scope);
    filters->addWidget(m_category);
    filters->addWidget(m_interviewee);
    filters->addWidget(m_speaker);
    auto *footer = new QHBoxLayout;
    footer->addWidget(m_summary, 1);
    footer->addWidget(m_more);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_query);
    layout->addLayout(filters);
    layout->addWidget(m_list, 1);
    layout->addLayout(footer);
    retranslate();
    EmptyState::attach(m_list, {[this] {
                                    return m_query->text().trimmed().isEmpty()
                                               ? tr("Type a word to find it in every transcript "
                                                    "and note of the campaign, in Japanese or "
                                                    "English, one character or more.")
                                               : tr("Nothing found for “%1”. Full and half "
                                                    "width and hiragana and katakana are treated "
                                                    "alike; try fewer characters or another "
                                                    "filter.")
                                                     .arg(m_query->text().trimmed());
                                },
                                {}});
}

QString SearchScreen::screenTitle()
{
    return tr("Search");
}

void SearchScreen::setCampaign(Id campaignId)
{
    m_campaignId = campaignId;
    retranslate();
}

void SearchScreen::retranslate()
{
    m_query->setPlaceholderText(tr("Search transcripts and notes (any word, even one character)"));
    m_speaker->setPlaceholderText(tr("Speaker"));
    m_more->setText(tr("More results"));
    const QSignalBlocker b1(m_scope), b2(m_category), b3(m_interviewee);
    const int scope = std::max(0, m_scope->currentIndex());
    m_scope->clear();
    m_scope->addItem(tr("This campaign"));
    m_scope->addItem(tr("All campaigns"));
    m_scope->setCurrentIndex(scope);
    const QVariant category = m_category->currentData();
    const QVariant person = m_interviewee->currentData();
    m_category->clear();
    m_category->addItem(tr("All categories"), Id(0));
    m_interviewee->clear();
    m_interviewee->addItem(tr("All interviewees"), Id(0));
    if (auto campaign = m_context.workspace.campaigns().load(m_campaignId)) {
        for (const Category &c : campaign->categories)
            m_category->addItem(c.name, c.id);
    }
    if (auto people = m_context.workspace.roster().list(m_campaignId)) {
        for (const Interviewee &p : *people)
            m_interviewee->addItem(p.data.fullName(), p.id);
    }
    m_category->setCurrentIndex(std::max(0, m_category->findData(category)));
    m_interviewee->setCurrentIndex(std::max(0, m_interviewee->findData(person)));
    emit titleChanged();
}

void SearchScreen::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    Screen::changeEvent(event);
}

void SearchScreen::trigger(ScreenAction action)
{
    if (action != ScreenAction::Find)
        return;
    m_query->setFocus(Qt::ShortcutFocusReason);
    m_query->selectAll();
}

void SearchScreen::search(const QString &text)
{
    m_query->setText(text);
    run();
}

void SearchScreen::refresh()
{
    retranslate(); // the category and interviewee lists
    if (m_hits.isEmpty() && m_query->text().trimmed().isEmpty())
        return;
    const KeptPlace place(m_list, SearchResultModel::SegmentIdRole);
    run(false, m_offset / kPageSize + 1); // as many pages as were shown
    place.restore();
}

void SearchScreen::run(bool nextPage, int pages)
{
    SearchQuery query;
    query.text = m_query->text();
    query.limit = kPageSize * pages;
    query.offset = nextPage ? m_offset + kPageSize : 0;
    m_offset = nextPage ? m_offset + kPageSize : kPageSize * (pages - 1);
    query.filter.speaker = m_speaker->text().trimmed();
    if (m_scope->currentIndex() == 0)
        query.filter.campaignId = m_campaignId;
    query.filter.categoryId = m_category->currentData().toLongLong();
    query.filter.intervieweeId = m_interviewee->currentData().toLongLong();
    if (query.filter.categoryId || query.filter.intervieweeId)
        query.filter.campaignId = m_campaignId;
    QElapsedTimer timer;
    timer.start();
    auto results = m_context.workspace.search().search(query);
    if (!results) {
        MessageBox::critical(this, tr("Search"), results.error().message());
        return;
    }
    if (!nextPage)
        m_hits.clear();
    m_hits += results->hits;
    m_results->setResults(m_hits);
    m_more->setVisible(results->more);
    m_summary->setText(
        query.text.trimmed().isEmpty()
            ? QString()
            : tr("%n hit(s) shown (%1 ms)", nullptr, int(m_hits.size())).arg(timer.elapsed()));
}

void SearchScreen::activated(const QModelIndex &index)
{
    if (!index.isValid())
        return;
    const SearchHit &hit = m_results->hit(index.row());
    if (hit.row.kind == SearchRow::Kind::Note)
        emit openInterviewee(hit.row.intervieweeId);
    else
        emit openSegment(hit.row.transcriptId, hit.row.segmentId);
}

} // namespace shuzai::ui
