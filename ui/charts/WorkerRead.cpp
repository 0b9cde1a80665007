#include "WorkerRead.h"

namespace paceline {

Result<std::unique_ptr<Database>> openWorkerConnection(const QString& path)
{
    Database::Options o;
    o.mode = Database::Mode::ReadOnly;
    o.create = false;
    o.integrityCheck = false;
    return Database::open(path, o);
}

} // namespace paceline
