#pragma once

#include "report/TrackedBlocks.h"
#include "text/WordDiff.h"

#include <QList>
#include <QString>

class QXmlStreamWriter;

namespace paceline {

// Who made the tracked changes and when (xsd:dateTime, UTC), as Word shows them.
struct DocxRevision {
    QString author;
    QString date; // empty: no date on the changes
};

// Word comments that share one range of the proposed text: a thread, its root first.
struct DocxCommentRange {
    QList<int> commentIds;
    int start = 0; // characters of the proposed text, end exclusive
    int end = 0;
};

// Writes a word diff as WordprocessingML paragraphs: unchanged text as plain runs, deletions
// and insertions as w:del and w:ins (native tracked changes), the comment ranges around their
// words. A paragraph break that both texts share starts a new block, so that the two-column
// table can set the text in force beside the amendment paragraph by paragraph; breaks inside
// a change stay line breaks in its run.
class DocxTrackedText {
public:
    DocxTrackedText(const QList<DiffSegment>& segments, QList<DocxCommentRange> ranges,
                    DocxRevision revision);

    qsizetype blockCount() const { return m_blocks.size(); }
    // The amendment of block i, with its tracked changes and comment marks. Blocks are written
    // in order; `nextChangeId` numbers the w:ins and w:del elements.
    void writeProposedBlock(QXmlStreamWriter& xml, qsizetype i, int& nextChangeId);
    // The text in force of block i, without marks.
    void writeBaseBlock(QXmlStreamWriter& xml, qsizetype i) const;

private:
    struct Mark {
        int position = 0;
        bool end = false;
        int commentId = 0;
    };

    void writeMarks(QXmlStreamWriter& xml, int position, bool endsOnly);
    int nextMarkAfter(int position) const;
    void writeChange(QXmlStreamWriter& xml, DiffOp op, const QString& text, int& nextChangeId);

    QList<TrackedBlock> m_blocks;
    QList<Mark> m_marks; // by position, ends before starts
    qsizetype m_nextMark = 0;
    DocxRevision m_revision;
};

// A run of text: line breaks become w:br, tabs w:tab; characters XML cannot carry are dropped.
// `textTag` is "w:t", or "w:delText" inside a deletion.
void writeDocxRunText(QXmlStreamWriter& xml, const QString& text,
                      const QString& textTag = QStringLiteral("w:t"));

} // namespace paceline
