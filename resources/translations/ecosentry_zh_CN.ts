<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
    <context>
        <name>eco::render::BasemapLabelLayer</name>
        <message>
            <source>Place names</source>
            <translation>地名</translation>
        </message>
    </context>
    <context>
        <name>eco::render::BasemapLayer</name>
        <message>
            <source>the basemap draws in EPSG:3857 only, not %1</source>
            <translation>底图仅支持 EPSG:3857 绘制，不支持 %1</translation>
        </message>
        <message>
            <source>Basemap</source>
            <translation>底图</translation>
        </message>
        <message>
            <source>basemap features skipped (%1): %2</source>
            <translation>已跳过底图要素（%1 个）：%2</translation>
        </message>
    </context>
    <context>
        <name>eco::render::EnterpriseLayer</name>
        <message>
            <source>enterprises draw in EPSG:3857 only</source>
            <translation>企业图层仅支持 EPSG:3857 绘制</translation>
        </message>
        <message>
            <source>Enterprises by industry</source>
            <translation>企业（按行业）</translation>
        </message>
        <message>
            <source>(unknown)</source>
            <translation>（未知）</translation>
        </message>
        <message>
            <source>Enterprises</source>
            <translation>企业</translation>
        </message>
        <message>
            <source>Enterprises by status</source>
            <translation>企业：按状态</translation>
        </message>
        <message numerus="yes">
            <source>%n enterprises</source>
            <translation>
                <numerusform>%n 家企业</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>eco::render::MapDecorations</name>
        <message>
            <source>%1 km</source>
            <translation>%1 公里</translation>
        </message>
        <message>
            <source>%1 m</source>
            <translation>%1 米</translation>
        </message>
        <message>
            <source>N</source>
            <translation>北</translation>
        </message>
    </context>
    <context>
        <name>eco::render::RasterLayer</name>
        <message>
            <source>unknown GDAL error</source>
            <translation>未知 GDAL 错误</translation>
        </message>
        <message>
            <source>cannot open the raster: </source>
            <translation>无法打开栅格：</translation>
        </message>
        <message>
            <source>the file has no raster band</source>
            <translation>文件中没有栅格波段</translation>
        </message>
        <message>
            <source>the raster has no usable georeferencing</source>
            <translation>栅格缺少可用的地理参考</translation>
        </message>
        <message>
            <source>cannot read pixels: </source>
            <translation>无法读取像元：</translation>
        </message>
        <message>
            <source>Satellite raster</source>
            <translation>卫星遥感栅格</translation>
        </message>
        <message>
            <source>cannot download tiles: </source>
            <translation>无法下载瓦片：</translation>
        </message>
    </context>
    <context>
        <name>eco::render::SiteLayer</name>
        <message>
            <source>stations draw in EPSG:3857 only</source>
            <translation>站点图层仅支持 EPSG:3857 绘制</translation>
        </message>
        <message>
            <source>Stations: PM2.5 (µg/m³)</source>
            <translation>站点：PM2.5（µg/m³）</translation>
        </message>
        <message>
            <source>no data</source>
            <translation>无数据</translation>
        </message>
        <message>
            <source>Monitoring stations</source>
            <translation>监测站点</translation>
        </message>
        <message>
            <source>Stations: AQI</source>
            <translation>站点：AQI</translation>
        </message>
        <message>
            <source>Stations: %1 (%2)</source>
            <translation>站点：%1（%2）</translation>
        </message>
        <message>
            <source>AQI</source>
            <translation>AQI</translation>
        </message>
    </context>
    <context>
        <name>eco::render::TrackLayer</name>
        <message>
            <source>tracks draw in EPSG:3857 only</source>
            <translation>轨迹图层仅支持 EPSG:3857 绘制</translation>
        </message>
        <message>
            <source>Vehicle %1: PM2.5 (µg/m³)</source>
            <translation>走航车 %1：PM2.5（µg/m³）</translation>
        </message>
        <message>
            <source>Vehicle track</source>
            <translation>走航轨迹</translation>
        </message>
        <message>
            <source>Vehicle track %1 (%2)</source>
            <translation>走航轨迹 %1（%2）</translation>
        </message>
        <message numerus="yes">
            <source>%n vehicle(s): PM2.5 (µg/m³)</source>
            <translation>
                <numerusform>%n 辆走航车：PM2.5（µg/m³）</numerusform>
            </translation>
        </message>
        <message>
            <source>Vehicle tracks</source>
            <translation>走航轨迹</translation>
        </message>
        <message>
            <source>Vehicle tracks (%1, %2)</source>
            <translation>走航轨迹（%1，%2）</translation>
        </message>
    </context>
    <context>
        <name>eco::ui::DetailsPanel</name>
        <message>
            <source>national station</source>
            <translation>国控站</translation>
        </message>
        <message>
            <source>super station</source>
            <translation>超级站</translation>
        </message>
        <message>
            <source>photochemical station</source>
            <translation>光化学组分站</translation>
        </message>
        <message>
            <source>transport-channel station</source>
            <translation>传输通道站</translation>
        </message>
        <message>
            <source>micro-station</source>
            <translation>微站</translation>
        </message>
        <message>
            <source>Click a station or an enterprise on the map to see its details.</source>
            <translation>在地图上点击站点或企业以查看详情。</translation>
        </message>
        <message>
            <source>ID</source>
            <translation>编号</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>名称</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>类型</translation>
        </message>
        <message>
            <source>District</source>
            <translation>区县</translation>
        </message>
        <message>
            <source>Location</source>
            <translation>位置</translation>
        </message>
        <message>
            <source>%1 %2 at %3</source>
            <translation>%1 %2（%3）</translation>
        </message>
        <message>
            <source>no recent data</source>
            <translation>近期无数据</translation>
        </message>
        <message>
            <source>Industry</source>
            <translation>行业</translation>
        </message>
        <message>
            <source>Tags</source>
            <translation>标签</translation>
        </message>
        <message>
            <source>none</source>
            <translation>无</translation>
        </message>
        <message>
            <source>Permit</source>
            <translation>排污许可证</translation>
        </message>
        <message>
            <source>gas</source>
            <translation>废气</translation>
        </message>
        <message>
            <source>water</source>
            <translation>废水</translation>
        </message>
        <message>
            <source>%1 m high</source>
            <translation>高 %1 米</translation>
        </message>
        <message>
            <source>Outlets</source>
            <translation>排放口</translation>
        </message>
    </context>
    <context>
        <name>eco::ui::LayerListWidget</name>
        <message>
            <source>Opacity</source>
            <translation>不透明度</translation>
        </message>
        <message>
            <source>Opacity of %1</source>
            <translation>%1 的不透明度</translation>
        </message>
        <message>
            <source>Draw %1 above the layer over it</source>
            <translation>将 %1 上移一层</translation>
        </message>
        <message>
            <source>Draw %1 below the layer under it</source>
            <translation>将 %1 下移一层</translation>
        </message>
        <message>
            <source>Style</source>
            <translation>样式</translation>
        </message>
        <message>
            <source>Style...</source>
            <translation>样式…</translation>
        </message>
        <message>
            <source>Bands, colour ramp and value range of %1</source>
            <translation>%1 的波段、色带与取值范围</translation>
        </message>
    </context>
    <context>
        <name>eco::ui::MainWindow</name>
        <message>
            <source>EcoSentry - Environmental Enforcement Command Center</source>
            <translation>EcoSentry 生态环境执法指挥中心</translation>
        </message>
        <message>
            <source>Layers</source>
            <translation>图层</translation>
        </message>
        <message>
            <source>Details</source>
            <translation>详情</translation>
        </message>
        <message>
            <source>Zoom &amp;In</source>
            <translation>放大(&amp;I)</translation>
        </message>
        <message>
            <source>Zoom &amp;Out</source>
            <translation>缩小(&amp;O)</translation>
        </message>
        <message>
            <source>&amp;Full Extent</source>
            <translation>全图(&amp;F)</translation>
        </message>
        <message>
            <source>&amp;Export Map Image...</source>
            <translation>导出地图图片(&amp;E)...</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>退出(&amp;Q)</translation>
        </message>
        <message>
            <source>&amp;About EcoSentry</source>
            <translation>关于 EcoSentry(&amp;A)</translation>
        </message>
        <message>
            <source>About EcoSentry</source>
            <translation>关于 EcoSentry</translation>
        </message>
        <message>
            <source>EcoSentry
Environmental enforcement command center: monitoring data, violation clues, source tracing and the closed enforcement loop.</source>
            <translation>EcoSentry
生态环境执法指挥中心：监测数据、违法线索、污染溯源与执法闭环管理。</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>文件(&amp;F)</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>视图(&amp;V)</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>帮助(&amp;H)</translation>
        </message>
        <message>
            <source>Map</source>
            <translation>地图</translation>
        </message>
        <message>
            <source>Lon %1°  Lat %2°</source>
            <translation>经度 %1°  纬度 %2°</translation>
        </message>
        <message>
            <source>The store %1 does not exist.
Run `ecosentry demo` to build the demo city, or import data with `ecosentry import`.</source>
            <translation>数据库 %1 不存在。
请运行 `ecosentry demo` 生成演示城市，或用 `ecosentry import` 导入数据。</translation>
        </message>
        <message>
            <source>The store %1 is empty.
Run `ecosentry demo` to build the demo city, or import data with `ecosentry import`.</source>
            <translation>数据库 %1 为空。
请运行 `ecosentry demo` 生成演示城市，或用 `ecosentry import` 导入数据。</translation>
        </message>
        <message>
            <source>Cannot open the store %1:
%2</source>
            <translation>无法打开数据库 %1：
