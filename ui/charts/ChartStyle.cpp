#include "ChartStyle.h"

#include "ChartFit.h"

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

namespace {

constexpr char kLook[] = "paceline.look";

double typeScale(const QCustomPlot& plot)
{
    if (chartLook(plot) != ChartLook::Presentation)
        return 1.0;
    // A slide shows the whole picture at the projector's size: bigger exports need bigger type,
    // small ones are magnified anyway.
    const double bySize = std::min(plot.width() / 1280.0, plot.height() / 720.0);
    return 1.45 * std::clamp(bySize, 0.85, 2.5);
}

} // namespace

void setChartLook(QCustomPlot& plot, ChartLook look)
{
    plot.setProperty(kLook, int(look));
    ChartFit::of(plot).setMinimumPriority(look == ChartLook::Presentation ? ChartFit::kMajor
                                                                          : ChartFit::kMinor);
}

ChartLook chartLook(const QCustomPlot& plot)
{
    return ChartLook(plot.property(kLook).toInt());
}

QFont chartFont(const QCustomPlot& plot, double points, bool bold)
{
    QFont f(plot.font().family());
    f.setPointSizeF(points * typeScale(plot));
    f.setBold(bold);
    // Without shaping, "fi" stays two letters in an exported PDF's text layer instead of the
    // U+FB01 ligature, so the chart's words can be copied and searched.
    f.setStyleStrategy(QFont::PreferNoShaping);
    return f;
}

double chartLineWidth(const QCustomPlot& plot, double width)
{
    if (chartLook(plot) != ChartLook::Presentation)
        return width;
    return width * 1.8 * std::max(1.0, typeScale(plot) / 1.45 * 0.75);
}

double chartMarkerSize(const QCustomPlot& plot, double size)
{
    if (chartLook(plot) != ChartLook::Presentation)
        return size;
    return size * 1.4 * std::max(1.0, typeScale(plot) / 1.45 * 0.75);
}

void applyAxesLook(QCustomPlot& plot)
{
    const QPen axisPen(Qt::black, chartLineWidth(plot, 1));
    for (QCPAxis* axis : {plot.xAxis, plot.yAxis, plot.xAxis2, plot.yAxis2}) {
        axis->setTickLabelFont(chartFont(plot, 8));
        axis->setLabelFont(chartFont(plot, 9));
        axis->setBasePen(axisPen);
        axis->setTickPen(axisPen);
        axis->setSubTickPen(axisPen);
    }
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
