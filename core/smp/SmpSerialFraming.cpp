#include "SmpSerialFraming.h"

#include "Crc16.h"

using namespace Qt::Literals::StringLiterals;

namespace pasban::smp {

Result<QList<QByteArray>> SmpSerialFraming::encodeFrames(QByteArrayView packet)
{
    if (packet.isEmpty() || packet.size() > MaxPacketSize) {
        return Error(u"smp.serial_packet_size"_s,
                     QT_TRANSLATE_NOOP("pasban::Error",
                                       "A management message could not be prepared for the serial connection. This "
                                       "is a fault in Pasban; please report it."),
                     {}, u"packet of %1 bytes"_s.arg(packet.size()));
    }
    const quint16 length = quint16(packet.size() + 2);
    const quint16 crc = crc16Xmodem(packet);
    QByteArray stream;
    stream.reserve(packet.size() + 4);
    stream.append(char(length >> 8)).append(char(length & 0xff));
    stream.append(packet);
    stream.append(char(crc >> 8)).append(char(crc & 0xff));

    QList<QByteArray> frames;
    frames.reserve(stream.size() / RawBytesPerFrame + 1);
    for (qsizetype offset = 0; offset < stream.size(); offset += RawBytesPerFrame) {
        QByteArray frame = offset == 0 ? QByteArray(FirstMarker, 2) : QByteArray(ContinuationMarker, 2);
        frame.append(stream.mid(offset, RawBytesPerFrame).toBase64());
        frame.append('\n');
        frames.append(frame);
    }
    return frames;
}

Result<QByteArray> SmpSerialFraming::encode(QByteArrayView packet)
{
    const Result<QList<QByteArray>> frames = encodeFrames(packet);
    if (!frames)
        return frames.error();
    return frames->join();
}

} // namespace pasban::smp
