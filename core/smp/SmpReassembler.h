#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>

namespace pasban::smp {

// Joins the pieces of SMP messages that arrive split over several BLE writes or
// notifications (each at most MTU − 3 bytes). The SMP header's length field says
// where a message ends. A fragment may also carry the end of one message and the
// start of the next. A header that is not one (reserved bits, undefined op) or a
// message above the limit is reported once and the buffer is dropped: the next
// fragment starts afresh, as Zephyr's smp_reassembly does.
class SmpReassembler
{
public:
    explicit SmpReassembler(qsizetype maxMessageSize = 0xffff + 8);

    // Whole messages completed by this fragment, and errors, in order.
    [[nodiscard]] QList<Result<QByteArray>> feed(QByteArrayView fragment);
    void reset() { m_buffer.clear(); }
    [[nodiscard]] qsizetype pending() const { return m_buffer.size(); }

private:
    qsizetype m_max;
    QByteArray m_buffer;
};

} // namespace pasban::smp
