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
<context>
    <name>eco::ui::CaseFileExporter</name>
    <message>
        <source>Sign in to export a case file.</source>
        <translation>Sign in to export a case file.</translation>
    </message>
    <message>
        <source>Case file %1</source>
        <translation>Case file %1</translation>
    </message>
    <message>
        <source>%1: cannot write the PDF file.</source>
        <translation>%1: cannot write the PDF file.</translation>
    </message>
    <message>
        <source>Enforcement Case File</source>
        <translation>Enforcement Case File</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Case</translation>
    </message>
    <message>
        <source>Task id</source>
        <translation>Task id</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source> (overdue)</source>
        <translation> (overdue)</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Severity</translation>
    </message>
    <message>
        <source>Enterprise</source>
        <translation>Enterprise</translation>
    </message>
    <message>
        <source>Outlet</source>
        <translation>Outlet</translation>
    </message>
    <message>
        <source>Clue</source>
        <translation>Clue</translation>
    </message>
    <message>
        <source>District</source>
        <translation>District</translation>
    </message>
    <message>
        <source>Team / officer</source>
        <translation>Team / officer</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Created</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>by %1</translation>
    </message>
    <message>
        <source>Dispatched</source>
        <translation>Dispatched</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>Last change</translation>
    </message>
    <message>
        <source>Conclusion</source>
        <translation>Conclusion</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>Exported</translation>
    </message>
    <message>
        <source>%1 by %2 (times in Asia/Shanghai)</source>
        <translation>%1 by %2 (times in Asia/Shanghai)</translation>
    </message>
    <message>
        <source>Map of the subject</source>
        <translation>Map of the subject</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Evidence</translation>
    </message>
    <message>
        <source>No readings are stored for this series in that period.</source>
        <translation>No readings are stored for this series in that period.</translation>
    </message>
    <message>
        <source>No clue is linked and the subject has no outlet with a permit limit: there is no series to chart.</source>
        <translation>No clue is linked and the subject has no outlet with a permit limit: there is no series to chart.</translation>
    </message>
    <message>
        <source>Chain verification</source>
        <translation>Chain verification</translation>
    </message>
    <message numerus="yes">
        <source>Intact: the %n event(s) of this task were re-hashed and every hash, previous hash and attached file matches.</source>
        <translation>
            <numerusform>Intact: the %n event of this task was re-hashed and its hash, previous hash and attached file matches.</numerusform>
            <numerusform>Intact: the %n events of this task were re-hashed and every hash, previous hash and attached file matches.</numerusform>
        </translation>
    </message>
    <message>
        <source>PROBLEM: %1</source>
        <translation>PROBLEM: %1</translation>
    </message>
    <message>
        <source>Head hash</source>
        <translation>Head hash</translation>
    </message>
    <message>
        <source>Store digest</source>
        <translation>Store digest</translation>
    </message>
    <message>
        <source>%1 (all %2 tasks, %3 events)</source>
        <translation>%1 (all %2 tasks, %3 events)</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Timeline</translation>
    </message>
    <message>
        <source>hash %1</source>
        <translation>hash %1</translation>
    </message>
    <message>
        <source>prev %1</source>
        <translation>prev %1</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Attachments</translation>
    </message>
    <message>
        <source>No files are attached to this task.</source>
        <translation>No files are attached to this task.</translation>
    </message>
    <message>
        <source>The task names no enterprise or outlet with a position: no map.</source>
        <translation>The task names no enterprise or outlet with a position: no map.</translation>
    </message>
    <message>
        <source>Subject at %1° E, %2° N (ring), map time %3.</source>
        <translation>Subject at %1° E, %2° N (ring), map time %3.</translation>
    </message>
    <message>
        <source>Clue %1: %2</source>
        <translation>Clue %1: %2</translation>
    </message>
    <message>
        <source>No clue is linked: the outlet&apos;s hourly readings in the three days before the task was created, with the permit limit.</source>
        <translation>No clue is linked: the outlet&apos;s hourly readings in the three days before the task was created, with the permit limit.</translation>
    </message>
    <message>
        <source>Limit %1</source>
        <translation>Limit %1</translation>
    </message>
    <message>
        <source>EcoSentry case file · %1 · page %2</source>
        <translation>EcoSentry case file · %1 · page %2</translation>
    </message>
