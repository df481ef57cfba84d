#include "core/store/Migrations.h"

#include "core/store/Database.h"
#include "core/store/StoreError.h"

#include <array>
#include <string>

namespace eco::store {

namespace {

// Version 1: every entity of DESIGN.md sections 3-4. Conventions:
// - time is INTEGER Unix seconds (UTC), named *_ts or ts;
// - time series tables are WITHOUT ROWID and clustered by (series, ts) so one series is one
//   B-tree range; a series is (source_id, pollutant, interval) resolved once to an integer;
// - natural keys are PRIMARY KEY or UNIQUE so every import is an upsert.
constexpr const char* kV1 = R"SQL(
CREATE TABLE meta(
  key   TEXT PRIMARY KEY,
  value TEXT NOT NULL
) WITHOUT ROWID;

CREATE TABLE sites(
  id       TEXT PRIMARY KEY,
  name     TEXT NOT NULL,
  kind     TEXT NOT NULL CHECK(kind IN ('national','super','photochemical','transport','micro')),
  lon      REAL NOT NULL CHECK(lon BETWEEN -180 AND 180),
  lat      REAL NOT NULL CHECK(lat BETWEEN -90 AND 90),
  district TEXT NOT NULL DEFAULT '',
  mn       TEXT UNIQUE
) WITHOUT ROWID;

CREATE TABLE enterprises(
  id        TEXT PRIMARY KEY,
  name      TEXT NOT NULL,
  industry  TEXT NOT NULL DEFAULT '',
  district  TEXT NOT NULL DEFAULT '',
  lon       REAL NOT NULL CHECK(lon BETWEEN -180 AND 180),
  lat       REAL NOT NULL CHECK(lat BETWEEN -90 AND 90),
  tags      TEXT NOT NULL DEFAULT '',
  permit_no TEXT
) WITHOUT ROWID;

CREATE TABLE outlets(
  id              TEXT PRIMARY KEY,
  enterprise_id   TEXT NOT NULL REFERENCES enterprises(id),
  mn              TEXT UNIQUE,
  medium          TEXT NOT NULL CHECK(medium IN ('gas','water')),
  lon             REAL NOT NULL CHECK(lon BETWEEN -180 AND 180),
  lat             REAL NOT NULL CHECK(lat BETWEEN -90 AND 90),
  height_m        REAL,
  diameter_m      REAL,
  gas_temp_c      REAL,
  gas_velocity_ms REAL,
  o2_ref_pct      REAL
) WITHOUT ROWID;
CREATE INDEX outlets_enterprise ON outlets(enterprise_id);

CREATE TABLE limits(
  outlet_id   TEXT NOT NULL REFERENCES outlets(id),
  pollutant   TEXT NOT NULL,
  interval    TEXT NOT NULL CHECK(interval IN ('hour','day')),
  limit_value REAL NOT NULL,
  unit        TEXT NOT NULL,
  PRIMARY KEY(outlet_id, pollutant, interval)
) WITHOUT ROWID;

CREATE TABLE series(
  id        INTEGER PRIMARY KEY,
  source_id TEXT NOT NULL,
  pollutant TEXT NOT NULL,
  interval  TEXT NOT NULL CHECK(interval IN ('rtd','min','hour','day')),
  UNIQUE(source_id, pollutant, interval)
);

CREATE TABLE readings(
  series_id INTEGER NOT NULL,
  ts        INTEGER NOT NULL,
  value     REAL,
  flag      TEXT NOT NULL DEFAULT 'N',
  PRIMARY KEY(series_id, ts)
) WITHOUT ROWID;

CREATE TABLE power_meters(
  id            INTEGER PRIMARY KEY,
  meter_id      TEXT NOT NULL UNIQUE,
  enterprise_id TEXT NOT NULL REFERENCES enterprises(id),
  circuit       TEXT NOT NULL CHECK(circuit IN ('production','treatment','total')),
  linked_meter  TEXT
);
CREATE INDEX power_meters_enterprise ON power_meters(enterprise_id);

CREATE TABLE power_readings(
  meter INTEGER NOT NULL,
  ts    INTEGER NOT NULL,
  kw    REAL,
  PRIMARY KEY(meter, ts)
) WITHOUT ROWID;

CREATE TABLE vehicles(
  id         INTEGER PRIMARY KEY,
  vehicle_id TEXT NOT NULL UNIQUE,
  name       TEXT NOT NULL DEFAULT ''
);

-- Positions only; what the vehicle measured is in readings (source_id = vehicle_id, 'rtd').
CREATE TABLE track_points(
  vehicle INTEGER NOT NULL,
  ts      INTEGER NOT NULL,
  lon     REAL NOT NULL,
  lat     REAL NOT NULL,
  PRIMARY KEY(vehicle, ts)
) WITHOUT ROWID;

CREATE TABLE lidars(
  id   TEXT PRIMARY KEY,
  name TEXT NOT NULL DEFAULT '',
  lon  REAL NOT NULL,
  lat  REAL NOT NULL
) WITHOUT ROWID;

-- One row per scan. azimuths: float32 LE per ray; data: nrays x nbins values, encoded as said by
-- `encoding` ('f32' raw float32 LE, or 'u16x10z' = qCompress(uint16 LE of value*10)).
CREATE TABLE lidar_scans(
  device_id     TEXT NOT NULL REFERENCES lidars(id),
  ts            INTEGER NOT NULL,
  mode          TEXT NOT NULL CHECK(mode IN ('ppi','rhi','profile')),
  elevation_deg REAL NOT NULL,
  range_start_m REAL NOT NULL,
  bin_m         REAL NOT NULL,
  nbins         INTEGER NOT NULL,
  nrays         INTEGER NOT NULL,
  azimuths      BLOB NOT NULL,
  encoding      TEXT NOT NULL,
  data          BLOB NOT NULL,
  PRIMARY KEY(device_id, ts, mode, elevation_deg)
) WITHOUT ROWID;

CREATE TABLE rasters(
  id         INTEGER PRIMARY KEY,
  path       TEXT NOT NULL UNIQUE,
  kind       TEXT NOT NULL CHECK(kind IN ('satellite','drone','model')),
  product    TEXT NOT NULL DEFAULT '',
  ts         INTEGER,
  crs        TEXT NOT NULL DEFAULT '',
  west       REAL, south REAL, east REAL, north REAL,
  width      INTEGER, height INTEGER, bands INTEGER,
  sha256     TEXT NOT NULL,
  overviews  INTEGER NOT NULL DEFAULT 0,
  imported_ts INTEGER NOT NULL
);
CREATE INDEX rasters_time ON rasters(kind, product, ts);

CREATE TABLE alerts(
  id       INTEGER PRIMARY KEY,
  level    TEXT NOT NULL CHECK(level IN ('yellow','orange','red')),
  start_ts INTEGER NOT NULL,
  end_ts   INTEGER NOT NULL CHECK(end_ts >= start_ts),
  region   TEXT NOT NULL,
  UNIQUE(region, start_ts, level)
);

CREATE TABLE measures(
  enterprise_id TEXT NOT NULL REFERENCES enterprises(id),
  level         TEXT NOT NULL CHECK(level IN ('yellow','orange','red')),
  reduction_pct REAL NOT NULL CHECK(reduction_pct BETWEEN 0 AND 100),
  PRIMARY KEY(enterprise_id, level)
) WITHOUT ROWID;

-- Basemap vectors (districts, roads, river, parks) as WKB in WGS84.
CREATE TABLE basemap_features(
  id    TEXT PRIMARY KEY,
  layer TEXT NOT NULL,
  name  TEXT NOT NULL DEFAULT '',
  rank  INTEGER NOT NULL DEFAULT 0,
  wkb   BLOB NOT NULL
) WITHOUT ROWID;

CREATE TABLE clues(
  id           TEXT PRIMARY KEY,
  rule         TEXT NOT NULL,
  subject_kind TEXT NOT NULL CHECK(subject_kind IN ('enterprise','outlet','site','meter','vehicle')),
  subject_id   TEXT NOT NULL,
  start_ts     INTEGER NOT NULL,
  end_ts       INTEGER NOT NULL,
  severity     INTEGER NOT NULL DEFAULT 1,
  score        REAL NOT NULL DEFAULT 0,
  summary      TEXT NOT NULL DEFAULT '',
  evidence     TEXT NOT NULL DEFAULT '{}',
  district     TEXT NOT NULL DEFAULT '',
  industry     TEXT NOT NULL DEFAULT '',
  problem      TEXT NOT NULL DEFAULT '',
  status       TEXT NOT NULL DEFAULT 'new',
  outcome      TEXT,
  created_ts   INTEGER NOT NULL,
  updated_ts   INTEGER NOT NULL
) WITHOUT ROWID;
CREATE INDEX clues_subject ON clues(rule, subject_kind, subject_id, start_ts);

CREATE TABLE users(
  username     TEXT PRIMARY KEY,
  display_name TEXT NOT NULL DEFAULT '',
  role         TEXT NOT NULL CHECK(role IN ('viewer','duty_officer','field_officer','supervisor','administrator')),
  district     TEXT NOT NULL DEFAULT '',
  pw_algo      TEXT NOT NULL,
  pw_salt      BLOB NOT NULL,
  pw_hash      BLOB NOT NULL,
  disabled     INTEGER NOT NULL DEFAULT 0,
  created_ts   INTEGER NOT NULL
) WITHOUT ROWID;

-- Append-only; the task's state is derived from its events. hash covers prev_hash + the event.
CREATE TABLE task_events(
  id        TEXT PRIMARY KEY,
  task_id   TEXT NOT NULL,
  seq       INTEGER NOT NULL,
  hlc       INTEGER NOT NULL,
  ts        INTEGER NOT NULL,
  actor     TEXT NOT NULL,
  kind      TEXT NOT NULL,
  payload   TEXT NOT NULL DEFAULT '{}',
  prev_hash TEXT NOT NULL,
  hash      TEXT NOT NULL,
  UNIQUE(task_id, seq)
) WITHOUT ROWID;

-- Ground truth the demo injected, so screening and tracing accuracy can be measured.
CREATE TABLE truth_violations(
  id           TEXT PRIMARY KEY,
  rule         TEXT NOT NULL,
  subject_kind TEXT NOT NULL,
  subject_id   TEXT NOT NULL,
  start_ts     INTEGER NOT NULL,
  end_ts       INTEGER NOT NULL,
  detail       TEXT NOT NULL DEFAULT ''
) WITHOUT ROWID;

CREATE TABLE truth_episodes(
  id            TEXT PRIMARY KEY,
  enterprise_id TEXT NOT NULL,
  outlet_id     TEXT,
  pollutant     TEXT NOT NULL,
  start_ts      INTEGER NOT NULL,
  end_ts        INTEGER NOT NULL,
  rate_gps      REAL NOT NULL,
  lon           REAL NOT NULL,
  lat           REAL NOT NULL,
  detail        TEXT NOT NULL DEFAULT ''
) WITHOUT ROWID;

-- Where and when an episode's plume was seen by a receptor (station, vehicle, lidar).
CREATE TABLE truth_observations(
  episode_id    TEXT NOT NULL REFERENCES truth_episodes(id),
  receptor_kind TEXT NOT NULL CHECK(receptor_kind IN ('site','vehicle','lidar')),
  receptor_id   TEXT NOT NULL,
  ts            INTEGER NOT NULL,
  lon           REAL NOT NULL,
  lat           REAL NOT NULL,
  excess        REAL NOT NULL,
  PRIMARY KEY(episode_id, receptor_kind, receptor_id, ts)
) WITHOUT ROWID;
)SQL";

// Version 2: HJ 212 ingest. Every packet that cannot be stored goes to quarantine with its reason
// and raw bytes, so nothing received is ever silently dropped; ingest_log counts what was
// accepted per source for the live ingest view.
constexpr const char* kV2 = R"SQL(
CREATE TABLE quarantine(
  id          INTEGER PRIMARY KEY,
  received_ts INTEGER NOT NULL,
  origin      TEXT NOT NULL,
  mn          TEXT,
  reason_code TEXT NOT NULL,
  reason      TEXT NOT NULL,
  raw         BLOB NOT NULL
);
CREATE INDEX quarantine_reason ON quarantine(reason_code, received_ts);

-- The HJ 212 access password each data logger must send (NULL: not checked).
ALTER TABLE outlets ADD COLUMN pw TEXT;
ALTER TABLE sites ADD COLUMN pw TEXT;

CREATE TABLE ingest_log(
  origin      TEXT NOT NULL,
  minute_ts   INTEGER NOT NULL,
  accepted    INTEGER NOT NULL DEFAULT 0,
  quarantined INTEGER NOT NULL DEFAULT 0,
  PRIMARY KEY(origin, minute_ts)
) WITHOUT ROWID;
)SQL";

