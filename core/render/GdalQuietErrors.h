// GdalQuietErrors: keeps GDAL from printing errors to stderr for the length of a scope, so the
// caller can report them itself (a layer's error line, a dialog). GDAL's error handler stack is
// per thread, so a worker that renders silences only itself. lastMessage() is GDAL's last error on
// this thread, empty when there is none.
#pragma once

#include <QString>

#include <cpl_error.h>

namespace eco::render {

class GdalQuietErrors {
public:
    GdalQuietErrors() {
        CPLPushErrorHandler(CPLQuietErrorHandler);
        CPLErrorReset();
    }
    ~GdalQuietErrors() { CPLPopErrorHandler(); }
    GdalQuietErrors(const GdalQuietErrors&) = delete;
    GdalQuietErrors& operator=(const GdalQuietErrors&) = delete;

    static QString lastMessage() {
        const char* m = CPLGetLastErrorMsg();
        return m && *m ? QString::fromUtf8(m) : QString();
    }
};

} // namespace eco::render
