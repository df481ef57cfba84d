<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_US">
<context>
    <name>eco::render::BasemapLabelLayer</name>
    <message>
        <source>Place names</source>
        <translation>Place names</translation>
    </message>
</context>
<context>
    <name>eco::render::BasemapLayer</name>
    <message>
        <source>the basemap draws in EPSG:3857 only, not %1</source>
        <translation>the basemap draws in EPSG:3857 only, not %1</translation>
    </message>
    <message>
        <source>Basemap</source>
        <translation>Basemap</translation>
    </message>
    <message>
        <source>basemap features skipped (%1): %2</source>
        <translation>basemap features skipped (%1): %2</translation>
    </message>
</context>
<context>
    <name>eco::render::EnterpriseLayer</name>
    <message>
        <source>enterprises draw in EPSG:3857 only</source>
        <translation>enterprises draw in EPSG:3857 only</translation>
    </message>
    <message>
        <source>Enterprises by industry</source>
        <translation>Enterprises by industry</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>(unknown)</translation>
    </message>
    <message>
        <source>Enterprises</source>
        <translation>Enterprises</translation>
    </message>
</context>
<context>
    <name>eco::render::MapDecorations</name>
    <message>
        <source>%1 km</source>
        <translation>%1 km</translation>
    </message>
    <message>
        <source>%1 m</source>
        <translation>%1 m</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
</context>
<context>
    <name>eco::render::RasterLayer</name>
    <message>
        <source>unknown GDAL error</source>
        <translation>unknown GDAL error</translation>
    </message>
    <message>
        <source>cannot open the raster: </source>
        <translation>cannot open the raster: </translation>
    </message>
    <message>
        <source>the file has no raster band</source>
        <translation>the file has no raster band</translation>
    </message>
    <message>
        <source>the raster has no usable georeferencing</source>
        <translation>the raster has no usable georeferencing</translation>
    </message>
    <message>
        <source>cannot read pixels: </source>
        <translation>cannot read pixels: </translation>
    </message>
    <message>
        <source>Satellite raster</source>
        <translation>Satellite raster</translation>
    </message>
</context>
<context>
    <name>eco::render::SiteLayer</name>
    <message>
        <source>stations draw in EPSG:3857 only</source>
        <translation>stations draw in EPSG:3857 only</translation>
    </message>
    <message>
        <source>Stations: PM2.5 (µg/m³)</source>
        <translation>Stations: PM2.5 (µg/m³)</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>no data</translation>
    </message>
    <message>
        <source>Monitoring stations</source>
        <translation>Monitoring stations</translation>
    </message>
</context>
<context>
    <name>eco::render::TrackLayer</name>
    <message>
        <source>tracks draw in EPSG:3857 only</source>
        <translation>tracks draw in EPSG:3857 only</translation>
    </message>
    <message>
        <source>Vehicle %1: PM2.5 (µg/m³)</source>
        <translation>Vehicle %1: PM2.5 (µg/m³)</translation>
    </message>
    <message>
        <source>Vehicle track</source>
        <translation>Vehicle track</translation>
    </message>
    <message>
        <source>Vehicle track %1 (%2)</source>
        <translation>Vehicle track %1 (%2)</translation>
    </message>
</context>
<context>
    <name>eco::ui::DetailsPanel</name>
    <message>
        <source>national station</source>
        <translation>national station</translation>
    </message>
    <message>
        <source>super station</source>
        <translation>super station</translation>
    </message>
    <message>
        <source>photochemical station</source>
        <translation>photochemical station</translation>
    </message>
    <message>
        <source>transport-channel station</source>
        <translation>transport-channel station</translation>
    </message>
    <message>
        <source>micro-station</source>
        <translation>micro-station</translation>
    </message>
    <message>
        <source>Click a station or an enterprise on the map to see its details.</source>
        <translation>Click a station or an enterprise on the map to see its details.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>District</source>
        <translation>District</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Location</translation>
    </message>
    <message>
        <source>%1 %2 at %3</source>
        <translation>%1 %2 at %3</translation>
    </message>
    <message>
        <source>no recent data</source>
        <translation>no recent data</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Industry</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>Permit</source>
        <translation>Permit</translation>
    </message>
    <message>
        <source>gas</source>
        <translation>gas</translation>
    </message>
    <message>
        <source>water</source>
        <translation>water</translation>
    </message>
    <message>
        <source>%1 m high</source>
        <translation>%1 m high</translation>
    </message>
    <message>
        <source>Outlets</source>
        <translation>Outlets</translation>
    </message>