</context>
<context>
    <name>eco::ui::DispatchDialog</name>
    <message>
        <source>Dispatch Task</source>
        <translation>Dispatch Task</translation>
    </message>
    <message>
        <source>(the team decides)</source>
        <translation>(the team decides)</translation>
    </message>
    <message>
        <source>Instructions for the team</source>
        <translation>Instructions for the team</translation>
    </message>
    <message>
        <source>Team:</source>
        <translation>Team:</translation>
    </message>
    <message>
        <source>Officer:</source>
        <translation>Officer:</translation>
    </message>
    <message>
        <source>Deadline:</source>
        <translation>Deadline:</translation>
    </message>
    <message numerus="yes">
        <source>Default for %1 severity: %n hour(s) from now</source>
        <translation>
            <numerusform>Default for %1 severity: %n hour from now</numerusform>
            <numerusform>Default for %1 severity: %n hours from now</numerusform>
        </translation>
    </message>
    <message>
        <source>Instructions:</source>
        <translation>Instructions:</translation>
    </message>
</context>
<context>
    <name>eco::ui::DisposalReportDialog</name>
    <message>
        <source>Disposal Report</source>
        <translation>Disposal Report</translation>
    </message>
    <message>
        <source>False alarm</source>
        <translation>False alarm</translation>
    </message>
    <message>
        <source>Explained (the data had a reason)</source>
        <translation>Explained (the data had a reason)</translation>
    </message>
    <message>
        <source>Penalty (CNY):</source>
        <translation>Penalty (CNY):</translation>
    </message>
    <message>
        <source>Rectify by:</source>
        <translation>Rectify by:</translation>
    </message>
    <message>
        <source>Summary of the case and the decision</source>
        <translation>Summary of the case and the decision</translation>
    </message>
    <message>
        <source>Conclusion:</source>
        <translation>Conclusion:</translation>
    </message>
    <message>
        <source>Outcome:</source>
        <translation>Outcome:</translation>
    </message>
    <message>
        <source>Summary:</source>
        <translation>Summary:</translation>
    </message>
    <message>
        <source>Attachments:</source>
        <translation>Attachments:</translation>
    </message>
</context>
<context>
    <name>eco::ui::LoginDialog</name>
    <message>
        <source>Sign in to EcoSentry</source>
        <translation>Sign in to EcoSentry</translation>
    </message>
    <message>
        <source>&lt;b&gt;EcoSentry&lt;/b&gt;&lt;br&gt;Environmental Enforcement Command Center&lt;br&gt;&lt;small&gt;Store: %1&lt;/small&gt;</source>
        <translation>&lt;b&gt;EcoSentry&lt;/b&gt;&lt;br&gt;Environmental Enforcement Command Center&lt;br&gt;&lt;small&gt;Store: %1&lt;/small&gt;</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>User name:</source>
        <translation>User name:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Password:</translation>
    </message>
    <message>
        <source>The user name or the password is wrong.</source>
        <translation>The user name or the password is wrong.</translation>
    </message>
    <message>
        <source>Enter a user name and a password.</source>
        <translation>Enter a user name and a password.</translation>
    </message>
</context>
<context>
    <name>eco::ui::MainWindow</name>
    <message>
        <source>Tasks are not available: %1</source>
        <translation>Tasks are not available: %1</translation>
    </message>
    <message>
        <source>Task Board</source>
        <translation>Task Board</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Task</translation>
    </message>
    <message>
        <source>&amp;Tasks</source>
        <translation>&amp;Tasks</translation>
    </message>
    <message>
        <source>Export &amp;Case File...</source>
        <translation>Export &amp;Case File...</translation>
    </message>
    <message>
        <source>Signed in: %1 (%2) · %3</source>
        <translation>Signed in: %1 (%2) · %3</translation>
    </message>
    <message>
        <source>whole city</source>
        <translation>whole city</translation>
    </message>
    <message>
        <source>&amp;Manage Users...</source>
        <translation>&amp;Manage Users...</translation>
    </message>
    <message>
        <source>Read-only viewer: this store has no user accounts, so nobody can act on tasks. Add an administrator with `ecosentry user add`.</source>
        <translation>Read-only viewer: this store has no user accounts, so nobody can act on tasks. Add an administrator with `ecosentry user add`.</translation>
    </message>
    <message>
        <source>Export Case File</source>
        <translation>Export Case File</translation>
    </message>
    <message>
        <source>Select a task on the board first.</source>
        <translation>Select a task on the board first.</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation>Wrote %1</translation>
    </message>
