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
</context>
<context>
    <name>eco::ui::MainWindow</name>
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
    <name>eco::render::TrackLayer</name>
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
</TS>