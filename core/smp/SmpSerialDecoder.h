#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>

namespace pasban::smp {

// Receives mcumgr serial frames (see SmpSerialFraming) from a console stream that
// also carries log lines, and hands back whole SMP packets. Bytes may arrive in any
// chunks, one at a time or many packets at once. Anything outside a frame is
// skipped. A damaged frame, a bad checksum, a length that does not add up or an
// oversized packet is reported once as an error and the decoder waits for the next
// start marker (0x06 0x09); continuation lines of a packet it has given up on are
// dropped silently.
class SmpSerialDecoder
{
public:
    // Larger than any response a device sends (their buffers are a few kB); the
    // limit stops a garbled length from making us collect 64 kB of noise.
    static constexpr qsizetype DefaultMaxPacketSize = 8 * 1024;
    // A frame is at most 127 bytes; this leaves room for senders that are lax about
    // it while still bounding what one line may cost.
    static constexpr qsizetype MaxLineLength = 1024;

    explicit SmpSerialDecoder(qsizetype maxPacketSize = DefaultMaxPacketSize);

    // Packets completed and errors found in these bytes, in the order they ended.
    [[nodiscard]] QList<Result<QByteArray>> feed(QByteArrayView bytes);

    // Forgets any partial frame or packet (e.g. after the port was reopened).
    void reset();
    [[nodiscard]] bool isInsidePacket() const { return m_expected > 0; }

private:
    enum class State { Hunting, FirstFrame, ContinuationFrame };

    void huntByte(char byte);
    void frameByte(char byte, QList<Result<QByteArray>> &out);
    void endFrame(QList<Result<QByteArray>> &out);
    void abandon(Error error, QList<Result<QByteArray>> &out);

    qsizetype m_maxPacketSize;
    State m_state = State::Hunting;
    int m_previous = -1; // the byte before, while hunting for a two-byte marker
    QByteArray m_line; // base64 text of the frame being read
    QByteArray m_stream; // decoded so far: length field, packet, CRC
    qsizetype m_expected = 0; // total decoded bytes of the packet in progress; 0 = none
};

} // namespace pasban::smp