// Version 3: tasks (core/task). task_events stays the append-only truth; v3 adds the replica
// (node) that wrote each event so sync can merge logs as a set ordered by (hlc, node, id), teams
// for dispatch, a team per user, and two caches rebuilt from the log in the same transaction as
// each append: `tasks` (one row per task, for the board) and `task_attachments` (files an event
// recorded). The caches are never the truth: `task verify` checks them against the chain.
constexpr const char* kV3 = R"SQL(
ALTER TABLE task_events ADD COLUMN node TEXT NOT NULL DEFAULT '';
CREATE INDEX task_events_hlc ON task_events(hlc);

CREATE TABLE teams(
  id         TEXT PRIMARY KEY,
  name       TEXT NOT NULL DEFAULT '',
  district   TEXT NOT NULL DEFAULT '',
  created_ts INTEGER NOT NULL
) WITHOUT ROWID;

ALTER TABLE users ADD COLUMN team TEXT NOT NULL DEFAULT '';

CREATE TABLE tasks(
  id            TEXT PRIMARY KEY,
  title         TEXT NOT NULL DEFAULT '',
  severity      TEXT NOT NULL,
  state         TEXT NOT NULL,
  district      TEXT NOT NULL DEFAULT '',
  clue_id       TEXT,
  enterprise_id TEXT,
  outlet_id     TEXT,
  team          TEXT NOT NULL DEFAULT '',
  officer       TEXT NOT NULL DEFAULT '',
  created_ts    INTEGER NOT NULL,
  dispatched_ts INTEGER,
  deadline_ts   INTEGER,
  updated_ts    INTEGER NOT NULL,
  conclusion    TEXT NOT NULL DEFAULT '',
  event_count   INTEGER NOT NULL,
  head_hash     TEXT NOT NULL
) WITHOUT ROWID;
CREATE INDEX tasks_state ON tasks(state, deadline_ts);
CREATE INDEX tasks_clue ON tasks(clue_id);

