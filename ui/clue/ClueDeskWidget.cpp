#include "ui/clue/ClueDeskWidget.h"

#include "core/clue/ClueRepository.h"
#include "core/model/Time.h"
#include "core/store/Database.h"
#include "ui/clue/ClueDetailView.h"
#include "ui/clue/ClueStatisticsView.h"
#include "ui/clue/ClueTableModel.h"
#include "ui/clue/RuleNames.h"
#include "ui/clue/ScreeningRunner.h"
#include "ui/clue/ScreeningSettingsEditor.h"

#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTimeZone>
#include <QTimer>
#include <QVBoxLayout>

#include <exception>

namespace eco::ui {

namespace {

const QDate kNoDate(2000, 1, 1);

// Local (Asia/Shanghai) midnight of a date, as Unix seconds.
std::int64_t localMidnight(const QDate& d) {
    return QDateTime(d, QTime(0, 0), QTimeZone(QByteArrayLiteral("Asia/Shanghai")))
        .toSecsSinceEpoch();
}

QDateEdit* dateEdit(QWidget* parent, const char* name) {
    auto* e = new QDateEdit(parent);
    e->setObjectName(QLatin1String(name));
    e->setCalendarPopup(true);
    e->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    e->setMinimumDate(kNoDate);
    e->setSpecialValueText(ClueDeskWidget::tr("any date"));
    e->setDate(kNoDate);
    return e;
}

} // namespace

ClueDeskWidget::ClueDeskWidget(QWidget* parent) : QWidget(parent) {
    buildUi();
}

ClueDeskWidget::~ClueDeskWidget() {
    // Views hold raw pointers into the repository and the connection: detach them first.
    m_runner->setDatabasePath({});
    m_model->setRepository(nullptr);
    m_detail->setStore(nullptr, nullptr);
    m_stats->setDatabase(nullptr);
    m_settings->setDatabase(nullptr);
}

void ClueDeskWidget::buildUi() {
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("clueDeskTabs"));
    layout->addWidget(m_tabs, 1);

