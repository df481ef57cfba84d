#include "ui/DetailsPanel.h"

#include "core/model/Time.h"

#include <QFormLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace eco::ui {

DetailsPanel::DetailsPanel(QWidget* parent) : QWidget(parent) {
    auto* layout = new QVBoxLayout(this);
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("detailsTitle"));
    m_title->setWordWrap(true);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_title);
    m_form = new QFormLayout;
    m_form->setLabelAlignment(Qt::AlignRight);
    layout->addLayout(m_form);
    layout->addStretch(1);
    clear();
}

QString DetailsPanel::title() const {
    return m_title->text();
}

QString DetailsPanel::siteKindName(const QString& kind) {
    if (kind == QLatin1String("national"))
        return tr("national station");
    if (kind == QLatin1String("super"))
        return tr("super station");
    if (kind == QLatin1String("photochemical"))
        return tr("photochemical station");
    if (kind == QLatin1String("transport"))
        return tr("transport-channel station");
    if (kind == QLatin1String("micro"))
        return tr("micro-station");
    return kind;
}

void DetailsPanel::clear() {
    while (m_form->rowCount() > 0)
        m_form->removeRow(0);
    m_rows.clear();
    m_title->setText(tr("Click a station or an enterprise on the map to see its details."));
}

void DetailsPanel::addRow(const QString& field, const QString& value) {
    auto* v = new QLabel(value, this);
    v->setWordWrap(true);
    v->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_form->addRow(field, v);
    m_rows.append({field, value});
}

void DetailsPanel::showSite(const model::Site& site, const QList<LatestValue>& latest) {
    clear();
    m_title->setText(QStringLiteral("<b>%1</b>").arg(site.name.toHtmlEscaped()));
    addRow(tr("ID"), site.id);
    addRow(tr("Name"), site.name);
    addRow(tr("Kind"), siteKindName(site.kind));
    addRow(tr("District"), site.district);
    addRow(tr("Location"),
           QStringLiteral("%1, %2").arg(site.lon, 0, 'f', 5).arg(site.lat, 0, 'f', 5));
    for (const LatestValue& v : latest) {
        const QString text =
            v.value
                ? tr("%1 %2 at %3").arg(*v.value, 0, 'f', 1).arg(v.unit, model::formatLocal(v.ts))
                : tr("no recent data");
        addRow(v.pollutant, text);
    }
}

void DetailsPanel::showEnterprise(const model::Enterprise& e, const QList<model::Outlet>& outlets) {
    clear();
    m_title->setText(QStringLiteral("<b>%1</b>").arg(e.name.toHtmlEscaped()));
    addRow(tr("ID"), e.id);
    addRow(tr("Name"), e.name);
    addRow(tr("Industry"), e.industry);
    addRow(tr("District"), e.district);
    addRow(tr("Tags"), e.tags.isEmpty() ? tr("none") : e.tags.join(QStringLiteral(", ")));
    addRow(tr("Permit"), e.permitNo.isEmpty() ? tr("none") : e.permitNo);
    QStringList lines;
    for (const model::Outlet& o : outlets) {
        QString line = o.id + QStringLiteral(" (") +
                       (o.medium == QLatin1String("gas") ? tr("gas") : tr("water")) +
                       QLatin1Char(')');
        if (o.heightM)
            line += QStringLiteral(", ") + tr("%1 m high").arg(*o.heightM, 0, 'f', 0);
        lines << line;
    }
    addRow(tr("Outlets"), lines.isEmpty() ? tr("none") : lines.join(QLatin1Char('\n')));
}

} // namespace eco::ui