CREATE TABLE task_attachments(
  task_id  TEXT NOT NULL,
  event_id TEXT NOT NULL,
  sha256   TEXT NOT NULL,
  name     TEXT NOT NULL,
  size     INTEGER NOT NULL,
  PRIMARY KEY(task_id, event_id, sha256)
) WITHOUT ROWID;
)SQL";

// Version 4: the clue desk. An officer's decisions on a clue (dismissed with a reason, merged
// into another clue, its outcome once known) are kept on the clue, and every desk action is
// logged with who and when, so screening precision can be traced back to the people who judged.
constexpr const char* kV4 = R"SQL(
ALTER TABLE clues ADD COLUMN merged_into TEXT;
ALTER TABLE clues ADD COLUMN dismiss_reason TEXT NOT NULL DEFAULT '';
ALTER TABLE clues ADD COLUMN outcome_ts INTEGER;
ALTER TABLE clues ADD COLUMN outcome_by TEXT NOT NULL DEFAULT '';
CREATE INDEX clues_time ON clues(start_ts);
CREATE INDEX clues_status ON clues(status, start_ts);

CREATE TABLE clue_actions(
  id      INTEGER PRIMARY KEY,
  clue_id TEXT NOT NULL,
  ts      INTEGER NOT NULL,
  actor   TEXT NOT NULL,
  action  TEXT NOT NULL CHECK(action IN ('dismiss','merge','outcome','task','reopen','note')),
  detail  TEXT NOT NULL DEFAULT '{}'
);
CREATE INDEX clue_actions_clue ON clue_actions(clue_id, ts);
)SQL";

