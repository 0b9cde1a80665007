#pragma once

#include "charts/ChartRequest.h"
#include "util/Result.h"

#include <QSize>
#include <QString>
#include <QStringList>

#include <functional>

class QCustomPlot;

namespace paceline {

// Draws a chart into a plot (a fresh one, already sized and in the export's look).
using ChartRenderer = std::function<void(QCustomPlot& plot)>;

// Writes a plot as it is to PNG, PDF (vector) or SVG, chosen by the file's suffix, at width x
// height pixels (points for PDF), with a caption line under the plot. Atomic: the file is
// either complete or untouched.
Status exportChart(QCustomPlot& plot, const QString& path, int width, int height,
                   const QString& caption);
// Draws the chart anew in a plot of its own at the export's size and look, then writes it as
// above; the plot on screen is left as it is.
Status exportChart(const ChartRenderer& render, ChartLook look, const QString& path, int width,
                   int height, const QString& caption);
// Sets up a plot as an export draws it: its size, its look, the chart and the caption row.
void drawForExport(QCustomPlot& plot, const ChartRenderer& render, ChartLook look,
                   const QSize& size, const QString& caption);

// The caption line: what the chart shows, the editions, and when:
// "Technologies: all · Regimes: all · … · Editions: WA-LIST (23) 1 · Paceline, made 2026-11-26
// 11:02 UTC".
QString snapshotCaption(const QString& filters, const QStringList& editions);

} // namespace paceline
