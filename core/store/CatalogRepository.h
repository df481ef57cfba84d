// CatalogRepository: upserts and loads of the store's slowly changing entities: sites,
// enterprises, outlets, limits, lidars, alerts, measures, basemap features and raster records.
// Every upsert is keyed on the natural key and leaves an identical row untouched; it returns
// whether the row was inserted or changed, which importers report.
#pragma once

#include "core/model/Alert.h"
#include "core/model/BasemapFeature.h"
#include "core/model/EmissionLimit.h"
#include "core/model/Enterprise.h"
#include "core/model/LidarScan.h"
#include "core/model/Outlet.h"
#include "core/model/PowerReading.h"
#include "core/model/RasterRecord.h"
#include "core/model/Site.h"

#include <QList>
#include <QString>

#include <optional>

namespace eco::store {

class Database;

class CatalogRepository {
public:
    explicit CatalogRepository(Database& db) : m_db(db) {}

    bool upsert(const model::Site& s);
    bool upsert(const model::Enterprise& e);
    bool upsert(const model::Outlet& o);
    bool upsert(const model::EmissionLimit& l);
    bool upsert(const model::Lidar& l);
    bool upsert(const model::Alert& a);
    bool upsert(const model::Measure& m);
    bool upsert(const model::BasemapFeature& f);
    // Inserts or updates by path; returns the record's id.
    std::int64_t upsert(const model::RasterRecord& r);

    bool hasEnterprise(const QString& id) const;
    bool hasOutlet(const QString& id) const;
    bool hasLidar(const QString& id) const;

    QList<model::Site> sites() const;
    QList<model::Enterprise> enterprises() const;
    QList<model::Outlet> outlets() const;
    QList<model::EmissionLimit> limits() const;
    QList<model::PowerMeter> powerMeters() const;
    QList<model::Lidar> lidars() const;
    QList<model::Alert> alerts() const;
    QList<model::Measure> measures() const;
    QList<model::BasemapFeature> basemap() const;
    QList<model::RasterRecord> rasters() const;
    QStringList vehicles() const;

    std::optional<model::Site> site(const QString& id) const;
    std::optional<model::Enterprise> enterprise(const QString& id) const;
    std::optional<model::Outlet> outlet(const QString& id) const;
    QList<model::Outlet> outletsOf(const QString& enterpriseId) const;

private:
    Database& m_db;
};

} // namespace eco::store