// Version 5: sync (core/sync, DESIGN.md section 8).
// - task_events loses UNIQUE(task_id, seq): replicas that append to one task while apart both
//   write the same seq, and both events must survive the merge. seq is now the depth in the chain
//   (the event named by prev_hash has seq - 1), and the chain is a tree checked by ChainVerifier.
// - Change capture: triggers record what a local writer touched in sync_pending (a catalog row's
//   key, or for time series the (series, UTC day) it fell in), so a push sends only that. Pulled
//   rows are applied with sync_capture.on_ = 0 inside the pulling transaction, so they are never
//   echoed back. sync_state keeps the hub high-water mark per table, written in the same
//   transaction as the pulled rows it covers.
constexpr const char* kV5Tables = R"SQL(
CREATE TABLE task_events_v5(
  id        TEXT PRIMARY KEY,
  task_id   TEXT NOT NULL,
  seq       INTEGER NOT NULL,
  hlc       INTEGER NOT NULL,
  ts        INTEGER NOT NULL,
  actor     TEXT NOT NULL,
  kind      TEXT NOT NULL,
  payload   TEXT NOT NULL DEFAULT '{}',
  prev_hash TEXT NOT NULL,
  hash      TEXT NOT NULL,
  node      TEXT NOT NULL DEFAULT ''
) WITHOUT ROWID;
INSERT INTO task_events_v5(id,task_id,seq,hlc,ts,actor,kind,payload,prev_hash,hash,node)
  SELECT id,task_id,seq,hlc,ts,actor,kind,payload,prev_hash,hash,node FROM task_events;
