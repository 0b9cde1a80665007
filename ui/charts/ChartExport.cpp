#include "ChartExport.h"

#include "ChurnPlot.h"
#include "ImplementationPlot.h"
#include "InnovationPlot.h"
#include "LagPlot.h"
#include "SurvivalPlot.h"
#include "io/FileWriter.h"
#include "lists/ListStore.h"
#include "pacing/ImplementationFilter.h"
#include "pacing/ImplementationTracker.h"
#include "session/DatabaseSession.h"
#include "timeline/ChartData.h"

#include <QBuffer>
#include <QDateTime>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSvgGenerator>
#include <QTemporaryDir>
#include <QTextStream>
#include <qcustomplot.h>

namespace paceline {

namespace {

// Adds the caption as a bottom row for the export and removes it afterwards.
class CaptionRow {
public:
    CaptionRow(QCustomPlot& plot, const QString& caption)
        : m_plot(plot)
    {
        m_row = plot.plotLayout()->rowCount();
        plot.plotLayout()->insertRow(m_row);
        m_text = new QCPTextElement(&plot, caption, QFont(plot.font().family(), 7));
        m_text->setTextColor(QColor(90, 90, 90));
        m_text->setTextFlags(Qt::AlignLeft | Qt::TextWordWrap);
        plot.plotLayout()->addElement(m_row, 0, m_text);
    }
    ~CaptionRow()
    {
        m_plot.plotLayout()->remove(m_text);
        m_plot.plotLayout()->simplify();
    }

private:
    QCustomPlot& m_plot;
    QCPTextElement* m_text = nullptr;
    int m_row = 0;
};

Result<QByteArray> renderSvg(QCustomPlot& plot, int width, int height, const QString& title)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QSvgGenerator svg;
    svg.setOutputDevice(&buffer);
    svg.setSize(QSize(width, height));
    svg.setViewBox(QRect(0, 0, width, height));
    svg.setTitle(title);
    QCPPainter painter;
    if (!painter.begin(&svg))
        return makeError(QStringLiteral("could not start the SVG painter"));
    plot.toPainter(&painter, width, height);
    painter.end();
    // QSvgGenerator states the size in millimetres; the user asked for pixels.
    QByteArray svgText = buffer.data();
    static const QRegularExpression size(
        QStringLiteral("<svg width=\"[0-9.]+mm\" height=\"[0-9.]+mm\""));
    const QString head = QString::fromUtf8(svgText.left(512));
    const auto match = size.match(head);
    if (match.hasMatch())
        svgText.replace(
            match.capturedStart(), match.capturedLength(),
            QStringLiteral("<svg width=\"%1\" height=\"%2\"").arg(width).arg(height).toUtf8());
    return svgText;
}

Result<QByteArray> renderViaTempFile(QCustomPlot& plot, const QString& suffix, int width,
                                     int height, const QString& title)
{
    // QCustomPlot writes PNG/PDF to a path; render into a private temp file, then hand the
    // bytes to the atomic writer.
    QTemporaryDir dir;
    if (!dir.isValid())
        return makeError(QStringLiteral("no temporary folder for the export"));
    const QString tmp = dir.filePath(QStringLiteral("chart.") + suffix);
    const bool ok =
        suffix == QLatin1String("pdf")
            ? plot.savePdf(tmp, width, height, QCP::epNoCosmetic, QStringLiteral("Paceline"), title)
            : plot.savePng(tmp, width, height, 1.0);
    QFile f(tmp);
    if (!ok || !f.open(QIODevice::ReadOnly))
        return makeError(QStringLiteral("rendering the chart failed"));
    return f.readAll();
}

// The churn chart of the list (default: the first with two editions), its caption in `caption`;
// exit code 2 with a message when there is no such list.
int renderChurn(QCustomPlot& plot, Database& db, const QString& listKey, QString& caption)
{
    QTextStream err(stderr);
    QString key = listKey;
    if (key.isEmpty()) {
        auto found = defaultChurnList(db);
        if (!found) {
            err << "paceline: " << found.error().toString() << Qt::endl;
            return 1;
        }
        key = found.value();
        if (key.isEmpty()) {
            err << "paceline: no list in the database has two editions, so there is no churn "
                   "to chart; import another edition of a list first"
                << Qt::endl;
            return 2;
        }
    }
    auto churn = computeListChurn(db, key);
    if (!churn) {
        err << "paceline: " << churn.error().toString() << Qt::endl;
        return churn.error().kind == Error::Kind::BadInput ? 2 : 1;
    }
    if (churn->steps.isEmpty()) {
        err << "paceline: list \"" << key << "\" has only one edition; churn needs two" << Qt::endl;
        return 2;
    }
    ChurnPlot::render(plot, *churn);
    caption = snapshotCaption(ChurnPlot::snapshot(*churn), {});
    return 0;
}

// The innovation or lag chart of the whole timeline, its caption in `caption`.
int renderTimeline(QCustomPlot& plot, Database& db, const QString& kind, QString& caption)
{
    auto data = ChartData::fromDatabase(db, ChartFilter());
    if (!data) {
        QTextStream(stderr) << "paceline: " << data.error().toString() << Qt::endl;
        return 1;
    }
    QStringList editions;
    for (const ChartEdition& e : data->editions)
        editions << e.label;
    QString filters =
        data->lanes.isEmpty() ? QStringLiteral("no timeline data") : ChartFilter().describe();
    if (kind == QLatin1String("innovation")) {
        InnovationPlot::render(plot, *data);
    } else {
        editions.clear(); // the lag chart does not use the list editions
        QList<TechnologyLag> lags;
        for (const ChartLane& l : data->lanes)
            lags << l.lag;
        filters = ChartFilter().describe() + QStringLiteral("; ") +
                  LagPlot::render(plot, lags, LagTarget::FirstControl).sentence().chopped(1);
    }
    caption = snapshotCaption(filters, editions);
    return 0;
}

// Time to first control (Kaplan-Meier) of every technology, not yet controlled ones counted
// until today; its caption in `caption`.
int renderSurvival(QCustomPlot& plot, Database& db, QString& caption)
{
    auto lags = LagAnalysis::fromDatabase(db);
    if (!lags) {
        QTextStream(stderr) << "paceline: " << lags.error().toString() << Qt::endl;
        return 1;
    }
    const SurvivalAnalysis analysis =
        SurvivalAnalysis::compute(*lags, LagTarget::FirstControl, QDate::currentDate());
    SurvivalPlot::render(plot, analysis, SurvivalGrouping::All);
    caption =
        snapshotCaption(SurvivalPlot::headline(analysis, SurvivalGrouping::All).chopped(1), {});
    return 0;
}

// How each national list took up the regime list's changes (default regime list: the
// Wassenaar dual-use list); its caption in `caption`.
int renderImplementation(QCustomPlot& plot, Database& db, const QString& regimeList,
                         QString& caption)
{
    auto table = computeImplementation(db, PacingOptions{regimeList});
    if (!table) {
        QTextStream(stderr) << "paceline: " << table.error().toString() << Qt::endl;
        return table.error().kind == Error::Kind::BadInput ? 2 : 1;
    }
    const QList<int> rows = filterRows(*table, ImplementationFilter());
    const QString summary = ImplementationPlot::render(plot, *table, rows);
    caption = snapshotCaption(
        QStringLiteral("%1 (%2); all changes; %3")
            .arg(table->regimeListKey, table->regimeEditions.join(QStringLiteral(", ")), summary),
        {});
    return 0;
}

} // namespace

