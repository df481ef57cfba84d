// Enterprise: a regulated emitter with its district, industry and problem tags.
#pragma once

#include <QString>
#include <QStringList>

namespace eco::model {

struct Enterprise {
    QString id;
    QString name;
    QString industry;
    QString district;
    double lon = 0;
    double lat = 0;
    QStringList tags;
    QString permitNo;
};

} // namespace eco::model
