#include "ReadableDiff.h"

#include <QRegularExpression>

#include <algorithm>
#include <vector>

namespace paceline {

namespace {

constexpr int kMaxFoldedWords = 2;
// Inside a rewritten sentence, a few words happen to survive ("or", "of the", "are specially
// designed for"); a change this long is a rewrite rather than an edit.
constexpr int kRewriteWords = 8;
constexpr int kMaxFoldedInRewrite = 4;

int wordCount(const QString& text)
{
    int words = 0;
    bool inWord = false;
    for (const QChar c : text) {
        const bool wordChar = c.isLetterOrNumber();
        if (wordChar && !inWord)
            ++words;
        inWord = wordChar;
    }
    return words;
}

// An unchanged run, or one change: what it deleted and what it inserted.
struct Run {
    bool equal = false;
    QString text; // when equal
    QString deleted;
    QString inserted;

    int changedWords() const { return std::max(wordCount(deleted), wordCount(inserted)); }
};

std::vector<Run> runsOf(const QList<DiffSegment>& segments)
{
    std::vector<Run> runs;
    for (const DiffSegment& s : segments) {
        if (s.op == DiffOp::Equal) {
            runs.push_back({true, s.text, {}, {}});
            continue;
        }
        if (runs.empty() || runs.back().equal)
            runs.push_back({});
        (s.op == DiffOp::Delete ? runs.back().deleted : runs.back().inserted) += s.text;
    }
    return runs;
}

bool hasDigit(const QString& text)
{
    return std::any_of(text.begin(), text.end(), [](QChar c) { return c.isDigit(); });
}

// Digits and separators only: part of a number ("5" in "5 × 103" -> "12.5").
bool numberPart(const QString& text)
{
    return std::all_of(text.begin(), text.end(), [](QChar c) {
        return c.isDigit() || c == QLatin1Char('.') || c == QLatin1Char(',');
    });
}

bool foldable(const Run& between, const Run& before, const Run& after)
{
    const int words = wordCount(between.text);
    if (words == 0)
        return true;
    // A number changed on both sides of an unchanged digit reads as one value changed.
    if (numberPart(between.text) && hasDigit(before.deleted + before.inserted) &&
        hasDigit(after.deleted + after.inserted))
        return true;
    const int b = before.changedWords();
    const int a = after.changedWords();
    // Between two small edits, only a run half as long as each: "the [red] fox [runs]" stays
    // two edits.
    if (words <= kMaxFoldedWords && 2 * words <= std::min(b, a))
        return true;
    // Beside a rewrite, a run of at most a quarter of the words changed around it.
    return words <= kMaxFoldedInRewrite && std::max(b, a) >= kRewriteWords && 4 * words <= a + b;
}

} // namespace

QList<DiffSegment> readableDiff(const QList<DiffSegment>& segments)
{
    std::vector<Run> runs = runsOf(segments);
    for (std::size_t i = 1; i + 1 < runs.size();) {
        Run& before = runs[i - 1];
        const Run& between = runs[i];
        const Run& after = runs[i + 1];
        if (!between.equal || before.equal || after.equal || !foldable(between, before, after)) {
            ++i;
            continue;
        }
        before.deleted += between.text + after.deleted;
        before.inserted += between.text + after.inserted;
        runs.erase(runs.begin() + static_cast<std::ptrdiff_t>(i),
                   runs.begin() + static_cast<std::ptrdiff_t>(i) + 2);
        // The grown change may now swallow the unchanged run before it, too.
        i = i >= 3 ? i - 2 : 1;
    }
    QList<DiffSegment> out;
    for (const Run& r : runs) {
        if (r.equal) {
            out.append({DiffOp::Equal, r.text});
            continue;
        }
        if (!r.deleted.isEmpty())
            out.append({DiffOp::Delete, r.deleted});
        if (!r.inserted.isEmpty())
            out.append({DiffOp::Insert, r.inserted});
    }
    return out;
}

namespace {

// Where each whitespace-separated word of `text` starts and ends.
QList<std::pair<qsizetype, qsizetype>> wordSpans(const QString& text)
{
    static const QRegularExpression word(QStringLiteral("\\S+"));
    QList<std::pair<qsizetype, qsizetype>> spans;
    for (auto it = word.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        spans.append({m.capturedStart(), m.capturedEnd()});
    }
    return spans;
}

QString shortened(const QString& text, bool changeBefore, bool changeAfter, int context)
{
    const auto spans = wordSpans(text);
    const qsizetype keep = (changeBefore ? context : 0) + (changeAfter ? context : 0);
    if (spans.size() <= keep + 1)
        return text;
    const QString gap = QStringLiteral(" … ");
    QString head = changeBefore ? text.left(spans.at(context - 1).second) : QString();
    QString tail = changeAfter ? text.mid(spans.at(spans.size() - context).first) : QString();
    if (!changeBefore)
        return QStringLiteral("… ") + tail;
    if (!changeAfter)
        return head + QStringLiteral(" …");
    return head + gap + tail;
}

} // namespace

QList<DiffSegment> changedPassagesOnly(const QList<DiffSegment>& segments, int context)
{
    context = std::max(context, 1);
    QList<DiffSegment> out;
    for (qsizetype i = 0; i < segments.size(); ++i) {
        const DiffSegment& s = segments.at(i);
        if (s.op != DiffOp::Equal) {
            out.append(s);
            continue;
        }
        const bool changeBefore = i > 0;
        const bool changeAfter = i + 1 < segments.size();
        if (!changeBefore && !changeAfter)
            return {}; // nothing changed: no passage to show
        out.append({DiffOp::Equal, shortened(s.text, changeBefore, changeAfter, context)});
    }
    return out;
}

} // namespace paceline
