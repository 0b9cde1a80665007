#include "CsvReader.h"

#include <QStringDecoder>

namespace paceline {

namespace {

Error syntaxError(const QString& file, int line, int column, const QString& message)
{
    return badInput(message, QStringLiteral("%1:%2:%3").arg(file).arg(line).arg(column));
}

// Line of the first byte sequence that is not UTF-8, or 0 when the data is clean.
int firstInvalidUtf8Line(const QByteArray& data)
{
    int line = 1;
    for (QByteArrayView rest(data); !rest.isEmpty(); ++line) {
        const qsizetype nl = rest.indexOf('\n');
        const QByteArrayView part = nl < 0 ? rest : rest.first(nl);
        QStringDecoder decoder(QStringDecoder::Utf8);
        const QString decoded = decoder.decode(part); // decoding is lazy until converted
        Q_UNUSED(decoded);
        if (decoder.hasError())
            return line;
        if (nl < 0)
            break;
        rest = rest.sliced(nl + 1);
    }
    return 0;
}

// The parser's position and the record being built.
class CsvParser {
public:
    CsvParser(const QString& text, const QString& file)
        : m_text(text)
        , m_file(file)
    {
    }

    Result<QList<CsvRecord>> run();

private:
    void beginFieldIfNeeded()
    {
        if (!m_fieldStarted) {
            if (m_record.fields.isEmpty())
                m_record.line = m_line;
            m_record.lines.append(m_line);
            m_record.columns.append(m_column);
            m_fieldStarted = true;
        }
    }
    void endField()
    {
        beginFieldIfNeeded();
        m_record.fields.append(m_field);
        m_field.clear();
        m_fieldStarted = false;
        m_quoted = false;
    }
    void endRecord()
    {
        endField();
        const bool blank =
            m_record.fields.size() == 1 && m_record.fields.first().isEmpty() && !m_blankWasQuoted;
        if (!blank)
            m_records.append(std::move(m_record));
        m_record = CsvRecord();
        m_blankWasQuoted = false;
    }

    const QString& m_text;
    const QString& m_file;
    QList<CsvRecord> m_records;
    CsvRecord m_record;
    QString m_field;
    int m_line = 1;
    int m_column = 1;
    bool m_fieldStarted = false;
    bool m_quoted = false; // the current field was quoted and its quote is closed
    bool m_blankWasQuoted = false;
};

Result<QList<CsvRecord>> CsvParser::run()
{
    const qsizetype n = m_text.size();
    qsizetype i = 0;
    if (n > 0 && m_text.at(0) == QChar(0xFEFF))
        i = 1;
    for (; i < n; ++i) {
        const QChar c = m_text.at(i);
        if (c == QLatin1Char(',')) {
            endField();
            ++m_column;
        } else if (c == QLatin1Char('\n') || c == QLatin1Char('\r')) {
            if (c == QLatin1Char('\r') && i + 1 < n && m_text.at(i + 1) == QLatin1Char('\n'))
                ++i;
            endRecord();
            ++m_line;
            m_column = 1;
        } else if (c == QLatin1Char('"')) {
            if (m_fieldStarted)
                return syntaxError(
                    m_file, m_line, m_column,
                    m_quoted ? QStringLiteral("unexpected quote after a closing quote")
                             : QStringLiteral("a quote inside an unquoted field; quote "
                                              "the whole field and double the inner quotes"));
            beginFieldIfNeeded();
            const int openLine = m_line;
            const int openColumn = m_column;
            ++m_column;
            bool closed = false;
            for (++i; i < n; ++i) {
                const QChar q = m_text.at(i);
                if (q == QLatin1Char('"')) {
                    if (i + 1 < n && m_text.at(i + 1) == QLatin1Char('"')) {
                        m_field += QLatin1Char('"');
                        ++i;
                        m_column += 2;
                        continue;
                    }
                    ++m_column;
                    closed = true;
                    break;
                }
                m_field += q;
                if (q == QLatin1Char('\n')) {
                    ++m_line;
                    m_column = 1;
                } else {
                    ++m_column;
                }
            }
            if (!closed)
                return syntaxError(m_file, openLine, openColumn,
                                   QStringLiteral("quoted field is never closed"));
            m_quoted = true;
            m_blankWasQuoted = true;
        } else {
            if (m_quoted)
                return syntaxError(m_file, m_line, m_column,
                                   QStringLiteral("unexpected text after a closing quote"));
            beginFieldIfNeeded();
            m_field += c;
            ++m_column;
        }
    }
    if (m_fieldStarted || !m_record.fields.isEmpty())
        endRecord();
    return std::move(m_records);
}

} // namespace

Result<QList<CsvRecord>> parseCsv(const QByteArray& data, const QString& fileName)
{
    if (data.size() > kMaxCsvFileBytes)
        return badInput(
            QStringLiteral("file is larger than %1 MB; refused").arg(kMaxCsvFileBytes >> 20),
            fileName);
    if (const int bad = firstInvalidUtf8Line(data))
        return badInput(QStringLiteral("not valid UTF-8"),
                        QStringLiteral("%1:%2").arg(fileName).arg(bad));
    const QString text = QString::fromUtf8(data);
    return CsvParser(text, fileName).run();
}

} // namespace paceline