%2</translation>
        </message>
        <message>
            <source>Export Map Image</source>
            <translation>导出地图图片</translation>
        </message>
        <message>
            <source>PNG images (*.png)</source>
            <translation>PNG 图片 (*.png)</translation>
        </message>
        <message>
            <source>Cannot write %1.</source>
            <translation>无法写入 %1。</translation>
        </message>
        <message>
            <source>Monitoring</source>
            <translation>监测数据</translation>
        </message>
        <message>
            <source>Ingest Status</source>
            <translation>接入状态</translation>
        </message>
        <message>
            <source>Source Trace</source>
            <translation>污染溯源</translation>
        </message>
        <message>
            <source>Trace the Selected &amp;Station</source>
            <translation>溯源所选站点(&amp;S)</translation>
        </message>
        <message>
            <source>&amp;Trace</source>
            <translation>溯源(&amp;T)</translation>
        </message>
        <message>
            <source>Clue Desk</source>
            <translation>线索台</translation>
        </message>
        <message>
            <source>Tasks are not available: %1</source>
            <translation>任务功能不可用：%1</translation>
        </message>
        <message>
            <source>Task Board</source>
            <translation>任务看板</translation>
        </message>
        <message>
            <source>Task</source>
            <translation>任务</translation>
        </message>
        <message>
            <source>&amp;Tasks</source>
            <translation>任务(&amp;T)</translation>
        </message>
        <message>
            <source>Export &amp;Case File...</source>
            <translation>导出案卷(&amp;C)...</translation>
        </message>
        <message>
            <source>Signed in: %1 (%2) · %3</source>
            <translation>当前用户：%1（%2）· %3</translation>
        </message>
        <message>
            <source>whole city</source>
            <translation>全市</translation>
        </message>
        <message>
            <source>&amp;Manage Users...</source>
            <translation>用户管理(&amp;M)...</translation>
        </message>
        <message>
            <source>Read-only viewer: this store has no user accounts, so nobody can act on tasks. Add an administrator with `ecosentry user add`.</source>
            <translation>只读浏览：该数据库没有用户账户，任何人都不能处理任务。请用 `ecosentry user add` 添加管理员。</translation>
        </message>
        <message>
            <source>Export Case File</source>
            <translation>导出案卷</translation>
        </message>
        <message>
            <source>Select a task on the board first.</source>
            <translation>请先在看板上选择一个任务。</translation>
        </message>
        <message>
            <source>PDF documents (*.pdf)</source>
            <translation>PDF 文档 (*.pdf)</translation>
        </message>
        <message>
            <source>Wrote %1</source>
            <translation>已写入 %1</translation>
        </message>
        <message>
            <source>&amp;Sync</source>
            <translation>同步(&amp;S)</translation>
        </message>
        <message>
            <source>Sync now</source>
            <translation>立即同步</translation>
        </message>
        <message>
            <source>Sync settings...</source>
            <translation>同步设置...</translation>
        </message>
        <message>
            <source>Sync finished</source>
            <translation>同步完成</translation>
        </message>
        <message>
            <source>Sync failed: %1</source>
            <translation>同步失败：%1</translation>
        </message>
        <message>
            <source>&amp;Export Map...</source>
            <translation>导出地图(&amp;E)...</translation>
        </message>
        <message>
            <source>Export Map</source>
            <translation>导出地图</translation>
        </message>
        <message>
            <source>Map Tools</source>
            <translation>地图工具</translation>
        </message>
        <message>
            <source>&amp;Pan and Select</source>
            <translation>平移与选择(&amp;P)</translation>
        </message>
        <message>
            <source>&amp;Box Zoom</source>
            <translation>拉框缩放(&amp;B)</translation>
        </message>
        <message>
            <source>Measure &amp;Distance</source>
            <translation>测量距离(&amp;D)</translation>
        </message>
        <message>
            <source>Measure &amp;Area</source>
            <translation>测量面积(&amp;A)</translation>
        </message>
        <message>
            <source>&amp;Frame Times Overlay</source>
            <translation>帧时间叠加显示(&amp;F)</translation>
        </message>
        <message>
            <source>Map Time</source>
            <translation>地图时间</translation>
        </message>
        <message>
            <source>Scale 1:%L1</source>
            <translation>比例尺 1:%L1</translation>
        </message>
        <message>
            <source>&amp;Bookmarks</source>
            <translation>书签(&amp;B)</translation>
        </message>
        <message>
            <source>&amp;Add Bookmark...</source>
            <translation>添加书签(&amp;A)...</translation>
        </message>
        <message>
            <source>&amp;Delete Bookmark</source>
            <translation>删除书签(&amp;D)</translation>
        </message>
        <message>
            <source>Add Bookmark</source>
            <translation>添加书签</translation>
        </message>
        <message>
            <source>Name of this view:</source>
            <translation>此视图的名称：</translation>
        </message>
        <message>
            <source>A bookmark needs a name and a map to show.</source>
            <translation>书签需要名称和可显示的地图。</translation>
        </message>
        <message>
            <source>Trace the Selected &amp;Clue</source>
            <translation>追溯所选线索(&amp;C)</translation>
        </message>
        <message>
            <source>Trace from &amp;Here</source>
            <translation>从此处溯源(&amp;H)</translation>
        </message>
        <message>
            <source>Trace a Vehicle &amp;Hotspot...</source>
            <translation>追溯走航热点(&amp;H)...</translation>
        </message>
        <message>
            <source>Vehicle Hotspots</source>
            <translation>走航热点</translation>
        </message>
        <message>
            <source>The store has no vehicles.</source>
            <translation>数据库中没有走航车。</translation>
        </message>
        <message>
            <source>Vehicle:</source>
            <translation>车辆：</translation>
        </message>
        <message>
            <source>No repeated PM2.5 hotspot on %1's track that day.</source>
            <translation>%1 当天的轨迹上没有重复出现的 PM2.5 热点。</translation>
        </message>
        <message>
            <source>%1  excess %2 µg/m³, %3 passes  (%4, %5)</source>
            <translation>%1  超出 %2 µg/m³，经过 %3 次（%4, %5）</translation>
        </message>
        <message>
            <source>Hotspot to trace (strongest first):</source>
            <translation>要溯源的热点（最强在前）：</translation>
        </message>
        <message>
            <source>Clues cannot be shown on the map: %1</source>
            <translation>无法在地图上显示线索：%1</translation>
        </message>
        <message>
            <source>Tasks cannot be shown on the map: %1</source>
            <translation>无法在地图上显示任务：%1</translation>
        </message>
        <message>
            <source>Trace a &amp;Lidar Plume...</source>
            <translation>追溯激光雷达烟羽(&amp;L)...</translation>
        </message>
        <message>
            <source>Lidar Plumes</source>
            <translation>激光雷达烟羽</translation>
        </message>
        <message>
            <source>The store has no lidars.</source>
            <translation>数据库中没有激光雷达。</translation>
        </message>
        <message>
            <source>Lidar:</source>
            <translation>激光雷达：</translation>
        </message>
        <message>
            <source>Lidar %1 saw no plume that day.</source>
            <translation>激光雷达 %1 当天未观测到烟羽。</translation>
        </message>
        <message>
            <source>%1  excess %2, %3 cells, axis %4°  (%5, %6)</source>
            <translation>%1  超标 %2，%3 个单元，轴向 %4°  (%5, %6)</translation>
        </message>
        <message>
            <source>Plume to trace (strongest first):</source>
            <translation>要溯源的烟羽（按强度排序）：</translation>
        </message>
        <message>
            <source>&amp;Layers</source>
            <translation>图层(&amp;L)</translation>
        </message>
        <message>
            <source>Add &amp;Raster...</source>
            <translation>添加栅格(&amp;R)…</translation>
        </message>
        <message>
            <source>Add &amp;Tile Service...</source>
            <translation>添加瓦片服务(&amp;T)…</translation>
        </message>
        <message>
            <source>Add Raster</source>
            <translation>添加栅格</translation>
        </message>
        <message>
            <source>Rasters (*.tif *.tiff *.mbtiles *.gpkg *.nc *.vrt *.jp2 *.img);;All files (*)</source>
            <translation>栅格 (*.tif *.tiff *.mbtiles *.gpkg *.nc *.vrt *.jp2 *.img);;所有文件 (*)</translation>
        </message>
        <message>
            <source>Add Tile Service</source>
            <translation>添加瓦片服务</translation>
        </message>
        <message>
            <source>An XYZ tile URL such as https://tiles.example.org/{z}/{x}/{y}.png
({-y} for TMS row order), or a WMTS capabilities URL.
Tiles are kept on disk beside the store, so the layer also works offline.</source>
            <translation>XYZ 瓦片地址，如 https://tiles.example.org/{z}/{x}/{y}.png
（TMS 行序用 {-y}），或 WMTS 能力文档地址。
瓦片缓存在数据库旁的磁盘上，离线时图层仍可显示。</translation>
        </message>
        <message>
            <source>%1 lies outside the city map</source>
            <translation>%1 位于城市地图范围之外</translation>
        </message>
        <message>
            <source>By status</source>
            <translation>按状态</translation>
        </message>
        <message>
            <source>By industry</source>
            <translation>按行业</translation>
        </message>
        <message>
            <source>Raster Style</source>
            <translation>栅格样式</translation>
        </message>
        <message>
            <source>Style of %1</source>
            <translation>%1 的样式</translation>
        </message>
    </context>
    <context>
        <name>eco::ui::MapCanvas</name>
        <message>
            <source>Rendered in %1 ms (%2)</source>
            <translation>渲染耗时 %1 毫秒（%2）</translation>
        </message>
        <message>
            <source>Station</source>
            <translation>站点</translation>
        </message>
        <message>
            <source>Enterprise</source>
            <translation>企业</translation>
        </message>
        <message>
            <source>&lt;br&gt;PM2.5 %1 µg/m³</source>
            <translation>&lt;br&gt;PM2.5 %1 µg/m³</translation>
        </message>
        <message>
            <source>%1 fps  ·  frame %2 ms  ·  render %3 ms  ·  %4 layer images</source>
            <translation>%1 帧/秒  ·  绘制 %2 毫秒  ·  渲染 %3 毫秒  ·  图层图像 %4 张</translation>
        </message>
        <message>
            <source>Area %1, perimeter %2</source>
            <translation>面积 %1，周长 %2</translation>
        </message>
        <message>
            <source>Distance %1</source>
            <translation>距离 %1</translation>
        </message>
        <message>
            <source>Click to zoom in</source>
            <translation>点击放大</translation>
        </message>
    </context>
    <context>
        <name>eco::ui::IngestStatusView</name>
        <message>
            <source>Packets per minute</source>
            <translation>每分钟数据包</translation>
        </message>
        <message>
            <source>Quarantine reason</source>
            <translation>隔离原因</translation>
        </message>
        <message>
            <source>Packets</source>
            <translation>数据包</translation>
        </message>
        <message>
            <source>No store is open.</source>
            <translation>未打开数据库。</translation>
        </message>
        <message>
            <source>Cannot read the ingest log: %1</source>
            <translation>无法读取接入日志：%1</translation>
        </message>
        <message>
            <source>Accepted</source>
            <translation>已接收</translation>
        </message>
        <message>
            <source>Quarantined</source>
            <translation>已隔离</translation>
        </message>
        <message>
            <source>Loggers heard in the last 5 minutes: %1
Last hour: %2 packets accepted, %3 quarantined
Quarantined in total: %4
Updated %5</source>
            <translation>近 5 分钟在线数采仪：%1
近一小时：接收 %2 包，隔离 %3 包
累计隔离：%4 包
更新于 %5</translation>
        </message>
    </context>
    <context>
        <name>eco::ui::OutletPanel</name>
        <message>
            <source>Outlet:</source>
            <translation>排放口：</translation>
        </message>
        <message>
            <source>Pollutant:</source>
            <translation>污染物：</translation>
        </message>
        <message>
            <source>Click an enterprise on the map to see its outlets' CEMS data.</source>
            <translation>点击地图上的企业以查看其排放口的在线监测数据。</translation>
        </message>
        <message>
            <source>gas</source>
            <translation>废气</translation>
        </message>
        <message>
            <source>water</source>
            <translation>废水</translation>
        </message>
        <message>
            <source>This enterprise has no outlets.</source>
            <translation>该企业没有排放口。</translation>
        </message>
        <message>
            <source>&lt;b&gt;CEMS, last 7 days&lt;/b&gt;</source>
            <translation>&lt;b&gt;在线监测（近 7 天）&lt;/b&gt;</translation>
        </message>
        <message>
            <source>Cannot read the store: %1</source>
            <translation>无法读取数据库：%1</translation>
        </message>
        <message>
            <source>No hourly CEMS data for outlet %1.</source>
            <translation>排放口 %1 没有小时在线监测数据。</translation>
        </message>
        <message>
            <source>Measured</source>
            <translation>实测值</translation>
        </message>
        <message>
            <source>Corrected to %1 % O₂</source>
            <translation>折算值（基准氧含量 %1 %）</translation>
        </message>
        <message>
            <source>Corrected (no ref. O₂)</source>
            <translation>折算值（无基准氧含量）</translation>
        </message>
        <message>
            <source>Hourly limit %1</source>
            <translation>小时排放限值 %1</translation>
        </message>
        <message>
            <source>%1 valid hours, %2 flagged periods (shaded).</source>
            <translation>有效小时 %1 个，标记时段 %2 个（阴影）。</translation>
        </message>
        <message>
            <source>The outlet has no reference O₂: no corrected series.</source>
            <translation>该排放口未设基准氧含量，无折算曲线。</translation>
        </message>
        <message>
            <source>No hourly permit limit is stored for this pollutant.</source>
            <translation>未存储该污染物的小时许可排放限值。</translation>
        </message>
    </context>
    <context>
        <name>eco::ui::StationPanel</name>
        <message>
            <source>Pollutant</source>
            <translation>污染物</translation>
        </message>
        <message>
            <source>IAQI</source>
            <translation>空气质量分指数</translation>
        </message>
        <message>
            <source>Hourly series:</source>
            <translation>小时序列：</translation>
        </message>
        <message>
            <source>Daily AQI</source>
            <translation>日 AQI</translation>
        </message>
        <message>
            <source>Click a station on the map to see its air quality.</source>
            <translation>点击地图上的站点以查看其空气质量。</translation>
        </message>
        <message>
            <source>Cannot read the store: %1</source>
            <translation>无法读取数据库：%1</translation>
        </message>
        <message>
            <source>AQI —</source>
            <translation>AQI —</translation>
        </message>
        <message>
            <source>No AQI in the last 72 hours.</source>
            <translation>近 72 小时无 AQI。</translation>
        </message>
        <message>
            <source>AQI %1
