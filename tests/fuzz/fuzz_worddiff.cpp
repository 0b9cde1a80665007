// libFuzzer target: the word diff and the readable diff made from it. Input is split at the
// first NUL into "before" and "after"; the segments must rebuild both texts (exactly, or up to
// typography when folding it), and the redline renderers must take whatever comes out.
#include "text/ReadableDiff.h"
#include "text/Redline.h"
#include "text/WordDiff.h"

#include <cstdlib>

namespace {

QString rebuild(const QList<paceline::DiffSegment>& segments, paceline::DiffOp side)
{
    QString out;
    for (const auto& s : segments)
        if (s.op == paceline::DiffOp::Equal || s.op == side)
            out += s.text;
    return out;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    const qsizetype split = bytes.indexOf('\0');
    const QString before = QString::fromUtf8(split < 0 ? bytes : bytes.left(split));
    const QString after = QString::fromUtf8(split < 0 ? QByteArray() : bytes.mid(split + 1));
    const auto plain = paceline::wordDiff(before, after);
    if (rebuild(plain, paceline::DiffOp::Delete) != before ||
        rebuild(plain, paceline::DiffOp::Insert) != after)
        std::abort();
    // Folding typography, equal segments carry the text of `after`: `after` rebuilds exactly,
    // `before` up to typography.
    const auto folded = paceline::wordDiff(before, after, {true});
    if (rebuild(folded, paceline::DiffOp::Insert) != after ||
        paceline::normaliseTypography(rebuild(folded, paceline::DiffOp::Delete)) !=
            paceline::normaliseTypography(before))
        std::abort();
    // Folding short runs and completing numbers moves text between segments, never loses it.
    // (Up to 8 KB: two unrelated 32 KB texts already take seconds in the word diff alone.)
    if (size > 8192)
        return 0;
    const auto readable = paceline::readableDiff(plain);
    if (rebuild(readable, paceline::DiffOp::Delete) != before ||
        rebuild(readable, paceline::DiffOp::Insert) != after)
        std::abort();
    (void)paceline::redlineHtml(readable);
    (void)paceline::redlinePlain(paceline::changedPassagesOnly(readable));
    return 0;
}
