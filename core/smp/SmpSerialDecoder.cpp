#include "SmpSerialDecoder.h"

#include "Crc16.h"
#include "SmpSerialFraming.h"
#include "common/Logging.h"

#include <algorithm>
#include <utility>

using namespace Qt::Literals::StringLiterals;

namespace pasban::smp {

namespace {

Error damaged(const QString &code, const QString &detail)
{
    return Error(code,
                 QT_TRANSLATE_NOOP("pasban::Error",
                                   "A message from the device arrived damaged over the serial connection and was "
                                   "discarded. If this keeps happening, check the cable and the port's speed "
                                   "setting."),
                 {}, detail);
}

bool isBase64Character(char c)
{
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '+' || c == '/'
        || c == '=';
}

} // namespace

SmpSerialDecoder::SmpSerialDecoder(qsizetype maxPacketSize)
    : m_maxPacketSize(std::min(maxPacketSize, SmpSerialFraming::MaxPacketSize))
{
}

void SmpSerialDecoder::reset()
{
    m_state = State::Hunting;
    m_previous = -1;
    m_line.clear();
    m_stream.clear();
    m_expected = 0;
}

QList<Result<QByteArray>> SmpSerialDecoder::feed(QByteArrayView bytes)
{
    QList<Result<QByteArray>> out;
    for (const char byte : bytes) {
        if (m_state == State::Hunting)
            huntByte(byte);
        else
            frameByte(byte, out);
    }
    return out;
}

void SmpSerialDecoder::huntByte(char byte)
{
    const quint8 current = quint8(byte);
    if (m_previous == quint8(SmpSerialFraming::FirstMarker[0]) && current == quint8(SmpSerialFraming::FirstMarker[1]))
        m_state = State::FirstFrame;
    else if (m_previous == quint8(SmpSerialFraming::ContinuationMarker[0])
             && current == quint8(SmpSerialFraming::ContinuationMarker[1]))
        m_state = State::ContinuationFrame;
    if (m_state != State::Hunting) {
        m_line.clear();
        m_previous = -1;
        return;
    }
    m_previous = current;
}

void SmpSerialDecoder::frameByte(char byte, QList<Result<QByteArray>> &out)
{
    if (byte == '\n') {
        endFrame(out);
        return;
    }
    if (byte == '\r')
        return; // consoles that end lines with CR LF
    if (!isBase64Character(byte)) {
        // Log output cut into the line, or the sender restarted mid-frame: this frame
        // is lost. The byte itself may begin the next marker.
        abandon(damaged(u"smp.serial_bad_base64"_s,
                        u"byte 0x%1 inside a frame"_s.arg(uint(quint8(byte)), 2, 16, QLatin1Char('0'))),
                out);
        huntByte(byte);
        return;
    }
    if (m_line.size() >= MaxLineLength) {
        abandon(damaged(u"smp.serial_bad_frame"_s, u"frame longer than %1 bytes"_s.arg(MaxLineLength)), out);
        return;
    }
    m_line.append(byte);
}

void SmpSerialDecoder::endFrame(QList<Result<QByteArray>> &out)
{
    const bool first = m_state == State::FirstFrame;
    const QByteArray line = std::exchange(m_line, QByteArray());
    m_state = State::Hunting;
    m_previous = -1;

    if (!first && m_expected == 0) {
        // The rest of a packet we never saw the start of, or already gave up on.
        qCDebug(lcSmp) << "serial: continuation frame outside a packet skipped";
        return;
    }
    if (first && m_expected > 0) {
        abandon(damaged(u"smp.serial_length_mismatch"_s,
                        u"new packet began after %1 of %2 bytes"_s.arg(m_stream.size()).arg(m_expected)),
                out);
    }

    const auto decoded = QByteArray::fromBase64Encoding(line, QByteArray::AbortOnBase64DecodingErrors);
    const qsizetype lineLength = line.size();
    if (lineLength == 0 || lineLength % 4 != 0 || decoded.decodingStatus != QByteArray::Base64DecodingStatus::Ok) {
        abandon(damaged(u"smp.serial_bad_base64"_s, u"frame of %1 base64 characters rejected"_s.arg(lineLength)), out);
        return;
    }

    if (first) {
        if (decoded.decoded.size() < 2) {
            abandon(damaged(u"smp.serial_length_mismatch"_s, u"first frame without a length field"_s), out);
            return;
        }
        const qsizetype declared = qsizetype(quint8(decoded.decoded[0])) << 8 | quint8(decoded.decoded[1]);
        if (declared < 3) {
            abandon(damaged(u"smp.serial_length_mismatch"_s, u"declared length %1"_s.arg(declared)), out);
            return;
        }
        if (declared - 2 > m_maxPacketSize) {
            abandon(Error(u"smp.serial_oversize"_s,
                          QT_TRANSLATE_NOOP("pasban::Error",
                                            "The device sent a message larger than Pasban accepts (%1 bytes) and it "
                                            "was discarded. Check that the right device is on this port."),
                          {QString::number(declared - 2)}, u"limit %1 bytes"_s.arg(m_maxPacketSize)),
                    out);
            return;
        }
        m_expected = declared + 2;
        m_stream.clear();
        m_stream.reserve(m_expected);
    }
    m_stream.append(decoded.decoded);

    if (m_stream.size() < m_expected)
        return;
    if (m_stream.size() > m_expected) {
        abandon(damaged(u"smp.serial_length_mismatch"_s,
                        u"%1 bytes arrived for a %2-byte packet"_s.arg(m_stream.size()).arg(m_expected)),
                out);
        return;
    }
    const QByteArrayView packet = QByteArrayView(m_stream).sliced(2, m_expected - 4);
    const quint16 sent = quint16(quint8(m_stream[m_expected - 2]) << 8 | quint8(m_stream[m_expected - 1]));
    const quint16 computed = crc16Xmodem(packet);
    if (sent != computed) {
        abandon(damaged(u"smp.serial_bad_crc"_s,
                        u"CRC 0x%1 sent, 0x%2 computed"_s.arg(uint(sent), 4, 16, QLatin1Char('0'))
                            .arg(uint(computed), 4, 16, QLatin1Char('0'))),
                out);
        return;
    }
    out.append(packet.toByteArray());
    m_stream.clear();
    m_expected = 0;
}

void SmpSerialDecoder::abandon(Error error, QList<Result<QByteArray>> &out)
{
    qCDebug(lcSmp) << "serial:" << error.code() << error.detail();
    out.append(std::move(error));
    m_state = State::Hunting;
    m_previous = -1;
    m_line.clear();
    m_stream.clear();
    m_expected = 0;
}

} // namespace pasban::smp
