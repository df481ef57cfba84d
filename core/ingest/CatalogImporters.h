// CatalogImporters: the RowImporters of the slowly changing CSV kinds (sites, enterprises,
// outlets, limits, alerts, measures). Each row becomes one CatalogRepository upsert in its own
// savepoint, so a constraint the store enforces (a repeated outlet mn, say) rejects that row only.
#pragma once

#include "core/ingest/KnownIds.h"
#include "core/ingest/RowImporter.h"
#include "core/store/CatalogRepository.h"

#include <optional>

namespace eco::ingest {

class CatalogRowImporter : public RowImporter {
public:
    void begin(store::Database& db, const CsvColumns& columns) override;
    bool rowSavepoints() const override { return true; }

protected:
    virtual void resolve(store::Database& db, const CsvColumns& columns) = 0;
    store::CatalogRepository& repo() { return *m_repo; }

private:
    std::optional<store::CatalogRepository> m_repo;
};

class SiteImporter final : public CatalogRowImporter {
public:
    std::span<const ColumnSpec> columns() const override;
    RowOutcome importRow(const RowFields& row) override;

private:
    void resolve(store::Database& db, const CsvColumns& c) override;
    Column m_id, m_name, m_kind, m_lon, m_lat, m_district, m_mn, m_crs;
};

class EnterpriseImporter final : public CatalogRowImporter {
public:
    std::span<const ColumnSpec> columns() const override;
    RowOutcome importRow(const RowFields& row) override;

private:
    void resolve(store::Database& db, const CsvColumns& c) override;
    Column m_id, m_name, m_industry, m_district, m_lon, m_lat, m_tags, m_permit, m_crs;
};

class OutletImporter final : public CatalogRowImporter {
public:
    std::span<const ColumnSpec> columns() const override;
    RowOutcome importRow(const RowFields& row) override;

private:
    void resolve(store::Database& db, const CsvColumns& c) override;
    Column m_id, m_enterprise, m_mn, m_medium, m_lon, m_lat, m_height, m_diameter, m_temp,
        m_velocity, m_o2ref, m_crs;
    KnownIds m_enterprises;
};

class LimitImporter final : public CatalogRowImporter {
public:
    std::span<const ColumnSpec> columns() const override;
    RowOutcome importRow(const RowFields& row) override;

private:
    void resolve(store::Database& db, const CsvColumns& c) override;
    Column m_outlet, m_pollutant, m_interval, m_limit, m_unit;
    KnownIds m_outlets;
};

class AlertImporter final : public CatalogRowImporter {
public:
    std::span<const ColumnSpec> columns() const override;
    RowOutcome importRow(const RowFields& row) override;

private:
    void resolve(store::Database& db, const CsvColumns& c) override;
    Column m_level, m_start, m_end, m_region;
};

class MeasureImporter final : public CatalogRowImporter {
public:
    std::span<const ColumnSpec> columns() const override;
    RowOutcome importRow(const RowFields& row) override;

private:
    void resolve(store::Database& db, const CsvColumns& c) override;
    Column m_enterprise, m_level, m_reduction;
    KnownIds m_enterprises;
};

} // namespace eco::ingest
