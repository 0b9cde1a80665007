#include "AkomaNtosoProposal.h"

#include "cases/CaseTarget.h"
#include "report/ProposalSections.h"

#include <QRegularExpression>
#include <QUrl>
#include <QXmlStreamWriter>

namespace paceline {

namespace {

const QString kNamespace = QStringLiteral("http://docs.oasis-open.org/legaldocml/ns/akn/3.0");

// XML 1.0 has no place for most control characters; case text pasted from elsewhere may hold them.
QString xmlText(const QString& s)
{
    QString out;
    out.reserve(s.size());
    for (const QChar ch : s)
        if (ch.unicode() >= 0x20 || ch == QLatin1Char('\n') || ch == QLatin1Char('\t'))
            if (ch.unicode() != 0xFFFE && ch.unicode() != 0xFFFF)
                out += ch;
    return out;
}

// A path segment of an FRBR IRI: letters, digits, '.', '-', '_'; anything else becomes '-'.
// List codes keep their case ("5A002.a" and "5a002.a" may differ); names are lower case.
enum class Case { Lower, Keep };
QString iriSegment(const QString& s, const QString& fallback, Case letters = Case::Lower)
{
    static const QRegularExpression other(QStringLiteral("[^A-Za-z0-9._-]+"));
    QString out = letters == Case::Lower ? s.trimmed().toLower() : s.trimmed();
    out.replace(other, QStringLiteral("-"));
    while (out.startsWith(QLatin1Char('-')))
        out.remove(0, 1);
    while (out.endsWith(QLatin1Char('-')))
        out.chop(1);
    return out.isEmpty() ? fallback : out;
}

// "2013-02-11T09:30:00Z" -> "2013-02-11"; an unreadable date falls back to `fallback`.
QString isoDate(const QString& stamp, const QDate& fallback)
{
    const QDate d = QDate::fromString(stamp.left(10), Qt::ISODate);
    return (d.isValid() ? d : fallback).toString(Qt::ISODate);
}

class Writer {
public:
    Writer(const ProposalData& p, const QDateTime& now)
        : m_p(p)
        , m_c(p.record)
        , m_now(now)
        , m_x(&m_bytes)
    {
        m_country = iriSegment(p.regimeKey, iriSegment(m_c.listKey.section(QLatin1Char('-'), 0, 0),
                                                       QStringLiteral("int")));
        m_created = isoDate(m_c.createdAt, now.date());
        m_work = QStringLiteral("/akn/%1/amendment/%2/%3")
                     .arg(m_country, m_created,
                          iriSegment(m_c.uuid, QStringLiteral("case-%1").arg(m_c.id)));
        m_expression = m_work + QStringLiteral("/eng@rev%1").arg(m_c.revision);
        // The target as a component of its base edition, named like an AKN work of its own.
        m_edition = QStringLiteral("/akn/%1/doc/%2/%3")
                        .arg(m_country, iriSegment(m_c.listKey, QStringLiteral("list")),
                             iriSegment(p.editionDate.isEmpty() ? m_c.editionLabel : p.editionDate,
                                        QStringLiteral("edition")));
        m_target = m_edition + QStringLiteral("/!main~") +
                   iriSegment(m_c.targetCode, QStringLiteral("entry"), Case::Keep);
    }

    QByteArray write()
    {
        m_x.setAutoFormatting(true);
        m_x.setAutoFormattingIndent(2);
        m_x.writeStartDocument();
        m_x.writeDefaultNamespace(kNamespace);
        m_x.writeStartElement(kNamespace, QStringLiteral("akomaNtoso"));
        m_x.writeStartElement(QStringLiteral("amendment"));
        m_x.writeAttribute(QStringLiteral("name"), QStringLiteral("amendment"));
        writeMeta();
        m_x.writeStartElement(QStringLiteral("amendmentBody"));
        writeHeading();
        writeReference();
        writeContent();
        writeJustification();
        m_x.writeEndElement(); // amendmentBody
        m_x.writeEndElement(); // amendment
        m_x.writeEndElement(); // akomaNtoso
        m_x.writeEndDocument();
        return m_bytes;
    }

private:
    void empty(const QString& name, std::initializer_list<std::pair<QString, QString>> attributes)
    {
        m_x.writeEmptyElement(name);
        for (const auto& [key, value] : attributes)
            m_x.writeAttribute(key, xmlText(value));
    }