</context>
<context>
    <name>eco::ui::NotificationBell</name>
    <message>
        <source>Notifications (%1)</source>
        <translation>Notifications (%1)</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Notifications</translation>
    </message>
    <message numerus="yes">
        <source>%n unread notification(s)</source>
        <translation>
            <numerusform>%n unread notification</numerusform>
            <numerusform>%n unread notifications</numerusform>
        </translation>
    </message>
    <message>
        <source>No notifications</source>
        <translation>No notifications</translation>
    </message>
    <message>
        <source>Clear all</source>
        <translation>Clear all</translation>
    </message>
</context>
<context>
    <name>eco::ui::NotificationCenter</name>
    <message>
        <source>New task for you: %1</source>
        <translation>New task for you: %1</translation>
    </message>
    <message>
        <source>Overdue: %1</source>
        <translation>Overdue: %1</translation>
    </message>
    <message>
        <source>Reported, waiting to be closed: %1</source>
        <translation>Reported, waiting to be closed: %1</translation>
    </message>
</context>
<context>
    <name>eco::ui::SiteVerificationDialog</name>
    <message>
        <source>Site Verification</source>
        <translation>Site Verification</translation>
    </message>
    <message>
        <source>What was found on site</source>
        <translation>What was found on site</translation>
    </message>
    <message>
        <source>Findings:</source>
        <translation>Findings:</translation>
    </message>
    <message>
        <source>Pollutant</source>
        <translation>Pollutant</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Measurements:</source>
        <translation>Measurements:</translation>
    </message>
    <message>
        <source>Photos and files:</source>
        <translation>Photos and files:</translation>
    </message>
</context>
<context>
    <name>eco::ui::TaskBoardWidget</name>
    <message>
        <source>Read-only: nobody is signed in, so tasks can be neither shown nor changed here. A store without user accounts needs an administrator first (`ecosentry user add`).</source>
        <translation>Read-only: nobody is signed in, so tasks can be neither shown nor changed here. A store without user accounts needs an administrator first (`ecosentry user add`).</translation>
    </message>
    <message>
        <source>Overdue only</source>
        <translation>Overdue only</translation>
    </message>
    <message>
        <source>My tasks</source>
        <translation>My tasks</translation>
    </message>
    <message>
        <source>All districts</source>
        <translation>All districts</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>District:</source>
        <translation>District:</translation>
    </message>
    <message>
        <source>Read-only: nobody is signed in</source>
        <translation>Read-only: nobody is signed in</translation>
    </message>
    <message numerus="yes">
        <source>%n task(s)</source>
        <translation>
            <numerusform>%n task</numerusform>
            <numerusform>%n tasks</numerusform>
        </translation>
    </message>
    <message>
        <source>Task %1 is not on the board any more.</source>
        <translation>Task %1 is not on the board any more.</translation>
    </message>
    <message>
        <source>Task &quot;%1&quot; cannot go from %2 to %3: no step of the workflow leads there.</source>
        <translation>Task &quot;%1&quot; cannot go from %2 to %3: no step of the workflow leads there.</translation>
    </message>
    <message>
        <source>Your role (%1) may not %2: task &quot;%3&quot; stays %4.</source>
        <translation>Your role (%1) may not %2: task &quot;%3&quot; stays %4.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is now %3.</source>
        <translation>%1: &quot;%2&quot; is now %3.</translation>
    </message>
</context>
<context>
    <name>eco::ui::TaskCardDelegate</name>
    <message>
        <source>not dispatched</source>
        <translation>not dispatched</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>Due %1</source>
        <translation>Due %1</translation>
    </message>
