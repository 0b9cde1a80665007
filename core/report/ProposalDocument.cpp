#include "ProposalDocument.h"

#include "cases/CaseStore.h"
#include "io/FileWriter.h"
#include "lists/ListStore.h"
#include "report/AkomaNtosoProposal.h"
#include "report/DocxProposal.h"
#include "report/OdtProposal.h"
#include "report/ProposalSections.h"
#include "text/Redline.h"
#include "timeline/TimelineStore.h"

#include <QBuffer>
#include <QFont>
#include <QGuiApplication>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QTextDocument>

namespace paceline {

std::optional<ProposalFormat> proposalFormatFromName(const QString& name)
{
    const QString n = name.toLower();
    if (n == QLatin1String("pdf"))
        return ProposalFormat::Pdf;
    if (n == QLatin1String("odt"))
        return ProposalFormat::Odt;
    if (n == QLatin1String("html"))
        return ProposalFormat::Html;
    if (n == QLatin1String("md") || n == QLatin1String("markdown"))
        return ProposalFormat::Markdown;
    if (n == QLatin1String("akn") || n == QLatin1String("xml"))
        return ProposalFormat::AkomaNtoso;
    if (n == QLatin1String("docx"))
        return ProposalFormat::Docx;
    return std::nullopt;
}

Result<ProposalData> loadProposal(Database& db, qint64 caseId)
{
    CaseStore store(db);
    auto c = store.load(caseId);
    if (!c)
        return c.error();
    ProposalData p;
    p.record = std::move(c.value());
    p.justification = CaseJustification::fromJson(p.record.justification);
    auto history = store.statusHistory(caseId);
    auto comments = store.comments(caseId);
    auto signoffs = store.signoffs(caseId);
    if (!history || !comments || !signoffs)
        return !history ? history.error() : !comments ? comments.error() : signoffs.error();
    p.history = history.value();
    p.comments = comments.value();
    p.signoffs = signoffs.value();

    if (auto editions = ListStore(db).editions())
        for (const EditionInfo& e : editions.value())
            if (e.id == p.record.baseEditionId) {
                p.regimeKey = e.regimeKey;
                p.editionDate = e.date;
            }

    TimelineStore timeline(db);
    if (auto techs = timeline.technologies())
        for (const Technology& t : techs.value())
            if (t.label == p.justification.technology)
                p.technologyName = t.name;
    if (auto ms = timeline.milestones())
        for (const Milestone& m : ms.value())
            if (p.justification.milestones.contains(m.extId))
                p.whyNowLinks << QStringLiteral("%1 (%2): %3")
                                     .arg(m.extId, m.date.toDisplayString(), m.description);
    if (auto evs = timeline.events())
        for (const ControlEvent& e : evs.value())
            if (p.justification.events.contains(e.extId))
                p.whyNowLinks << QStringLiteral("%1 (%2): %3")
                                     .arg(e.extId, e.date.toDisplayString(), e.description);
    return p;
}

namespace {

Result<QByteArray> renderPdf(const ProposalData& p)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setTitle(p.record.title);
    writer.setCreator(QStringLiteral("Paceline"));
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageMargins(QMarginsF(18, 18, 18, 18), QPageLayout::Millimeter);
    writer.setResolution(300);
    QTextDocument doc;
    // Without shaping, "fi" stays two letters in the PDF's text layer instead of the U+FB01
    // ligature, so copying and searching find "Justification". Scripts that need shaping
    // (Arabic, Indic) still get it.
    QFont font = doc.defaultFont();
    font.setStyleStrategy(QFont::PreferNoShaping);
    doc.setDefaultFont(font);
    doc.setHtml(proposalHtml(p));
    doc.print(&writer);
    return bytes;
}

} // namespace

Result<QByteArray> renderProposal(const ProposalData& p, ProposalFormat format,
                                  const ProposalOptions& options)
{
    if (format == ProposalFormat::Pdf &&
        !qobject_cast<QGuiApplication*>(QCoreApplication::instance()))
        return makeError(QStringLiteral("PDF export needs a QGuiApplication"));
    switch (format) {
    case ProposalFormat::Pdf:
        return renderPdf(p);
    case ProposalFormat::Odt:
        return proposalOdt(p, options);
    case ProposalFormat::Html:
        return proposalHtml(p).toUtf8();
    case ProposalFormat::Markdown:
        return proposalMarkdown(p).toUtf8();
    case ProposalFormat::AkomaNtoso:
        return akomaNtosoAmendment(p);
    case ProposalFormat::Docx:
        return proposalDocx(p, options);
    }
    return makeError(QStringLiteral("unknown format"));
}

Status exportProposal(const ProposalData& p, ProposalFormat format, const QString& path,
                      const ProposalOptions& options)
{
    auto bytes = renderProposal(p, format, options);
    if (!bytes)
        return bytes.error();
    return writeFileAtomically(path, bytes.value());
}

} // namespace paceline
