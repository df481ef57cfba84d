#include "core/screen/Finding.h"

#include <QCryptographicHash>

#include <algorithm>

namespace eco::screen {

void Finding::absorb(const Finding& o) {
    const bool stronger = o.score > score || (o.score == score && o.severity > severity) ||
                          (o.score == score && o.severity == severity && o.startTs < startTs);
    if (stronger) {
        summary = o.summary;
        evidence = o.evidence;
        score = o.score;
    }
    severity = std::max(severity, o.severity);
    startTs = std::min(startTs, o.startTs);
    endTs = std::max(endTs, o.endTs);
}

std::vector<Finding> normalizeFindings(std::vector<Finding> in) {
    std::sort(in.begin(), in.end(), [](const Finding& a, const Finding& b) {
        if (a.rule != b.rule)
            return a.rule < b.rule;
        if (a.subjectKind != b.subjectKind)
            return a.subjectKind < b.subjectKind;
        if (a.subjectId != b.subjectId)
            return a.subjectId < b.subjectId;
        if (a.facet != b.facet)
            return a.facet < b.facet;
        return a.startTs < b.startTs;
    });
    std::vector<Finding> out;
    for (Finding& f : in) {
        if (!out.empty() && out.back().sameKey(f) && f.startTs <= out.back().endTs)
            out.back().absorb(f);
        else
            out.push_back(std::move(f));
    }
    return out;
}

QString clueId(const Finding& f) {
    const QString key = QStringLiteral("%1|%2|%3|%4|%5")
                            .arg(f.rule, f.subjectKind, f.subjectId, f.facet)
                            .arg(f.startTs);
    const QByteArray h = QCryptographicHash::hash(key.toUtf8(), QCryptographicHash::Sha1).toHex();
    return f.rule + u'-' + QString::fromLatin1(h.left(14));
}

} // namespace eco::screen
