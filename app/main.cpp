// Entry point: the first word picks a subcommand; without one, the GUI starts.
#include "app/Commands.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QTextStream>

#include <cstdio>
#include <cstring>
#include <functional>
#include <map>
#include <string>

namespace {

void printUsage() {
    std::fputs(
        "usage: ecosentry [--db PATH] [--wall] [--lang zh_CN|en] [--screenshot FILE]   GUI\n"
        "       ecosentry demo [--db PATH] [--days N] [--seed N]\n"
        "       ecosentry import KIND FILE --db PATH [--strict]\n"
        "             KIND: sites enterprises outlets limits readings power tracks lidar\n"
        "                   alerts measures raster\n"
        "       ecosentry render --db PATH --out FILE.png [--size WxH] [--bbox W,S,E,N]\n"
        "                        [--time T] [--layers a,b] [--dpr N] [--crs EPSG:n]\n"
        "       ecosentry ingest hj212 FILE|- --db PATH\n"
        "       ecosentry listen --port N --db PATH\n"
        "       ecosentry aqi hourly|daily --db PATH [--site ID] [--from D] [--to D]\n"
        "             [--standard auto|2012|2026] [--format csv|json]\n"
        "       ecosentry trace --db PATH (--clue ID | --site ID --time T | --lon X --lat Y\n"
        "             --time T) [--hours N] [--pollutant CODE] [--format csv|json]\n"
        "       ecosentry trace --evaluate --db PATH\n"
        "       ecosentry screen --db PATH [--from D] [--to D] [--full] [--format csv|json]\n"
        "             [--rules E1,F1,...] [--evaluate] [--settings]\n"
        "       ecosentry info --db PATH\n"
        "       ecosentry task create|dispatch|accept|arrive|verify-site|report|close|reopen|\n"
        "             cancel|comment|list|show ... --db PATH --user NAME   (task --help)\n"
        "       ecosentry task verify --db PATH\n"
        "       ecosentry user add|list|set-role|set-team|set-district|disable|enable|passwd\n"
        "             --db PATH [--user ADMIN]   (user --help)\n"
        "       ecosentry hub init --hub URL\n"
        "       ecosentry sync --db PATH (--hub URL [--user NAME] | --export FILE [--since T] |\n"
        "             --import FILE [--trust KEY] | --trust KEY | --trusted | --untrust KEY |\n"
        "             --show-key)   (sync --help)\n",
        stderr);
}

struct Command {
    std::function<int(const QStringList&)> run;
    bool needsGui; // QPainter text needs a QGuiApplication (offscreen when there is no display)
};

} // namespace

int main(int argc, char** argv) {
    using namespace eco::app;
    const std::map<std::string, Command> commands = {
        {"demo", {runDemoCommand, false}},     {"import", {runImportCommand, false}},
        {"render", {runRenderCommand, true}},  {"info", {runInfoCommand, false}},
        {"ingest", {runIngestCommand, false}}, {"listen", {runListenCommand, false}},
        {"aqi", {runAqiCommand, false}},       {"trace", {runTraceCommand, false}},
        {"screen", {runScreenCommand, false}}, {"task", {runTaskCommand, false}},
        {"user", {runUserCommand, false}},     {"hub", {runHubCommand, false}},
        {"sync", {runSyncCommand, false}},
    };
    if (argc >= 2 && (std::strcmp(argv[1], "--help") == 0 || std::strcmp(argv[1], "-h") == 0)) {
        printUsage();
        return 0;
    }
    if (argc < 2 || argv[1][0] == '-')
        return runGui(argc, argv);
    const auto it = commands.find(argv[1]);
    if (it == commands.end()) {
        std::fprintf(stderr, "ecosentry: unknown command '%s'\n", argv[1]);
        printUsage();
        return 2;
    }
    QStringList args;
    for (int i = 2; i < argc; ++i)
        args << QString::fromLocal8Bit(argv[i]);
    QCoreApplication::setApplicationName(QStringLiteral("EcoSentry"));
    QCoreApplication::setOrganizationName(QStringLiteral("EcoSentry"));
    if (it->second.needsGui) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        QGuiApplication app(argc, argv);
        return it->second.run(args);
    }
    QCoreApplication app(argc, argv);
    return it->second.run(args);
}
