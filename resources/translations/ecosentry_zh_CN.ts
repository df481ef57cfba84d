<?xml version='1.0' encoding='utf-8'?>
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
</context>
<context>
    <name>eco::ui::MapCanvas</name>
    <message>
        <source>Rendered in %1 ms (%2)</source>
        <translation>渲染耗时 %1 毫秒（%2）</translation>
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
    <name>eco::ui::MapCanvas</name>
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
    <name>eco::ui::LayerListWidget</name>
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
</context>
<context>
    <name>eco::ui::MainWindow</name>
    <message>
        <source>&amp;Export Map...</source>
        <translation>导出地图(&amp;E)...</translation>
    </message>
    <message>
        <source>Export Map</source>
        <translation>导出地图</translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation>已写入 %1</translation>
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
</context>
</TS>
