#include "LagTrend.h"

#include <algorithm>
#include <cmath>

namespace paceline {

QString LagTrend::sentence() const
{
    if (!slope)
        return QStringLiteral("Too few points for a trend (n = %1).").arg(count);
    const auto perDecade = [](double v) {
        return QString::number(v * 10.0, 'f', 1);
    };
    const QString interval = QStringLiteral("95 % CI %1 to %2 years per decade; n = %3")
                                 .arg(perDecade(slopeLow), perDecade(slopeHigh))
                                 .arg(count);
    if (!isClear())
        return QStringLiteral(
                   "No clear trend: the slope (%1 years per decade) is within noise (%2).")
            .arg(perDecade(*slope), interval);
    const bool grows = *slope > 0;
    return QStringLiteral("The lag %1 by %2 years per decade (%3).")
        .arg(grows ? QStringLiteral("grows") : QStringLiteral("shrinks"),
             perDecade(std::abs(*slope)), interval);
}

std::optional<double> LagTrend::medianOf(QList<double> values)
{
    if (values.isEmpty())
        return std::nullopt;
    std::sort(values.begin(), values.end());
    const qsizetype n = values.size();
    return n % 2 ? values.at(n / 2) : (values.at(n / 2 - 1) + values.at(n / 2)) / 2.0;
}

double LagTrend::tCritical95(int df)
{
    static const double table[] = {12.706, 4.303, 3.182, 2.776, 2.571, 2.447, 2.365, 2.306,
                                   2.262,  2.228, 2.201, 2.179, 2.160, 2.145, 2.131, 2.120,
                                   2.110,  2.101, 2.093, 2.086, 2.080, 2.074, 2.069, 2.064,
                                   2.060,  2.056, 2.052, 2.048, 2.045, 2.042};
    if (df < 1)
        return INFINITY;
    if (df <= 30)
        return table[df - 1];
    return df <= 60 ? 2.0 : df <= 120 ? 1.98 : 1.96;
}

LagTrend LagTrend::fit(const QList<QPointF>& points)
{
    LagTrend t;
    t.count = int(points.size());
    QList<double> ys;
    for (const QPointF& p : points)
        ys.append(p.y());
    t.median = medianOf(ys);
    if (t.count < 3)
        return t;
    double mx = 0, my = 0;
    for (const QPointF& p : points) {
        mx += p.x();
        my += p.y();
    }
    mx /= t.count;
    my /= t.count;
    double sxx = 0, sxy = 0;
    for (const QPointF& p : points) {
        sxx += (p.x() - mx) * (p.x() - mx);
        sxy += (p.x() - mx) * (p.y() - my);
    }
    if (sxx <= 0)
        return t;
    const double b = sxy / sxx;
    t.slope = b;
    t.intercept = my - b * mx;
    double ssr = 0;
    for (const QPointF& p : points) {
        const double r = p.y() - (t.intercept + b * p.x());
        ssr += r * r;
    }
    const double se = std::sqrt(ssr / (t.count - 2) / sxx);
    const double half = tCritical95(t.count - 2) * se;
    t.slopeLow = b - half;
    t.slopeHigh = b + half;
    return t;
}

} // namespace paceline
