#pragma once

#include <QList>
#include <QPointF>
#include <QString>

#include <optional>

namespace paceline {

// Ordinary least-squares line through (emergence year, lag) points and how to say it.
struct LagTrend {
    int count = 0;
    std::optional<double> median;
    // y = intercept + slope * x; only when count >= 3 and the x values differ.
    std::optional<double> slope;
    double intercept = 0;
    double slopeLow = 0; // 95 % confidence interval of the slope
    double slopeHigh = 0;

    // The rule: the slope is stated only when its 95 % confidence interval (Student t,
    // n - 2 degrees of freedom) excludes zero; otherwise "no clear trend".
    bool isClear() const { return slope && (slopeLow > 0 || slopeHigh < 0); }
    // "The lag grows by 3.2 years per decade (95 % CI 1.0 to 5.4; n = 20)."
    QString sentence() const;

    static LagTrend fit(const QList<QPointF>& points);
    static std::optional<double> medianOf(QList<double> values);
    // Two-sided 95 % critical value of Student's t.
    static double tCritical95(int degreesOfFreedom);
};

} // namespace paceline