DROP TABLE task_events;
ALTER TABLE task_events_v5 RENAME TO task_events;
CREATE INDEX task_events_task ON task_events(task_id, seq);
CREATE INDEX task_events_hlc ON task_events(hlc);

CREATE TABLE sync_capture(
  id  INTEGER PRIMARY KEY CHECK(id = 1),
  on_ INTEGER NOT NULL
);
INSERT INTO sync_capture VALUES(1, 1);

CREATE TABLE sync_pending(
  tbl TEXT NOT NULL,
  k   TEXT NOT NULL,
  PRIMARY KEY(tbl, k)
) WITHOUT ROWID;

CREATE TABLE sync_state(
  scope TEXT NOT NULL,
  tbl   TEXT NOT NULL,
  hw    INTEGER NOT NULL,
  PRIMARY KEY(scope, tbl)
) WITHOUT ROWID;
)SQL";

// (table, key expression over the row) for every table sync carries.
struct CapturedTable {
    const char* table;
    const char* key;
};
constexpr CapturedTable kCaptured[] = {
    {"readings", "series_id||':'||(ts/86400)"},
    {"power_readings", "meter||':'||(ts/86400)"},
    {"track_points", "vehicle||':'||(ts/86400)"},
    {"lidar_scans", "device_id||':'||(ts/86400)"},
    {"sites", "id"},
    {"enterprises", "id"},
    {"outlets", "id"},
    {"limits", "outlet_id||char(31)||pollutant||char(31)||interval"},
    {"power_meters", "meter_id"},
    {"vehicles", "vehicle_id"},
    {"lidars", "id"},
    {"alerts", "region||char(31)||start_ts||char(31)||level"},
    {"measures", "enterprise_id||char(31)||level"},
    {"teams", "id"},
    {"users", "username"},
    {"clues", "id"},
    {"basemap_features", "id"},
    {"task_events", "id"},
};

std::string withPrefix(const std::string& expr, const char* prefix) {
    // Prefix every bare column name of a key expression (identifiers not followed by '(').
    std::string out;
    for (std::size_t i = 0; i < expr.size();) {
        const char c = expr[i];
        if ((c >= 'a' && c <= 'z') || c == '_') {
            std::size_t j = i;
            while (j < expr.size() && ((expr[j] >= 'a' && expr[j] <= 'z') || expr[j] == '_'))
                ++j;
            const std::string word = expr.substr(i, j - i);
            if (j < expr.size() && expr[j] == '(')
                out += word;
            else
                out += prefix + word;
            i = j;
        } else {
            out += c;
            ++i;
        }
    }
    return out;
}

std::string buildV5() {
    std::string sql = kV5Tables;
    for (const CapturedTable& t : kCaptured) {
        const std::string key = withPrefix(t.key, "NEW.");
        for (const char* op : {"INSERT", "UPDATE"}) {
            sql += std::string("CREATE TRIGGER sync_") + t.table + "_" +
                   (op[0] == 'I' ? "ins" : "upd") + " AFTER " + op + " ON " + t.table +
                   " WHEN (SELECT on_ FROM sync_capture) BEGIN INSERT INTO "
                   "sync_pending(tbl,k) VALUES('" +
                   t.table + "', " + key + ") ON CONFLICT DO NOTHING; END;\n";
        }
        // What the store already holds is new to any hub. (The triggers use an upsert, not
        // INSERT OR IGNORE: an outer statement's conflict policy would override the OR IGNORE.)
        sql += std::string("INSERT OR IGNORE INTO sync_pending(tbl,k) SELECT DISTINCT '") +
               t.table + "', " + t.key + " FROM " + t.table + ";\n";
    }
    return sql;
}

