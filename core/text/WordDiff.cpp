#include "WordDiff.h"

#include <QHash>

#include <algorithm>
#include <unordered_map>

#include <vector>

namespace paceline {

namespace {

// Splits text into runs of word characters, runs of whitespace and single other characters.
QList<QStringView> tokenize(const QString& text)
{
    QList<QStringView> tokens;
    const qsizetype n = text.size();
    qsizetype i = 0;
    while (i < n) {
        const QChar c = text.at(i);
        qsizetype j = i + 1;
        if (c.isLetterOrNumber() || c == QLatin1Char('_')) {
            while (j < n && (text.at(j).isLetterOrNumber() || text.at(j) == QLatin1Char('_')))
                ++j;
        } else if (c.isSpace()) {
            while (j < n && text.at(j).isSpace())
                ++j;
        } else if (c.isHighSurrogate() && j < n) {
            ++j;
        }
        tokens.append(QStringView(text).mid(i, j - i));
        i = j;
    }
    return tokens;
}

QString comparable(QStringView token, bool typography)
{
    if (!typography)
        return token.toString();
    if (!token.isEmpty() && token.front().isSpace())
        return QStringLiteral(" ");
    return normaliseTypography(token.toString());
}

// Myers' linear-space diff over interned token ids.
class Differ {
public:
    Differ(const std::vector<int>& a, const std::vector<int>& b, int idCount)
        : m_a(a)
        , m_b(b)
        , m_idCount(idCount)
    {
    }

    // Appends (op, count) runs to m_ops for a[aLo, aHi) against b[bLo, bHi).
    void run(int aLo, int aHi, int bLo, int bHi)
    {
        while (aLo < aHi && bLo < bHi && m_a[aLo] == m_b[bLo]) {
            push(DiffOp::Equal, 1);
            ++aLo;
            ++bLo;
        }
        int tail = 0;
        while (aHi > aLo && bHi > bLo && m_a[aHi - 1] == m_b[bHi - 1]) {
            --aHi;
            --bHi;
            ++tail;
        }
        if (aLo == aHi) {
            push(DiffOp::Insert, bHi - bLo);
        } else if (bLo == bHi) {
            push(DiffOp::Delete, aHi - aLo);
        } else if ((aHi - aLo) + (bHi - bLo) > kAnchorMinTokens &&
                   splitOnUniqueTokens(aLo, aHi, bLo, bHi)) {
            // done: the gaps between the anchors were diffed one by one
        } else {
            int x = 0, y = 0, u = 0, v = 0;
            middleSnake(aLo, aHi, bLo, bHi, x, y, u, v);
            run(aLo, x, bLo, y);
            push(DiffOp::Equal, u - x);
            run(u, aHi, v, bHi);
        }
        push(DiffOp::Equal, tail);
    }

    struct Run {
        DiffOp op;
        int count;
    };
    std::vector<Run> m_ops;

private:
    void push(DiffOp op, int count)
    {
        if (count <= 0)
            return;
        if (!m_ops.empty() && m_ops.back().op == op)
            m_ops.back().count += count;
        else
            m_ops.push_back({op, count});
    }

    // Myers' cost grows with the product of length and differences: a long text with many
    // scattered edits took 70 ms. Tokens that occur exactly once on each side are anchored
    // first (the longest run of them in the same order, as patience diff does) and only the
    // gaps between them go to Myers. Short ranges keep the minimal Myers diff.
    static constexpr int kAnchorMinTokens = 512;
    static constexpr int kMaxAnchorDepth = 32;

    bool splitOnUniqueTokens(int aLo, int aHi, int bLo, int bHi)
    {
        // Each level costs a pass over its range: nesting is capped so that no input can make
        // it quadratic or deep; below the cap Myers does the rest.
        if (m_anchorDepth >= kMaxAnchorDepth)
            return false;
        const size_t ids = static_cast<size_t>(m_idCount);
        m_countA.resize(ids);
        m_countB.resize(ids);
        m_posB.resize(ids);
        for (int i = aLo; i < aHi; ++i)
            ++m_countA[static_cast<size_t>(m_a[i])];
        for (int j = bLo; j < bHi; ++j) {
            ++m_countB[static_cast<size_t>(m_b[j])];
            m_posB[static_cast<size_t>(m_b[j])] = j;
        }
        std::vector<std::pair<int, int>> unique; // (a index, b index), in a order
        for (int i = aLo; i < aHi; ++i) {
            const auto id = static_cast<size_t>(m_a[i]);
            if (m_countA[id] == 1 && m_countB[id] == 1)
                unique.emplace_back(i, m_posB[id]);
        }
        for (int i = aLo; i < aHi; ++i)
            m_countA[static_cast<size_t>(m_a[i])] = 0;
        for (int j = bLo; j < bHi; ++j)
            m_countB[static_cast<size_t>(m_b[j])] = 0;
        const std::vector<std::pair<int, int>> anchors = increasingInB(unique);
        if (anchors.empty())
            return false;
        ++m_anchorDepth;
        int a = aLo;
        int b = bLo;
        for (const auto& [x, y] : anchors) {
            run(a, x, b, y);
            push(DiffOp::Equal, 1);
            a = x + 1;
            b = y + 1;
        }
        run(a, aHi, b, bHi);
        --m_anchorDepth;
        return true;
    }

