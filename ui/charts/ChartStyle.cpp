#include "ChartStyle.h"

namespace paceline {

QColor regimeColor(RegimeGroup group)
{
    // A colour-blind-safe palette (Okabe-Ito), one hue per regime.
    switch (group) {
    case RegimeGroup::Wassenaar:
        return QColor(0, 114, 178);
    case RegimeGroup::US:
        return QColor(213, 94, 0);
    case RegimeGroup::EU:
        return QColor(0, 158, 115);
    case RegimeGroup::MTCR:
        return QColor(204, 121, 167);
    case RegimeGroup::NSG:
        return QColor(86, 180, 233);
    case RegimeGroup::AustraliaGroup:
        return QColor(230, 159, 0);
    case RegimeGroup::National:
        return QColor(90, 90, 90);
    }
    return Qt::black;
}

QCPScatterStyle::ScatterShape milestoneShape(const QString& cls)
{
    if (cls == QLatin1String("first_demonstration"))
        return QCPScatterStyle::ssTriangle;
    if (cls == QLatin1String("first_commercial_or_public_release"))
        return QCPScatterStyle::ssDiamond;
    if (cls == QLatin1String("later_demonstration"))
        return QCPScatterStyle::ssTriangleInverted;
    if (cls == QLatin1String("later_product"))
        return QCPScatterStyle::ssSquare;
    if (cls == QLatin1String("deployment"))
        return QCPScatterStyle::ssStar;
    if (cls == QLatin1String("mass_diffusion"))
        return QCPScatterStyle::ssPlus;
    return QCPScatterStyle::ssCross;
}

QString milestoneClassTitle(const QString& cls)
{
    if (cls == QLatin1String("first_commercial_or_public_release"))
        return QStringLiteral("first product / release");
    QString t = cls;
    return t.replace(QLatin1Char('_'), QLatin1Char(' '));
}

QColor milestoneColor()
{
    return QColor(40, 40, 40);
}

QString shortTechnologyName(const QString& name, int maxLength)
{
    if (name.length() <= maxLength)
        return name;
    QString s = name.section(QLatin1Char('('), 0, 0).trimmed();
    if (s.length() > maxLength && s.contains(QLatin1String(" / ")))
        s = s.section(QLatin1String(" / "), 0, 0);
    return s.length() > maxLength ? s.left(maxLength - 1) + QChar(0x2026) : s;
}

} // namespace paceline
