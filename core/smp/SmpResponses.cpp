#include "SmpResponses.h"

#include "SmpError.h"

#include <QCborArray>
#include <QCborValue>

#include <limits>

using namespace Qt::Literals::StringLiterals;

namespace pasban::smp {

namespace {

// Reads fields of one map, remembering the first problem so a reader can check
// every field and report once.
class Fields
{
public:
    Fields(const QCborMap &map, QString where)
        : m_map(map)
        , m_where(std::move(where))
    {
    }

    [[nodiscard]] bool ok() const { return m_problem.isEmpty(); }
    [[nodiscard]] Error error() const { return SmpError::malformedResponse(m_where + u": "_s + m_problem); }

    std::optional<quint64> unsignedInteger(const QString &key, quint64 max, bool required)
    {
        const QCborValue value = m_map.value(key);
        if (absent(value, key, required))
            return std::nullopt;
        if (!value.isInteger() || value.toInteger() < 0 || quint64(value.toInteger()) > max) {
            wrong(key, u"an integer from 0 to %1"_s.arg(max));
            return std::nullopt;
        }
        return quint64(value.toInteger());
    }

    std::optional<qint64> integer(const QString &key, bool required)
    {
        const QCborValue value = m_map.value(key);
        if (absent(value, key, required))
            return std::nullopt;
        if (!value.isInteger()) {
            wrong(key, u"an integer"_s);
            return std::nullopt;
        }
        return value.toInteger();
    }

    std::optional<bool> boolean(const QString &key)
    {
        const QCborValue value = m_map.value(key);
        if (absent(value, key, false))
            return std::nullopt;
        if (!value.isBool()) {
            wrong(key, u"true or false"_s);
            return std::nullopt;
        }
        return value.toBool();
    }

    std::optional<QString> text(const QString &key, bool required)
    {
        const QCborValue value = m_map.value(key);
        if (absent(value, key, required))
            return std::nullopt;
        if (!value.isString()) {
            wrong(key, u"text"_s);
            return std::nullopt;
        }
        return value.toString();
    }

    std::optional<QByteArray> bytes(const QString &key, bool required)
    {
        const QCborValue value = m_map.value(key);
        if (absent(value, key, required))
            return std::nullopt;
        if (!value.isByteArray()) {
            wrong(key, u"a byte string"_s);
            return std::nullopt;
        }
        return value.toByteArray();
    }

    std::optional<QCborArray> array(const QString &key, bool required)
    {
        const QCborValue value = m_map.value(key);
        if (absent(value, key, required))
            return std::nullopt;
        if (!value.isArray()) {
            wrong(key, u"an array"_s);
            return std::nullopt;
        }
        return value.toArray();
    }

private:
    // QCborMap::value() answers Undefined for a missing key.
    bool absent(const QCborValue &value, const QString &key, bool required)
    {
        if (!value.isUndefined())
            return false;
        if (required && ok())
            m_problem = u"\"%1\" is missing"_s.arg(key);
        return true;
    }

    void wrong(const QString &key, const QString &expected)
    {
        if (ok())
            m_problem = u"\"%1\" is not %2"_s.arg(key, expected);
    }

    const QCborMap &m_map;
    QString m_where;
    QString m_problem;
};

constexpr quint64 U32Max = std::numeric_limits<quint32>::max();

Result<ImageSlotState> readSlot(const QCborValue &value, qsizetype index)
{
    const QString where = u"images[%1]"_s.arg(index);
    if (!value.isMap())
        return SmpError::malformedResponse(where + u" is not a map"_s);
    const QCborMap map = value.toMap();
    Fields fields(map, where);
    ImageSlotState slot;
    slot.image = quint32(fields.unsignedInteger(u"image"_s, U32Max, false).value_or(0));
    slot.slot = quint32(fields.unsignedInteger(u"slot"_s, U32Max, true).value_or(0));
    slot.version = fields.text(u"version"_s, true).value_or(QString());
    slot.hash = fields.bytes(u"hash"_s, false).value_or(QByteArray());
    slot.bootable = fields.boolean(u"bootable"_s).value_or(false);
    slot.pending = fields.boolean(u"pending"_s).value_or(false);
    slot.confirmed = fields.boolean(u"confirmed"_s).value_or(false);
    slot.active = fields.boolean(u"active"_s).value_or(false);
    slot.permanent = fields.boolean(u"permanent"_s).value_or(false);
    if (!fields.ok())
        return fields.error();
    return slot;
}

} // namespace

Status SmpResponses::status(const QCborMap &payload)
{
    const Result<std::optional<SmpError>> error = SmpError::fromPayload(payload);
    if (!error)
        return error.error();
    if (error->has_value())
        return (*error)->toError();
    return {};
}

Result<QString> SmpResponses::echo(const QCborMap &payload)
{
    if (Status s = status(payload); !s)
        return s.error();
    Fields fields(payload, u"echo"_s);
    const std::optional<QString> reply = fields.text(u"r"_s, true);
    if (!fields.ok())
        return fields.error();
    return *reply;
}

Result<QString> SmpResponses::osInfo(const QCborMap &payload)
{
    if (Status s = status(payload); !s)
        return s.error();
    Fields fields(payload, u"os info"_s);
    const std::optional<QString> output = fields.text(u"output"_s, true);
    if (!fields.ok())
        return fields.error();
    return *output;
}

Result<DeviceParameters> SmpResponses::parameters(const QCborMap &payload)
{
    if (Status s = status(payload); !s)
        return s.error();
    Fields fields(payload, u"parameters"_s);
    const std::optional<quint64> size = fields.unsignedInteger(u"buf_size"_s, U32Max, true);
    const std::optional<quint64> count = fields.unsignedInteger(u"buf_count"_s, U32Max, true);
    if (!fields.ok())
        return fields.error();
    return DeviceParameters {quint32(*size), quint32(*count)};
}

Result<BootloaderInfo> SmpResponses::bootloaderInfo(const QCborMap &payload)
{
    if (Status s = status(payload); !s)
        return s.error();
    Fields fields(payload, u"bootloader info"_s);
    BootloaderInfo info;
    info.name = fields.text(u"bootloader"_s, false).value_or(QString());
    info.mode = fields.integer(u"mode"_s, false);
    info.noDowngrade = fields.boolean(u"no-downgrade"_s);
    if (!fields.ok())
        return fields.error();
    return info;
}

Result<ImageStateList> SmpResponses::imageState(const QCborMap &payload)
{
    if (Status s = status(payload); !s)
        return s.error();
    Fields fields(payload, u"image state"_s);
    const std::optional<QCborArray> images = fields.array(u"images"_s, true);
    ImageStateList list;
    list.splitStatus = fields.integer(u"splitStatus"_s, false);
    if (!fields.ok())
        return fields.error();
    list.images.reserve(images->size());
    for (qsizetype i = 0; i < images->size(); ++i) {
        Result<ImageSlotState> slot = readSlot(images->at(i), i);
        if (!slot)
            return slot.error();
        list.images.append(std::move(slot).value());
    }
    return list;
}

Result<UploadProgress> SmpResponses::upload(const QCborMap &payload)
{
    if (Status s = status(payload); !s)
        return s.error();
    Fields fields(payload, u"upload"_s);
    const std::optional<quint64> offset = fields.unsignedInteger(u"off"_s, U32Max, true);
    const std::optional<bool> match = fields.boolean(u"match"_s);
    if (!fields.ok())
        return fields.error();
    return UploadProgress {quint32(*offset), match};
}

} // namespace pasban::smp
