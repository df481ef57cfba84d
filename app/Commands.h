// The `ecosentry` subcommands. Each takes its own arguments (after the subcommand word) and
// returns the process exit code: 0 success, 1 failure, 2 usage error (DESIGN.md section 5).
#pragma once

#include <QStringList>

namespace eco::app {

int runDemoCommand(const QStringList& args);
int runImportCommand(const QStringList& args);
int runRenderCommand(const QStringList& args);
int runInfoCommand(const QStringList& args);
int runIngestCommand(const QStringList& args);
int runListenCommand(const QStringList& args);
int runAqiCommand(const QStringList& args);
int runTraceCommand(const QStringList& args);
int runScreenCommand(const QStringList& args);
int runTaskCommand(const QStringList& args);
int runUserCommand(const QStringList& args);
int runHubCommand(const QStringList& args);
int runSyncCommand(const QStringList& args);
// The GUI: argv as given (it owns the QApplication).
int runGui(int argc, char** argv);

} // namespace eco::app