    // The longest subsequence of pairs whose b indexes increase (patience sorting).
    static std::vector<std::pair<int, int>> increasingInB(const std::vector<std::pair<int, int>>& p)
    {
        std::vector<int> tails; // index in p of the smallest tail of each length
        std::vector<int> previous(p.size(), -1);
        for (int i = 0; i < static_cast<int>(p.size()); ++i) {
            const auto at = std::lower_bound(tails.begin(), tails.end(), p[i].second,
                                             [&](int t, int b) { return p[t].second < b; });
            if (at != tails.begin())
                previous[i] = *(at - 1);
            if (at == tails.end())
                tails.push_back(i);
            else
                *at = i;
        }
        std::vector<std::pair<int, int>> out(tails.size());
        for (int i = tails.empty() ? -1 : tails.back(), k = static_cast<int>(tails.size()) - 1;
             i >= 0; i = previous[i], --k)
            out[k] = p[i];
        return out;
    }

    // Finds the middle snake of an optimal path; (x, y) -> (u, v) in absolute indexes.
    void middleSnake(int aLo, int aHi, int bLo, int bHi, int& x0, int& y0, int& u0, int& v0)
    {
        const int n = aHi - aLo;
        const int m = bHi - bLo;
        const int delta = n - m;
        const bool odd = (delta & 1) != 0;
        const int max = (n + m + 1) / 2 + 1;
        const int offset = max + 1;
        m_vf.assign(2 * offset + 1, 0);
        m_vb.assign(2 * offset + 1, 0);
        for (int d = 0; d <= max; ++d) {
            for (int k = -d; k <= d; k += 2) {
                int x = (k == -d || (k != d && m_vf[offset + k - 1] < m_vf[offset + k + 1]))
                            ? m_vf[offset + k + 1]
                            : m_vf[offset + k - 1] + 1;
                int y = x - k;
                const int xs = x, ys = y;
                while (x < n && y < m && m_a[aLo + x] == m_b[bLo + y]) {
                    ++x;
                    ++y;
                }
                m_vf[offset + k] = x;
                const int kr = delta - k;
                if (odd && kr >= -(d - 1) && kr <= d - 1 && x + m_vb[offset + kr] >= n) {
                    x0 = aLo + xs;
                    y0 = bLo + ys;
                    u0 = aLo + x;
                    v0 = bLo + y;
                    return;
                }
            }
            for (int kr = -d; kr <= d; kr += 2) {
                int xr = (kr == -d || (kr != d && m_vb[offset + kr - 1] < m_vb[offset + kr + 1]))
                             ? m_vb[offset + kr + 1]
                             : m_vb[offset + kr - 1] + 1;
                int yr = xr - kr;
                const int xrs = xr, yrs = yr;
                while (xr < n && yr < m && m_a[aHi - 1 - xr] == m_b[bHi - 1 - yr]) {
                    ++xr;
                    ++yr;
                }
                m_vb[offset + kr] = xr;
                const int k = delta - kr;
                if (!odd && k >= -d && k <= d && xr + m_vf[offset + k] >= n) {
                    x0 = aHi - xr;
                    y0 = bHi - yr;
                    u0 = aHi - xrs;
                    v0 = bHi - yrs;
                    return;
                }
            }
        }
        // Unreachable for well-formed input; fall back to replacing the whole range.
        x0 = u0 = aLo;
        y0 = v0 = bLo;
    }

