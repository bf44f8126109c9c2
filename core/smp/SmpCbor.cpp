#include "SmpCbor.h"

#include <QCborArray>
#include <QCborStreamReader>
#include <QCborValue>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace pasban::smp {

namespace {

Error malformedPayload(const QString &detail)
{
    return Error(u"smp.bad_payload"_s,
                 QT_TRANSLATE_NOOP("pasban::Error",
                                   "The device sent a management message whose contents Pasban cannot read. Try "
                                   "again; if it keeps happening, the device firmware may be faulty."),
                 {}, detail);
}

// Walks one data item and everything inside it without building values.
class Walker
{
public:
    explicit Walker(const QByteArray &bytes)
        : m_reader(bytes)
        , m_size(bytes.size())
    {
    }

    QCborStreamReader &reader() { return m_reader; }
    [[nodiscard]] QString problem() const { return m_problem; }

    bool item(int depth)
    {
        if (++m_items > SmpCbor::MaxItems)
            return fail(u"more than %1 data items"_s.arg(SmpCbor::MaxItems));
        switch (m_reader.type()) {
        case QCborStreamReader::UnsignedInteger:
        case QCborStreamReader::NegativeInteger:
        case QCborStreamReader::SimpleType:
        case QCborStreamReader::Float16:
        case QCborStreamReader::Float:
        case QCborStreamReader::Double:
            return m_reader.next() || fail(u"truncated number"_s);
        case QCborStreamReader::ByteArray:
            return skipString([this] { return m_reader.readByteArray().status; });
        case QCborStreamReader::String:
            // Reading text (not skipping it) is what checks the UTF-8.
            return skipString([this] { return m_reader.readString().status; });
        case QCborStreamReader::Tag:
            if (depth >= SmpCbor::MaxNesting)
                return fail(u"nested deeper than %1"_s.arg(SmpCbor::MaxNesting));
            return (m_reader.next() || fail(u"truncated tag"_s)) && item(depth + 1);
        case QCborStreamReader::Array:
        case QCborStreamReader::Map:
            return container(depth);
        case QCborStreamReader::Invalid:
            break;
        }
        return fail(m_reader.lastError().toString());
    }

private:
    template<typename ReadChunk> bool skipString(ReadChunk readChunk)
    {
        QCborStreamReader::StringResultCode status = readChunk();
        while (status == QCborStreamReader::Ok)
            status = readChunk();
        return status == QCborStreamReader::EndOfString || fail(m_reader.lastError().toString());
    }

    bool container(int depth)
    {
        if (depth >= SmpCbor::MaxNesting)
            return fail(u"nested deeper than %1"_s.arg(SmpCbor::MaxNesting));
        const bool isMap = m_reader.isMap();
        if (m_reader.isLengthKnown()) {
            // Every element takes at least one byte: a larger count is a lie that
            // would otherwise make a parser reserve memory for it.
            const quint64 elements = m_reader.length();
            const quint64 remaining = quint64(m_size - m_reader.currentOffset());
            if (elements > remaining || (isMap && elements * 2 > remaining))
                return fail(u"container claims %1 elements with %2 bytes left"_s.arg(elements).arg(remaining));
        }
        if (!m_reader.enterContainer())
            return fail(m_reader.lastError().toString());
        while (m_reader.lastError() == QCborError::NoError && m_reader.hasNext()) {
            if (!item(depth + 1))
                return false;
            if (isMap && (!m_reader.hasNext() || !item(depth + 1)))
                return m_problem.isEmpty() ? fail(u"map key without a value"_s) : false;
        }
        if (m_reader.lastError() != QCborError::NoError)
            return fail(m_reader.lastError().toString());
        return m_reader.leaveContainer() || fail(m_reader.lastError().toString());
    }

    bool fail(const QString &problem)
    {
        if (m_problem.isEmpty())
            m_problem = problem.isEmpty() ? u"malformed CBOR"_s : problem;
        return false;
    }

    QCborStreamReader m_reader;
    qsizetype m_size = 0;
    qsizetype m_items = 0;
    QString m_problem;
};

// What is wrong with the keys of VALUE's maps, at any depth: a key that is not
// text or an integer, or a key twice; empty when nothing is. Depth is already
// bounded by the walk, so this recursion is too.
QString keyProblem(const QCborValue &value)
{
    if (value.isArray()) {
        const QCborArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            if (QString problem = keyProblem(array.at(i)); !problem.isEmpty())
                return problem;
        }
        return {};
    }
    if (value.isTag())
        return keyProblem(value.taggedValue());
    if (!value.isMap())
        return {};
    const QCborMap map = value.toMap();
    QList<QCborValue> keys;
    keys.reserve(map.size());
    for (auto it = map.constBegin(); it != map.constEnd(); ++it) {
        if (!it.key().isString() && !it.key().isInteger())
            return u"a CBOR map key of type %1 (SMP keys are text)"_s.arg(int(it.key().type()));
        if (QString problem = keyProblem(it.value()); !problem.isEmpty())
            return problem;
        keys.append(it.key());
    }
    std::sort(keys.begin(), keys.end(), [](const QCborValue &a, const QCborValue &b) { return a.compare(b) < 0; });
    if (std::adjacent_find(keys.cbegin(), keys.cend(),
                           [](const QCborValue &a, const QCborValue &b) { return a.compare(b) == 0; })
        != keys.cend())
        return u"a CBOR map holds the same key twice"_s;
    return {};
}

} // namespace

Result<QCborMap> SmpCbor::parseMap(QByteArrayView bytes)
{
    if (bytes.isEmpty())
        return malformedPayload(u"empty payload"_s);
    if (bytes.size() > MaxSize)
        return malformedPayload(u"payload of %1 bytes exceeds %2"_s.arg(bytes.size()).arg(MaxSize));
    const QByteArray copy = bytes.toByteArray();

    Walker walker(copy);
    if (!walker.reader().isMap())
        return malformedPayload(u"payload is not a CBOR map"_s);
    if (!walker.item(0))
        return malformedPayload(walker.problem());
    if (walker.reader().currentOffset() != copy.size())
        return malformedPayload(u"%1 bytes after the CBOR map"_s.arg(copy.size() - walker.reader().currentOffset()));

    QCborParserError error;
    const QCborValue value = QCborValue::fromCbor(copy, &error);
    if (error.error != QCborError::NoError || !value.isMap())
        return malformedPayload(u"CBOR rejected: %1"_s.arg(error.errorString()));
    if (const QString problem = keyProblem(value); !problem.isEmpty())
        return malformedPayload(problem);
    return value.toMap();
}

} // namespace pasban::smp
