#include "ZipWriter.h"

#include <zip.h>

#include <memory>

namespace paceline {

namespace {

QString zipMessage(zip_error_t* error)
{
    return QString::fromUtf8(zip_error_strerror(error));
}

struct SourceFree {
    void operator()(zip_source_t* s) const { zip_source_free(s); }
};
using SourcePtr = std::unique_ptr<zip_source_t, SourceFree>;

// The bytes of a finished in-memory archive.
Result<QByteArray> readSource(zip_source_t* source)
{
    if (zip_source_open(source) < 0)
        return makeError(zipMessage(zip_source_error(source)), QStringLiteral("zip"));
    QByteArray bytes;
    char buffer[65536];
    zip_int64_t n = 0;
    while ((n = zip_source_read(source, buffer, sizeof buffer)) > 0)
        bytes.append(buffer, static_cast<qsizetype>(n));
    const bool failed = n < 0;
    zip_source_close(source);
    if (failed)
        return makeError(zipMessage(zip_source_error(source)), QStringLiteral("zip"));
    return bytes;
}

} // namespace

void ZipWriter::add(const QString& name, QByteArray data, Compression compression)
{
    m_entries.append({name, std::move(data), compression});
}

Result<QByteArray> ZipWriter::finish() const
{
    zip_error_t error;
    zip_error_init(&error);
    SourcePtr target(zip_source_buffer_create(nullptr, 0, 0, &error));
    if (!target)
        return makeError(zipMessage(&error), QStringLiteral("zip"));
    zip_t* archive = zip_open_from_source(target.get(), ZIP_TRUNCATE, &error);
    if (!archive) {
        QString message = zipMessage(&error);
        zip_error_fini(&error);
        return makeError(message, QStringLiteral("zip"));
    }
    zip_source_keep(target.get()); // zip_close would free it; its bytes are the result
    for (const Entry& e : m_entries) {
        // The data outlives zip_close (it belongs to this writer), so libzip need not copy it.
        zip_source_t* s = zip_source_buffer(archive, e.data.constData(),
                                            static_cast<zip_uint64_t>(e.data.size()), 0);
        const zip_int64_t index =
            s ? zip_file_add(archive, e.name.toUtf8().constData(), s, ZIP_FL_ENC_UTF_8) : -1;
        if (index < 0) {
            if (s)
                zip_source_free(s);
            const QString message = QString::fromUtf8(zip_strerror(archive));
            zip_discard(archive);
            return makeError(message, e.name);
        }
        const zip_int32_t method =
            e.compression == Compression::Store ? ZIP_CM_STORE : ZIP_CM_DEFLATE;
        zip_set_file_compression(archive, static_cast<zip_uint64_t>(index), method, 0);
    }
    if (zip_close(archive) < 0) {
        const QString message = QString::fromUtf8(zip_strerror(archive));
        zip_discard(archive);
        return makeError(message, QStringLiteral("zip"));
    }
    return readSource(target.get());
}

} // namespace paceline