    const std::vector<int>& m_a;
    const std::vector<int>& m_b;
    int m_idCount;
    int m_anchorDepth = 0;
    std::vector<int> m_vf;
    std::vector<int> m_vb;
    std::vector<int> m_countA; // per token id, zero between calls
    std::vector<int> m_countB;
    std::vector<int> m_posB;
};

} // namespace

QString normaliseTypography(const QString& text)
{
    QString out;
    out.reserve(text.size());
    bool lastSpace = false;
    for (const QChar c : text) {
        QChar r = c;
        switch (c.unicode()) {
        case 0x201C:
        case 0x201D:
        case 0x201E:
        case 0x00AB:
        case 0x00BB:
            r = QLatin1Char('"');
            break;
        case 0x2018:
        case 0x2019:
        case 0x201A:
        case 0x2032:
            r = QLatin1Char('\'');
            break;
        case 0x2010:
        case 0x2011:
        case 0x2012:
        case 0x2013:
        case 0x2014:
        case 0x2212:
            r = QLatin1Char('-');
            break;
        default:
            break;
        }
        if (r.isSpace()) {
            if (!lastSpace)
                out += QLatin1Char(' ');
            lastSpace = true;
            continue;
        }
        lastSpace = false;
        out += r;
    }
    return out.trimmed();
}

bool sameSubstance(const QString& a, const QString& b)
{
    return normaliseTypography(a) == normaliseTypography(b);
}

QList<DiffSegment> wordDiff(const QString& before, const QString& after,
                            const WordDiffOptions& options)
{
    const QList<QStringView> ta = tokenize(before);
    const QList<QStringView> tb = tokenize(after);
    // Tokens become small integer ids. The map is keyed by views into the texts (or into the
    // normalised copies) with a cheap FNV-1a hash: interning is most of the cost of a diff of
    // two near-identical long texts, and QHash<QString> with its allocations was 3x slower.
    struct ViewHash {
        size_t operator()(QStringView v) const noexcept
        {
            quint64 h = 1469598103934665603ULL;
            for (const QChar c : v) {
                h ^= c.unicode();
                h *= 1099511628211ULL;
            }
            return static_cast<size_t>(h);
        }
    };
    std::vector<QString> owned; // normalised tokens; reserved so views into it stay valid
    if (options.ignoreTypography)
        owned.reserve(static_cast<size_t>(ta.size() + tb.size()));
    std::unordered_map<QStringView, int, ViewHash> ids;
    ids.reserve(static_cast<size_t>(ta.size() + tb.size()));
    auto internStable = [&](const QList<QStringView>& tokens) {
        std::vector<int> out;
        out.reserve(static_cast<size_t>(tokens.size()));
        for (QStringView t : tokens) {
            QStringView key = t;
            if (options.ignoreTypography) {
                owned.push_back(comparable(t, true));
                key = owned.back();
            }
            const auto [it, inserted] = ids.try_emplace(key, static_cast<int>(ids.size()));
            out.push_back(it->second);
        }
        return out;
    };
    const std::vector<int> a = internStable(ta);
    const std::vector<int> b = internStable(tb);

    Differ differ(a, b, static_cast<int>(ids.size()));
    differ.run(0, static_cast<int>(a.size()), 0, static_cast<int>(b.size()));

    // Within one changed stretch, all deletions come before all insertions: "[-old-]{+new+}"
    // reads better than interleaved fragments.
    QList<DiffSegment> segments;
    QString deleted, inserted;
    auto flush = [&] {
        if (!deleted.isEmpty())
            segments.append({DiffOp::Delete, deleted});
        if (!inserted.isEmpty())
            segments.append({DiffOp::Insert, inserted});
        deleted.clear();
        inserted.clear();
    };
    int ia = 0, ib = 0;
    for (const auto& r : differ.m_ops) {
        QString text;
        for (int i = 0; i < r.count; ++i)
            text += r.op == DiffOp::Delete ? ta.at(ia + i) : tb.at(ib + i);
        if (r.op != DiffOp::Insert)
            ia += r.count;
        if (r.op != DiffOp::Delete)
            ib += r.count;
        if (r.op == DiffOp::Delete) {
            deleted += text;
        } else if (r.op == DiffOp::Insert) {
            inserted += text;
        } else {
            flush();
            segments.append({DiffOp::Equal, text});
        }
    }
    flush();
    return segments;
}

DiffCounts countWords(const QList<DiffSegment>& segments)
{
    DiffCounts counts;
    for (const DiffSegment& s : segments) {
        if (s.op == DiffOp::Equal)
            continue;
        int words = 0;
        for (QStringView t : tokenize(s.text))
            if (!t.isEmpty() && t.front().isLetterOrNumber())
                ++words;
        (s.op == DiffOp::Insert ? counts.insertedWords : counts.deletedWords) += words;
    }
    return counts;
}

} // namespace paceline