    void textElement(const QString& name, const QString& text)
    {
        m_x.writeTextElement(name, xmlText(text));
    }

    void frbr(const QString& level, const QString& thisIri, const QString& uri, const QString& date,
              const QString& dateName, const QString& author)
    {
        m_x.writeStartElement(level);
        empty(QStringLiteral("FRBRthis"), {{QStringLiteral("value"), thisIri}});
        empty(QStringLiteral("FRBRuri"), {{QStringLiteral("value"), uri}});
        empty(QStringLiteral("FRBRdate"),
              {{QStringLiteral("date"), date}, {QStringLiteral("name"), dateName}});
        empty(QStringLiteral("FRBRauthor"), {{QStringLiteral("href"), author}});
    }

    void writeMeta()
    {
        const bool hasOrg = !m_c.organisation.trimmed().isEmpty();
        m_x.writeStartElement(QStringLiteral("meta"));
        m_x.writeStartElement(QStringLiteral("identification"));
        m_x.writeAttribute(QStringLiteral("source"), QStringLiteral("#paceline"));
        // Work: the case, by the organisation that proposes it.
        frbr(QStringLiteral("FRBRWork"), m_work + QStringLiteral("/!main"), m_work, m_created,
             QStringLiteral("created"),
             hasOrg ? QStringLiteral("#organisation") : QStringLiteral("#drafter"));
        empty(QStringLiteral("FRBRcountry"), {{QStringLiteral("value"), m_country}});
        empty(QStringLiteral("FRBRsubtype"), {{QStringLiteral("value"), caseKindName(m_c.kind)}});
        empty(QStringLiteral("FRBRname"), {{QStringLiteral("value"), m_c.title}});
        m_x.writeEndElement();
        // Expression: this revision of the text, by its drafter.
        frbr(QStringLiteral("FRBRExpression"), m_expression + QStringLiteral("/!main"),
             m_expression, isoDate(m_c.updatedAt, m_now.date()), QStringLiteral("revision"),
             QStringLiteral("#drafter"));
        empty(QStringLiteral("FRBRversionNumber"),
              {{QStringLiteral("value"), QString::number(m_c.revision)}});
        empty(QStringLiteral("FRBRlanguage"),
              {{QStringLiteral("language"), QStringLiteral("eng")}});
        m_x.writeEndElement();
        // Manifestation: this XML file, made by Paceline.
        frbr(QStringLiteral("FRBRManifestation"), m_expression + QStringLiteral("/!main.xml"),
             m_expression + QStringLiteral(".akn"), m_now.toUTC().toString(Qt::ISODate),
             QStringLiteral("export"), QStringLiteral("#paceline"));
        empty(QStringLiteral("FRBRformat"),
              {{QStringLiteral("value"), QStringLiteral("application/akn+xml")}});
        m_x.writeEndElement();
        m_x.writeEndElement(); // identification

        m_x.writeStartElement(QStringLiteral("references"));
        m_x.writeAttribute(QStringLiteral("source"), QStringLiteral("#paceline"));
        empty(QStringLiteral("TLCOrganization"),
              {{QStringLiteral("eId"), QStringLiteral("paceline")},
               {QStringLiteral("href"), QStringLiteral("/ontology/organization/paceline")},
               {QStringLiteral("showAs"), QStringLiteral("Paceline")}});
        if (hasOrg)
            empty(QStringLiteral("TLCOrganization"),
                  {{QStringLiteral("eId"), QStringLiteral("organisation")},
                   {QStringLiteral("href"),
                    QStringLiteral("/ontology/organization/") +
                        iriSegment(m_c.organisation, QStringLiteral("organisation"))},
                   {QStringLiteral("showAs"), m_c.organisation.trimmed()}});
        const QString drafter = m_c.author.trimmed().isEmpty() ? QStringLiteral("Unknown drafter")
                                                               : m_c.author.trimmed();
        empty(QStringLiteral("TLCPerson"),
              {{QStringLiteral("eId"), QStringLiteral("drafter")},
               {QStringLiteral("href"), QStringLiteral("/ontology/person/") +
                                            iriSegment(drafter, QStringLiteral("drafter"))},
               {QStringLiteral("showAs"), drafter}});
        m_x.writeEndElement(); // references
        m_x.writeEndElement(); // meta
    }

