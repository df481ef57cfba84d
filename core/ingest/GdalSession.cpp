#include "core/ingest/GdalSession.h"

#include <cpl_error.h>

#include <mutex>

namespace eco::ingest {

void ensureGdalRegistered() {
    static std::once_flag once;
    std::call_once(once, [] { GDALAllRegister(); });
}

GdalErrorCapture::GdalErrorCapture() {
    CPLPushErrorHandlerEx(&GdalErrorCapture::handler, this);
}

GdalErrorCapture::~GdalErrorCapture() {
    CPLPopErrorHandler();
}

void CPL_STDCALL GdalErrorCapture::handler(CPLErr level, CPLErrorNum, const char* msg) {
    // Debug chatter (CPL_DEBUG) is not for the user.
    if (level == CE_Debug || level == CE_None)
        return;
    auto* self = static_cast<GdalErrorCapture*>(CPLGetErrorHandlerUserData());
    if (self && msg)
        self->m_messages << QString::fromUtf8(msg).trimmed();
}

QString GdalErrorCapture::message() const {
    return m_messages.join(QStringLiteral("; "));
}

} // namespace eco::ingest
