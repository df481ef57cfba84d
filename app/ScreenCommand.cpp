// `ecosentry screen`: runs the screening rules over a store (incremental by default, --full or a
// --from/--to range), writes the clues and prints those this run created or extended; with
// --evaluate, prints precision and recall per rule against the demo's ground truth.
#include "app/CliOptions.h"
#include "app/Commands.h"
#include "app/CsvField.h"

#include "core/model/Time.h"
#include "core/screen/ScreenEvaluation.h"
#include "core/screen/ScreeningEngine.h"
#include "core/screen/ScreeningSettings.h"
#include "core/store/Database.h"
#include "core/store/StoreError.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>
#include <unistd.h>

namespace eco::app {

namespace {

void printCsv(const std::vector<screen::StoredClue>& clues) {
    std::puts("clue_id,rule,subject_kind,subject_id,start,end,severity,score,summary");
    for (const screen::StoredClue& c : clues) {
        const screen::Finding& f = c.finding;
        const QString line = QStringLiteral("%1,%2,%3,%4,%5,%6,%7,%8,%9")
                                 .arg(csvField(c.id), csvField(f.rule), csvField(f.subjectKind),
                                      csvField(f.subjectId), model::formatIsoLocal(f.startTs),
                                      model::formatIsoLocal(f.endTs))
                                 .arg(f.severity)
                                 .arg(f.score, 0, 'f', 3)
                                 .arg(csvField(f.summary));
        std::puts(line.toUtf8().constData());
    }
}

void printJson(const std::vector<screen::StoredClue>& clues, const screen::ScreeningReport& rep) {
    QJsonArray rows;
    for (const screen::StoredClue& c : clues) {
        const screen::Finding& f = c.finding;
        rows.append(QJsonObject{{"clue_id", c.id},
                                {"rule", f.rule},
                                {"subject_kind", f.subjectKind},
                                {"subject_id", f.subjectId},
                                {"start", model::formatIsoLocal(f.startTs)},
                                {"end", model::formatIsoLocal(f.endTs)},
                                {"severity", f.severity},
                                {"score", f.score},
                                {"summary", f.summary},
                                {"district", c.tags.district},
                                {"industry", c.tags.industry},
                                {"problem", c.tags.problem},
                                {"status", c.status},
                                {"evidence", f.evidence}});
    }
    const QJsonObject doc{{"mode", rep.mode},
                          {"from", model::formatIsoLocal(rep.evalFrom)},
                          {"to", model::formatIsoLocal(rep.to)},
                          {"clues", rows}};
    std::puts(QJsonDocument(doc).toJson(QJsonDocument::Indented).constData());
}

void printEvaluation(const std::vector<screen::RuleScore>& scores, const QString& format) {
    if (format == QLatin1String("json")) {
        QJsonArray rows;
        for (const screen::RuleScore& s : scores)
            rows.append(QJsonObject{{"rule", s.rule},
                                    {"clues", s.clues},
                                    {"true_positives", s.truePositives},
                                    {"truths", s.truths},
                                    {"found", s.found},
                                    {"precision", s.precision()},
                                    {"recall", s.recall()}});
        std::puts(QJsonDocument(rows).toJson(QJsonDocument::Indented).constData());
        return;
    }
    std::puts("rule,clues,true_positives,truths,found,precision,recall");
    for (const screen::RuleScore& s : scores)
        std::printf("%s,%d,%d,%d,%d,%.3f,%.3f\n", qPrintable(s.rule), s.clues, s.truePositives,
                    s.truths, s.found, s.precision(), s.recall());
}

} // namespace

int runScreenCommand(const QStringList& args) {
    CliOptions opts({"db", "from", "to", "format", "rules"},
                    {"full", "evaluate", "settings", "quiet"});
    if (!opts.parse(args))
        return usageError("screen", opts.error());
    const QString format = opts.value("format", "csv");
    if (format != QLatin1String("csv") && format != QLatin1String("json"))
        return usageError("screen", QStringLiteral("--format must be csv or json"));
    screen::ScreeningRequest req;
    if (opts.has("full"))
        req.mode = screen::ScreeningRequest::Mode::Full;
    for (const char* name : {"from", "to"}) {
        if (!opts.has(QLatin1String(name)))
            continue;
        const auto t = model::parseUserTime(opts.value(QLatin1String(name)));
        if (!t)
            return usageError("screen",
                              QStringLiteral("--%1: '%2' is not a date or time")
                                  .arg(QLatin1String(name), opts.value(QLatin1String(name))));
        (QLatin1String(name) == QLatin1String("from") ? req.from : req.to) = *t;
        req.mode = screen::ScreeningRequest::Mode::Range;
    }
    if (req.from && req.to && *req.to <= *req.from)
        return usageError("screen", QStringLiteral("--to must be after --from"));
    if (opts.has("full") && req.mode == screen::ScreeningRequest::Mode::Range)
        return usageError("screen", QStringLiteral("--full judges everything: drop --from/--to"));
    const QString path = opts.dbPath();
    if (!QFileInfo::exists(path))
        return failure("screen", QStringLiteral("%1: no such store").arg(path));
    try {
        auto db = store::Database::open(path);
        const screen::ScreeningSettings settings = screen::ScreeningSettings::load(db);
        if (opts.has("settings")) {
            std::puts("key,value,meaning");
            for (const auto& e : screen::ScreeningSettings::entries())
                std::printf("%s,%g,%s\n", qPrintable(screen::ScreeningSettings::key(e)),
                            settings.*(e.member), e.meaning);
            return 0;
        }
        screen::RuleSet rules = screen::RuleSet::standard();
        if (opts.has("rules")) {
            const QStringList ids = opts.value("rules").split(u',', Qt::SkipEmptyParts);
            for (const QString& id : ids)
                if (!rules.ids().contains(id))
                    return usageError("screen",
                                      QStringLiteral("--rules: unknown rule '%1' (known: %2)")
                                          .arg(id, rules.ids().join(u' ')));
            rules = rules.only(ids);
        }
        screen::ScreeningEngine engine(db, settings, rules);
        const bool tty = isatty(fileno(stderr)) && !opts.has("quiet");
        const screen::ScreeningReport rep = engine.run(req, [tty](int done, int total) {
            if (tty)
                std::fprintf(stderr, "\rscreening %d/%d subjects", done, total);
        });
        if (tty)
            std::fputs("\n", stderr);
        std::fprintf(stderr,
                     "screen: %s run %s .. %s, %d subjects, %lld clues new or extended, %.2f s\n",
                     qPrintable(rep.mode), qPrintable(model::formatIsoLocal(rep.evalFrom)),
                     qPrintable(model::formatIsoLocal(rep.to)), rep.subjects,
                     static_cast<long long>(rep.changed.size()), rep.totalSeconds);
        if (opts.has("evaluate")) {
            printEvaluation(screen::ScreenEvaluation::evaluate(db), format);
            return 0;
        }
        if (format == QLatin1String("json"))
            printJson(rep.changed, rep);
        else
            printCsv(rep.changed);
        return 0;
    } catch (const store::StoreError& e) {
        return failure("screen", QString::fromUtf8(e.what()));
    }
}

} // namespace eco::app