    void writeHeading()
    {
        m_x.writeStartElement(QStringLiteral("amendmentHeading"));
        m_x.writeAttribute(QStringLiteral("eId"), QStringLiteral("amendmentHeading"));
        m_x.writeStartElement(QStringLiteral("p"));
        textElement(QStringLiteral("docTitle"), m_c.title);
        m_x.writeEndElement();
        m_x.writeStartElement(QStringLiteral("p"));
        m_x.writeCharacters(caseKindTitle(m_c.kind));
        if (!m_c.author.trimmed().isEmpty()) {
            m_x.writeCharacters(QStringLiteral(", proposed by "));
            m_x.writeStartElement(QStringLiteral("docProponent"));
            m_x.writeAttribute(QStringLiteral("refersTo"), QStringLiteral("#drafter"));
            m_x.writeCharacters(xmlText(m_c.author.trimmed()));
            m_x.writeEndElement();
            if (!m_c.organisation.trimmed().isEmpty())
                m_x.writeCharacters(
                    xmlText(QStringLiteral(" (%1)").arg(m_c.organisation.trimmed())));
        }
        m_x.writeCharacters(QStringLiteral(", revision %1").arg(m_c.revision));
        m_x.writeEndElement();
        m_x.writeEndElement();
    }

    // The target as people read it ("4.E.1 — definition of “…”"), its code as the reference.
    void writeTargetRef(const QString& eId)
    {
        const QString title = caseTargetTitle(m_c);
        const bool codeFirst = !m_c.targetCode.isEmpty() && title.startsWith(m_c.targetCode);
        m_x.writeStartElement(QStringLiteral("ref"));
        m_x.writeAttribute(QStringLiteral("eId"), eId);
        m_x.writeAttribute(QStringLiteral("href"), m_target);
        m_x.writeCharacters(xmlText(codeFirst ? m_c.targetCode : title));
        m_x.writeEndElement();
        if (codeFirst)
            m_x.writeCharacters(xmlText(title.mid(m_c.targetCode.size())));
    }

    void writeReference()
    {
        m_x.writeStartElement(QStringLiteral("amendmentReference"));
        m_x.writeAttribute(QStringLiteral("eId"), QStringLiteral("amendmentReference"));
        m_x.writeStartElement(QStringLiteral("p"));
        m_x.writeCharacters(QStringLiteral("Target: "));
        writeTargetRef(QStringLiteral("amendmentReference__ref_1"));
        m_x.writeCharacters(xmlText(QStringLiteral(", list %1, base edition ").arg(m_c.listKey)));
        m_x.writeStartElement(QStringLiteral("ref"));
        m_x.writeAttribute(QStringLiteral("eId"), QStringLiteral("amendmentReference__ref_2"));
        m_x.writeAttribute(QStringLiteral("href"), m_edition);
        m_x.writeCharacters(xmlText(m_c.editionLabel));
        m_x.writeEndElement();
        if (!m_p.editionDate.isEmpty())
            m_x.writeCharacters(xmlText(QStringLiteral(" (%1)").arg(m_p.editionDate)));
        m_x.writeCharacters(QStringLiteral("."));
        m_x.writeEndElement(); // p
        m_x.writeEndElement();
    }

    // Case text as paragraphs (blank-line separated), its lines kept with <br/>.
    void paragraphs(const QString& text)
    {
        for (const QString& para : text.split(QStringLiteral("\n\n"))) {
            if (para.trimmed().isEmpty())
                continue;
            m_x.writeStartElement(QStringLiteral("p"));
            const QStringList lines = para.split(QLatin1Char('\n'));
            for (qsizetype i = 0; i < lines.size(); ++i) {
                if (i > 0)
                    m_x.writeEmptyElement(QStringLiteral("br"));
                m_x.writeCharacters(xmlText(lines.at(i)));
            }
            m_x.writeEndElement();
        }
    }

    void quoted(const QString& eId, const QString& text)
    {
        m_x.writeStartElement(QStringLiteral("quotedStructure"));
        m_x.writeAttribute(QStringLiteral("eId"), eId);
        m_x.writeAttribute(QStringLiteral("startQuote"), QStringLiteral("“"));
        m_x.writeAttribute(QStringLiteral("endQuote"), QStringLiteral("”"));
        paragraphs(text);
        m_x.writeEndElement();
    }

