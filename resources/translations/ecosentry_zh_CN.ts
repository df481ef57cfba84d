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
        <source>No clue is linked: the outlet&apos;s hourly readings in the three days before the task was created, with the permit limit.</source>
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
    <name>eco::ui::MainWindow</name>
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
        <source>Task &quot;%1&quot; cannot go from %2 to %3: no step of the workflow leads there.</source>
        <translation>任务“%1”不能从“%2”变为“%3”：流程中没有这一步。</translation>
    </message>
    <message>
        <source>Your role (%1) may not %2: task &quot;%3&quot; stays %4.</source>
        <translation>您的角色（%1）无权执行“%2”：任务“%3”保持“%4”。</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is now %3.</source>
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
        <source>clue &lt;a href=&quot;clue:%1&quot;&gt;%2&lt;/a&gt;</source>
        <translation>线索 &lt;a href=&quot;clue:%1&quot;&gt;%2&lt;/a&gt;</translation>
    </message>
    <message>
        <source>enterprise &lt;a href=&quot;enterprise:%1&quot;&gt;%2&lt;/a&gt;</source>
        <translation>企业 &lt;a href=&quot;enterprise:%1&quot;&gt;%2&lt;/a&gt;</translation>
    </message>
    <message>
        <source>outlet &lt;a href=&quot;outlet:%1&quot;&gt;%2&lt;/a&gt;</source>
        <translation>排口 &lt;a href=&quot;outlet:%1&quot;&gt;%2&lt;/a&gt;</translation>
    </message>
    <message>
        <source>%1 severity</source>
        <translation>严重程度：%1</translation>
    </message>
    <message>
        <source>&lt;b style=&apos;color:#d7191c&apos;&gt;Overdue&lt;/b&gt;</source>
        <translation>&lt;b style=&apos;color:#d7191c&apos;&gt;已超期&lt;/b&gt;</translation>
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
        <source>Comment on &quot;%1&quot;:</source>
        <translation>对“%1”的备注：</translation>
    </message>
    <message>
        <source>Why? The reason is kept in the task&apos;s record. Task: &quot;%1&quot;</source>
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
</TS>