Status exportChart(QCustomPlot& plot, const QString& path, int width, int height,
                   const QString& caption)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix != QLatin1String("png") && suffix != QLatin1String("pdf") &&
        suffix != QLatin1String("svg"))
        return badInput(
            QStringLiteral("unknown chart format \"%1\"; use .png, .pdf or .svg").arg(suffix),
            path);
    if (width < 200 || height < 150 || width > 20000 || height > 20000)
        return badInput(QStringLiteral("size %1 x %2 is out of range (200 x 150 to 20000 x 20000)")
                            .arg(width)
                            .arg(height),
                        path);
    Result<QByteArray> bytes = QByteArray();
    {
        CaptionRow row(plot, caption);
        bytes = suffix == QLatin1String("svg")
                    ? renderSvg(plot, width, height, caption)
                    : renderViaTempFile(plot, suffix, width, height, caption);
    }
    plot.replot();
    if (!bytes)
        return Error{bytes.error().message, path, Error::Kind::Failure};
    return writeFileAtomically(path, *bytes);
}

QString snapshotCaption(const QString& filters, const QStringList& editions)
{
    const QString listed =
        editions.isEmpty() ? QString()
                           : QStringLiteral("; editions: ") + editions.join(QStringLiteral(", "));
    return QStringLiteral("Paceline \u2014 data: %1%2; made %3")
        .arg(filters, listed,
             QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'")));
}

int runChartExportCommand(const QString& kind, const QString& out, const QString& width,
                          const QString& height, Database& db, const QString& listKey)
{
    QTextStream err(stderr);
    bool wOk = true, hOk = true;
    const int w = width.isEmpty() ? 1600 : width.toInt(&wOk);
    const int h = height.isEmpty() ? 1000 : height.toInt(&hOk);
    if (kind != QLatin1String("innovation") && kind != QLatin1String("lag") &&
        kind != QLatin1String("churn") && kind != QLatin1String("survival") &&
        kind != QLatin1String("implementation")) {
        err << "paceline: --export-chart takes innovation, lag, churn, survival or "
               "implementation, not \""
            << kind << "\"" << Qt::endl;
        return 2;
    }
    if (out.isEmpty() || !wOk || !hOk) {
        err << "paceline: --export-chart needs --out FILE and whole-number --width/--height"
            << Qt::endl;
        return 2;
    }
    if (!listKey.isEmpty() && kind != QLatin1String("churn") &&
        kind != QLatin1String("implementation")) {
        err << "paceline: --list only applies to --export-chart churn and implementation"
            << Qt::endl;
        return 2;
    }
    QCustomPlot plot;
    plot.resize(w, h);
    QString caption;
    int code = 0;
    if (kind == QLatin1String("churn"))
        code = renderChurn(plot, db, listKey, caption);
    else if (kind == QLatin1String("survival"))
        code = renderSurvival(plot, db, caption);
    else if (kind == QLatin1String("implementation"))
        code = renderImplementation(plot, db, listKey, caption);
    else
        code = renderTimeline(plot, db, kind, caption);
    if (code != 0)
        return code;
    const Status s = exportChart(plot, out, w, h, caption);
    if (!s) {
        err << "paceline: " << s.error().toString() << Qt::endl;
        return s.error().kind == Error::Kind::BadInput ? 2 : 1;
    }
    return 0;
}

int runChartExportCommand(const QString& kind, const QString& out, const QString& width,
                          const QString& height, const QString& dbPath, const QString& listKey)
{
    QTextStream err(stderr);
    if (dbPath.isEmpty() || !QFileInfo::exists(dbPath)) {
        err << "paceline: --export-chart needs an existing database (--db FILE); \"" << dbPath
            << "\" does not exist" << Qt::endl;
        return 2;
    }
    DatabaseSession session;
    if (Status s = session.open(dbPath, false); !s) {
        err << "paceline: " << s.error().toString() << Qt::endl;
        return 1;
    }
    return runChartExportCommand(kind, out, width, height, *session.database(), listKey);
}

} // namespace paceline