</context>
<context>
    <name>eco::ui::TaskDetailView</name>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Actor</source>
        <translation>Actor</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Event</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Hash</source>
        <translation>Hash</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>&lt;b&gt;Timeline&lt;/b&gt; (Asia/Shanghai)</source>
        <translation>&lt;b&gt;Timeline&lt;/b&gt; (Asia/Shanghai)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Attachments&lt;/b&gt; (double-click to open)</source>
        <translation>&lt;b&gt;Attachments&lt;/b&gt; (double-click to open)</translation>
    </message>
    <message>
        <source>Select a task on the board to see its record.</source>
        <translation>Select a task on the board to see its record.</translation>
    </message>
    <message>
        <source>clue &lt;a href=&quot;clue:%1&quot;&gt;%2&lt;/a&gt;</source>
        <translation>clue &lt;a href=&quot;clue:%1&quot;&gt;%2&lt;/a&gt;</translation>
    </message>
    <message>
        <source>enterprise &lt;a href=&quot;enterprise:%1&quot;&gt;%2&lt;/a&gt;</source>
        <translation>enterprise &lt;a href=&quot;enterprise:%1&quot;&gt;%2&lt;/a&gt;</translation>
    </message>
    <message>
        <source>outlet &lt;a href=&quot;outlet:%1&quot;&gt;%2&lt;/a&gt;</source>
        <translation>outlet &lt;a href=&quot;outlet:%1&quot;&gt;%2&lt;/a&gt;</translation>
    </message>
    <message>
        <source>%1 severity</source>
        <translation>%1 severity</translation>
    </message>
    <message>
        <source>&lt;b style=&apos;color:#d7191c&apos;&gt;Overdue&lt;/b&gt;</source>
        <translation>&lt;b style=&apos;color:#d7191c&apos;&gt;Overdue&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Team: %1</source>
        <translation>Team: %1</translation>
    </message>
    <message>
        <source>Officer: %1</source>
        <translation>Officer: %1</translation>
    </message>
    <message>
        <source>Created %1 · Deadline %2 · Task %3</source>
        <translation>Created %1 · Deadline %2 · Task %3</translation>
    </message>
    <message>
        <source>seq %1
hash %2
prev %3</source>
        <translation>seq %1
hash %2
prev %3</translation>
    </message>
    <message>
        <source>Export case file (PDF)...</source>
        <translation>Export case file (PDF)...</translation>
    </message>
    <message>
        <source>%1: done.</source>
        <translation>%1: done.</translation>
    </message>
</context>
<context>
    <name>eco::render::TaskLayer</name>
    <message>
        <source>Open tasks</source>
        <translation>Open tasks</translation>
    </message>
    <message>
        <source>tasks draw in EPSG:3857 only</source>
        <translation>tasks draw in EPSG:3857 only</translation>
    </message>
    <message>
        <source>Open tasks by state</source>
        <translation>Open tasks by state</translation>
    </message>
    <message>
        <source>overdue (red ring)</source>
        <translation>overdue (red ring)</translation>
    </message>
</context>
<context>
    <name>eco::ui::TaskWorkspace</name>
    <message>
        <source>Nobody is signed in: the store is open read-only.</source>
        <translation>Nobody is signed in: the store is open read-only.</translation>
    </message>
    <message>
        <source>A task is created from a clue or an enterprise, not here.</source>
        <translation>A task is created from a clue or an enterprise, not here.</translation>
    </message>
</context>
<context>
    <name>eco::ui::UserAdminDialog</name>
    <message>
        <source>User Administration</source>
        <translation>User Administration</translation>
    </message>
    <message>
        <source>User</source>
        <translation>User</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>District</source>
        <translation>District</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Add...</source>
        <translation>Add...</translation>
    </message>
    <message>
        <source>Role, district, team...</source>
        <translation>Role, district, team...</translation>
    </message>
    <message>
        <source>Disable / enable</source>
        <translation>Disable / enable</translation>
    </message>
    <message>
        <source>Reset password...</source>
        <translation>Reset password...</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Saved.</translation>
    </message>
    <message>
        <source>(whole city)</source>
        <translation>(whole city)</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>disabled</translation>
    </message>
    <message>
        <source>enabled</source>
        <translation>enabled</translation>
    </message>
    <message>
        <source>Add User</source>
        <translation>Add User</translation>
    </message>
    <message>
        <source>User name:</source>
        <translation>User name:</translation>
    </message>
    <message>
        <source>Display name:</source>
        <translation>Display name:</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>Role:</translation>
    </message>
    <message>
        <source>District:</source>
        <translation>District:</translation>
    </message>
    <message>
        <source>Team:</source>
        <translation>Team:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Password:</translation>
    </message>
    <message>
        <source>Repeat password:</source>
        <translation>Repeat password:</translation>
    </message>
    <message>
        <source>The two passwords differ; nothing was saved.</source>
        <translation>The two passwords differ; nothing was saved.</translation>
    </message>
    <message>
        <source>Select a user first.</source>
        <translation>Select a user first.</translation>
    </message>
    <message>
        <source>Change %1</source>
        <translation>Change %1</translation>
    </message>
    <message>
        <source>Reset Password of %1</source>
        <translation>Reset Password of %1</translation>
    </message>
    <message>
        <source>New password:</source>
        <translation>New password:</translation>
    </message>
