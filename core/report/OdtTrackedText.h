#pragma once

#include "report/TrackedBlocks.h"

#include <QList>
#include <QString>

class QXmlStreamWriter;

namespace paceline {

// One ODF annotation range on the proposed text (characters, end exclusive).
struct OdtCommentRange {
    QString name; // office:name, unique in the document
    int start = 0;
    int end = 0;
};

// Writes a word diff as ODF text with native tracked changes: an insertion is the text
// between text:change-start and text:change-end, a deletion a text:change whose words live
// in its text:changed-region, which regions() gives (text:tracked-changes, written first in
// office:text). Comments are written by `annotation`, called where a range starts.
class OdtTrackedText {
public:
    using AnnotationWriter = void (*)(QXmlStreamWriter& xml, const QString& name, void* context);

    OdtTrackedText(const QList<DiffSegment>& segments, QList<OdtCommentRange> ranges,
                   QString author, QString date);

    qsizetype blockCount() const { return m_blocks.size(); }
    void writeProposedBlock(QXmlStreamWriter& xml, qsizetype i, AnnotationWriter annotation,
                            void* context);
    void writeBaseBlock(QXmlStreamWriter& xml, qsizetype i) const;
    // text:tracked-changes for every change written so far.
    void writeRegions(QXmlStreamWriter& xml) const;

private:
    struct Mark {
        int position = 0;
        bool end = false;
        QString name;
    };
    struct Region {
        QString id;
        bool deletion = false;
        QString deleted;
    };
    void writeMarks(QXmlStreamWriter& xml, int position, bool endsOnly, AnnotationWriter annotation,
                    void* context);
    int nextMarkAfter(int position) const;
    void writeChange(QXmlStreamWriter& xml, DiffOp op, const QString& text);

    QList<TrackedBlock> m_blocks;
    QList<Mark> m_marks;
    qsizetype m_nextMark = 0;
    QList<Region> m_regions;
    QString m_author;
    QString m_date;
};

// ODF text: runs of spaces as text:s, line breaks as text:line-break, tabs as text:tab;
// characters XML cannot carry are dropped.
void writeOdfText(QXmlStreamWriter& xml, const QString& text);

} // namespace paceline