</context>
<context>
    <name>eco::ui::LayerListWidget</name>
    <message>
        <source>Opacity</source>
        <translation>Opacity</translation>
    </message>
    <message>
        <source>Opacity of %1</source>
        <translation>Opacity of %1</translation>
    </message>
</context>
<context>
    <name>eco::ui::MainWindow</name>
    <message>
        <source>EcoSentry - Environmental Enforcement Command Center</source>
        <translation>EcoSentry - Environmental Enforcement Command Center</translation>
    </message>
    <message>
        <source>Layers</source>
        <translation>Layers</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>Zoom &amp;In</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>Zoom &amp;Out</translation>
    </message>
    <message>
        <source>&amp;Full Extent</source>
        <translation>&amp;Full Extent</translation>
    </message>
    <message>
        <source>&amp;Export Map Image...</source>
        <translation>&amp;Export Map Image...</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;About EcoSentry</source>
        <translation>&amp;About EcoSentry</translation>
    </message>
    <message>
        <source>About EcoSentry</source>
        <translation>About EcoSentry</translation>
    </message>
    <message>
        <source>EcoSentry
Environmental enforcement command center: monitoring data, violation clues, source tracing and the closed enforcement loop.</source>
        <translation>EcoSentry
Environmental enforcement command center: monitoring data, violation clues, source tracing and the closed enforcement loop.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>Map</translation>
    </message>
    <message>
        <source>Lon %1°  Lat %2°</source>
        <translation>Lon %1°  Lat %2°</translation>
    </message>
    <message>
        <source>The store %1 does not exist.
Run `ecosentry demo` to build the demo city, or import data with `ecosentry import`.</source>
        <translation>The store %1 does not exist.
Run `ecosentry demo` to build the demo city, or import data with `ecosentry import`.</translation>
    </message>
    <message>
        <source>The store %1 is empty.
Run `ecosentry demo` to build the demo city, or import data with `ecosentry import`.</source>
        <translation>The store %1 is empty.
Run `ecosentry demo` to build the demo city, or import data with `ecosentry import`.</translation>
    </message>
    <message>
        <source>Cannot open the store %1:
%2</source>
        <translation>Cannot open the store %1:
%2</translation>
    </message>
    <message>
        <source>Export Map Image</source>
        <translation>Export Map Image</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG images (*.png)</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>Cannot write %1.</translation>
    </message>
    <message>
        <source>Monitoring</source>
        <translation>Monitoring</translation>
    </message>
    <message>
        <source>Ingest Status</source>
        <translation>Ingest Status</translation>
    </message>
</context>
<context>
    <name>eco::ui::MapCanvas</name>
    <message>
        <source>Rendered in %1 ms (%2)</source>
        <translation>Rendered in %1 ms (%2)</translation>
    </message>
</context>
<context>
    <name>eco::ui::IngestStatusView</name>
    <message>
        <source>Packets per minute</source>
        <translation>Packets per minute</translation>
    </message>
    <message>
        <source>Quarantine reason</source>
        <translation>Quarantine reason</translation>
    </message>
    <message>
        <source>Packets</source>
        <translation>Packets</translation>
    </message>
    <message>
        <source>No store is open.</source>
        <translation>No store is open.</translation>
    </message>
    <message>
        <source>Cannot read the ingest log: %1</source>
        <translation>Cannot read the ingest log: %1</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Accepted</translation>
    </message>
    <message>
        <source>Quarantined</source>
        <translation>Quarantined</translation>
    </message>
    <message>
        <source>Loggers heard in the last 5 minutes: %1