</context>
<context>
    <name>eco::ui::TaskActionDialogs</name>
    <message>
        <source>Add files...</source>
        <translation>Add files...</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>Attach files</translation>
    </message>
    <message>
        <source>Comment on &quot;%1&quot;:</source>
        <translation>Comment on &quot;%1&quot;:</translation>
    </message>
    <message>
        <source>Why? The reason is kept in the task&apos;s record. Task: &quot;%1&quot;</source>
        <translation>Why? The reason is kept in the task&apos;s record. Task: &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>eco::ui::TaskText</name>
    <message>
        <source>Created</source>
        <translation>Created</translation>
    </message>
    <message>
        <source>Dispatched</source>
        <translation>Dispatched</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Accepted</translation>
    </message>
    <message>
        <source>On site</source>
        <translation>On site</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Verified</translation>
    </message>
    <message>
        <source>Reported</source>
        <translation>Reported</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>Reopened</source>
        <translation>Reopened</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Create</translation>
    </message>
    <message>
        <source>Dispatch</source>
        <translation>Dispatch</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Accept</translation>
    </message>
    <message>
        <source>Arrive on site</source>
        <translation>Arrive on site</translation>
    </message>
    <message>
        <source>Verify on site</source>
        <translation>Verify on site</translation>
    </message>
    <message>
        <source>Write report</source>
        <translation>Write report</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Reopen</translation>
    </message>
    <message>
        <source>Cancel task</source>
        <translation>Cancel task</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Comment</translation>
    </message>
    <message>
        <source>High</source>
        <translation>High</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Medium</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Low</translation>
    </message>
    <message>
        <source>Viewer</source>
        <translation>Viewer</translation>
    </message>
    <message>
        <source>Duty officer</source>
        <translation>Duty officer</translation>
    </message>
    <message>
        <source>Field officer</source>
        <translation>Field officer</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>Supervisor</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <source>Violation confirmed</source>
        <translation>Violation confirmed</translation>
    </message>
    <message>
        <source>Not confirmed</source>
        <translation>Not confirmed</translation>
    </message>
    <message>
        <source>Data fault</source>
        <translation>Data fault</translation>
    </message>
    <message>
        <source>created</source>
        <translation>created</translation>
    </message>
    <message>
        <source>dispatched</source>
        <translation>dispatched</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>accepted</translation>
    </message>
    <message>
        <source>arrived on site</source>
        <translation>arrived on site</translation>
    </message>
    <message>
        <source>site verified</source>
        <translation>site verified</translation>
    </message>
    <message>
        <source>reported</source>
        <translation>reported</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>closed</translation>
    </message>
    <message>
        <source>reopened</source>
        <translation>reopened</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelled</translation>
    </message>
    <message>
        <source>comment</source>
        <translation>comment</translation>
    </message>
    <message>
        <source>title: %1</source>
        <translation>title: %1</translation>
    </message>
    <message>
        <source>team: %1</source>
        <translation>team: %1</translation>
    </message>
    <message>
        <source>officer: %1</source>
        <translation>officer: %1</translation>
    </message>
    <message>
        <source>deadline: %1</source>
        <translation>deadline: %1</translation>
    </message>
    <message>
        <source>findings: %1</source>
        <translation>findings: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n measurement(s)</source>
        <translation>
            <numerusform>%n measurement</numerusform>
            <numerusform>%n measurements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n attachment(s)</source>
        <translation>
            <numerusform>%n attachment</numerusform>
            <numerusform>%n attachments</numerusform>
        </translation>
    </message>
    <message>
        <source>penalty: %1 CNY</source>
        <translation>penalty: %1 CNY</translation>
    </message>
    <message>
        <source>summary: %1</source>
        <translation>summary: %1</translation>
    </message>
    <message>
        <source>reason: %1</source>
        <translation>reason: %1</translation>
    </message>
    <message>
        <source>note: %1</source>
        <translation>note: %1</translation>
    </message>
</context>
</TS>