// v6: the screening engine's per-series-day cache (core/screen/DayCache.h). A day's grid of an
// hourly series (kind 0, key series.id) or a power meter (kind 1, key power_meters.id) as the
// rules see it; `day` is the local (UTC+8) day index (ts + 28800) / 86400 and the grid is
// complete for ts < upto. Whole days live in screen_day_cache; each series' newest, partial day
// in screen_open_day, whose rows sit together, so the hourly rewrite of every series' open day
// touches a few pages instead of one page per series. Rows written at or before the screening
// watermark (late data) mark
// their series-day dirty so the next incremental run rebuilds that day and judges it again.
constexpr const char* kV6 = R"SQL(
CREATE TABLE screen_day_cache(
  kind INTEGER NOT NULL,
  key  INTEGER NOT NULL,
  day  INTEGER NOT NULL,
  upto INTEGER NOT NULL,
  grid BLOB NOT NULL,
  PRIMARY KEY(kind, key, day)
) WITHOUT ROWID;

CREATE TABLE screen_open_day(
  kind INTEGER NOT NULL,
  key  INTEGER NOT NULL,
  day  INTEGER NOT NULL,
  upto INTEGER NOT NULL,
  grid BLOB NOT NULL,
  PRIMARY KEY(kind, key)
) WITHOUT ROWID;

CREATE TABLE screen_dirty(
  kind INTEGER NOT NULL,
  key  INTEGER NOT NULL,
  day  INTEGER NOT NULL,
  PRIMARY KEY(kind, key, day)
) WITHOUT ROWID;

CREATE TABLE screen_watermark(
  id  INTEGER PRIMARY KEY CHECK(id = 1),
  hwm INTEGER NOT NULL
);

CREATE TRIGGER screen_dirty_readings_ins AFTER INSERT ON readings
WHEN NEW.ts < (SELECT hwm FROM screen_watermark) BEGIN
  INSERT INTO screen_dirty(kind, key, day) VALUES(0, NEW.series_id, (NEW.ts + 28800) / 86400)
  ON CONFLICT DO NOTHING;
END;
CREATE TRIGGER screen_dirty_readings_upd AFTER UPDATE ON readings
WHEN OLD.ts < (SELECT hwm FROM screen_watermark) OR NEW.ts < (SELECT hwm FROM screen_watermark)
BEGIN
  INSERT INTO screen_dirty(kind, key, day) VALUES(0, NEW.series_id, (NEW.ts + 28800) / 86400),
    (0, OLD.series_id, (OLD.ts + 28800) / 86400) ON CONFLICT DO NOTHING;
END;
CREATE TRIGGER screen_dirty_readings_del AFTER DELETE ON readings
WHEN OLD.ts < (SELECT hwm FROM screen_watermark) BEGIN
  INSERT INTO screen_dirty(kind, key, day) VALUES(0, OLD.series_id, (OLD.ts + 28800) / 86400)
  ON CONFLICT DO NOTHING;
END;
CREATE TRIGGER screen_dirty_power_ins AFTER INSERT ON power_readings
WHEN NEW.ts < (SELECT hwm FROM screen_watermark) BEGIN
  INSERT INTO screen_dirty(kind, key, day) VALUES(1, NEW.meter, (NEW.ts + 28800) / 86400)
  ON CONFLICT DO NOTHING;
END;
CREATE TRIGGER screen_dirty_power_upd AFTER UPDATE ON power_readings
WHEN OLD.ts < (SELECT hwm FROM screen_watermark) OR NEW.ts < (SELECT hwm FROM screen_watermark)
BEGIN
  INSERT INTO screen_dirty(kind, key, day) VALUES(1, NEW.meter, (NEW.ts + 28800) / 86400),
    (1, OLD.meter, (OLD.ts + 28800) / 86400) ON CONFLICT DO NOTHING;
END;
CREATE TRIGGER screen_dirty_power_del AFTER DELETE ON power_readings
WHEN OLD.ts < (SELECT hwm FROM screen_watermark) BEGIN
  INSERT INTO screen_dirty(kind, key, day) VALUES(1, OLD.meter, (OLD.ts + 28800) / 86400)
  ON CONFLICT DO NOTHING;
