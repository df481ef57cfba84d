#include "ui/clue/ScreeningSettingsEditor.h"

#include "core/store/Database.h"

#include <QBrush>
#include <QCoreApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include <cmath>
#include <exception>

namespace eco::ui {

namespace {

QString format(double v) {
    return QString::number(v, 'g', 10);
}

std::optional<double> parse(const QString& text, QString* why) {
    bool ok = false;
    const double v = QLocale::c().toDouble(text.trimmed(), &ok);
    if (!ok || !std::isfinite(v)) {
        *why = ScreeningSettingsEditor::tr("'%1' is not a number").arg(text);
        return std::nullopt;
    }
    if (v < 0) {
        *why = ScreeningSettingsEditor::tr("%1 is negative; thresholds are >= 0").arg(text);
        return std::nullopt;
    }
    return v;
}

} // namespace

ScreeningSettingsEditor::ScreeningSettingsEditor(QWidget* parent) : QWidget(parent) {
    auto* layout = new QVBoxLayout(this);
    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setObjectName(QStringLiteral("settingsTable"));
    m_table->setHorizontalHeaderLabels(
        {tr("Rule"), tr("Name"), tr("Value"), tr("Default"), tr("Meaning")});
    m_table->verticalHeader()->setVisible(false);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setWordWrap(false);
    layout->addWidget(m_table, 1);

    auto* row = new QHBoxLayout;
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("settingsStatus"));
    m_status->setWordWrap(true);
    row->addWidget(m_status, 1);
    m_reload = new QPushButton(tr("Reload"), this);
    m_defaults = new QPushButton(tr("Defaults"), this);
    m_save = new QPushButton(tr("Save"), this);
    m_save->setObjectName(QStringLiteral("settingsSave"));
    row->addWidget(m_reload);
    row->addWidget(m_defaults);
    row->addWidget(m_save);
    layout->addLayout(row);

    connect(m_table, &QTableWidget::itemChanged, this, [this] {
        if (!m_filling)
            validate();
    });
    connect(m_save, &QPushButton::clicked, this, &ScreeningSettingsEditor::save);
    connect(m_defaults, &QPushButton::clicked, this, &ScreeningSettingsEditor::restoreDefaults);
    connect(m_reload, &QPushButton::clicked, this, &ScreeningSettingsEditor::reload);
    setDatabase(nullptr);
}

void ScreeningSettingsEditor::setDatabase(store::Database* db) {
    m_db = db;
    reload();
}

void ScreeningSettingsEditor::reload() {
    screen::ScreeningSettings current;
    QString problem;
    if (m_db) {
        try {
            current = screen::ScreeningSettings::load(*m_db);
        } catch (const std::exception& e) {
            problem = QString::fromUtf8(e.what());
        }
    }
    const screen::ScreeningSettings defaults;
    m_filling = true;
    const auto entries = screen::ScreeningSettings::entries();
    m_table->setRowCount(static_cast<int>(entries.size()));
    int i = 0;
    for (const auto& e : entries) {
        auto fixed = [](const QString& text) {
            auto* item = new QTableWidgetItem(text);
            item->setFlags(item->flags() & ~Qt::ItemIsEditable);
            return item;
        };
        m_table->setItem(i, Rule, fixed(QLatin1String(e.rule)));
        m_table->setItem(i, Name, fixed(QLatin1String(e.name)));
        auto* value = new QTableWidgetItem(format(current.*(e.member)));
        value->setToolTip(screen::ScreeningSettings::key(e));
        m_table->setItem(i, Value, value);
        m_table->setItem(i, Default, fixed(format(defaults.*(e.member))));
        // The meanings are marked with QT_TRANSLATE_NOOP in core (which stays free of tr()).
        auto* meaning = fixed(QCoreApplication::translate("ScreeningSettings", e.meaning));
        meaning->setToolTip(meaning->text());
        m_table->setItem(i, Meaning, meaning);
        ++i;
    }
    m_filling = false;
    validate();
    if (!problem.isEmpty())
        m_status->setText(
            tr("Stored settings could not be read (defaults shown): %1").arg(problem));
}

std::optional<screen::ScreeningSettings> ScreeningSettingsEditor::edited(QString* problem) const {
    screen::ScreeningSettings s;
    const auto entries = screen::ScreeningSettings::entries();
    int i = 0;
    for (const auto& e : entries) {
        const QTableWidgetItem* item = m_table->item(i, Value);
        QString why;
        const auto v = parse(item ? item->text() : QString(), &why);
        if (!v) {
            if (problem)
                *problem = tr("%1 %2: %3").arg(QLatin1String(e.rule), QLatin1String(e.name), why);
            return std::nullopt;
        }
        s.*(e.member) = *v;
        ++i;
    }
    return s;
}

void ScreeningSettingsEditor::validate() {
    m_filling = true;
    int bad = 0, changed = 0;
    for (int i = 0; i < m_table->rowCount(); ++i) {
        QTableWidgetItem* item = m_table->item(i, Value);
        if (!item)
            continue;
        QString why;
        const auto v = parse(item->text(), &why);
        item->setBackground(v ? QBrush() : QBrush(QColor(0xff, 0xcd, 0xd2)));
        item->setToolTip(v ? m_table->item(i, Name)->text() : why);
        QFont f = item->font();
        const bool differs = v && format(*v) != m_table->item(i, Default)->text();
        f.setBold(differs);
        item->setFont(f);
        bad += v ? 0 : 1;
        changed += differs ? 1 : 0;
    }
    m_filling = false;
    QString problem;
    const bool ok = edited(&problem).has_value();
    m_save->setEnabled(ok && m_db);
    m_defaults->setEnabled(m_db != nullptr);
    if (!m_db)
        m_status->setText(tr("No store open."));
    else if (!ok)
        m_status->setText(tr("%n invalid value(s): %1", nullptr, bad).arg(problem));
    else
        m_status->setText(tr("%n value(s) differ from the defaults.", nullptr, changed));
}

bool ScreeningSettingsEditor::save() {
    QString problem;
    const auto s = edited(&problem);
    if (!s || !m_db) {
        m_status->setText(problem.isEmpty() ? tr("No store open.") : problem);
        return false;
    }
    try {
        s->save(*m_db);
    } catch (const std::exception& e) {
        m_status->setText(
            tr("Saving failed, nothing changed: %1").arg(QString::fromUtf8(e.what())));
        return false;
    }
    m_status->setText(tr("Saved. The next screening run uses these thresholds; run a full "
                         "screening to apply them to past data."));
    emit saved();
    return true;
}

void ScreeningSettingsEditor::restoreDefaults() {
    const screen::ScreeningSettings defaults;
    m_filling = true;
    int i = 0;
    for (const auto& e : screen::ScreeningSettings::entries())
        m_table->item(i++, Value)->setText(format(defaults.*(e.member)));
    m_filling = false;
    validate();
}

} // namespace eco::ui