Last hour: %2 packets accepted, %3 quarantined
Quarantined in total: %4
Updated %5</source>
        <translation>Loggers heard in the last 5 minutes: %1
Last hour: %2 packets accepted, %3 quarantined
Quarantined in total: %4
Updated %5</translation>
    </message>
</context>
<context>
    <name>eco::ui::OutletPanel</name>
    <message>
        <source>Outlet:</source>
        <translation>Outlet:</translation>
    </message>
    <message>
        <source>Pollutant:</source>
        <translation>Pollutant:</translation>
    </message>
    <message>
        <source>Click an enterprise on the map to see its outlets' CEMS data.</source>
        <translation>Click an enterprise on the map to see its outlets' CEMS data.</translation>
    </message>
    <message>
        <source>gas</source>
        <translation>gas</translation>
    </message>
    <message>
        <source>water</source>
        <translation>water</translation>
    </message>
    <message>
        <source>This enterprise has no outlets.</source>
        <translation>This enterprise has no outlets.</translation>
    </message>
    <message>
        <source>&lt;b&gt;CEMS, last 7 days&lt;/b&gt;</source>
        <translation>&lt;b&gt;CEMS, last 7 days&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Cannot read the store: %1</source>
        <translation>Cannot read the store: %1</translation>
    </message>
    <message>
        <source>No hourly CEMS data for outlet %1.</source>
        <translation>No hourly CEMS data for outlet %1.</translation>
    </message>
    <message>
        <source>Measured</source>
        <translation>Measured</translation>
    </message>
    <message>
        <source>Corrected to %1 % O₂</source>
        <translation>Corrected to %1 % O₂</translation>
    </message>
    <message>
        <source>Corrected (no ref. O₂)</source>
        <translation>Corrected (no ref. O₂)</translation>
    </message>
    <message>
        <source>Hourly limit %1</source>
        <translation>Hourly limit %1</translation>
    </message>
    <message>
        <source>%1 valid hours, %2 flagged periods (shaded).</source>
        <translation>%1 valid hours, %2 flagged periods (shaded).</translation>
    </message>
    <message>
        <source>The outlet has no reference O₂: no corrected series.</source>
        <translation>The outlet has no reference O₂: no corrected series.</translation>
    </message>
    <message>
        <source>No hourly permit limit is stored for this pollutant.</source>
        <translation>No hourly permit limit is stored for this pollutant.</translation>
    </message>
</context>
<context>
    <name>eco::ui::StationPanel</name>
    <message>
        <source>Pollutant</source>
        <translation>Pollutant</translation>
    </message>
    <message>
        <source>IAQI</source>
        <translation>IAQI</translation>
    </message>
    <message>
        <source>Hourly series:</source>
        <translation>Hourly series:</translation>
    </message>
    <message>
        <source>Daily AQI</source>
        <translation>Daily AQI</translation>
    </message>
    <message>
        <source>Click a station on the map to see its air quality.</source>
        <translation>Click a station on the map to see its air quality.</translation>
    </message>
    <message>
        <source>Cannot read the store: %1</source>
        <translation>Cannot read the store: %1</translation>
    </message>
    <message>
        <source>AQI —</source>
        <translation>AQI —</translation>
    </message>
    <message>
        <source>No AQI in the last 72 hours.</source>
        <translation>No AQI in the last 72 hours.</translation>
    </message>
    <message>
        <source>AQI %1
%2</source>
        <translation>AQI %1
%2</translation>
    </message>
    <message>
        <source>Hour starting %1 (HJ 633-%2)</source>
        <translation>Hour starting %1 (HJ 633-%2)</translation>
    </message>
    <message>
        <source>Primary pollutant: %1</source>
        <translation>Primary pollutant: %1</translation>
    </message>
    <message>
        <source>Grade II limit %1</source>
        <translation>Grade II limit %1</translation>
    </message>
</context>
</TS>