#include "core/demo/EmitterPlanner.h"

#include "core/demo/DemoRandom.h"

#include <QSet>

#include <algorithm>
#include <cmath>
#include <numbers>

namespace eco::demo {

namespace {

constexpr int kOutletCount = 729;
constexpr int kWithoutMeters = 53; // big continuous plants metered only by CEMS
const QString kRegion = QStringLiteral("全市");

const char* const kNameHeads[] = {"蜀",   "锦",   "川",   "蓉",   "天府", "华",   "西",
                                  "成",   "金",   "青",   "龙",   "益",   "宏",   "鑫",
                                  "恒",   "瑞",   "泰",   "盛",   "兴",   "嘉",   "峨眉",
                                  "岷江", "都江", "望江", "浣花", "玉垒", "剑南", "巴"};
const char* const kNameTails[] = {"达", "远", "通", "丰", "源", "辉", "安", "和", "创", "立",
                                  "新", "信", "德", "光", "海", "荣", "晟", "润", "博", "鸿"};

double lerp(const Range& r, double u) {
    return r.lo + (r.hi - r.lo) * u;
}

// Index i of n spread evenly over [lo, hi]: gives each rule a spread of severities.
double spread(int i, int n, double lo, double hi) {
    return n <= 1 ? lo : lo + (hi - lo) * static_cast<double>(i) / (n - 1);
}

template <typename T> void shuffle(std::vector<T>& v, DemoRandom& rng) {
    for (size_t i = v.size(); i > 1; --i)
        std::swap(v[i - 1], v[static_cast<size_t>(rng.range(0, static_cast<int>(i) - 1))]);
}

QString alnum(DemoRandom& rng, int n) {
    static const char kChars[] = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    QString s;
    for (int i = 0; i < n; ++i)
        s += QLatin1Char(kChars[rng.range(0, static_cast<int>(sizeof(kChars)) - 2)]);
    return s;
}

} // namespace

EmitterPlan EmitterPlanner::plan(DemoWorld& world) const {
    world.config = m_config;
    EmitterPlan plan;
    placeEnterprises(world, plan);
    planOutlets(world, plan);
    planMeters(world, plan);
    planAlerts(world, plan);
    planMaintenance(plan);
    planInjections(world, plan);
    planEpisodes(world, plan);
    return plan;
}

void EmitterPlanner::placeEnterprises(DemoWorld& world, EmitterPlan& plan) const {
    const CityFrame& frame = world.frame;
    QSet<QString> names;
    int n = 0;
    for (const Industry& ind : industries()) {
        const QString key = QLatin1String(ind.key);
        std::vector<const IndustrialPark*> parks;
        for (const IndustrialPark& p : frame.parks())
            if (p.industries.contains(key))
                parks.push_back(&p);
        for (int k = 0; k < ind.count; ++k, ++n) {
            DemoRandom rng(m_config.seed, "enterprise", static_cast<std::uint64_t>(n));
            QPointF pos;
            if (!parks.empty() && rng.chance(ind.heavy ? 0.75 : 0.4)) {
                const IndustrialPark& p =
                    *parks[static_cast<size_t>(rng.range(0, static_cast<int>(parks.size()) - 1))];
                const double r = p.radiusM * std::sqrt(rng.uniform());
                const double a = rng.uniform(0, 2 * std::numbers::pi);
                pos = p.centreM + QPointF(r * std::cos(a), r * std::sin(a));
            } else {
                // Heavy industry stays outside the second ring; light industry goes anywhere.
                const double inner = ind.heavy ? 8000.0 : 1500.0;
                const double outer = CityFrame::kCityRadiusM - 1500;
                const double r =
                    std::sqrt(rng.uniform(inner * inner / (outer * outer), 1.0)) * outer;
                const double a = rng.uniform(0, 2 * std::numbers::pi);
                pos = QPointF(r * std::cos(a), r * std::sin(a));
            }
            const QPointF ll = frame.toLonLat(pos);
            const District& district = frame.districtAt(pos);
            QString name;
            for (int attempt = 0; name.isEmpty() || names.contains(name); ++attempt) {
                const QString head = QString::fromUtf8(kNameHeads[rng.range(0, 27)]);
                const QString tail = QString::fromUtf8(kNameTails[rng.range(0, 19)]);
                const QString suffix = QString::fromUtf8(ind.suffixes[rng.range(0, 2)]);
                name = head + tail + suffix + QStringLiteral("有限公司");
                if (attempt > 4)
                    name = head + tail + QString::number(attempt) + suffix +
                           QStringLiteral("有限公司");
            }
            names.insert(name);

            model::Enterprise e;
            e.id = QStringLiteral("E%1").arg(n + 1, 4, 10, QLatin1Char('0'));
            e.name = name;
            e.industry = key;
            e.district = district.name;
            e.lon = ll.x();
            e.lat = ll.y();
            e.tags = {district.name, QString::fromUtf8(ind.name), QStringLiteral("涉气")};
            if (ind.voc)
                e.tags << QStringLiteral("VOCs重点");
            if (QLatin1String(ind.key) == QLatin1String("building_materials"))
                e.tags << QStringLiteral("错峰生产");
            e.permitNo = QStringLiteral("915101") + district.id.mid(1) + alnum(rng, 10) +
                         QStringLiteral("001P");
            world.enterprises.append(e);

            EnterpriseProfile p;
            p.index = n;
            p.industry = &ind;
            p.stream = static_cast<std::uint64_t>(n);
            p.productionKw = std::round(lerp(ind.productionKw, rng.uniform()));
            p.treatmentKw = std::round(p.productionKw * rng.uniform(0.12, 0.3));
            if (ind.schedule == Schedule::TwoShift) {
                p.shiftStartSlot = rng.range(24, 30);
                p.shiftEndSlot = rng.range(88, 95);
                p.worksSaturday = rng.chance(0.7);
            } else if (ind.schedule == Schedule::DayShift) {
                p.shiftStartSlot = rng.range(30, 36);
                p.shiftEndSlot = rng.range(68, 76);
                p.worksSaturday = rng.chance(0.4);
            }
            p.leadSlots = rng.range(2, 4);
            p.lagSlots = rng.range(2, 4);
            plan.enterprises.push_back(p);
        }
    }
}

void EmitterPlanner::planOutlets(DemoWorld& world, EmitterPlan& plan) const {
    DemoRandom pick(m_config.seed, "cems-pick");
    // Which enterprises of each industry run CEMS, and who gets the extra stacks.
    std::vector<int> cems;
    int first = 0;
    for (const Industry& ind : industries()) {
        std::vector<int> members(static_cast<size_t>(ind.count));
        for (int k = 0; k < ind.count; ++k)
            members[static_cast<size_t>(k)] = first + k;
        shuffle(members, pick);
        members.resize(static_cast<size_t>(ind.withCems));
        std::sort(members.begin(), members.end());
        cems.insert(cems.end(), members.begin(), members.end());
        first += ind.count;
    }
    std::vector<int> stacks(plan.enterprises.size(), 0);
    for (int e : cems)
        stacks[static_cast<size_t>(e)] = 1;
    std::vector<int> big;
    for (int e : cems) {
        const QLatin1String key(plan.enterprises[static_cast<size_t>(e)].industry->key);
        if (key == QLatin1String("power") || key == QLatin1String("steel") ||
            key == QLatin1String("building_materials"))
            big.push_back(e);
    }
    shuffle(big, pick);
    int extra = kOutletCount - static_cast<int>(cems.size());
    for (size_t i = 0; extra > 0 && !big.empty(); i = (i + 1) % big.size()) {
        const int e = big[i];
        const int add = (extra >= 2 && pick.chance(0.3)) ? 2 : 1;
        if (stacks[static_cast<size_t>(e)] + add > 3)
            continue;
        stacks[static_cast<size_t>(e)] += add;
        extra -= add;
    }

    const CityFrame& frame = world.frame;
    for (size_t e = 0; e < plan.enterprises.size(); ++e) {
        EnterpriseProfile& ep = plan.enterprises[e];
        const model::Enterprise& ent = world.enterprises[static_cast<qsizetype>(e)];
        const Industry& ind = *ep.industry;
        for (int k = 0; k < stacks[e]; ++k) {
            const int o = static_cast<int>(plan.outlets.size());
            DemoRandom rng(m_config.seed, "outlet", static_cast<std::uint64_t>(o));
            const QPointF base = frame.toLocal(ent.lon, ent.lat);
            const double a = rng.uniform(0, 2 * std::numbers::pi);
            const double r = rng.uniform(40, 150);
            const QPointF ll = frame.toLonLat(base + QPointF(r * std::cos(a), r * std::sin(a)));
            model::Outlet out;
            out.id = QStringLiteral("%1-G%2").arg(ent.id).arg(k + 1);
            out.enterpriseId = ent.id;
            const QString district = world.frame.districtAt(base).id.mid(1);
            out.mn = QStringLiteral("5101%1A%2%3%4")
                         .arg(district)
                         .arg(static_cast<int>(e) + 1, 5, 10, QLatin1Char('0'))
                         .arg(k + 1, 2, 10, QLatin1Char('0'))
                         .arg(alnum(rng, 10));
            out.medium = QStringLiteral("gas");
            out.lon = ll.x();
            out.lat = ll.y();
            out.heightM = std::round(lerp(ind.stackHeightM, rng.uniform()));
            out.diameterM = std::round(lerp(ind.stackDiameterM, rng.uniform()) * 10) / 10;
            out.gasTempC = std::round(lerp(ind.gasTempC, rng.uniform()));
            out.gasVelocityMs = std::round(lerp(ind.velocityMs, rng.uniform()) * 10) / 10;
            out.o2RefPct = ind.o2Ref;
            world.outlets.append(out);

            OutletProfile op;
            op.index = o;
            op.enterprise = static_cast<int>(e);
            op.stream = static_cast<std::uint64_t>(o);
            const double area = std::numbers::pi * *out.diameterM * *out.diameterM / 4;
            // Actual m3/h to dry standard state: temperature and ~8 % moisture.
            op.designFlow = std::round(area * *out.gasVelocityMs * 3600 * 273.15 /
                                       (273.15 + *out.gasTempC) * 0.92);
            op.o2Base = lerp(ind.o2Base, rng.uniform());
            op.o2Ref = ind.o2Ref;
            for (int p = 0; p < kCemsPollutants; ++p) {
                op.limit[static_cast<size_t>(p)] = ind.limit[static_cast<size_t>(p)];
                op.baseFrac[static_cast<size_t>(p)] = rng.uniform(0.38, 0.55);
                op.sigma[static_cast<size_t>(p)] = rng.uniform(0.09, 0.12);
                for (const char* interval : {"hour", "day"})
                    world.limits.append({out.id,
                                         QLatin1String(kPollutantCodes[static_cast<size_t>(p)]),
                                         QLatin1String(interval), op.limit[static_cast<size_t>(p)],
                                         QStringLiteral("mg/m3")});
            }
            ep.outlets.push_back(o);
            plan.outlets.push_back(op);
        }
        if (!ep.outlets.empty()) {
            world.enterprises[static_cast<qsizetype>(e)].tags << QStringLiteral("重点排污单位")
                                                              << QStringLiteral("排污许可重点管理");
        }
    }
}

void EmitterPlanner::planMeters(DemoWorld& world, EmitterPlan& plan) const {
    DemoRandom rng(m_config.seed, "meters");
    std::vector<int> unmetered;
    for (const EnterpriseProfile& e : plan.enterprises)
        if (e.industry->schedule == Schedule::Continuous && !e.outlets.empty())
            unmetered.push_back(e.index);
    shuffle(unmetered, rng);
    unmetered.resize(std::min<size_t>(unmetered.size(), kWithoutMeters));
    const QSet<int> skip(unmetered.begin(), unmetered.end());
    for (EnterpriseProfile& e : plan.enterprises) {
        if (skip.contains(e.index))
            continue;
        const QString id = world.enterprises[e.index].id;
        e.hasMeters = true;
        e.productionMeter = id + QStringLiteral("-PROD");
        e.treatmentMeter = id + QStringLiteral("-TREAT");
        world.meters.append(
            {e.productionMeter, id, QStringLiteral("production"), e.treatmentMeter});
        world.meters.append({e.treatmentMeter, id, QStringLiteral("treatment"), e.productionMeter});
        if (rng.chance(0.02)) {
            e.hasTotalMeter = true;
            e.totalMeter = id + QStringLiteral("-TOTAL");
            world.meters.append({e.totalMeter, id, QStringLiteral("total"), QString()});
        }
    }
}

void EmitterPlanner::planAlerts(DemoWorld& world, EmitterPlan& plan) const {
    DemoRandom rng(m_config.seed, "alerts");
    const int days = m_config.days;
    auto add = [&](const QString& level, int startHour, int endHour) {
        model::Alert a;
        a.level = level;
        a.startTs = m_config.startTs + static_cast<std::int64_t>(startHour) * 3600;
        a.endTs = m_config.startTs + static_cast<std::int64_t>(endHour) * 3600;
        a.region = kRegion;
        world.alerts.append(a);
        plan.alerts.push_back({level, startHour, endHour});
    };
    if (days >= 12) {
        // 2-4 periods of 2-4 days; the first after a week so P3 has baseline working days.
        const int periods = rng.range(2, 4);
        int day = rng.range(8, 10);
        for (int i = 0; i < periods; ++i) {
            const int len = rng.range(2, 4);
            if (day + len > days)
                break;
            const int startHour = day * 24 + (rng.chance(0.3) ? 12 : 0);
            const QString level =
                i == 0 || rng.chance(0.5) ? QStringLiteral("yellow") : QStringLiteral("orange");
            add(level, startHour, (day + len) * 24);
            day += len + rng.range(2, 4);
        }
    } else if (days >= 2) {
        add(QStringLiteral("orange"), (days / 2) * 24, days * 24);
    } else {
        add(QStringLiteral("yellow"), 12, 24);
    }

    // The alert list: most industrial emitters, each with its own measure per level.
    for (EnterpriseProfile& e : plan.enterprises) {
        DemoRandom r(m_config.seed, "measures", e.stream);
        if (!r.chance(e.industry->heavy || !e.outlets.empty() ? 0.75 : 0.4))
            continue;
        const double yellow = r.chance(0.03) ? 100.0 : 10.0 * r.range(1, 5);
        const double orange =
            yellow >= 100 || r.chance(0.08) ? 100.0 : std::min(50.0, yellow + 10.0 * r.range(0, 2));
        e.yellowPct = yellow;
        e.orangePct = orange;
        const QString id = world.enterprises[e.index].id;
        world.measures.append({id, QStringLiteral("yellow"), yellow});
        world.measures.append({id, QStringLiteral("orange"), orange});
        world.enterprises[e.index].tags << QStringLiteral("应急减排清单");
    }
}

void EmitterPlanner::planMaintenance(EmitterPlan& plan) const {
    if (m_config.days < 5)
        return;
    const int slotCount = m_config.days * kSlotsPerDay;
    for (EnterpriseProfile& e : plan.enterprises) {
        if (e.industry->schedule != Schedule::Continuous)
            continue;
        DemoRandom r(m_config.seed, "maintenance", e.stream);
        if (!r.chance(0.2))
            continue;
        // At a weekend, so working-day baselines (P3) are not lowered by a planned stop.
        std::vector<int> saturdays;
        for (int d = 1; d + 1 < m_config.days; ++d)
            if (weekdayOf(m_config.startTs, d) == 6)
                saturdays.push_back(d);
        if (saturdays.empty())
            continue;
        const int day =
            saturdays[static_cast<size_t>(r.range(0, static_cast<int>(saturdays.size()) - 1))];
        const int start = day * kSlotsPerDay + r.range(0, 12) * kSlotsPerHour;
        const int len = r.range(12, 36) * kSlotsPerHour;
        const bool inAlert =
            std::any_of(plan.alerts.begin(), plan.alerts.end(), [&](const AlertWindow& a) {
                return start < a.endHour * kSlotsPerHour + kSlotsPerDay &&
                       start + len > a.startHour * kSlotsPerHour - kSlotsPerDay;
            });
        if (!inAlert && start + len <= slotCount)
            e.maintenanceStop = SlotRange{start, start + len};
    }
}

void EmitterPlanner::planInjections(DemoWorld& world, EmitterPlan& plan) const {
    DemoRandom rng(m_config.seed, "injections");
    const int H = m_config.hours();
    const int S = m_config.days * kSlotsPerDay;
    const int n = instancesPerRule(m_config.days);
    QSet<int> usedEnterprises;

    // CEMS rules go to continuously running plants, so every hour of the window is a valid,
    // producing hour: the injection is then the only thing that can explain what a rule sees.
    std::vector<int> cemsPool;
    for (const OutletProfile& o : plan.outlets) {
        const EnterpriseProfile& e = plan.enterprises[static_cast<size_t>(o.enterprise)];
        if (e.industry->schedule == Schedule::Continuous && !e.maintenanceStop &&
            !plan.stopsDuringAlerts(o.enterprise))
            cemsPool.push_back(o.index);
    }
    shuffle(cemsPool, rng);
    auto takeOutlet = [&](auto&& accept) -> int {
        for (int& o : cemsPool) {
            if (o < 0)
                continue;
            const OutletProfile& op = plan.outlets[static_cast<size_t>(o)];
            if (usedEnterprises.contains(op.enterprise) || !accept(op))
                continue;
            const int chosen = o;
            o = -1;
            usedEnterprises.insert(op.enterprise);
            return chosen;
        }
        return -1;
    };
    auto any = [](const OutletProfile&) { return true; };
    auto addCems = [&](const char* rule, int outlet, int pollutant, int start, int length,
                       double magnitude) {
        if (outlet < 0)
            return;
        Injection inj;
        inj.rule = QLatin1String(rule);
        inj.outlet = outlet;
        inj.enterprise = plan.outlets[static_cast<size_t>(outlet)].enterprise;
        inj.pollutant = pollutant;
        inj.start = start;
        inj.length = length;
        inj.magnitude = magnitude;
        plan.injections.push_back(inj);
    };
    auto rawAt = [](const OutletProfile& o, int p, double fracOfLimit) {
        const double dilution = o.o2Ref ? (21 - o.o2Base) / (21 - *o.o2Ref) : 1.0;
        return fracOfLimit * o.limit[static_cast<size_t>(p)] * dilution;
    };

    for (int i = 0; i < n; ++i) {
        const int len = 1 + i % 3;
        addCems("E1", takeOutlet(any), rng.range(0, 2), rng.range(2, H - len - 6), len,
                spread(i, n, 1.15, 2.5));
    }
    for (int i = 0; i < n; ++i) {
        const int day = rng.range(0, m_config.days - 1);
        addCems("E2", takeOutlet(any), rng.range(0, 2), day * 24, 24, spread(i, n, 1.08, 1.5));
    }
    for (int i = 0; i < n; ++i) {
        const int len = 6 + (i * 7) / std::max(1, n - 1);
        addCems("F1", takeOutlet(any), rng.range(0, 1), rng.range(2, H - len - 2), len, 0);
    }
    for (int i = 0; i < n; ++i) {
        const int len = static_cast<int>(spread(i, n, std::min(24, H - 8), std::min(72, H - 8)));
        addCems("F2", takeOutlet(any), rng.range(0, 1), rng.range(3, H - len - 3), len, 0.016);
    }
    for (int i = 0; i < n; ++i) {
        // Values around the detection limit must still spread more than 2 % of the span, or the
        // injection would also be an F2 band: only where DL is a fair share of the limit.
        int pollutant = -1;
        const int o = takeOutlet([&](const OutletProfile& op) {
            for (int p = 0; p < 3; ++p)
                if (kDetectionLimit[static_cast<size_t>(p)] / op.limit[static_cast<size_t>(p)] >=
                    0.055) {
                    pollutant = p;
                    return true;
                }
            return false;
        });
        const int len = static_cast<int>(spread(i, n, std::min(24, H - 12), std::min(96, H - 12)));
        addCems("F3", o, pollutant, rng.range(4, H - len - 4), len, 0);
    }
    for (int i = 0; i < n; ++i) {
        const int len = m_config.days >= 4 ? std::min(H, rng.range(48, 240)) : H;
        addCems("F4", takeOutlet(any), -1, len >= H ? 0 : rng.range(0, H - len), len,
                spread(i, n, 0.3, 0.6));
    }
    for (int i = 0; i < n; ++i) {
        const double factor = spread(i, n, 0.38, 0.25);
        int pollutant = -1;
        const int o = takeOutlet([&](const OutletProfile& op) {
            for (int p = 0; p < 3; ++p)
                if (rawAt(op, p, op.baseFrac[static_cast<size_t>(p)]) * factor >=
                    3.5 * kDetectionLimit[static_cast<size_t>(p)]) {
                    pollutant = p;
                    return true;
                }
            return false;
        });
        // Away from alerts: the step must stand out against a steady day before it.
        const int earliest = std::max(std::min(24, H / 2), H / 4);
        int start = rng.range(earliest, H - 20);
        for (int attempt = 0; attempt < 50; ++attempt) {
            const bool clash =
                std::any_of(plan.alerts.begin(), plan.alerts.end(), [&](const AlertWindow& a) {
                    return start - 24 < a.endHour && start + 24 > a.startHour;
                });
            if (!clash)
                break;
            start = rng.range(earliest, H - 20);
        }
        // Short runs may leave no day clear of alerts: then at least keep the step three hours
        // away from an alert's start or end, where the load changes.
        for (const AlertWindow& a : plan.alerts)
            for (int edge : {a.startHour, a.endHour})
                if (std::abs(start - edge) < 3)
                    start = std::min(H - 20, edge + 3);
        const int len = std::min(rng.range(24, 120), H - start);
        addCems("F5", o, pollutant, start, len, factor);
    }
    for (int i = 0; i < n; ++i) {
        // Hugging lasts to the end of the run (GROUND_TRUTH: "the whole run"): a window that
        // ended mid-run would drop from ~0.93 L back to ~0.45 L at steady load, a real,
        // unlabelled F5 step in the data.
        const int len = m_config.days >= 20 ? rng.range(20 * 24, H) : H;
        const int start = rng.range(0, H - len);
        const int pollutant = rng.range(0, 2);
        const int outlet = takeOutlet(any);
        addCems("F6", outlet, pollutant, start, H - start, spread(i, n, 0.85, 0.95));
    }
    for (int i = 0; i < n; ++i) {
        const int o =
            takeOutlet([](const OutletProfile& op) { return op.o2Ref && op.o2Base <= 13; });
        const int len = static_cast<int>(spread(i, n, 6, std::min(48, H - 8)));
        addCems("F7", o, -1, rng.range(3, H - len - 3), len, spread(i, n, 4.0, 7.0));
    }
    for (int i = 0; i < n; ++i) {
        const int o = takeOutlet([&](const OutletProfile& op) {
            return plan.enterprises[static_cast<size_t>(op.enterprise)].hasMeters;
        });
        const int len = static_cast<int>(spread(i, n, 4, std::min(48, H - 6)));
        // "Flow ~ 0" is judged against the outlet's own usual flow (its P90 over at least three
        // complete days before), so a long enough run starts F8 after four days.
        const int latest = H - len - 3;
        addCems("F8", o, -1, rng.range(std::min(4 * 24, latest), latest), len,
                spread(i, n, 0.0, 0.02));
    }

    // Power rules.
    std::vector<int> epool;
    for (const EnterpriseProfile& e : plan.enterprises)
        if (e.hasMeters && !e.maintenanceStop)
            epool.push_back(e.index);
    shuffle(epool, rng);
    auto takeEnterprise = [&](auto&& accept) -> int {
        for (int& e : epool) {
            if (e < 0 || usedEnterprises.contains(e) ||
                !accept(plan.enterprises[static_cast<size_t>(e)]))
                continue;
            const int chosen = e;
            e = -1;
            usedEnterprises.insert(chosen);
            return chosen;
        }
        return -1;
    };
    auto addPower = [&](const char* rule, int enterprise, int start, int length, double magnitude,
                        int alert = -1, bool atStop = false) {
        if (enterprise < 0)
            return;
        Injection inj;
        inj.rule = QLatin1String(rule);
        inj.enterprise = enterprise;
        inj.start = start;
        inj.length = length;
        inj.magnitude = magnitude;
        inj.alert = alert;
        inj.atStop = atStop;
        plan.injections.push_back(inj);
    };
    auto inAnyAlert = [&](int slotFirst, int slotLast) {
        for (const AlertWindow& a : plan.alerts)
            if (slotFirst < a.endHour * kSlotsPerHour && slotLast > a.startHour * kSlotsPerHour)
                return true;
        return false;
    };

    const int p1Lengths[] = {2, 3, 4, 6, 8, 12, 16, 24, 5, 10, 20};
    for (int i = 0; i < n; ++i) {
        const int e = takeEnterprise([&](const EnterpriseProfile& ep) {
            return ep.industry->schedule == Schedule::Continuous;
        });
        const int len = p1Lengths[i % 11];
        int start = 0;
        for (int attempt = 0; attempt < 50; ++attempt) {
            start = rng.range(8, S - len - 8);
            if (!inAnyAlert(start - 8, start + len + 8))
                break;
        }
        addPower("P1", e, start, len, len * 15.0);
    }
    for (int i = 0; i < n; ++i) {
        const int e = takeEnterprise([&](const EnterpriseProfile& ep) {
            return ep.industry->schedule != Schedule::Continuous && ep.leadSlots >= 2;
        });
        if (e < 0)
            continue;
        const EnterpriseProfile& ep = plan.enterprises[static_cast<size_t>(e)];
        std::vector<int> days;
        for (int d = 0; d < m_config.days; ++d) {
            const int s0 = d * kSlotsPerDay;
            if (isWorkingDay(m_config.startTs, d) && !inAnyAlert(s0, s0 + kSlotsPerDay))
                days.push_back(d);
        }
        if (days.empty())
            continue;
        const int d = days[static_cast<size_t>(rng.range(0, static_cast<int>(days.size()) - 1))];
        const int late = 1 + i % 4; // slots production runs without treatment
        const bool atStop = i % 2 == 1;
        const int start = atStop ? d * kSlotsPerDay + ep.shiftEndSlot - late
                                 : d * kSlotsPerDay + ep.shiftStartSlot;
        addPower("P2", e, start, late, late * 15.0, -1, atStop);
    }
    // P3 and P4 need an alert with at least one earlier non-alert working day as baseline.
    std::vector<int> alertsWithBaseline;
    for (size_t a = 0; a < plan.alerts.size(); ++a) {
        const int firstDay = plan.alerts[a].startHour / 24;
        for (int d = 0; d < firstDay; ++d)
            if (isWorkingDay(m_config.startTs, d)) {
                alertsWithBaseline.push_back(static_cast<int>(a));
                break;
            }
    }
    if (!alertsWithBaseline.empty()) {
        for (int i = 0; i < n; ++i) {
            const int a = alertsWithBaseline[static_cast<size_t>(i) % alertsWithBaseline.size()];
            const AlertWindow& aw = plan.alerts[static_cast<size_t>(a)];
            const int e = takeEnterprise([&](const EnterpriseProfile& ep) {
                const auto r = aw.level == QLatin1String("orange") ? ep.orangePct : ep.yellowPct;
                return ep.industry->schedule == Schedule::Continuous && r && *r >= 30;
            });
            // magnitude: the share of the required reduction actually applied.
            addPower("P3", e, aw.startHour * kSlotsPerHour,
                     (aw.endHour - aw.startHour) * kSlotsPerHour, spread(i, n, 0.0, 0.3), a);
        }
        for (int i = 0; i < n; ++i) {
            const int a = alertsWithBaseline[static_cast<size_t>(i) % alertsWithBaseline.size()];
            const AlertWindow& aw = plan.alerts[static_cast<size_t>(a)];
            const int e = takeEnterprise([&](const EnterpriseProfile& ep) {
                return ep.industry->schedule == Schedule::Continuous && ep.yellowPct &&
                       *ep.yellowPct < 100 && ep.orangePct && *ep.orangePct < 100;
            });
            const int len = static_cast<int>(spread(i, n, 8, 48));
            const int first = aw.startHour * kSlotsPerHour;
            const int last = aw.endHour * kSlotsPerHour - len;
            addPower("P4", e, rng.range(first, std::max(first, last)), len, len * 15.0, a);
        }
    }
    (void)world;
}

void EmitterPlanner::planEpisodes(DemoWorld& world, EmitterPlan& plan) const {
    DemoRandom rng(m_config.seed, "episodes");
    const int H = m_config.hours();
    const int count =
        std::clamp(static_cast<int>(std::lround(m_config.days * rng.uniform(0.7, 1.3))), 3, 40);
    QSet<int> used;
    for (const Injection& inj : plan.injections)
        used.insert(inj.enterprise);
    std::vector<int> pool;
    for (const OutletProfile& o : plan.outlets) {
        const EnterpriseProfile& e = plan.enterprises[static_cast<size_t>(o.enterprise)];
        if (e.industry->schedule == Schedule::Continuous && !e.maintenanceStop &&
            !plan.stopsDuringAlerts(o.enterprise) && !used.contains(o.enterprise))
            pool.push_back(o.index);
    }
    // Episodes worth tracing come from the big stacks: a bypass at a small boiler is a CEMS
    // matter, invisible at a station kilometres away.
    std::sort(pool.begin(), pool.end(), [&](int a, int b) {
        return plan.outlets[static_cast<size_t>(a)].designFlow >
               plan.outlets[static_cast<size_t>(b)].designFlow;
    });
    pool.resize(
        std::min(pool.size(), std::max<size_t>(static_cast<size_t>(count) * 2, pool.size() / 3)));
    shuffle(pool, rng);
    static const char* const kAmbient[] = {"a21026", "a21004", "a34004"};
    for (int i = 0; i < count && i < static_cast<int>(pool.size()); ++i) {
        const OutletProfile& o = plan.outlets[static_cast<size_t>(pool[static_cast<size_t>(i)])];
        EpisodePlan ep;
        ep.outlet = o.index;
        ep.pollutant = rng.range(0, 2);
        ep.kind = rng.chance(0.6) ? QStringLiteral("bypass") : QStringLiteral("accident");
        // A bypassed desulphuriser or bag filter emits raw flue gas: tens of times the treated
        // concentration (SO2 ~1,500 mg/m3 against ~20; dust ~500 against ~5); a bypassed SCR
        // only several times the NOx.
        const double peak = ep.pollutant == 1 ? rng.uniform(6, 12) : rng.uniform(25, 70);
        const int plateau = rng.range(2, 8);
        std::vector<double> factors{peak / 2};
        for (int k = 0; k < plateau; ++k)
            factors.push_back(peak * rng.uniform(0.85, 1.1));
        // Taper: no hour-to-hour fall of 50 % or more, so the end is not an F5 step.
        for (double f = peak * 0.58; f > 1.6; f *= 0.58)
            factors.push_back(f);
        const int len = static_cast<int>(factors.size());
        int start = -1;
        for (int attempt = 0; attempt < 40 && start < 0; ++attempt) {
            const int s = rng.range(2, std::max(2, H - len - 2));
            const bool clash =
                std::any_of(plan.alerts.begin(), plan.alerts.end(), [&](const AlertWindow& a) {
                    return s < a.endHour && s + len > a.startHour;
                });
            if (!clash && s + len <= H)
                start = s;
        }
        if (start < 0)
            continue;
        ep.startHour = start;
        const double dilution = o.o2Ref ? (21 - o.o2Base) / (21 - *o.o2Ref) : 1.0;
        const double normalRaw = o.baseFrac[static_cast<size_t>(ep.pollutant)] *
                                 o.limit[static_cast<size_t>(ep.pollutant)] * dilution;
        EpisodeSource src;
        src.id = QStringLiteral("EP%1").arg(plan.episodes.size() + 1, 2, 10, QLatin1Char('0'));
        const model::Outlet& out = world.outlets[o.index];
        src.enterpriseId = out.enterpriseId;
        src.outletId = out.id;
        src.ambientPollutant = QLatin1String(kAmbient[ep.pollutant]);
        src.lon = out.lon;
        src.lat = out.lat;
        src.stackHeightM = out.heightM.value_or(30);
        src.exitVelocityMs = out.gasVelocityMs.value_or(10);
        src.exitTempC = out.gasTempC.value_or(80);
        src.diameterM = out.diameterM.value_or(1);
        src.startTs = m_config.startTs + static_cast<std::int64_t>(start) * 3600;
        for (double f : factors) {
            const double raw = std::round(normalRaw * f * 100) / 100;
            const double flow =
                std::round(o.designFlow * (0.15 + 0.85 * 0.87) * (1 + 0.02 * rng.clippedNormal(2)));
            ep.rawMgM3.push_back(raw);
            ep.flowM3h.push_back(flow);
            src.rateGps.push_back(static_cast<float>(raw * flow / 3.6e6));
        }
        plan.episodes.push_back(std::move(ep));
        world.episodes.push_back(std::move(src));
    }
}

} // namespace eco::demo