END;
)SQL";

// Version 7: sync marks for the bulk tables come from the writers, not triggers.
// - The per-row capture triggers on readings, power_readings and track_points cost the bulk
//   writers 30-260 %; ReadingWriter, PowerWriter and TrackWriter now write one mark per (series,
//   UTC day) per transaction themselves (store::ChangeMarks). Catalog tables keep their triggers.
// - sync_pending.lo: the earliest time touched in a marked day, so a push sends that series from
//   lo to the end of the day, not the whole day; NULL (older marks) still means the whole day.
//   The lidar_scans triggers (a few scans an hour) stay, now writing lo too.
// - sync_trusted_keys: signers whose bundles `sync --import` accepts (`sync --trust`).
constexpr const char* kV7 = R"SQL(
DROP TRIGGER IF EXISTS sync_readings_ins;
DROP TRIGGER IF EXISTS sync_readings_upd;
DROP TRIGGER IF EXISTS sync_power_readings_ins;
DROP TRIGGER IF EXISTS sync_power_readings_upd;
DROP TRIGGER IF EXISTS sync_track_points_ins;
DROP TRIGGER IF EXISTS sync_track_points_upd;
DROP TRIGGER IF EXISTS sync_lidar_scans_ins;
DROP TRIGGER IF EXISTS sync_lidar_scans_upd;
ALTER TABLE sync_pending ADD COLUMN lo INTEGER;
CREATE TRIGGER sync_lidar_scans_ins AFTER INSERT ON lidar_scans
WHEN (SELECT on_ FROM sync_capture) BEGIN
  INSERT INTO sync_pending(tbl,k,lo) VALUES('lidar_scans', NEW.device_id||':'||(NEW.ts/86400), NEW.ts)
  ON CONFLICT(tbl,k) DO UPDATE SET lo=excluded.lo WHERE excluded.lo < lo;
END;
CREATE TRIGGER sync_lidar_scans_upd AFTER UPDATE ON lidar_scans
WHEN (SELECT on_ FROM sync_capture) BEGIN
  INSERT INTO sync_pending(tbl,k,lo) VALUES('lidar_scans', NEW.device_id||':'||(NEW.ts/86400), NEW.ts)
  ON CONFLICT(tbl,k) DO UPDATE SET lo=excluded.lo WHERE excluded.lo < lo;
END;
CREATE TABLE sync_trusted_keys(
  public_key TEXT PRIMARY KEY,
  added_ts   INTEGER NOT NULL
) WITHOUT ROWID;
)SQL";

// Version 8: screening marks for inserts and updates come from the writers, not triggers.
// A trigger sub-program per row cost the bulk writers ~1.5 us a row even when its WHEN was false
// (imports fell to a third); ReadingWriter and PowerWriter now mark a late (key, local day) once
// per transaction themselves (store::ScreenDirtyMarks), and sync's ChangeApplier marks the rows it
// pulls. Deletes are rare and keep their v6 triggers.
constexpr const char* kV8 = R"SQL(
DROP TRIGGER IF EXISTS screen_dirty_readings_ins;
DROP TRIGGER IF EXISTS screen_dirty_readings_upd;
DROP TRIGGER IF EXISTS screen_dirty_power_ins;
DROP TRIGGER IF EXISTS screen_dirty_power_upd;
)SQL";

std::string stepSql(int version) {
    constexpr std::array kSteps{kV1, kV2, kV3, kV4};
    if (version < static_cast<int>(kSteps.size()))
        return kSteps[static_cast<std::size_t>(version)];
    if (version == 5)
        return kV6;
    if (version == 6)
        return kV7;
    if (version == 7)
        return kV8;
    return buildV5();
}

constexpr int kLatestVersion = 8;

} // namespace

int Migrations::latestVersion() {
    return kLatestVersion;
}

void Migrations::apply(Database& db) {
    const int current = db.userVersion();
    if (current > latestVersion())
        throw StoreError("store schema version " + std::to_string(current) +
                         " is newer than this program understands (" +
                         std::to_string(latestVersion()) + ")");
    for (int v = current; v < latestVersion(); ++v) {
        Transaction tx(db);
        db.exec(stepSql(v));
        db.exec("PRAGMA user_version=" + std::to_string(v + 1));
        tx.commit();
    }
}

} // namespace eco::store
