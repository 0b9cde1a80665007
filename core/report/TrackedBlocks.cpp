#include "TrackedBlocks.h"

namespace paceline {

QList<TrackedBlock> trackedBlocks(const QList<DiffSegment>& segments)
{
    static const QString paragraphBreak = QStringLiteral("\n\n");
    QList<TrackedBlock> blocks{TrackedBlock{}};
    int position = 0;
    for (const DiffSegment& s : segments) {
        if (s.op != DiffOp::Equal) {
            blocks.last().segments.append(s);
            if (s.op == DiffOp::Insert)
                position += static_cast<int>(s.text.size());
            continue;
        }
        qsizetype from = 0;
        for (qsizetype at = s.text.indexOf(paragraphBreak); at >= 0;
             at = s.text.indexOf(paragraphBreak, from)) {
            if (at > from)
                blocks.last().segments.append(
                    DiffSegment{DiffOp::Equal, s.text.mid(from, at - from)});
            position += static_cast<int>(at - from + paragraphBreak.size());
            blocks.append(TrackedBlock{{}, position});
            from = at + paragraphBreak.size();
        }
        if (from < s.text.size()) {
            blocks.last().segments.append(DiffSegment{DiffOp::Equal, s.text.mid(from)});
            position += static_cast<int>(s.text.size() - from);
        }
    }
    return blocks;
}

QString baseTextOf(const TrackedBlock& block)
{
    QString text;
    for (const DiffSegment& s : block.segments)
        if (s.op != DiffOp::Insert)
            text += s.text;
    return text;
}

} // namespace paceline
