#pragma once

#include <QtGlobal>

#include <functional>

namespace paceline {

// Reports work done out of total (total 0: unknown). Returning false asks the work to stop;
// it then rolls back and returns a Cancelled error.
using ProgressCallback = std::function<bool(qint64 done, qint64 total)>;

inline bool reportProgress(const ProgressCallback& progress, qint64 done, qint64 total)
{
    return !progress || progress(done, total);
}

} // namespace paceline