    void writeContent()
    {
        const bool hasOld = !m_c.baseText.trimmed().isEmpty();
        const bool hasNew = !m_c.proposedText.trimmed().isEmpty();
        m_x.writeStartElement(QStringLiteral("amendmentContent"));
        m_x.writeAttribute(QStringLiteral("eId"), QStringLiteral("amendmentContent"));
        m_x.writeStartElement(QStringLiteral("p"));
        m_x.writeStartElement(QStringLiteral("mod"));
        m_x.writeAttribute(QStringLiteral("eId"), QStringLiteral("mod_1"));
        if (hasOld && hasNew) {
            m_x.writeCharacters(QStringLiteral("In "));
            writeTargetRef(QStringLiteral("mod_1__ref_1"));
            m_x.writeCharacters(QStringLiteral(", the text "));
            quoted(QStringLiteral("mod_1__qstr_1"), m_c.baseText);
            m_x.writeCharacters(QStringLiteral(" is replaced by "));
            quoted(QStringLiteral("mod_1__qstr_2"), m_c.proposedText);
        } else if (hasNew) {
            m_x.writeCharacters(QStringLiteral("Insert as "));
            writeTargetRef(QStringLiteral("mod_1__ref_1"));
            m_x.writeCharacters(QStringLiteral(": "));
            quoted(QStringLiteral("mod_1__qstr_2"), m_c.proposedText);
        } else if (hasOld) {
            m_x.writeCharacters(QStringLiteral("Delete "));
            writeTargetRef(QStringLiteral("mod_1__ref_1"));
            m_x.writeCharacters(QStringLiteral(", which reads "));
            quoted(QStringLiteral("mod_1__qstr_1"), m_c.baseText);
        } else {
            m_x.writeCharacters(QStringLiteral("No text change to "));
            writeTargetRef(QStringLiteral("mod_1__ref_1"));
        }
        m_x.writeCharacters(QStringLiteral("."));
        m_x.writeEndElement(); // mod
        m_x.writeEndElement(); // p
        m_x.writeEndElement();
    }

    void writeJustification()
    {
        const auto sections = justificationSections(m_p);
        const auto& sources = m_p.justification.sources;
        if (sections.isEmpty() && sources.isEmpty())
            return;
        m_x.writeStartElement(QStringLiteral("amendmentJustification"));
        m_x.writeAttribute(QStringLiteral("eId"), QStringLiteral("amendmentJustification"));
        int n = 0;
        for (const auto& [title, text] : sections) {
            m_x.writeStartElement(QStringLiteral("tblock"));
            m_x.writeAttribute(QStringLiteral("eId"), QStringLiteral("tblock_%1").arg(++n));
            textElement(QStringLiteral("heading"), title);
            paragraphs(text);
            m_x.writeEndElement();
        }
        if (!sources.isEmpty()) {
            m_x.writeStartElement(QStringLiteral("tblock"));
            m_x.writeAttribute(QStringLiteral("eId"), QStringLiteral("tblock_%1").arg(++n));
            textElement(QStringLiteral("heading"), QStringLiteral("Sources"));
            int s = 0;
            for (const CaseSource& source : sources) {
                m_x.writeStartElement(QStringLiteral("p"));
                const QUrl url(source.url.trimmed(), QUrl::TolerantMode);
                const QString title = source.title.trimmed().isEmpty() ? source.url : source.title;
                if (url.isValid() && !url.isEmpty()) {
                    m_x.writeStartElement(QStringLiteral("ref"));
                    m_x.writeAttribute(QStringLiteral("eId"),
                                       QStringLiteral("tblock_%1__ref_%2").arg(n).arg(++s));
                    m_x.writeAttribute(QStringLiteral("href"),
                                       QString::fromLatin1(url.toEncoded()));
                    m_x.writeCharacters(xmlText(title));
                    m_x.writeEndElement();
                } else {
                    m_x.writeCharacters(xmlText(title));
                }
                m_x.writeEndElement();
            }
            m_x.writeEndElement();
        }
        m_x.writeEndElement();
    }

    const ProposalData& m_p;
    const CaseRecord& m_c;
    QDateTime m_now;
    QByteArray m_bytes;
    QXmlStreamWriter m_x;
    QString m_country;
    QString m_created;
    QString m_work;
    QString m_expression;
    QString m_edition;
    QString m_target;
};

} // namespace

QByteArray akomaNtosoAmendment(const ProposalData& p, const QDateTime& now)
{
    return Writer(p, now).write();
}

} // namespace paceline
