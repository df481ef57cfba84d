#include "core/demo/PuffModel.h"

#include "core/demo/CityFrame.h"
#include "core/demo/WeatherNoise.h"

#include <QtConcurrent/QtConcurrentMap>

#include <algorithm>
#include <cmath>
#include <numbers>

namespace eco::demo {

namespace {

constexpr double kG = 9.81;
constexpr double kSigmaCut = 4.0; // puffs are negligible beyond 4 sigma (exp(-8))
constexpr double kTwoPi = 2.0 * std::numbers::pi;
const double kSqrtTwoPi = std::sqrt(kTwoPi);

int cls(Stability s) {
    return static_cast<int>(s);
}

} // namespace

// ---------------------------------------------------------------------------------- PuffField

PuffField::PuffField(std::int64_t firstTs, double stepS, std::vector<std::vector<Puff>> frames,
                     const PuffSettings& settings)
    : m_firstTs(firstTs), m_stepS(stepS), m_reflect(settings.groundReflection),
      m_lid(settings.mixingLid) {
    std::size_t total = 0;
    for (const auto& f : frames)
        total += f.size();
    m_puffs.reserve(total);
    m_offsets.reserve(frames.size() + 1);
    m_boxes.reserve(frames.size());
    for (const auto& f : frames) {
        m_offsets.push_back(m_puffs.size());
        Box b{1e30f, 1e30f, -1e30f, -1e30f};
        for (const Puff& p : f) {
            m_puffs.push_back(p);
            // Reach within the frame: 4 sigma plus the drift until the next frame.
            const float reachX =
                static_cast<float>(kSigmaCut) * p.sy + std::abs(p.u) * static_cast<float>(stepS);
            const float reachY =
                static_cast<float>(kSigmaCut) * p.sy + std::abs(p.v) * static_cast<float>(stepS);
            b.x0 = std::min(b.x0, p.x - reachX);
            b.x1 = std::max(b.x1, p.x + reachX);
            b.y0 = std::min(b.y0, p.y - reachY);
            b.y1 = std::max(b.y1, p.y + reachY);
        }
        m_boxes.push_back(b);
    }
    m_offsets.push_back(m_puffs.size());
}

int PuffField::frameIndex(double t) const {
    if (m_offsets.size() < 2)
        return -1;
    const double pos = (t - static_cast<double>(m_firstTs)) / m_stepS;
    if (pos < 0 || pos >= static_cast<double>(frameCount()))
        return -1;
    return static_cast<int>(pos);
}

double PuffField::frameOffset(double t) const {
    const int i = frameIndex(t);
    return i < 0 ? 0.0 : t - (static_cast<double>(m_firstTs) + i * m_stepS);
}

std::span<const Puff> PuffField::puffsAt(double t) const {
    const int i = frameIndex(t);
    if (i < 0)
        return {};
    const auto first = m_offsets[static_cast<size_t>(i)];
    const auto last = m_offsets[static_cast<size_t>(i) + 1];
    return {m_puffs.data() + first, last - first};
}

bool PuffField::mayTouch(double x, double y, double radiusM, double t) const {
    const int i = frameIndex(t);
    if (i < 0 || m_offsets[static_cast<size_t>(i)] == m_offsets[static_cast<size_t>(i) + 1])
        return false;
    const Box& b = m_boxes[static_cast<size_t>(i)];
    return x + radiusM >= b.x0 && x - radiusM <= b.x1 && y + radiusM >= b.y0 && y - radiusM <= b.y1;
}

double PuffField::puffConcentration(const Puff& p, double x, double y, double z, double dt,
                                    bool groundReflection, bool mixingLid) {
    const double dx = x - (p.x + p.u * dt);
    const double dy = y - (p.y + p.v * dt);
    const double sy2 = static_cast<double>(p.sy) * p.sy;
    const double r2 = dx * dx + dy * dy;
    if (r2 > kSigmaCut * kSigmaCut * sy2)
        return 0.0;
    const double horizontal = std::exp(-r2 / (2.0 * sy2)) / (kTwoPi * sy2);
    const double sz = p.sz;
    const double h = p.h;
    const double zi = std::max<double>(p.zi, h);
    double vertical = 0.0;
    if (groundReflection && mixingLid && sz > 1.2 * zi) {
        vertical = z <= zi ? 1.0 / zi : 0.0; // well mixed between the ground and the lid
    } else {
        const double k = 1.0 / (2.0 * sz * sz);
        const int images = groundReflection && mixingLid ? 1 : 0;
        for (int n = -images; n <= images; ++n) {
            const double shift = 2.0 * n * zi;
            const double a = z - h - shift;
            vertical += std::exp(-a * a * k);
            if (groundReflection) {
                const double b = z + h - shift;
                vertical += std::exp(-b * b * k);
            }
        }
        vertical /= kSqrtTwoPi * sz;
        if (mixingLid && groundReflection && z > zi)
            vertical = 0.0;
    }
    return static_cast<double>(p.massG) * 1e6 * horizontal * vertical;
}

double PuffField::concentration(double x, double y, double z, double t, int source) const {
    const int i = frameIndex(t);
    if (i < 0 || !mayTouch(x, y, 0.0, t))
        return 0.0;
    const double dt = t - (static_cast<double>(m_firstTs) + i * m_stepS);
    double sum = 0.0;
    for (const Puff& p : puffsAt(t))
        if (source < 0 || p.source == source)
            sum += puffConcentration(p, x, y, z, dt, m_reflect, m_lid);
    return sum;
}

void PuffField::contributions(double x, double y, double z, double t,
                              std::vector<std::pair<int, double>>& out) const {
    out.clear();
    const int i = frameIndex(t);
    if (i < 0 || !mayTouch(x, y, 0.0, t))
        return;
    const double dt = t - (static_cast<double>(m_firstTs) + i * m_stepS);
    for (const Puff& p : puffsAt(t)) {
        const double c = puffConcentration(p, x, y, z, dt, m_reflect, m_lid);
        if (c <= 0.0)
            continue;
        auto it = std::find_if(out.begin(), out.end(),
                               [&](const auto& e) { return e.first == p.source; });
        if (it == out.end())
            out.emplace_back(p.source, c);
        else
            it->second += c;
    }
}

double PuffField::column(double x, double y, double t, int source) const {
    const int i = frameIndex(t);
    if (i < 0 || !mayTouch(x, y, 0.0, t))
        return 0.0;
    const double dt = t - (static_cast<double>(m_firstTs) + i * m_stepS);
    double sum = 0.0;
    for (const Puff& p : puffsAt(t)) {
        if (source >= 0 && p.source != source)
            continue;
        const double dx = x - (p.x + p.u * dt);
        const double dy = y - (p.y + p.v * dt);
        const double sy2 = static_cast<double>(p.sy) * p.sy;
        const double r2 = dx * dx + dy * dy;
        if (r2 <= kSigmaCut * kSigmaCut * sy2)
            sum +=
                static_cast<double>(p.massG) * 1e6 * std::exp(-r2 / (2.0 * sy2)) / (kTwoPi * sy2);
    }
    return sum;
}

// ---------------------------------------------------------------------------------- PuffModel

PuffModel::PuffModel(const WeatherField& weather, PuffSettings settings)
    : m_weather(weather), m_settings(settings) {}

double PuffModel::plumeRise(const PuffSource& s, double u, double taK, Stability st) {
    u = std::max(u, 1.0);
    const double ts = s.exitTempC + 273.15;
    const double vs = std::max(0.0, s.exitVelocityMs);
    const double d = std::max(0.0, s.diameterM);
    const double fb = ts > taK ? kG * vs * d * d * (ts - taK) / (4.0 * ts) : 0.0;
    double buoyant = 0.0;
    if (fb > 0) {
        if (st >= Stability::E) {
            const double dthetaDz = st == Stability::E ? 0.02 : 0.035;
            const double sParam = kG / taK * dthetaDz;
            buoyant = 2.6 * std::cbrt(fb / (u * sParam));
        } else {
            buoyant = fb < 55 ? 21.425 * std::pow(fb, 0.75) / u : 38.71 * std::pow(fb, 0.6) / u;
        }
    }
    const double momentum = 3.0 * d * vs / u;
    return std::min(300.0, std::max(buoyant, momentum));
}

double PuffModel::sigmaY(double t, double u, Stability st) {
    constexpr double kIy[] = {0.40, 0.30, 0.20, 0.14, 0.10, 0.07};
    const double sv = kIy[cls(st)] * std::max(u, 1.0);
    return sv * t / (1.0 + 0.9 * std::sqrt(t / 1000.0));
}

double PuffModel::sigmaZ(double t, double u, Stability st) {
    constexpr double kIz[] = {0.30, 0.20, 0.12, 0.08, 0.045, 0.03};
    constexpr double kTl[] = {600, 500, 400, 300, 150, 100};
    const double sw = kIz[cls(st)] * std::max(u, 1.0);
    return sw * t / std::sqrt(1.0 + t / (2.0 * kTl[cls(st)]));
}

std::vector<std::pair<int, Puff>> PuffModel::simulate(const PuffSource& src, int sourceIndex,
                                                      std::int64_t fromTs,
                                                      std::int64_t toTs) const {
    struct Live {
        Puff p;
        double x, y;   // double precision while stepping
        double tu, tv; // turbulent velocity (OU)
        double sy0, sz0;
        double age;
    };
    std::vector<std::pair<int, Puff>> out;
    const double step = m_settings.stepS;
    const std::int64_t srcEnd = src.startTs + static_cast<std::int64_t>(src.rateGps.size()) * 3600;
    if (srcEnd <= fromTs || src.startTs >= toTs)
        return out;
    NoiseStream rng(m_settings.seed, "puff.walk", static_cast<std::uint64_t>(sourceIndex));
    std::vector<Live> live;
    const int frames = static_cast<int>(std::ceil(static_cast<double>(toTs - fromTs) / step));
    const double firstRelease =
        std::max(static_cast<double>(src.startTs), static_cast<double>(fromTs));
    int frame = static_cast<int>(std::floor((firstRelease - static_cast<double>(fromTs)) / step));
    double nextRelease = firstRelease;
    const double r2Max = m_settings.domainRadiusM * m_settings.domainRadiusM;

    for (; frame < frames; ++frame) {
        const double t = static_cast<double>(fromTs) + frame * step;
        // Releases due by the end of this step are born now (mass = rate x interval).
        while (nextRelease < t + step && nextRelease < static_cast<double>(srcEnd)) {
            const int hour =
                static_cast<int>((nextRelease - static_cast<double>(src.startTs)) / 3600.0);
            const double rate = src.rateGps[static_cast<size_t>(
                std::clamp(hour, 0, static_cast<int>(src.rateGps.size()) - 1))];
            nextRelease += m_settings.releaseIntervalS;
            if (rate <= 0)
                continue;
            const Stability st = m_weather.stabilityAt(t);
            const QPointF wStack =
                m_weather.windAt(src.x, src.y, std::max(10.0, src.stackHeightM), t);
            const double dh = m_settings.plumeRise
                                  ? plumeRise(src, std::hypot(wStack.x(), wStack.y()),
                                              m_weather.temperatureKAt(t), st)
                                  : 0.0;
            Live l{};
            l.x = src.x;
            l.y = src.y;
            l.p.h = static_cast<float>(src.stackHeightM + dh);
            l.p.massG = static_cast<float>(rate * m_settings.releaseIntervalS);
            l.p.source = sourceIndex;
            // Initial size: the stack mouth and the entrainment during the rise.
            l.sy0 = std::max(1.0, std::max(src.diameterM, dh / 3.5));
            l.sz0 = l.sy0;
            l.p.sy = static_cast<float>(l.sy0);
            l.p.sz = static_cast<float>(l.sz0);
            live.push_back(l);
        }
        if (live.empty()) {
            if (nextRelease >= static_cast<double>(srcEnd))
                break;
            continue;
        }
        const double zi = m_weather.mixingHeightAt(t);
        const Stability st = m_weather.stabilityAt(t);
        for (Live& l : live) {
            const QPointF w = m_weather.windAt(l.x, l.y, std::min<double>(l.p.h, 300.0), t);
            const double speed = std::hypot(w.x(), w.y());
            if (m_settings.randomWalk) {
                constexpr double kIy[] = {0.40, 0.30, 0.20, 0.14, 0.10, 0.07};
                const double sigma = 0.5 * kIy[cls(st)] * std::max(speed, 1.0) + 0.05;
                l.tu = ouStep(l.tu, step, 300.0, sigma, rng);
                l.tv = ouStep(l.tv, step, 300.0, sigma, rng);
            }
            l.p.u = static_cast<float>(w.x() + l.tu);
            l.p.v = static_cast<float>(w.y() + l.tv);
            l.p.zi = static_cast<float>(std::max(zi, 1.05 * l.p.h));
            l.p.x = static_cast<float>(l.x);
            l.p.y = static_cast<float>(l.y);
            out.emplace_back(frame, l.p);
            // Advance to the next frame.
            l.x += l.p.u * step;
            l.y += l.p.v * step;
            l.age += step;
            const double sy = std::hypot(l.sy0, sigmaY(l.age, speed, st));
            const double sz = std::hypot(l.sz0, sigmaZ(l.age, speed, st));
            l.p.sy = std::max(l.p.sy, static_cast<float>(sy));
            l.p.sz = std::max(l.p.sz, static_cast<float>(sz));
        }
        std::erase_if(live, [&](const Live& l) {
            return l.age > m_settings.maxAgeS || l.x * l.x + l.y * l.y > r2Max;
        });
    }
    return out;
}

PuffField PuffModel::run(std::span<const PuffSource> sources, std::int64_t fromTs,
                         std::int64_t toTs) const {
    const double step = m_settings.stepS;
    const int frames =
        std::max(0, static_cast<int>(std::ceil(static_cast<double>(toTs - fromTs) / step)));
    std::vector<int> indices(sources.size());
    for (size_t i = 0; i < indices.size(); ++i)
        indices[i] = static_cast<int>(i);
    const std::function<std::vector<std::pair<int, Puff>>(int)> one = [&](int i) {
        return simulate(sources[static_cast<size_t>(i)], i, fromTs, toTs);
    };
    const QList<std::vector<std::pair<int, Puff>>> perSource =
        QtConcurrent::blockingMapped<QList<std::vector<std::pair<int, Puff>>>>(indices, one);
    std::vector<std::vector<Puff>> byFrame(static_cast<size_t>(frames));
    for (const auto& list : perSource) // source order: deterministic frame contents
        for (const auto& [frame, puff] : list)
            byFrame[static_cast<size_t>(frame)].push_back(puff);
    return PuffField(fromTs, step, std::move(byFrame), m_settings);
}

} // namespace eco::demo