    // --- Clues tab: filters, list, detail.
    auto* cluesTab = new QWidget(m_tabs);
    auto* cl = new QVBoxLayout(cluesTab);
    cl->setContentsMargins(0, 4, 0, 0);
    auto* filters = new QHBoxLayout;
    auto combo = [&](const char* name, int minWidth) {
        auto* c = new QComboBox(cluesTab);
        c->setObjectName(QLatin1String(name));
        c->setMinimumWidth(minWidth);
        c->setSizeAdjustPolicy(QComboBox::AdjustToContents);
        return c;
    };
    m_rule = combo("clueRuleFilter", 120);
    m_district = combo("clueDistrictFilter", 90);
    m_industry = combo("clueIndustryFilter", 90);
    m_severity = combo("clueSeverityFilter", 70);
    m_severity->addItem(tr("any severity"), 1);
    m_severity->addItem(tr("medium and high"), 2);
    m_severity->addItem(tr("high only"), 3);
    m_status = combo("clueStatusFilter", 90);
    m_status->addItem(tr("open"), QStringLiteral("open"));
    m_status->addItem(tr("all but merged"), QString());
    for (const QString& s : clue::allStatuses())
        m_status->addItem(ClueTableModel::statusText(s), s);
    m_from = dateEdit(cluesTab, "clueFromFilter");
    m_to = dateEdit(cluesTab, "clueToFilter");
    m_search = new QLineEdit(cluesTab);
    m_search->setObjectName(QStringLiteral("clueSearch"));
    m_search->setPlaceholderText(tr("Search summary, subject, id…"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(160);
    filters->addWidget(m_rule);
    filters->addWidget(m_district);
    filters->addWidget(m_industry);
    filters->addWidget(m_severity);
    filters->addWidget(m_status);
    filters->addWidget(new QLabel(tr("from"), cluesTab));
    filters->addWidget(m_from);
    filters->addWidget(new QLabel(tr("to"), cluesTab));
    filters->addWidget(m_to);
    filters->addWidget(m_search, 1);
    cl->addLayout(filters);

    auto* split = new QSplitter(Qt::Horizontal, cluesTab);
    auto* left = new QWidget(split);
    auto* ll = new QVBoxLayout(left);
    ll->setContentsMargins(0, 0, 0, 0);
    m_model = new ClueTableModel(this);
    m_view = new QTableView(left);
    m_view->setObjectName(QStringLiteral("clueTable"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setSortingEnabled(true);
    m_view->horizontalHeader()->setSortIndicator(ClueTableModel::Start, Qt::DescendingOrder);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->verticalHeader()->setVisible(false);
    m_view->verticalHeader()->setDefaultSectionSize(22);
    m_view->setWordWrap(false);
    m_view->setColumnWidth(ClueTableModel::Severity, 64);
    m_view->setColumnWidth(ClueTableModel::Rule, 40);
    m_view->setColumnWidth(ClueTableModel::Subject, 180);
    // Times in full ("2026-10-05 00:00") whatever the font: a clipped time cannot be read.
    const int timeWidth =
        m_view->fontMetrics().horizontalAdvance(QStringLiteral("2026-10-05 00:00")) + 14;
    m_view->setColumnWidth(ClueTableModel::Start, timeWidth);
    m_view->setColumnWidth(ClueTableModel::End, timeWidth);
    m_view->setColumnWidth(ClueTableModel::Score, 48);
    m_view->setColumnWidth(ClueTableModel::Status, 90);
    m_view->setColumnWidth(ClueTableModel::District, 70);
    m_view->setColumnWidth(ClueTableModel::Industry, 70);
    ll->addWidget(m_view, 1);
    m_count = new QLabel(left);
    m_count->setObjectName(QStringLiteral("clueCount"));
    ll->addWidget(m_count);
    split->addWidget(left);
    m_detail = new ClueDetailView(split);
    m_detail->setObjectName(QStringLiteral("clueDetail"));
    split->addWidget(m_detail);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    cl->addWidget(split, 1);
    m_tabs->addTab(cluesTab, tr("Clues"));

    m_stats = new ClueStatisticsView(m_tabs);
    m_stats->setObjectName(QStringLiteral("clueStatistics"));
    m_tabs->addTab(m_stats, tr("Statistics"));
    m_settings = new ScreeningSettingsEditor(m_tabs);
    m_settings->setObjectName(QStringLiteral("screeningSettings"));
    m_tabs->addTab(m_settings, tr("Thresholds"));

    // --- Background screening status.
    auto* run = new QHBoxLayout;
    m_runInfo = new QLabel(this);
    m_runInfo->setObjectName(QStringLiteral("screeningInfo"));
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("screeningProgress"));
    m_progress->setMaximumWidth(220);
    m_progress->setTextVisible(true);
    m_progress->hide();
    m_runNow = new QPushButton(tr("Run screening now"), this);
    m_runNow->setObjectName(QStringLiteral("screeningRunNow"));
    run->addWidget(m_runInfo, 1);
    run->addWidget(m_progress);
    run->addWidget(m_runNow);
    layout->addLayout(run);

    m_runner = new ScreeningRunner(this);
    m_searchDelay = new QTimer(this);
    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(300);

    for (QComboBox* c : {m_rule, m_district, m_industry, m_severity, m_status})
        connect(c, &QComboBox::currentIndexChanged, this, [this] { applyFilters(); });
    for (QDateEdit* d : {m_from, m_to})
        connect(d, &QDateEdit::dateChanged, this, [this] { applyFilters(); });
    connect(m_search, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_searchDelay, &QTimer::timeout, this, [this] { applyFilters(); });
    connect(m_model, &ClueTableModel::reloaded, this, [this](qint64 total) {
        m_count->setText(tr("%n clue(s)", nullptr, static_cast<int>(total)));
    });
    connect(m_model, &ClueTableModel::queryFailed, this,
            [this](const QString& m) { m_count->setText(tr("Query failed: %1").arg(m)); });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) {
                const clue::ClueRow* r = m_model->rowAt(current.row());
                if (!r)
                    return;
                m_detail->showClue(r->id);
                emit clueSelected(r->id);
            });
    connect(m_detail, &ClueDetailView::focusRequested, this, &ClueDeskWidget::focusRequested);
    connect(m_detail, &ClueDetailView::taskCreated, this, &ClueDeskWidget::taskCreated);
    connect(m_detail, &ClueDetailView::clueChanged, this, [this](const QString& id) {
        refresh();
        selectClue(id);
        emit cluesChanged();
    });
    connect(m_detail, &ClueDetailView::actionFailed, this, [this](const QString& m) {
        if (isVisible())
            QMessageBox::warning(this, tr("Clue desk"), m);
        m_runInfo->setText(m);
    });
    connect(m_runNow, &QPushButton::clicked, this, &ClueDeskWidget::runScreeningNow);
    connect(m_runner, &ScreeningRunner::started, this, [this](const QString& mode) {
        m_progress->setRange(0, 0);
        m_progress->show();
        m_runInfo->setText(mode == QLatin1String("full") ? tr("Full screening running…")
                                                         : tr("Screening new data…"));
    });
    connect(m_runner, &ScreeningRunner::progress, this, [this](int done, int total) {
        m_progress->setRange(0, std::max(1, total));
        m_progress->setValue(done);
    });
    connect(m_runner, &ScreeningRunner::finished, this, &ClueDeskWidget::onRunFinished);
    connect(m_settings, &ScreeningSettingsEditor::saved, this, [this] {
        m_runInfo->setText(tr("Thresholds saved; \"Run screening now\" applies them to new data."));
    });

    m_detail->setStore(nullptr, nullptr);
    m_count->setText(tr("No store open."));
    m_runNow->setEnabled(false);
}

bool ClueDeskWidget::openStore(const QString& path) {
    closeStore();
    try {
        try {
            m_db = std::make_unique<store::Database>(store::Database::open(path));
            m_readOnly = false;
        } catch (const std::exception&) {
            m_db = std::make_unique<store::Database>(
                store::Database::open(path, store::Database::Mode::ReadOnly));
            m_readOnly = true;
        }
    } catch (const std::exception& e) {
        m_db.reset();
        m_count->setText(tr("Cannot open the store %1: %2").arg(path, QString::fromUtf8(e.what())));
        return false;
    }
    m_repo = std::make_unique<clue::ClueRepository>(*m_db);
    m_detail->setStore(m_db.get(), m_repo.get());
    m_stats->setDatabase(m_db.get());
    m_settings->setDatabase(m_readOnly ? nullptr : m_db.get());
    fillFilterChoices();
    m_model->setRepository(m_repo.get());
    applyFilters();
    m_runNow->setEnabled(!m_readOnly);
    if (!m_readOnly)
        m_runner->setDatabasePath(path);
    m_runInfo->setText(m_readOnly ? tr("The store is read-only: the desk can only read.")
                                  : tr("Screening runs by itself when new data arrives."));
    return true;
}

void ClueDeskWidget::closeStore() {
    m_runner->setDatabasePath({});
    m_model->setRepository(nullptr);
    m_detail->setStore(nullptr, nullptr);
    m_stats->setDatabase(nullptr);
    m_settings->setDatabase(nullptr);
    m_repo.reset();
    m_db.reset();
}

void ClueDeskWidget::setActor(const QString& username) {
    m_detail->setActor(m_readOnly ? QString() : username);
}

QString ClueDeskWidget::actor() const {
    return m_detail->actor();
}

void ClueDeskWidget::fillFilterChoices() {
    m_filling = true;
    m_rule->clear();
    m_rule->addItem(tr("all rules"), QString());
    for (const char* f : {"E", "F", "P", "A"})
        m_rule->addItem(tr("%1 · %2 (all)").arg(QLatin1String(f), ruleFamilyName(QLatin1String(f))),
                        QLatin1String(f));
    QStringList rules = knownRules();
    if (m_repo)
        for (const QString& r : m_repo->rules())
            if (!rules.contains(r))
                rules << r;
    for (const QString& r : rules)
        m_rule->addItem(QStringLiteral("%1 · %2").arg(r, ruleName(r)), r);
    m_district->clear();
    m_district->addItem(tr("all districts"), QString());
    m_industry->clear();
    m_industry->addItem(tr("all industries"), QString());
    if (m_repo) {
        for (const QString& d : m_repo->districts())
            m_district->addItem(d, d);
        for (const QString& i : m_repo->industries())
            m_industry->addItem(industryName(i), i);
    }
    m_filling = false;
}

clue::ClueFilter ClueDeskWidget::currentFilter() const {
    clue::ClueFilter f = m_model->filter();
    f.rules.clear();
    if (const QString r = m_rule->currentData().toString(); !r.isEmpty())
        f.rules << r;
    f.district = m_district->currentData().toString();
    f.industry = m_industry->currentData().toString();
    f.minSeverity = m_severity->currentData().toInt();
    const QString status = m_status->currentData().toString();
    if (status == QLatin1String("open"))
        f.statuses = {QLatin1String(clue::status::kNew), QLatin1String(clue::status::kTasked),
                      QLatin1String(clue::status::kReported)};
    else if (status.isEmpty())
        f.statuses.clear();
    else
        f.statuses = {status};
    f.from = m_from->date() == kNoDate ? std::nullopt
                                       : std::optional<std::int64_t>(localMidnight(m_from->date()));
    f.to = m_to->date() == kNoDate
               ? std::nullopt
               : std::optional<std::int64_t>(localMidnight(m_to->date().addDays(1)));
    f.text = m_search->text();
    return f;
}

void ClueDeskWidget::setFilter(const clue::ClueFilter& f) {
    m_filling = true;
    auto pick = [](QComboBox* c, const QVariant& v) {
        const int i = c->findData(v);
        c->setCurrentIndex(i < 0 ? 0 : i);
    };
    pick(m_rule, f.rules.isEmpty() ? QString() : f.rules.front());
    pick(m_district, f.district);
    pick(m_industry, f.industry);
    pick(m_severity, f.minSeverity);
    pick(m_status, f.statuses.size() == 1 ? f.statuses.front() : QString());
    m_search->setText(f.text);
    m_filling = false;
    clue::ClueFilter sorted = currentFilter();
    sorted.sort = f.sort;
    sorted.descending = f.descending;
    m_model->setFilter(sorted);
}

void ClueDeskWidget::applyFilters() {
    if (m_filling)
        return;
    m_model->setFilter(currentFilter());
    if (m_model->rowCount() > 0 && m_view->currentIndex().row() < 0)
        m_view->selectRow(0);
    else if (m_model->rowCount() == 0)
        m_detail->clear();
}

void ClueDeskWidget::refresh() {
    const QString current = m_detail->current() ? m_detail->current()->id : QString();
    m_model->reload();
    m_stats->refresh();
    if (!current.isEmpty()) {
        const int row = m_model->rowOf(current);
        if (row >= 0)
            m_view->selectRow(row);
        else
            m_detail->showClue(current);
    }
}

bool ClueDeskWidget::selectClue(const QString& clueId) {
    int row = m_model->rowOf(clueId);
    while (row < 0 && m_model->canFetchMore({})) {
        m_model->fetchMore({});
        row = m_model->rowOf(clueId);
    }
    if (row < 0 && m_repo && m_repo->find(clueId)) {
        // Hidden by the filters: widen to every status and try again.
        clue::ClueFilter f;
        f.statuses = clue::allStatuses();
        f.text = clueId;
        setFilter(f);
        row = m_model->rowOf(clueId);
    }
    if (row < 0)
        return false;
    m_view->selectRow(row);
    m_view->scrollTo(m_model->index(row, 0));
    m_detail->showClue(clueId);
    return true;
}

void ClueDeskWidget::runScreeningNow() {
    m_runner->runNow(false);
}

void ClueDeskWidget::onRunFinished(const ScreeningRunResult& r) {
    m_progress->hide();
    if (!r.ok) {
        m_runInfo->setText(tr("Screening failed: %1").arg(r.error));
        return;
    }
    m_runInfo->setText(tr("Screening (%1) done in %2 s: %3 subjects, %4 clues new or extended.")
                           .arg(r.mode == QLatin1String("full") ? tr("full") : tr("incremental"))
                           .arg(r.seconds, 0, 'f', 1)
                           .arg(r.subjects)
                           .arg(r.changedClues));
    refresh();
    emit cluesChanged();
}

} // namespace eco::ui