%2</source>
            <translation>AQI %1
%2</translation>
        </message>
        <message>
            <source>Hour starting %1 (HJ 633-%2)</source>
            <translation>%1 时段（HJ 633-%2）</translation>
        </message>
        <message>
            <source>Primary pollutant: %1</source>
            <translation>首要污染物：%1</translation>
        </message>
        <message>
            <source>Grade II limit %1</source>
            <translation>二级浓度限值 %1</translation>
        </message>
    </context>
    <context>
        <name>eco::render::TraceLayer</name>
        <message>
            <source>the trace overlay draws in EPSG:3857 only</source>
            <translation>溯源图层仅支持 EPSG:3857</translation>
        </message>
        <message>
            <source>Source trace</source>
            <translation>污染溯源</translation>
        </message>
        <message>
            <source>likely source (P top-3 high)</source>
            <translation>高可能源（前三概率高）</translation>
        </message>
        <message>
            <source>possible source</source>
            <translation>可能源</translation>
        </message>
        <message>
            <source>back-trajectory</source>
            <translation>后向轨迹</translation>
        </message>
        <message>
            <source>upwind cone</source>
            <translation>上风向扇区</translation>
        </message>
        <message>
            <source>lidar plume axis</source>
            <translation>激光雷达烟羽轴线</translation>
        </message>
    </context>
    <context>
        <name>eco::ui::TracePanel</name>
        <message>
            <source>No trace yet: open one from a clue, a station, a hotspot or a map click.</source>
            <translation>尚无溯源：可从线索、站点、走航热点或地图点击发起。</translation>
        </message>
        <message>
            <source>Rank</source>
            <translation>排名</translation>
        </message>
        <message>
            <source>Enterprise</source>
            <translation>企业</translation>
        </message>
        <message>
            <source>Outlet</source>
            <translation>排口</translation>
        </message>
        <message>
            <source>Score</source>
            <translation>得分</translation>
        </message>
        <message>
            <source>P(top-1)</source>
            <translation>首位概率</translation>
        </message>
        <message>
            <source>P(top-3)</source>
            <translation>前三概率</translation>
        </message>
        <message>
            <source>Distance (m)</source>
            <translation>距离（米）</translation>
        </message>
        <message>
            <source>Bearing (°)</source>
            <translation>方位（°）</translation>
        </message>
        <message>
            <source>Explained</source>
            <translation>解释占比</translation>
        </message>
        <message>
            <source>Flags</source>
            <translation>标记</translation>
        </message>
        <message>
            <source>Make a task for the selected candidate</source>
            <translation>为所选候选源创建任务</translation>
        </message>
        <message>
            <source>Concentration by wind</source>
            <translation>按风向风速的浓度</translation>
        </message>
        <message>
            <source>CPF (share above P75)</source>
            <translation>CPF（超过 P75 的比例）</translation>
        </message>
        <message>
            <source>No store is open.</source>
            <translation>未打开数据库。</translation>
        </message>
        <message>
            <source>A trace is still running; wait for it to finish.</source>
            <translation>溯源仍在运行，请稍候。</translation>
        </message>
        <message>
            <source>Tracing…</source>
            <translation>正在溯源…</translation>
        </message>
        <message>
            <source>The trace failed.</source>
            <translation>溯源失败。</translation>
        </message>
        <message>
            <source>%1 by wind (µg/m³)</source>
            <translation>%1 风向风速分布（µg/m³）</translation>
        </message>
        <message>
            <source>CPF (share &gt; P75)</source>
            <translation>CPF（&gt; P75 比例）</translation>
        </message>
        <message>
            <source>No candidate upwind explains any of the excess.</source>
            <translation>上风向没有候选源能解释超出部分。</translation>
        </message>
        <message>
            <source>%1 event at %2, %3, %4: excess %5 µg/m³; upwind %6° ± %7°. Wind statistics: %8</source>
            <translation>%2 %1 事件，位置 %3, %4：超出 %5 µg/m³；上风向 %6° ± %7°。风统计站点：%8</translation>
        </message>
        <message>
            <source>no station</source>
            <translation>无站点</translation>
        </message>
        <message>
            <source>(power proxy)</source>
            <translation>（电量代估）</translation>
        </message>
        <message>
            <source>m/s</source>
            <translation>米/秒</translation>
        </message>
        <message>
            <source>no wind data</source>
            <translation>无风数据</translation>
        </message>
        <message>
            <source>%1 (g/s)</source>
            <translation>%1（克/秒）</translation>
        </message>
        <message>
            <source>CEMS mass rate (g/s)</source>
            <translation>在线监测排放速率（克/秒）</translation>
        </message>
        <message>
            <source>Power (kW)</source>
            <translation>生产用电（千瓦）</translation>
        </message>
        <message>
            <source>CEMS %1 mass rate</source>
            <translation>在线监测 %1 排放速率</translation>
        </message>
        <message>
            <source>production power</source>
            <translation>生产用电</translation>
        </message>
        <message>
            <source> event</source>
            <translation> 事件</translation>
        </message>
        <message>
            <source> event (no CEMS or power data for %1)</source>
            <translation> 事件（%1 无在线监测或用电数据）</translation>
        </message>
        <message>
            <source>Select a candidate first.</source>
            <translation>请先选择一个候选源。</translation>
        </message>
        <message>
            <source>Sign in first: tasks are created in a user's name.</source>
            <translation>请先登录：任务须以用户身份创建。</translation>
        </message>
        <message>
            <source>Source trace: %1 event at %2, rank %3, P(top-1) %4, P(top-3) %5</source>
            <translation>污染溯源：%2 %1 事件，排名 %3，首位概率 %4，前三概率 %5</translation>
        </message>
        <message>
            <source>Task %1 created for %2.</source>
            <translation>已为 %2 创建任务 %1。</translation>
        </message>
        <message>
            <source>No task was created: %1</source>
            <translation>未创建任务：%1</translation>
        </message>
        <message numerus="yes">
            <source>%n candidate(s) ranked.</source>
            <translation>
                <numerusform>已排序 %n 个候选源。</numerusform>
            </translation>
        </message>
        <message>
            <source>Vehicle %1 hotspot (%2 passes)</source>
            <translation>走航车 %1 热点（%2 次经过）</translation>
        </message>
        <message>
            <source>Lidar %1 plume (axis %2°, %3 cells)</source>
            <translation>激光雷达 %1 烟羽（轴向 %2°，%3 个单元）</translation>
        </message>
        <message>
            <source>(No 24 h history: background from the other stations at that hour.)</source>
            <translation>（无 24 小时历史：背景取同一小时其他站点的值。）</translation>
        </message>
        <message>
            <source>(Short history: background from the station's available hours.)</source>
            <translation>（历史较短：背景取本站已有小时的值。）</translation>
        </message>
        <message numerus="yes">
            <source>Scores fitted to %n hour(s) of excess (NNLS).</source>
            <translation>
                <numerusform>得分已按 %n 小时的超标量拟合（NNLS）。</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>eco::render::SurfaceLayer</name>
        <message>
            <source>%1 surface  %2</source>
            <translation>%1 插值面  %2</translation>
        </message>
        <message>
            <source>%1 surface (IDW)</source>
            <translation>%1 插值面（反距离加权）</translation>
        </message>
    </context>
    <context>
        <name>eco::render::LidarLayer</name>
        <message>
            <source>Lidar PPI: PM equivalent (µg/m³)</source>
            <translation>激光雷达 PPI：颗粒物当量（µg/m³）</translation>
        </message>
        <message>
            <source>Lidar scans (PPI)</source>
            <translation>激光雷达扫描（PPI）</translation>
        </message>
    </context>
    <context>
        <name>eco::render::ClueLayer</name>
        <message>
            <source>clues draw in EPSG:3857 only</source>
            <translation>线索图层仅支持 EPSG:3857 绘制</translation>
        </message>
        <message>
            <source>Clues: highest severity</source>
            <translation>线索：最高严重程度</translation>
        </message>
        <message>
            <source>high (3)</source>
            <translation>高（3）</translation>
        </message>
        <message>
            <source>medium (2)</source>
            <translation>中（2）</translation>
        </message>
        <message>
            <source>low (1)</source>
            <translation>低（1）</translation>
        </message>
        <message>
            <source>all decided</source>
            <translation>均已处理</translation>
        </message>
        <message>
            <source>Clues</source>
            <translation>线索</translation>
        </message>
    </context>
    <context>
        <name>eco::ui::ClueDeskWidget</name>
        <message>
            <source>any date</source>
            <translation>不限日期</translation>
        </message>
        <message>
            <source>any severity</source>
            <translation>不限严重程度</translation>
        </message>
        <message>
            <source>medium and high</source>
            <translation>中及以上</translation>
        </message>
        <message>
            <source>high only</source>
            <translation>仅高</translation>
        </message>
        <message>
            <source>open</source>
            <translation>未结</translation>
        </message>
        <message>
            <source>all but merged</source>
            <translation>除已合并外全部</translation>
        </message>
        <message>
            <source>Search summary, subject, id…</source>
            <translation>搜索摘要、对象、编号…</translation>
        </message>
        <message>
            <source>from</source>
            <translation>从</translation>
        </message>
        <message>
            <source>to</source>
            <translation>至</translation>
        </message>
        <message>
            <source>Clues</source>
            <translation>线索</translation>
        </message>
        <message>
            <source>Statistics</source>
            <translation>统计</translation>
        </message>
        <message>
            <source>Thresholds</source>
            <translation>阈值</translation>
        </message>
        <message>
            <source>Run screening now</source>
            <translation>立即筛查</translation>
        </message>
        <message numerus="yes">
            <source>%n clue(s)</source>
            <translation>
                <numerusform>%n 条线索</numerusform>
            </translation>
        </message>
        <message>
            <source>Query failed: %1</source>
            <translation>查询失败：%1</translation>
        </message>
        <message>
            <source>Clue desk</source>
            <translation>线索台</translation>
        </message>
        <message>
            <source>Full screening running…</source>
            <translation>正在全量筛查…</translation>
        </message>
        <message>
            <source>Screening new data…</source>
            <translation>正在筛查新数据…</translation>
        </message>
        <message>
            <source>Thresholds saved; "Run screening now" applies them to new data.</source>
            <translation>阈值已保存；点击“立即筛查”对新数据生效。</translation>
        </message>
        <message>
            <source>No store open.</source>
            <translation>未打开数据库。</translation>
        </message>
        <message>
            <source>Cannot open the store %1: %2</source>
            <translation>无法打开数据库 %1：%2</translation>
        </message>
        <message>
            <source>The store is read-only: the desk can only read.</source>
            <translation>数据库为只读：线索台仅可查看。</translation>
        </message>
        <message>
            <source>Screening runs by itself when new data arrives.</source>
            <translation>新数据到达后自动筛查。</translation>
        </message>
        <message>
            <source>all rules</source>
            <translation>全部规则</translation>
        </message>
        <message>
            <source>%1 · %2 (all)</source>
            <translation>%1 · %2（全部）</translation>
        </message>
        <message>
            <source>all districts</source>
            <translation>全部区县</translation>
        </message>
        <message>
            <source>all industries</source>
            <translation>全部行业</translation>
        </message>
        <message>
            <source>Screening failed: %1</source>
            <translation>筛查失败：%1</translation>
        </message>
        <message>
            <source>Screening (%1) done in %2 s: %3 subjects, %4 clues new or extended.</source>
            <translation>筛查（%1）完成，用时 %2 秒：%3 个对象，新增或延长 %4 条线索。</translation>
        </message>
        <message>
            <source>full</source>
            <translation>全量</translation>
        </message>
        <message>
            <source>incremental</source>
            <translation>增量</translation>
        </message>
    </context>
    <context>
        <name>eco::ui::ClueDetailView</name>
        <message>
            <source>red alert</source>
            <translation>红色预警</translation>
        </message>
        <message>
            <source>orange alert</source>
            <translation>橙色预警</translation>
        </message>
        <message>
            <source>yellow alert</source>
            <translation>黄色预警</translation>
        </message>
        <message>
            <source>high</source>
            <translation>高</translation>
        </message>
        <message>
            <source>medium</source>
            <translation>中</translation>
        </message>
        <message>
            <source>low</source>
            <translation>低</translation>
        </message>
        <message>
            <source>production</source>
            <translation>生产</translation>
        </message>
        <message>
            <source>treatment</source>
            <translation>治污</translation>
        </message>
        <message>
            <source>total</source>
            <translation>总表</translation>
        </message>
        <message>
            <source>Evidence</source>
            <translation>证据</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>值</translation>
        </message>
        <message>
            <source>Show on map</source>
            <translation>地图定位</translation>
        </message>
        <message>
            <source>Make task…</source>
            <translation>生成任务…</translation>
        </message>
        <message>
            <source>Dismiss…</source>
            <translation>驳回…</translation>
        </message>
        <message>
            <source>Merge…</source>
            <translation>合并…</translation>
        </message>
        <message>
            <source>Outcome…</source>
            <translation>结论…</translation>
        </message>
        <message>
            <source>Reopen…</source>
            <translation>重新打开…</translation>
        </message>
        <message>
            <source>No clue selected</source>
            <translation>未选择线索</translation>
        </message>
        <message>
            <source>Pick a clue in the list to see its evidence.</source>
            <translation>在列表中选择线索以查看证据。</translation>
        </message>
        <message>
            <source>Clue %1 no longer exists (a screening run may have merged it).</source>
            <translation>线索 %1 已不存在（可能被筛查合并）。</translation>
        </message>
        <message>
            <source>Cannot read clue %1: %2</source>
            <translation>无法读取线索 %1：%2</translation>
        </message>
        <message>
            <source>Window: %1 – %2 (Asia/Shanghai)</source>
            <translation>时段：%1 – %2（北京时间）</translation>
        </message>
        <message>
            <source>Severity: %1 · Score: %2 · Status: %3</source>
            <translation>严重程度：%1 · 评分：%2 · 状态：%3</translation>
        </message>
        <message>
            <source>Outcome: %1</source>
            <translation>结论：%1</translation>
        </message>
        <message>
            <source>Dismissed: %1</source>
            <translation>驳回理由：%1</translation>
        </message>
        <message>
            <source>Merged into: %1</source>
            <translation>已合并至：%1</translation>
        </message>
        <message>
            <source>District: %1</source>
            <translation>区县：%1</translation>
        </message>
        <message>
            <source>Industry: %1</source>
            <translation>行业：%1</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>是</translation>
        </message>
        <message>
            <source>no</source>
            <translation>否</translation>
        </message>
        <message>
            <source> (reference)</source>
            <translation>（参比）</translation>
        </message>
        <message>
            <source> raw</source>
            <translation> 实测</translation>
        </message>
        <message>
            <source>%1 O2-corrected (%2 %)</source>
            <translation>%1 折算（基准氧 %2 %）</translation>
        </message>
        <message>
            <source>flagged (not N)</source>
            <translation>标记数据（非 N）</translation>
        </message>
        <message>
            <source>daily limit %1</source>
            <translation>日均限值 %1</translation>
        </message>
        <message>
            <source>hourly limit %1</source>
            <translation>小时限值 %1</translation>
        </message>
        <message>
            <source>No series data for this clue</source>
            <translation>该线索无序列数据</translation>
        </message>
        <message>
            <source> (missing)</source>
            <translation>（缺失）</translation>
        </message>
        <message>
            <source>%1 ON %2 kW</source>
            <translation>%1 开启阈值 %2 kW</translation>
        </message>
        <message>
            <source>: reduce by %1 %</source>
            <translation>：须减排 %1 %</translation>
        </message>
        <message>
            <source>No desk actions yet</source>
            <translation>尚无处理记录</translation>
        </message>
        <message>
            <source>Pick a clue first</source>
            <translation>请先选择线索</translation>
        </message>
        <message>
            <source>Sign in to act on clues</source>
            <translation>登录后方可处理线索</translation>
        </message>
        <message>
            <source>duplicate of another clue</source>
            <translation>与其他线索重复</translation>
        </message>
        <message>
            <source>start-up or shut-down</source>
            <translation>开停机</translation>
        </message>
        <message>
            <source>maintenance or calibration</source>
            <translation>维护或校准</translation>
        </message>
        <message>
            <source>known instrument fault</source>
            <translation>已知仪器故障</translation>
        </message>
        <message>
            <source>below enforcement threshold</source>
            <translation>未达执法标准</translation>
        </message>
        <message>
            <source>Dismiss clue</source>
            <translation>驳回线索</translation>
        </message>
        <message>
            <source>Why is clue %1 dismissed?</source>
            <translation>驳回线索 %1 的理由？</translation>
        </message>
        <message>
            <source>Merge clue</source>
            <translation>合并线索</translation>
        </message>
        <message>
            <source>Merge %1 into which clue?</source>
            <translation>将 %1 合并到哪条线索？</translation>
        </message>
        <message>
            <source>Record outcome</source>
            <translation>记录结论</translation>
        </message>
        <message>
            <source>Outcome of clue %1:</source>
            <translation>线索 %1 的结论：</translation>
        </message>
        <message>
            <source>Reopen clue</source>
            <translation>重新打开线索</translation>
        </message>
        <message>
            <source>Why is clue %1 reopened?</source>
            <translation>重新打开线索 %1 的理由？</translation>
        </message>
        <message>
            <source>Make task</source>
            <translation>生成任务</translation>
        </message>
        <message>
            <source>Instructions for the task from clue %1 (optional):</source>
            <translation>由线索 %1 生成任务的说明（可选）：</translation>
        </message>
    </context>
    <context>
        <name>eco::ui::ClueStatisticsView</name>
        <message>
            <source>Clues</source>
            <translation>线索</translation>
        </message>
        <message>
            <source>Judged</source>
            <translation>已研判</translation>
        </message>
        <message>
            <source>Confirmed</source>
            <translation>确认违法</translation>
        </message>
        <message>
            <source>Data fault</source>
            <translation>数据质量问题</translation>
        </message>
        <message>
            <source>Explained</source>
            <translation>有合理解释</translation>
        </message>
        <message>
            <source>False alarm</source>
            <translation>误报</translation>
        </message>
        <message>
            <source>Dismissed</source>
            <translation>已驳回</translation>
        </message>
        <message>
            <source>Precision</source>
            <translation>准确率</translation>
        </message>
        <message>
            <source>Rule</source>
            <translation>规则</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>名称</translation>
        </message>
        <message>
            <source>Precision %</source>
            <translation>准确率 %</translation>
        </message>
        <message>
            <source>Score band</source>
            <translation>评分区间</translation>
        </message>
        <message>
            <source>Clues by</source>
            <translation>线索数量按</translation>
        </message>
        <message>
            <source>district</source>
            <translation>区县</translation>
        </message>
        <message>
            <source>industry</source>
            <translation>行业</translation>
        </message>
        <message>
            <source>per</source>
            <translation>每</translation>
        </message>
        <message>
            <source>week</source>
            <translation>周</translation>
        </message>
        <message>
            <source>month</source>
            <translation>月</translation>
        </message>
        <message>
            <source>No store open.</source>
            <translation>未打开数据库。</translation>
        </message>
        <message>
            <source>%1 clues, %2 judged, %3 confirmed violations: precision %4. Precision counts confirmed violations among clues with an outcome (from a task's report or the desk).</source>
            <translation>共 %1 条线索，已研判 %2 条，确认违法 %3 条：准确率 %4。准确率 = 确认违法数 / 有结论线索数（结论来自任务处置报告或线索台）。</translation>
        </message>
        <message>
            <source>Cannot read the statistics: %1</source>
            <translation>无法读取统计：%1</translation>
        </message>
        <message>
            <source>(none)</source>
            <translation>（无）</translation>
        </message>
        <message>
            <source>District</source>
            <translation>区县</translation>
        </message>
        <message>
            <source>Industry</source>
            <translation>行业</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>合计</translation>
        </message>
        <message>
            <source>Precision per rule</source>
            <translation>各规则准确率</translation>
        </message>
        <message>
            <source>as</source>
            <translation>显示为</translation>
        </message>
        <message>
            <source>stacked bars</source>
            <translation>堆叠柱图</translation>
        </message>
        <message>
            <source>lines</source>
            <translation>折线图</translation>
        </message>
        <message>
            <source>Week starting (Monday)</source>
            <translation>周（自周一起）</translation>
        </message>
        <message>
            <source>Month</source>
            <translation>月份</translation>
        </message>
        <message>
            <source>other</source>
            <translation>其他</translation>
        </message>
    </context>
    <context>
        <name>eco::ui::ClueTableModel</name>
        <message>
            <source>new</source>
            <translation>新线索</translation>
        </message>
        <message>
            <source>tasked</source>
            <translation>已派任务</translation>
        </message>
        <message>
            <source>reported</source>
            <translation>已上报</translation>
        </message>
        <message>
            <source>closed</source>
            <translation>已办结</translation>
        </message>
        <message>
            <source>dismissed</source>
            <translation>已驳回</translation>
        </message>
        <message>
            <source>merged</source>
            <translation>已合并</translation>
        </message>
        <message>
            <source>judged</source>
            <translation>已研判</translation>
        </message>
        <message>
            <source>confirmed violation</source>
            <translation>确认违法</translation>
        </message>
        <message>
            <source>data-quality fault</source>
            <translation>数据质量问题</translation>
        </message>
        <message>
            <source>explained</source>
            <translation>有合理解释</translation>
        </message>
        <message>
            <source>false alarm</source>
            <translation>误报</translation>
        </message>
        <message>
            <source>Severity</source>
            <translation>严重程度</translation>
        </message>
        <message>
            <source>Rule</source>
            <translation>规则</translation>
        </message>
        <message>
            <source>Subject</source>
            <translation>对象</translation>
        </message>
        <message>
            <source>Start</source>
            <translation>开始</translation>
        </message>
        <message>
            <source>End</source>
            <translation>结束</translation>
        </message>
        <message>
            <source>Score</source>
            <translation>评分</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <source>District</source>
            <translation>区县</translation>
        </message>
        <message>
            <source>Industry</source>
            <translation>行业</translation>
        </message>
        <message>
            <source>Summary</source>
            <translation>摘要</translation>
        </message>
    </context>
    <context>
        <name>eco::ui::RuleNames</name>
        <message>
            <source>Hourly exceedance</source>
            <translation>小时均值超标</translation>
        </message>
        <message>
            <source>Daily exceedance</source>
            <translation>日均值超标</translation>
        </message>
        <message>
            <source>Constant value</source>
            <translation>数据恒值</translation>
        </message>
        <message>
            <source>Low-variance band</source>
            <translation>数据波动过小</translation>
        </message>
        <message>
            <source>Near detection limit</source>
            <translation>长期接近检出限</translation>
        </message>
        <message>
            <source>Flag abuse / gaps</source>
            <translation>滥用标记 / 数据缺失</translation>
        </message>
        <message>
            <source>Step change</source>
            <translation>数据突变</translation>
        </message>
        <message>
            <source>Limit hugging</source>
            <translation>贴线排放</translation>
        </message>
        <message>
            <source>Dilution (O2)</source>
            <translation>稀释排放（氧含量）</translation>
        </message>
        <message>
            <source>Flow vs production</source>
            <translation>流量与生产不符</translation>
        </message>
        <message>
            <source>Treatment off while producing</source>
            <translation>生产时治污设施停运</translation>
        </message>
        <message>
            <source>Wrong start/stop order</source>
            <translation>启停顺序异常</translation>
        </message>
        <message>
            <source>Emergency reduction not applied</source>
            <translation>重污染应急减排未落实</translation>
        </message>
        <message>
            <source>Power data missing during an alert</source>
            <translation>预警期间用电数据缺失</translation>
        </message>
        <message>
            <source>Ambient station anomaly</source>
            <translation>空气站数据异常</translation>
        </message>
        <message>
            <source>Exceedance</source>
            <translation>超标</translation>
        </message>
        <message>
            <source>Falsification</source>
            <translation>数据造假</translation>
        </message>
        <message>
            <source>Power</source>
            <translation>用电</translation>
        </message>
        <message>
            <source>Ambient</source>
            <translation>环境空气</translation>
        </message>
        <message>
            <source>Power generation</source>
            <translation>火电</translation>
        </message>
        <message>
            <source>Steel</source>
            <translation>钢铁</translation>
        </message>
        <message>
            <source>Building materials</source>
            <translation>建材</translation>
        </message>
        <message>
            <source>Chemicals</source>
            <translation>化工</translation>
        </message>
        <message>
            <source>Boilers</source>
            <translation>锅炉</translation>
        </message>
        <message>
            <source>Pharmaceuticals</source>
            <translation>制药</translation>
        </message>
        <message>
            <source>Automotive</source>
            <translation>汽车制造</translation>
        </message>
        <message>
            <source>Surface coating</source>
            <translation>表面涂装</translation>
        </message>
        <message>
            <source>Electronics</source>
            <translation>电子</translation>
        </message>
        <message>
            <source>Printing</source>
            <translation>印刷</translation>
        </message>
        <message>
            <source>Food</source>
            <translation>食品</translation>
        </message>
        <message>
            <source>Furniture</source>
            <translation>家具</translation>
        </message>
        <message>
            <source>Textiles</source>
            <translation>纺织</translation>
        </message>
    </context>
    <context>
        <name>eco::ui::ScreeningSettingsEditor</name>
        <message>
            <source>'%1' is not a number</source>
            <translation>“%1”不是数字</translation>
        </message>
        <message>
            <source>%1 is negative; thresholds are &gt;= 0</source>
            <translation>%1 为负数；阈值须 &gt;= 0</translation>
        </message>
        <message>
            <source>Rule</source>
            <translation>规则</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>名称</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>值</translation>
        </message>
        <message>
            <source>Default</source>
            <translation>默认值</translation>
        </message>
        <message>
            <source>Meaning</source>
            <translation>含义</translation>
        </message>
        <message>
            <source>Reload</source>
            <translation>重新载入</translation>
        </message>
        <message>
            <source>Defaults</source>
            <translation>恢复默认</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>保存</translation>
        </message>
        <message>
            <source>Stored settings could not be read (defaults shown): %1</source>
            <translation>无法读取已保存的设置（显示默认值）：%1</translation>
        </message>
        <message>
            <source>%1 %2: %3</source>
            <translation>%1 %2：%3</translation>
        </message>
        <message>
            <source>No store open.</source>
            <translation>未打开数据库。</translation>
        </message>
        <message numerus="yes">
            <source>%n invalid value(s): %1</source>
            <translation>
                <numerusform>%n 个无效值：%1</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n value(s) differ from the defaults.</source>
            <translation>
                <numerusform>%n 个值与默认值不同。</numerusform>
            </translation>
        </message>
        <message>
            <source>Saving failed, nothing changed: %1</source>
            <translation>保存失败，未做任何更改：%1</translation>
        </message>
        <message>
            <source>Saved. The next screening run uses these thresholds; run a full screening to apply them to past data.</source>
            <translation>已保存。下次筛查将使用这些阈值；如需应用到历史数据，请运行全量筛查。</translation>
        </message>
    </context>
    <context>
        <name>eco::ui::CaseFileExporter</name>
        <message>
            <source>Sign in to export a case file.</source>
            <translation>请先登录再导出案卷。</translation>
        </message>
        <message>
            <source>Case file %1</source>
            <translation>案卷 %1</translation>
        </message>
        <message>
            <source>%1: cannot write the PDF file.</source>
            <translation>%1：无法写入 PDF 文件。</translation>
        </message>
        <message>
            <source>Enforcement Case File</source>
            <translation>执法案卷</translation>
        </message>
        <message>
            <source>Case</source>
            <translation>案件</translation>
        </message>
        <message>
            <source>Task id</source>
            <translation>任务编号</translation>
        </message>
        <message>
            <source>State</source>
            <translation>状态</translation>
        </message>
        <message>
            <source> (overdue)</source>
            <translation>（已超期）</translation>
        </message>
        <message>
            <source>Severity</source>
            <translation>严重程度</translation>
        </message>
        <message>
            <source>Enterprise</source>
            <translation>企业</translation>
        </message>
        <message>
            <source>Outlet</source>
            <translation>排口</translation>
        </message>
        <message>
            <source>Clue</source>
            <translation>线索</translation>
        </message>
        <message>
            <source>District</source>
            <translation>区县</translation>
        </message>
        <message>
            <source>Team / officer</source>
            <translation>小组 / 执法人员</translation>
        </message>
        <message>
            <source>Created</source>
            <translation>创建时间</translation>
        </message>
        <message>
            <source>by %1</source>
            <translation>由 %1</translation>
        </message>
        <message>
            <source>Dispatched</source>
            <translation>派发时间</translation>
        </message>
        <message>
            <source>Deadline</source>
            <translation>办结期限</translation>
        </message>
        <message>
            <source>Last change</source>
            <translation>最后更新</translation>
        </message>
        <message>
            <source>Conclusion</source>
            <translation>核查结论</translation>
        </message>
        <message>
            <source>Exported</source>
            <translation>导出</translation>
        </message>
        <message>
            <source>%1 by %2 (times in Asia/Shanghai)</source>
            <translation>%1，导出人 %2（时间为北京时间）</translation>
        </message>
        <message>
            <source>Map of the subject</source>
            <translation>对象位置图</translation>
        </message>
        <message>
            <source>Evidence</source>
            <translation>证据</translation>
        </message>
        <message>
            <source>No readings are stored for this series in that period.</source>
            <translation>该时段内没有此序列的监测数据。</translation>
        </message>
        <message>
            <source>No clue is linked and the subject has no outlet with a permit limit: there is no series to chart.</source>
            <translation>未关联线索，且对象没有设有许可限值的排口：无可绘制的数据序列。</translation>
        </message>
        <message>
            <source>Chain verification</source>
            <translation>哈希链校验</translation>
        </message>
        <message numerus="yes">
            <source>Intact: the %n event(s) of this task were re-hashed and every hash, previous hash and attached file matches.</source>
            <translation>
                <numerusform>完整：本任务的 %n 条事件已重新计算哈希，所有哈希、前序哈希和附件均一致。</numerusform>
            </translation>
        </message>
        <message>
            <source>PROBLEM: %1</source>
            <translation>问题：%1</translation>
        </message>
        <message>
            <source>Head hash</source>
            <translation>链头哈希</translation>
        </message>
        <message>
            <source>Store digest</source>
            <translation>数据库摘要</translation>
        </message>
        <message>
            <source>%1 (all %2 tasks, %3 events)</source>
            <translation>%1（共 %2 个任务，%3 条事件）</translation>
        </message>
        <message>
            <source>Timeline</source>
            <translation>时间线</translation>
        </message>
        <message>
            <source>hash %1</source>
            <translation>哈希 %1</translation>
        </message>
        <message>
            <source>prev %1</source>
            <translation>前序 %1</translation>
        </message>
        <message>
            <source>Attachments</source>
            <translation>附件</translation>
        </message>
        <message>
            <source>No files are attached to this task.</source>
            <translation>本任务没有附件。</translation>
        </message>
        <message>
            <source>The task names no enterprise or outlet with a position: no map.</source>
            <translation>任务未关联有位置的企业或排口：无地图。</translation>
        </message>
        <message>
            <source>Subject at %1° E, %2° N (ring), map time %3.</source>
            <translation>对象位于东经 %1°、北纬 %2°（圆圈处），地图时间 %3。</translation>
        </message>
        <message>
            <source>Clue %1: %2</source>
            <translation>线索 %1：%2</translation>
        </message>
        <message>
            <source>No clue is linked: the outlet's hourly readings in the three days before the task was created, with the permit limit.</source>
            <translation>未关联线索：任务创建前三天该排口的小时数据及许可限值。</translation>
        </message>
        <message>
            <source>Limit %1</source>
            <translation>限值 %1</translation>
        </message>
        <message>
            <source>EcoSentry case file · %1 · page %2</source>
            <translation>EcoSentry 案卷 · %1 · 第 %2 页</translation>
        </message>
    </context>
    <context>
        <name>eco::ui::DispatchDialog</name>
        <message>
            <source>Dispatch Task</source>
            <translation>派发任务</translation>
        </message>
        <message>
            <source>(the team decides)</source>
            <translation>（由小组安排）</translation>
        </message>
        <message>
            <source>Instructions for the team</source>
            <translation>给小组的工作要求</translation>
        </message>
        <message>
            <source>Team:</source>
            <translation>小组：</translation>
        </message>
        <message>
            <source>Officer:</source>
            <translation>执法人员：</translation>
        </message>
        <message>
            <source>Deadline:</source>
            <translation>办结期限：</translation>
        </message>
        <message numerus="yes">
            <source>Default for %1 severity: %n hour(s) from now</source>
            <translation>
                <numerusform>%1严重程度的默认期限：自现在起 %n 小时</numerusform>
            </translation>
        </message>
        <message>
            <source>Instructions:</source>
            <translation>工作要求：</translation>
        </message>
    </context>
    <context>
        <name>eco::ui::DisposalReportDialog</name>
        <message>
            <source>Disposal Report</source>
            <translation>处置报告</translation>
        </message>
        <message>
            <source>False alarm</source>
            <translation>误报</translation>
        </message>
        <message>
            <source>Explained (the data had a reason)</source>
            <translation>有合理解释（数据异常有原因）</translation>
        </message>
        <message>
            <source>Penalty (CNY):</source>
            <translation>罚款（元）：</translation>
        </message>
        <message>
            <source>Rectify by:</source>
            <translation>整改期限：</translation>
        </message>
        <message>
            <source>Summary of the case and the decision</source>
            <translation>案件情况及处理决定摘要</translation>
        </message>
        <message>
            <source>Conclusion:</source>
            <translation>核查结论：</translation>
        </message>
        <message>
            <source>Outcome:</source>
            <translation>结果：</translation>
        </message>
        <message>
            <source>Summary:</source>
            <translation>摘要：</translation>
        </message>
        <message>
            <source>Attachments:</source>
            <translation>附件：</translation>
        </message>
    </context>
    <context>
        <name>eco::ui::LoginDialog</name>
        <message>
            <source>Sign in to EcoSentry</source>
            <translation>登录 EcoSentry</translation>
        </message>
        <message>
            <source>&lt;b&gt;EcoSentry&lt;/b&gt;&lt;br&gt;Environmental Enforcement Command Center&lt;br&gt;&lt;small&gt;Store: %1&lt;/small&gt;</source>
            <translation>&lt;b&gt;EcoSentry&lt;/b&gt;&lt;br&gt;生态环境执法指挥中心&lt;br&gt;&lt;small&gt;数据库：%1&lt;/small&gt;</translation>
        </message>
        <message>
            <source>Sign in</source>
            <translation>登录</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
        <message>
            <source>User name:</source>
            <translation>用户名：</translation>
        </message>
        <message>
            <source>Password:</source>
            <translation>密码：</translation>
        </message>
        <message>
            <source>The user name or the password is wrong.</source>
            <translation>用户名或密码错误。</translation>
        </message>
        <message>
            <source>Enter a user name and a password.</source>
            <translation>请输入用户名和密码。</translation>
        </message>
    </context>
    <context>
        <name>eco::ui::NotificationBell</name>
        <message>
            <source>Notifications (%1)</source>
            <translation>通知（%1）</translation>
        </message>
        <message>
            <source>Notifications</source>
            <translation>通知</translation>
        </message>
        <message numerus="yes">
            <source>%n unread notification(s)</source>
            <translation>
                <numerusform>%n 条未读通知</numerusform>
            </translation>
        </message>
        <message>
            <source>No notifications</source>
            <translation>没有通知</translation>
        </message>
        <message>
            <source>Clear all</source>
            <translation>全部清除</translation>
        </message>
    </context>
    <context>
        <name>eco::ui::NotificationCenter</name>
        <message>
            <source>New task for you: %1</source>
            <translation>新任务：%1</translation>
        </message>
        <message>
            <source>Overdue: %1</source>
            <translation>已超期：%1</translation>
        </message>
        <message>
            <source>Reported, waiting to be closed: %1</source>
            <translation>已上报，待结案：%1</translation>
        </message>
    </context>
    <context>
        <name>eco::ui::SiteVerificationDialog</name>
        <message>
            <source>Site Verification</source>
            <translation>现场核查</translation>
        </message>
        <message>
            <source>What was found on site</source>
            <translation>现场发现的情况</translation>
        </message>
        <message>
            <source>Findings:</source>
            <translation>核查情况：</translation>
        </message>
        <message>
            <source>Pollutant</source>
            <translation>污染物</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>数值</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>单位</translation>
        </message>
        <message>
            <source>Measurements:</source>
            <translation>现场监测：</translation>
        </message>
        <message>
            <source>Photos and files:</source>
            <translation>照片和文件：</translation>
        </message>
    </context>
    <context>
        <name>eco::ui::TaskBoardWidget</name>
        <message>
            <source>Read-only: nobody is signed in, so tasks can be neither shown nor changed here. A store without user accounts needs an administrator first (`ecosentry user add`).</source>
            <translation>只读：未登录，此处既不能显示也不能修改任务。没有用户账户的数据库需要先添加管理员（`ecosentry user add`）。</translation>
        </message>
        <message>
            <source>Overdue only</source>
            <translation>仅显示超期</translation>
        </message>
        <message>
            <source>My tasks</source>
            <translation>我的任务</translation>
        </message>
        <message>
            <source>All districts</source>
            <translation>全部区县</translation>
        </message>
        <message>
            <source>Refresh</source>
            <translation>刷新</translation>
        </message>
        <message>
            <source>District:</source>
            <translation>区县：</translation>
        </message>
        <message>
            <source>Read-only: nobody is signed in</source>
            <translation>只读：未登录</translation>
        </message>
        <message numerus="yes">
            <source>%n task(s)</source>
            <translation>
                <numerusform>%n 个任务</numerusform>
            </translation>
        </message>
        <message>
            <source>Task %1 is not on the board any more.</source>
            <translation>任务 %1 已不在看板上。</translation>
        </message>
        <message>
            <source>Task "%1" cannot go from %2 to %3: no step of the workflow leads there.</source>
            <translation>任务“%1”不能从“%2”变为“%3”：流程中没有这一步。</translation>
        </message>
        <message>
            <source>Your role (%1) may not %2: task "%3" stays %4.</source>
            <translation>您的角色（%1）无权执行“%2”：任务“%3”保持“%4”。</translation>
        </message>
        <message>
            <source>none</source>
            <translation>无</translation>
        </message>
        <message>
            <source>%1: "%2" is now %3.</source>
            <translation>%1：“%2”现为“%3”。</translation>
        </message>
    </context>
    <context>
        <name>eco::ui::TaskCardDelegate</name>
        <message>
            <source>not dispatched</source>
            <translation>未派发</translation>
        </message>
        <message>
            <source>Overdue</source>
            <translation>超期</translation>
        </message>
        <message>
            <source>Due %1</source>
            <translation>期限 %1</translation>
        </message>
    </context>
    <context>
        <name>eco::ui::TaskDetailView</name>
        <message>
            <source>Time</source>
            <translation>时间</translation>
        </message>
        <message>
            <source>Actor</source>
            <translation>操作人</translation>
        </message>
        <message>
            <source>Event</source>
            <translation>事件</translation>
        </message>
        <message>
            <source>Details</source>
            <translation>详情</translation>
        </message>
        <message>
            <source>Hash</source>
            <translation>哈希</translation>
        </message>
        <message>
            <source>File</source>
            <translation>文件</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>大小</translation>
        </message>
        <message>
            <source>SHA-256</source>
            <translation>SHA-256</translation>
        </message>
        <message>
            <source>&lt;b&gt;Timeline&lt;/b&gt; (Asia/Shanghai)</source>
            <translation>&lt;b&gt;时间线&lt;/b&gt;（北京时间）</translation>
        </message>
        <message>
            <source>&lt;b&gt;Attachments&lt;/b&gt; (double-click to open)</source>
            <translation>&lt;b&gt;附件&lt;/b&gt;（双击打开）</translation>
        </message>
        <message>
            <source>Select a task on the board to see its record.</source>
            <translation>在看板上选择一个任务以查看其记录。</translation>
        </message>
        <message>
            <source>clue &lt;a href="clue:%1"&gt;%2&lt;/a&gt;</source>
            <translation>线索 &lt;a href="clue:%1"&gt;%2&lt;/a&gt;</translation>
        </message>
        <message>
            <source>enterprise &lt;a href="enterprise:%1"&gt;%2&lt;/a&gt;</source>
            <translation>企业 &lt;a href="enterprise:%1"&gt;%2&lt;/a&gt;</translation>
        </message>
        <message>
            <source>outlet &lt;a href="outlet:%1"&gt;%2&lt;/a&gt;</source>
            <translation>排口 &lt;a href="outlet:%1"&gt;%2&lt;/a&gt;</translation>
        </message>
        <message>
            <source>%1 severity</source>
            <translation>严重程度：%1</translation>
        </message>
        <message>
            <source>&lt;b style='color:#d7191c'&gt;Overdue&lt;/b&gt;</source>
            <translation>&lt;b style='color:#d7191c'&gt;已超期&lt;/b&gt;</translation>
        </message>
        <message>
            <source>Team: %1</source>
            <translation>小组：%1</translation>
        </message>
        <message>
            <source>Officer: %1</source>
            <translation>执法人员：%1</translation>
        </message>
        <message>
            <source>Created %1 · Deadline %2 · Task %3</source>
            <translation>创建 %1 · 期限 %2 · 任务 %3</translation>
        </message>
        <message>
            <source>seq %1
hash %2
prev %3</source>
            <translation>序号 %1
哈希 %2
前序 %3</translation>
        </message>
        <message>
            <source>Export case file (PDF)...</source>
            <translation>导出案卷（PDF）...</translation>
        </message>
        <message>
            <source>%1: done.</source>
            <translation>%1：已完成。</translation>
        </message>
    </context>
    <context>
        <name>eco::render::TaskLayer</name>
        <message>
            <source>Open tasks</source>
            <translation>在办任务</translation>
        </message>
        <message>
            <source>tasks draw in EPSG:3857 only</source>
            <translation>任务图层仅支持 EPSG:3857 绘制</translation>
        </message>
        <message>
            <source>Open tasks by state</source>
            <translation>在办任务（按状态）</translation>
        </message>
        <message>
            <source>overdue (red ring)</source>
            <translation>超期（红圈）</translation>
        </message>
        <message>
            <source>Created</source>
            <translation>已创建</translation>
        </message>
        <message>
            <source>Dispatched</source>
            <translation>已派发</translation>
        </message>
        <message>
            <source>Accepted</source>
            <translation>已接收</translation>
        </message>
        <message>
            <source>On site</source>
            <translation>已到场</translation>
        </message>
        <message>
            <source>Verified</source>
            <translation>已核查</translation>
        </message>
        <message>
            <source>Reported</source>
            <translation>已上报</translation>
        </message>
        <message>
            <source>Closed</source>
            <translation>已结案</translation>
        </message>
        <message>
            <source>Reopened</source>
            <translation>已重启</translation>
        </message>
        <message>
            <source>Cancelled</source>
            <translation>已撤销</translation>
        </message>
    </context>
    <context>
        <name>eco::ui::TaskWorkspace</name>
        <message>
            <source>Nobody is signed in: the store is open read-only.</source>
            <translation>未登录：数据库以只读方式打开。</translation>
        </message>
        <message>
            <source>A task is created from a clue or an enterprise, not here.</source>
            <translation>任务须从线索或企业创建，不能在此创建。</translation>
        </message>
    </context>
    <context>
        <name>eco::ui::UserAdminDialog</name>
        <message>
            <source>User Administration</source>
            <translation>用户管理</translation>
        </message>
        <message>
            <source>User</source>
            <translation>用户</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>姓名</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>角色</translation>
        </message>
        <message>
            <source>District</source>
            <translation>区县</translation>
        </message>
        <message>
            <source>Team</source>
            <translation>小组</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <source>Add...</source>
            <translation>添加...</translation>
        </message>
        <message>
            <source>Role, district, team...</source>
            <translation>角色、区县、小组...</translation>
        </message>
        <message>
            <source>Disable / enable</source>
            <translation>停用 / 启用</translation>
        </message>
        <message>
            <source>Reset password...</source>
            <translation>重置密码...</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>关闭</translation>
        </message>
        <message>
            <source>Saved.</source>
            <translation>已保存。</translation>
        </message>
        <message>
            <source>(whole city)</source>
            <translation>（全市）</translation>
        </message>
        <message>
            <source>disabled</source>
            <translation>已停用</translation>
        </message>
        <message>
            <source>enabled</source>
            <translation>启用</translation>
        </message>
        <message>
            <source>Add User</source>
            <translation>添加用户</translation>
        </message>
        <message>
            <source>User name:</source>
            <translation>用户名：</translation>
        </message>
        <message>
            <source>Display name:</source>
            <translation>显示名称：</translation>
        </message>
        <message>
            <source>Role:</source>
            <translation>角色：</translation>
        </message>
        <message>
            <source>District:</source>
            <translation>区县：</translation>
        </message>
        <message>
            <source>Team:</source>
            <translation>小组：</translation>
        </message>
        <message>
            <source>Password:</source>
            <translation>密码：</translation>
        </message>
        <message>
            <source>Repeat password:</source>
            <translation>重复密码：</translation>
        </message>
        <message>
            <source>The two passwords differ; nothing was saved.</source>
            <translation>两次输入的密码不一致，未保存。</translation>
        </message>
        <message>
            <source>Select a user first.</source>
            <translation>请先选择一个用户。</translation>
        </message>
        <message>
            <source>Change %1</source>
            <translation>修改 %1</translation>
        </message>
        <message>
            <source>Reset Password of %1</source>
            <translation>重置 %1 的密码</translation>
        </message>
        <message>
            <source>New password:</source>
            <translation>新密码：</translation>
        </message>
    </context>
    <context>
        <name>eco::ui::TaskActionDialogs</name>
        <message>
            <source>Add files...</source>
            <translation>添加文件...</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>移除</translation>
        </message>
        <message>
            <source>Attach files</source>
            <translation>添加附件</translation>
        </message>
        <message>
            <source>Comment on "%1":</source>
            <translation>对“%1”的备注：</translation>
        </message>
        <message>
            <source>Why? The reason is kept in the task's record. Task: "%1"</source>
            <translation>原因？原因将记入任务记录。任务：“%1”</translation>
        </message>
    </context>
    <context>
        <name>eco::ui::TaskText</name>
        <message>
            <source>Created</source>
            <translation>已创建</translation>
        </message>
        <message>
            <source>Dispatched</source>
            <translation>已派发</translation>
        </message>
        <message>
            <source>Accepted</source>
            <translation>已接收</translation>
        </message>
        <message>
            <source>On site</source>
            <translation>已到场</translation>
        </message>
        <message>
            <source>Verified</source>
            <translation>已核查</translation>
        </message>
        <message>
            <source>Reported</source>
            <translation>已上报</translation>
        </message>
        <message>
            <source>Closed</source>
            <translation>已结案</translation>
        </message>
        <message>
            <source>Reopened</source>
            <translation>已重启</translation>
        </message>
        <message>
            <source>Cancelled</source>
            <translation>已撤销</translation>
        </message>
        <message>
            <source>Create</source>
            <translation>创建</translation>
        </message>
        <message>
            <source>Dispatch</source>
            <translation>派发</translation>
        </message>
        <message>
            <source>Accept</source>
            <translation>接收</translation>
        </message>
        <message>
            <source>Arrive on site</source>
            <translation>到达现场</translation>
        </message>
        <message>
            <source>Verify on site</source>
            <translation>现场核查</translation>
        </message>
        <message>
            <source>Write report</source>
            <translation>填写报告</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>结案</translation>
        </message>
        <message>
            <source>Reopen</source>
            <translation>重启</translation>
        </message>
        <message>
            <source>Cancel task</source>
            <translation>撤销任务</translation>
        </message>
        <message>
            <source>Comment</source>
            <translation>备注</translation>
        </message>
        <message>
            <source>High</source>
            <translation>高</translation>
        </message>
        <message>
            <source>Medium</source>
            <translation>中</translation>
        </message>
        <message>
            <source>Low</source>
            <translation>低</translation>
        </message>
        <message>
            <source>Viewer</source>
            <translation>浏览者</translation>
        </message>
        <message>
            <source>Duty officer</source>
            <translation>值班员</translation>
        </message>
        <message>
            <source>Field officer</source>
            <translation>执法队员</translation>
        </message>
        <message>
            <source>Supervisor</source>
            <translation>主管</translation>
        </message>
        <message>
            <source>Administrator</source>
            <translation>管理员</translation>
        </message>
        <message>
            <source>Violation confirmed</source>
            <translation>确认违法</translation>
        </message>
        <message>
            <source>Not confirmed</source>
            <translation>未确认违法</translation>
        </message>
        <message>
            <source>Data fault</source>
            <translation>数据故障</translation>
        </message>
        <message>
            <source>created</source>
            <translation>创建</translation>
        </message>
        <message>
            <source>dispatched</source>
            <translation>派发</translation>
        </message>
        <message>
            <source>accepted</source>
            <translation>接收</translation>
        </message>
        <message>
            <source>arrived on site</source>
            <translation>到达现场</translation>
        </message>
        <message>
            <source>site verified</source>
            <translation>现场核查</translation>
        </message>
        <message>
            <source>reported</source>
            <translation>上报</translation>
        </message>
        <message>
            <source>closed</source>
            <translation>结案</translation>
        </message>
        <message>
            <source>reopened</source>
            <translation>重启</translation>
        </message>
        <message>
            <source>cancelled</source>
            <translation>撤销</translation>
        </message>
        <message>
            <source>comment</source>
            <translation>备注</translation>
        </message>
        <message>
            <source>title: %1</source>
            <translation>标题：%1</translation>
        </message>
        <message>
            <source>team: %1</source>
            <translation>小组：%1</translation>
        </message>
        <message>
            <source>officer: %1</source>
            <translation>执法人员：%1</translation>
        </message>
        <message>
            <source>deadline: %1</source>
            <translation>期限：%1</translation>
        </message>
        <message>
            <source>findings: %1</source>
            <translation>核查情况：%1</translation>
        </message>
        <message numerus="yes">
            <source>%n measurement(s)</source>
            <translation>
                <numerusform>%n 项监测</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n attachment(s)</source>
            <translation>
                <numerusform>%n 个附件</numerusform>
            </translation>
        </message>
        <message>
            <source>penalty: %1 CNY</source>
            <translation>罚款：%1 元</translation>
        </message>
        <message>
            <source>summary: %1</source>
            <translation>摘要：%1</translation>
        </message>
        <message>
            <source>reason: %1</source>
            <translation>原因：%1</translation>
        </message>
        <message>
            <source>note: %1</source>
            <translation>备注：%1</translation>
        </message>
    </context>
    <context>
        <name>eco::ui::SyncStatusWidget</name>
        <message>
            <source>Sync now</source>
            <translation>立即同步</translation>
        </message>
        <message>
            <source>Sync settings</source>
            <translation>同步设置</translation>
        </message>
        <message>
            <source>never</source>
            <translation>从未</translation>
        </message>
        <message>
            <source>Last sync: %1 · %2 pending</source>
            <translation>上次同步：%1 · 待推送 %2 项</translation>
        </message>
        <message>
            <source> · no hub (offline)</source>
            <translation> · 未配置中心库（离线）</translation>
        </message>
        <message>
            <source> · syncing…</source>
            <translation> · 同步中…</translation>
        </message>
        <message>
            <source>Last error: %1</source>
            <translation>上次错误：%1</translation>
        </message>
        <message>
            <source> · error: %1</source>
            <translation> · 错误：%1</translation>
        </message>
        <message>
            <source>Cannot save the settings: %1</source>
            <translation>无法保存设置：%1</translation>
        </message>
    </context>
    <context>
        <name>eco::sync::SyncError</name>
        <message>
            <source>cannot reach the hub %1: %2</source>
            <translation>无法连接中心库 %1：%2</translation>
        </message>
        <message>
            <source>out of memory</source>
            <translation>内存不足</translation>
        </message>
        <message>
            <source>hub %1: %2: %3</source>
            <translation>中心库 %1：%2：%3</translation>
        </message>
        <message>
            <source>hub %1 is not initialised: run `ecosentry hub init --hub URL` first</source>
            <translation>中心库 %1 尚未初始化：请先运行 `ecosentry hub init --hub URL`</translation>
        </message>
        <message>
            <source>hub %1: schema version %2 is newer than this program understands (%3)</source>
            <translation>中心库 %1：结构版本 %2 比本程序支持的版本（%3）新</translation>
        </message>
        <message>
            <source>hub %1: schema version %2 is older than this program&apos;s (%3): run `ecosentry hub init` to upgrade it</source>
            <translation>中心库 %1：结构版本 %2 比本程序的版本（%3）旧：请运行 `ecosentry hub init` 升级</translation>
        </message>
        <message>
            <source>authentication failed for user &apos;%1&apos;</source>
            <translation>用户“%1”身份验证失败</translation>
        </message>
        <message>
            <source>hub %1 serves city %2 but this store belongs to city %3: refusing to mix two cities</source>
            <translation>中心库 %1 属于城市 %2，而本数据库属于城市 %3：拒绝混合两个城市的数据</translation>
        </message>
        <message>
            <source>%1: table %2, row %3: %4</source>
            <translation>%1：表 %2，第 %3 行：%4</translation>
        </message>
    </context>
    <context>
        <name>eco::ui::SyncSettingsDialog</name>
        <message>
            <source>Sync settings</source>
            <translation>同步设置</translation>
        </message>
        <message>
            <source>Sync automatically in the background</source>
            <translation>后台自动同步</translation>
        </message>
        <message>
            <source> min</source>
            <translation> 分钟</translation>
        </message>
        <message>
            <source>Hub URL</source>
            <translation>中心库地址</translation>
        </message>
        <message>
            <source>Every</source>
            <translation>间隔</translation>
        </message>
    </context>
    <context>
        <name>eco::ui::geodesic</name>
        <message>
            <source>%1 km</source>
            <translation>%1 公里</translation>
        </message>
        <message>
            <source>%1 m</source>
            <translation>%1 米</translation>
        </message>
        <message>
            <source>%1 km²</source>
            <translation>%1 平方公里</translation>
        </message>
        <message>
            <source>%1 m²</source>
            <translation>%1 平方米</translation>
        </message>
    </context>
    <context>
        <name>eco::ui::TimeSlider</name>
        <message>
            <source>Play / pause the map time</source>
            <translation>播放/暂停地图时间</translation>
        </message>
        <message>
            <source>Playback speed in data hours per second</source>
            <translation>播放速度（每秒数据小时数）</translation>
        </message>
        <message>
            <source>%1 h/s</source>
            <translation>%1 小时/秒</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>时间</translation>
        </message>
        <message>
            <source>no data</source>
            <translation>无数据</translation>
        </message>
    </context>
    <context>
        <name>eco::ui::CoordinateReadout</name>
        <message>
            <source>n/a</source>
            <translation>不可用</translation>
        </message>
        <message>
            <source>WGS84 %1   CGCS2000 %2   GCJ-02 %3</source>
            <translation>WGS84 %1   CGCS2000 %2   GCJ-02 %3</translation>
        </message>
    </context>
    <context>
        <name>eco::ui::MapExporter</name>
        <message>
            <source>No output file given.</source>
            <translation>未指定输出文件。</translation>
        </message>
        <message>
            <source>DPI %1 is outside %2-%3.</source>
            <translation>DPI %1 超出范围 %2-%3。</translation>
        </message>
        <message>
            <source>Size %1x%2 px is outside 16-%3 px.</source>
            <translation>尺寸 %1x%2 像素超出范围 16-%3 像素。</translation>
        </message>
        <message>
            <source>The map has no extent to export.</source>
            <translation>地图没有可导出的范围。</translation>
        </message>
        <message>
            <source>Cannot write %1.</source>
            <translation>无法写入 %1。</translation>
        </message>
        <message>
            <source>EcoSentry map</source>
            <translation>EcoSentry 地图</translation>
        </message>
        <message>
            <source>Map time %1 (Asia/Shanghai)</source>
            <translation>地图时间 %1（北京时间）</translation>
        </message>
        <message>
            <source>EcoSentry, exported %1</source>
            <translation>EcoSentry 导出于 %1</translation>
        </message>
    </context>
    <context>
        <name>eco::ui::ExportDialog</name>
        <message>
            <source>Export Map</source>
            <translation>导出地图</translation>
        </message>
        <message>
            <source>Browse...</source>
            <translation>浏览...</translation>
        </message>
        <message>
            <source>PNG image</source>
            <translation>PNG 图片</translation>
        </message>
        <message>
            <source>PDF document</source>
            <translation>PDF 文档</translation>
        </message>
        <message>
            <source> dpi</source>
            <translation> dpi</translation>
        </message>
        <message>
            <source> px</source>
            <translation> 像素</translation>
        </message>
        <message>
            <source>EcoSentry map</source>
            <translation>EcoSentry 地图</translation>
        </message>
        <message>
            <source>File</source>
            <translation>文件</translation>
        </message>
        <message>
            <source>Format</source>
            <translation>格式</translation>
        </message>
        <message>
            <source>Resolution</source>
            <translation>分辨率</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>尺寸</translation>
        </message>
        <message>
            <source>Title (PDF)</source>
            <translation>标题（PDF）</translation>
        </message>
        <message>
            <source>PDF documents (*.pdf)</source>
            <translation>PDF 文档 (*.pdf)</translation>
        </message>
        <message>
            <source>PNG images (*.png)</source>
            <translation>PNG 图片 (*.png)</translation>
        </message>
    </context>
    <context>
        <name>eco::render::ColourRamp</name>
        <message>
            <source>PM2.5 / AOD (yellow to purple)</source>
            <translation>PM2.5 / AOD（黄到紫）</translation>
        </message>
        <message>
            <source>Grey</source>
            <translation>灰度</translation>
        </message>
        <message>
            <source>Magma</source>
            <translation>岩浆色</translation>
        </message>
        <message>
            <source>Viridis</source>
            <translation>翠绿色 (viridis)</translation>
        </message>
    </context>
    <context>
        <name>eco::render::RasterStyle</name>
        <message>
            <source>the file has no raster band</source>
            <translation>文件中没有栅格波段</translation>
        </message>
        <message>
            <source>band %1 does not exist (the raster has %2)</source>
            <translation>波段 %1 不存在（该栅格共 %2 个波段）</translation>
        </message>
    </context>
    <context>
        <name>eco::render::RasterSource</name>
        <message>
            <source>no raster file or tile service given</source>
            <translation>未指定栅格文件或瓦片服务</translation>
        </message>
        <message>
            <source>%1: not a valid tile URL</source>
            <translation>%1：不是有效的瓦片地址</translation>
        </message>
        <message>
            <source>%1: a tile URL needs {z}, {x} and {y}</source>
            <translation>%1：瓦片地址须包含 {z}、{x} 和 {y}</translation>
        </message>
        <message>
            <source>Tiles: %1</source>
            <translation>瓦片：%1</translation>
        </message>
        <message>
            <source>WMTS: %1</source>
            <translation>WMTS：%1</translation>
        </message>
        <message>
            <source>%1: no such file</source>
            <translation>%1：文件不存在</translation>
        </message>
        <message>
            <source>%1: cannot open: %2</source>
            <translation>%1：无法打开：%2</translation>
        </message>
        <message>
            <source>%1: the source has no raster band</source>
            <translation>%1：数据源没有栅格波段</translation>
        </message>
        <message>
            <source>Band %1</source>
            <translation>波段 %1</translation>
        </message>
        <message>
            <source>%1: the raster has no usable georeferencing</source>
            <translation>%1：栅格没有可用的地理参考</translation>
        </message>
        <message>
            <source>unknown GDAL error</source>
            <translation>未知 GDAL 错误</translation>
        </message>
    </context>
    <context>
        <name>eco::render::EnterpriseStatus</name>
        <message>
            <source>online</source>
            <translation>在线</translation>
        </message>
        <message>
            <source>offline</source>
            <translation>离线</translation>
        </message>
        <message>
            <source>alarm</source>
            <translation>超标报警</translation>
        </message>
        <message>
            <source>under task</source>
            <translation>任务处置中</translation>
        </message>
        <message>
            <source>not monitored</source>
            <translation>未联网监测</translation>
        </message>
    </context>
    <context>
        <name>eco::render::CityMapLoader</name>
        <message>
            <source>Drone orthophoto</source>
            <translation>无人机正射影像</translation>
        </message>
    </context>
    <context>
        <name>eco::ui::RasterStyleDialog</name>
        <message>
            <source>Raster Style</source>
            <translation>栅格样式</translation>
        </message>
        <message>
            <source>Automatic (RGB, palette or band 1)</source>
            <translation>自动（RGB、调色板或波段 1）</translation>
        </message>
        <message>
            <source>One band with a colour ramp</source>
            <translation>单波段 + 色带</translation>
        </message>
        <message>
            <source>Red, green, blue from three bands</source>
            <translation>三波段红绿蓝合成</translation>
        </message>
        <message>
            <source>Render as</source>
            <translation>渲染方式</translation>
        </message>
        <message>
            <source>Band</source>
            <translation>波段</translation>
        </message>
        <message>
            <source>Colour ramp</source>
            <translation>色带</translation>
        </message>
        <message>
            <source>Red</source>
            <translation>红</translation>
        </message>
        <message>
            <source>Green</source>
            <translation>绿</translation>
        </message>
        <message>
            <source>Blue</source>
            <translation>蓝</translation>
        </message>
        <message>
            <source>Set the value range (else the band's statistics)</source>
            <translation>设定取值范围（否则用波段统计值）</translation>
        </message>
        <message>
            <source>Minimum</source>
            <translation>最小值</translation>
        </message>
        <message>
            <source>Maximum</source>
            <translation>最大值</translation>
        </message>
        <message>
            <source>From statistics</source>
            <translation>取统计值</translation>
        </message>
        <message>
            <source>Reads the band's minimum and maximum (approximate, from overviews)</source>
            <translation>读取波段的最小值和最大值（近似值，来自金字塔）</translation>
        </message>
        <message>
            <source>Band %1: %2 to %3</source>
            <translation>波段 %1：%2 至 %3</translation>
        </message>
    </context>
    <context>
        <name>ScreeningSettings</name>
        <message>
            <source>O2 (%) at or above which no correction is valid</source>
            <translation>O2（%）达到或高于此值时不做折算</translation>
        </message>
        <message>
            <source>(C-L)/L for severity 2</source>
            <translation>严重度 2 的 (C-L)/L</translation>
        </message>
        <message>
            <source>(C-L)/L for severity 3</source>
            <translation>严重度 3 的 (C-L)/L</translation>
        </message>
        <message>
            <source>valid hours for a daily mean</source>
            <translation>日均值所需有效小时数</translation>
        </message>
        <message>
            <source>consecutive constant hours</source>
            <translation>连续恒值小时数</translation>
        </message>
        <message>
            <source>max-min as % of the value</source>
            <translation>最大值-最小值占数值的 %</translation>
        </message>
        <message>
            <source>flow range (% of mean) that counts as varying</source>
            <translation>视为有变化的流量极差（占均值 %）</translation>
        </message>
        <message>
            <source>O2 range (points) that counts as varying</source>
            <translation>视为有变化的 O2 极差（百分点）</translation>
        </message>
        <message>
            <source>constant this long: severity 3</source>
            <translation>恒值持续达到此时长：严重度 3</translation>
        </message>
        <message>
            <source>band window</source>
            <translation>窄幅波动判定窗口</translation>
        </message>
        <message>
            <source>valid hours in the window</source>
            <translation>窗口内有效小时数</translation>
        </message>
        <message>
            <source>range below this % of span</source>
            <translation>极差低于量程的此百分比</translation>
        </message>
        <message>
            <source>analyser span as a multiple of the hour limit</source>
            <translation>分析仪量程为小时限值的倍数</translation>
        </message>
        <message>
            <source>median window</source>
            <translation>中位数窗口</translation>
        </message>
        <message>
            <source>median below this multiple of the DL</source>
            <translation>中位数低于检出限的此倍数</translation>
        </message>
        <message>
            <source>SO2 detection limit, mg/m3</source>
            <translation>SO2 检出限，mg/m3</translation>
        </message>
        <message>
            <source>NOx detection limit, mg/m3</source>
            <translation>NOx 检出限，mg/m3</translation>
        </message>
        <message>
            <source>particulate detection limit, mg/m3</source>
            <translation>颗粒物检出限，mg/m3</translation>
        </message>
        <message>
            <source>NMHC detection limit, mg/m3</source>
            <translation>非甲烷总烃检出限，mg/m3</translation>
        </message>
        <message>
            <source>share of window hours producing</source>
            <translation>窗口内生产小时占比</translation>
        </message>
        <message>
            <source>trailing window</source>
            <translation>回溯窗口</translation>
        </message>
        <message>
            <source>share of flagged or missing hours</source>
            <translation>带标记或缺失小时的占比</translation>
        </message>
        <message>
            <source>high-load vs low-load bad share: severity 3</source>
            <translation>高负荷与低负荷异常占比之比：严重度 3</translation>
        </message>
        <message>
            <source>a median shift must fall this % below the usual level</source>
            <translation>中位数须比常态水平低此百分比才算突变</translation>
        </message>
        <message>
            <source>days whose median is the usual level a fall must go below</source>
            <translation>计算常态水平中位数的天数（下降须低于该水平）</translation>
        </message>
        <message>
            <source>rolling-median baseline</source>
            <translation>滚动中位数基线</translation>
        </message>
        <message>
            <source>recent median compared with the baseline</source>
            <translation>与基线比较的近期中位数窗口</translation>
        </message>
        <message>
            <source>shift in MADs</source>
            <translation>偏移量（MAD 倍数）</translation>
        </message>
        <message>
            <source>hour-to-hour fall below this ratio</source>
            <translation>逐时下降后低于此比值</translation>
        </message>
        <message>
            <source>flow change that explains a step</source>
            <translation>可解释突变的流量变化</translation>
        </message>
        <message>
            <source>hour falls judged only from this many detection limits up</source>
            <translation>仅在高于检出限此倍数时判定逐时下降</translation>
        </message>
        <message>
            <source>1: rises count as steps too</source>
            <translation>1：上升也算突变</translation>
        </message>
        <message>
            <source>lower edge of the band as a share of L</source>
            <translation>区间下沿占限值 L 的比例</translation>
        </message>
        <message>
            <source>share of valid hours in the band</source>
            <translation>有效小时落在区间内的占比</translation>
        </message>
        <message>
            <source>band share for a histogram cliff</source>
            <translation>判定直方图断崖的区间占比</translation>
        </message>
        <message>
            <source>hours in [L,1.1L) per band hour below which it is a cliff</source>
            <translation>[L,1.1L) 小时数与区间小时数之比低于此值即为断崖</translation>
        </message>
        <message>
            <source>O2 P90 baseline (complete days before)</source>
            <translation>O2 P90 基线（此前的完整天数）</translation>
        </message>
        <message>
            <source>valid hours in the baseline</source>
            <translation>基线内有效小时数</translation>
        </message>
        <message>
            <source>O2 above P90 by this many points</source>
            <translation>O2 高出 P90 的百分点</translation>
        </message>
        <message>
            <source>O2 above this at a coal boiler (O2 ref 6 or 9 %)</source>
            <translation>燃煤锅炉 O2 高于此值（基准含氧量 6 或 9 %）</translation>
        </message>
        <message>
            <source>raw concentrations below this share of their median</source>
            <translation>实测浓度低于其中位数的此比例</translation>
        </message>
        <message>
            <source>consecutive hours</source>
            <translation>连续小时数</translation>
        </message>
        <message>
            <source>window of the flow-power correlation</source>
            <translation>流量-电量相关性窗口</translation>
        </message>
        <message>
            <source>days of the usual correlation before it</source>
            <translation>此前计算常态相关性的天数</translation>
        </message>
        <message>
            <source>correlation under this is broken</source>
            <translation>相关系数低于此值视为相关性破坏</translation>
        </message>
        <message>
            <source>usual correlation at least this</source>
            <translation>常态相关系数至少为此值</translation>
        </message>
        <message>
            <source>production power variation needed to judge</source>
            <translation>判定所需的生产用电变化</translation>
        </message>
        <message>
            <source>flow P90 baseline (complete days before)</source>
            <translation>流量 P90 基线（此前的完整天数）</translation>
        </message>
        <message>
            <source>flow below this share of its P90 is ~0</source>
            <translation>流量低于其 P90 的此比例视为约等于 0</translation>
        </message>
        <message>
            <source>minimum dwell before a state change</source>
            <translation>状态切换前的最短保持时间</translation>
        </message>
        <message>
            <source>days of history to learn thresholds</source>
            <translation>学习阈值所用的历史天数</translation>
        </message>
        <message>
            <source>below this a circuit is never ON</source>
            <translation>低于此值回路绝不判为开启</translation>
        </message>
        <message>
            <source>OFF threshold between the two modes</source>
            <translation>两个众数之间的关闭阈值</translation>
        </message>
        <message>
            <source>ON threshold between the two modes</source>
            <translation>两个众数之间的开启阈值</translation>
        </message>
        <message>
            <source>lower mode above this share of the upper: two load levels, not OFF/ON</source>
            <translation>低众数高于高众数的此比例：视为两档负荷，而非关/开</translation>
        </message>
        <message>
            <source>treatment OFF while producing</source>
            <translation>生产时治污设施关闭的时长</translation>
        </message>
        <message>
            <source>... this long: severity 3</source>
            <translation>……达到此时长：严重度 3</translation>
        </message>
        <message>
            <source>lag beyond which the order is wrong</source>
            <translation>超过此滞后即为启停顺序错误</translation>
        </message>
        <message>
            <source>longest lag still read as start/stop order</source>
            <translation>仍按启停顺序判读的最长滞后</translation>
        </message>
        <message>
            <source>allowed excess over (1 - reduction)</source>
            <translation>允许超出 (1 - 减排比例) 的幅度</translation>
        </message>
        <message>
            <source>working days in the baseline, at least</source>
            <translation>基线工作日数下限</translation>
        </message>
        <message>
            <source>working days in the baseline, at most</source>
            <translation>基线工作日数上限</translation>
        </message>
        <message>
            <source>working days judged (thin baseline) when the history is shorter than the minimum</source>
            <translation>历史不足下限时按此工作日数判定（基线偏薄）</translation>
        </message>
        <message>
            <source>baseline production hours of the alert before the energy ratio is judged</source>
            <translation>判定能耗比前预警时段所需的基线生产小时数</translation>
        </message>
        <message>
            <source>missing power during an alert</source>
            <translation>预警期间用电数据缺失时长</translation>
        </message>
        <message>
            <source>hours a station step must hold</source>
            <translation>站点突变须持续的小时数</translation>
        </message>
        <message>
            <source>a station value held at or under this is the instrument floor</source>
            <translation>站点数值保持在此值或以下视为仪器下限</translation>
        </message>
        <message>
            <source>constant hours at a station</source>
            <translation>站点恒值小时数</translation>
        </message>
        <message>
            <source>low-variance window</source>
            <translation>窄幅波动窗口</translation>
        </message>
        <message>
            <source>range below this % of the observed span</source>
            <translation>极差低于观测量程的此百分比</translation>
        </message>
        <message>
            <source>days over which the observed span is taken</source>
            <translation>计算观测量程的天数</translation>
        </message>
        <message>
            <source>a step must change the ratio to the reference beyond this factor</source>
            <translation>突变须使与参照站的比值变化超过此倍数</translation>
        </message>
        <message>
            <source>micro/national ratio beyond this factor</source>
            <translation>微站/国控站比值超出此倍数</translation>
        </message>
        <message>
            <source>median window of the ratio</source>
            <translation>比值的中位数窗口</translation>
        </message>
        <message>
            <source>ug/m3 (CO: mg/m3 x 10) below which no station ratio is judged</source>
            <translation>低于此值（ug/m3；CO 为 mg/m3 x 10）不判定站点比值</translation>
        </message>
    </context>
</TS>
