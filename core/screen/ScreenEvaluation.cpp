#include "core/screen/ScreenEvaluation.h"

#include "core/store/Database.h"

#include <map>

namespace eco::screen {

namespace {

struct Item {
    QString rule, kind, id, enterprise;
    std::int64_t start = 0, end = 0;
};

bool sameSubject(const Item& a, const Item& b) {
    if (a.kind == b.kind && a.id == b.id)
        return true;
    const bool eitherEnterprise =
        a.kind == QLatin1String("enterprise") || b.kind == QLatin1String("enterprise");
    return eitherEnterprise && !a.enterprise.isEmpty() && a.enterprise == b.enterprise;
}

} // namespace

std::vector<RuleScore> ScreenEvaluation::evaluate(const store::Database& db) {
    QHash<QString, QString> outletEnterprise, meterEnterprise;
    {
        auto st = db.prepare("SELECT id, enterprise_id FROM outlets");
        while (st.step())
            outletEnterprise.insert(st.text(0), st.text(1));
        auto mt = db.prepare("SELECT meter_id, enterprise_id FROM power_meters");
        while (mt.step())
            meterEnterprise.insert(mt.text(0), mt.text(1));
    }
    auto enterpriseOf = [&](const QString& kind, const QString& id) {
        if (kind == QLatin1String("enterprise"))
            return id;
        if (kind == QLatin1String("outlet"))
            return outletEnterprise.value(id);
        if (kind == QLatin1String("meter"))
            return meterEnterprise.value(id);
        return QString();
    };
    auto load = [&](const char* sql) {
        std::map<QString, std::vector<Item>> byRule;
        auto st = db.prepare(sql);
        while (st.step()) {
            Item it{st.text(0), st.text(1), st.text(2), {}, st.int64(3), st.int64(4)};
            it.enterprise = enterpriseOf(it.kind, it.id);
            byRule[it.rule].push_back(it);
        }
        return byRule;
    };
    const auto clues = load("SELECT rule, subject_kind, subject_id, start_ts, end_ts FROM clues");
    const auto truth =
        load("SELECT rule, subject_kind, subject_id, start_ts, end_ts FROM truth_violations");
    std::map<QString, RuleScore> scores;
    for (const auto& [rule, items] : truth)
        scores[rule].truths = static_cast<int>(items.size());
    for (const auto& [rule, items] : clues)
        scores[rule].clues = static_cast<int>(items.size());
    for (auto& [rule, score] : scores) {
        score.rule = rule;
        const auto c = clues.find(rule);
        const auto t = truth.find(rule);
        if (c == clues.end() || t == truth.end())
            continue;
        auto match = [](const Item& a, const Item& b) {
            return sameSubject(a, b) && a.start < b.end && b.start < a.end;
        };
        for (const Item& ci : c->second)
            for (const Item& ti : t->second)
                if (match(ci, ti)) {
                    ++score.truePositives;
                    break;
                }
        for (const Item& ti : t->second)
            for (const Item& ci : c->second)
                if (match(ci, ti)) {
                    ++score.found;
                    break;
                }
    }
    std::vector<RuleScore> out;
    for (auto& [rule, s] : scores)
        out.push_back(s);
    return out;
}

} // namespace eco::screen
