#pragma once

#include "cases/CaseJustification.h"
#include "cases/CaseTypes.h"
#include "report/ProposalOptions.h"
#include "util/Result.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace paceline {

class Database;

enum class ProposalFormat { Pdf, Odt, Html, Markdown, Docx, AkomaNtoso };
// pdf, odt, html, md, docx; akn or xml for Akoma Ntoso
std::optional<ProposalFormat> proposalFormatFromName(const QString& name);

// Everything a proposal document shows, read in one go so that rendering needs no database.
struct ProposalData {
    CaseRecord record;
    CaseJustification justification;
    QString regimeKey;       // of the base edition: "eu", "wa", "us"
    QString editionDate;     // of the base edition, ISO partial date as stored
    QString technologyName;  // the timeline's name for justification.technology
    QStringList whyNowLinks; // "TM-09 (2003): Metasploit ..." for linked milestones and events
    QList<CaseStatusChange> history;
    QList<CaseComment> comments;
    QList<CaseSignoff> signoffs;
};

Result<ProposalData> loadProposal(Database& db, qint64 caseId);

// The document a delegation circulates: title block, target and base edition, current and
// proposed text, redline, justification, sources, review status. All case text is escaped.
QString proposalHtml(const ProposalData& p);
QString proposalMarkdown(const ProposalData& p);

// Renders and writes the file atomically. PDF lays text out with fonts, so it needs a
// QGuiApplication (the CLI creates an offscreen one for it). DOCX and ODT carry the proposed
// text as native tracked changes (DocxProposal.h, OdtProposal.h).
Status exportProposal(const ProposalData& p, ProposalFormat format, const QString& path,
                      const ProposalOptions& options = {});
Result<QByteArray> renderProposal(const ProposalData& p, ProposalFormat format,
                                  const ProposalOptions& options = {});

} // namespace paceline
