// DetailsPanel: the attributes of the marker last clicked on the map: for a station its id, name,
// kind, district and latest PM2.5/PM10/NO2/O3 with their times; for an enterprise its name,
// industry, district, tags and outlets. It only shows what it is given; MainWindow reads the
// store.
#pragma once

#include "core/model/Enterprise.h"
#include "core/model/Outlet.h"
#include "core/model/Site.h"

#include <QList>
#include <QPair>
#include <QWidget>

#include <cstdint>
#include <optional>

class QFormLayout;
class QLabel;

namespace eco::ui {

struct LatestValue {
    QString pollutant; // display name, e.g. PM2.5
    QString unit;
    std::optional<double> value;
    std::int64_t ts = 0;
};

class DetailsPanel : public QWidget {
    Q_OBJECT
public:
    explicit DetailsPanel(QWidget* parent = nullptr);

    void showSite(const model::Site& site, const QList<LatestValue>& latest);
    void showEnterprise(const model::Enterprise& e, const QList<model::Outlet>& outlets);
    void clear();

    QString title() const;
    // (field, value) rows as shown, for tests and copy.
    QList<QPair<QString, QString>> rows() const { return m_rows; }

    static QString siteKindName(const QString& kind);

private:
    void addRow(const QString& field, const QString& value);
    QLabel* m_title = nullptr;
    QFormLayout* m_form = nullptr;
    QList<QPair<QString, QString>> m_rows;
};

} // namespace eco::ui
