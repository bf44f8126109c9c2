#include "Inflate.h"

#include <algorithm>
#include <array>
#include <limits>

using namespace Qt::Literals::StringLiterals;

namespace pasban {

namespace {

constexpr int MaxBits = 15; // the longest DEFLATE code
constexpr int MaxLiteralCodes = 286;
constexpr int MaxDistanceCodes = 30;
constexpr int FixedLiteralCodes = 288; // 286 and 287 take part in the fixed code but never occur

// RFC 1951 §3.2.5: base lengths and extra bits of length symbols 257..285,
// base distances and extra bits of distance symbols 0..29.
constexpr std::array<quint16, 29> LengthBase {3,  4,  5,  6,  7,  8,  9,  10, 11,  13,  15,  17,  19,  23, 27,
                                              31, 35, 43, 51, 59, 67, 83, 99, 115, 131, 163, 195, 227, 258};
constexpr std::array<quint8, 29> LengthExtra {0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2,
                                              2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0};
constexpr std::array<quint16, 30> DistanceBase {1,    2,    3,    4,    5,    7,    9,    13,    17,    25,
                                                33,   49,   65,   97,   129,  193,  257,  385,   513,   769,
                                                1025, 1537, 2049, 3073, 4097, 6145, 8193, 12289, 16385, 24577};
constexpr std::array<quint8, 30> DistanceExtra {0, 0, 0, 0, 1, 1, 2, 2,  3,  3,  4,  4,  5,  5,  6,
                                                6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13, 13};
// The order in which the code-length code's lengths are sent (§3.2.7).
constexpr std::array<quint8, 19> CodeLengthOrder {16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15};

// A canonical Huffman code: how many codes have each length, and the symbols
// ordered by code.
struct Huffman
{
    std::array<quint16, MaxBits + 1> count {};
    std::array<quint16, FixedLiteralCodes> symbol {};

    // False for an over-subscribed set of lengths (more codes than bit patterns).
    // An incomplete code is accepted; a pattern it lacks fails when decoded.
    bool build(const quint8 *lengths, int n)
    {
        count.fill(0);
        // Every length is 0..MaxBits: the callers read them as 4-bit values or
        // from the code-length code, whose symbols 0..15 are lengths.
        for (int i = 0; i < n; ++i)
            ++count[lengths[i]];
        if (count[0] == n)
            return true; // no codes: any use of it is an error when decoding
        int left = 1;
        for (int len = 1; len <= MaxBits; ++len) {
            // cppcheck-suppress containerOutOfBounds ; count has MaxBits + 1 entries, len <= MaxBits
            left = left * 2 - count[len];
            if (left < 0)
                return false;
        }
        std::array<quint16, MaxBits + 1> offset {};
        for (int len = 1; len < MaxBits; ++len) {
            // cppcheck-suppress containerOutOfBounds ; offset has MaxBits + 1 entries, len + 1 <= MaxBits
            offset[len + 1] = quint16(offset[len] + count[len]);
        }
        for (int i = 0; i < n; ++i) {
            if (lengths[i] != 0)
                symbol[offset[lengths[i]]++] = quint16(i);
        }
        return true;
    }
};

class Inflater
{
public:
    Inflater(QByteArrayView input, qint64 expectedSize)
        : m_in(input)
        , m_expected(expectedSize)
    {
        // The declared size is the caller's (bounded) promise, not yet a fact: grow into it.
        m_out.reserve(qsizetype(std::min<qint64>(expectedSize, qint64(1) << 20)));
    }

    Result<QByteArray> run()
    {
        bool last = false;
        while (!last) {
            quint32 header = 0;
            if (!bits(3, header))
                return zipCorrupt(u"the input ends inside a block header"_s);
            last = (header & 1) != 0;
            const quint32 type = header >> 1;
            Status block = type == 0 ? stored()
                : type == 1          ? fixed()
                : type == 2          ? dynamic()
                                     : Status(zipCorrupt(u"a block of the reserved type 3"_s));
            if (!block)
                return block.error();
        }
        if (qint64(m_out.size()) != m_expected)
            return zipCorrupt(u"the entry is shorter than the archive declares"_s);
        return m_out;
    }

private:
    bool bits(int need, quint32 &value)
    {
        while (m_bitCount < need) {
            if (m_pos >= m_in.size())
                return false;
            m_bitBuffer |= quint32(quint8(m_in[m_pos++])) << m_bitCount;
            m_bitCount += 8;
        }
        value = m_bitBuffer & ((quint32(1) << need) - 1);
        m_bitBuffer >>= need;
        m_bitCount -= need;
        return true;
    }

    bool room(qint64 more) const { return qint64(m_out.size()) + more <= m_expected; }

    Status stored()
    {
        m_bitBuffer = 0; // a stored block starts at the next byte
        m_bitCount = 0;
        if (m_in.size() - m_pos < 4)
            return zipCorrupt(u"the input ends inside a stored block's header"_s);
        const auto byte = [this](qsizetype i) {
            return quint32(quint8(m_in[m_pos + i]));
        };
        const quint32 len = byte(0) | (byte(1) << 8);
        const quint32 nlen = byte(2) | (byte(3) << 8);
        m_pos += 4;
        if (len != (~nlen & 0xffffu))
            return zipCorrupt(u"a stored block's length and its complement disagree"_s);
        if (m_in.size() - m_pos < qsizetype(len))
            return zipCorrupt(u"the input ends inside a stored block"_s);
        if (!room(len))
            return zipCorrupt(u"the entry is longer than the archive declares"_s);
        m_out.append(m_in.sliced(m_pos, len));
        m_pos += len;
        return {};
    }

    // One symbol, or -1 when the input ends or the pattern is not a code.
    int decode(const Huffman &h)
    {
        int code = 0; // the bits so far, first bit most significant
        int first = 0; // the first code of the current length
        int index = 0; // where the current length's symbols start
        for (int len = 1; len <= MaxBits; ++len) {
            quint32 bit = 0;
            if (!bits(1, bit))
                return -1;
            code |= int(bit);
            const int count = h.count[len];
            if (code - first < count)
                return h.symbol[index + (code - first)];
            index += count;
            first = (first + count) << 1;
            code <<= 1;
        }
        return -1;
    }

    Status codes(const Huffman &literals, const Huffman &distances)
    {
        for (;;) {
            const int symbol = decode(literals);
            if (symbol < 0)
                return zipCorrupt(u"a literal/length code that is not in the table, or the input ends"_s);
            if (symbol < 256) {
                if (!room(1))
                    return zipCorrupt(u"the entry is longer than the archive declares"_s);
                m_out.append(char(symbol));
                continue;
            }
            if (symbol == 256)
                return {};
            const int lengthIndex = symbol - 257;
            if (lengthIndex >= int(LengthBase.size()))
                return zipCorrupt(u"an invalid length symbol"_s);
            quint32 extra = 0;
            if (!bits(LengthExtra[lengthIndex], extra))
                return zipCorrupt(u"the input ends inside a length"_s);
            const qint64 length = LengthBase[lengthIndex] + extra;
            const int distanceSymbol = decode(distances);
            if (distanceSymbol < 0 || distanceSymbol >= MaxDistanceCodes)
                return zipCorrupt(u"a distance code that is not in the table, or the input ends"_s);
            if (!bits(DistanceExtra[distanceSymbol], extra))
                return zipCorrupt(u"the input ends inside a distance"_s);
            const qint64 distance = DistanceBase[distanceSymbol] + extra;
            if (distance > m_out.size())
                return zipCorrupt(u"a distance reaches before the start of the entry"_s);
            if (!room(length))
                return zipCorrupt(u"the entry is longer than the archive declares"_s);
            // Byte by byte: a copy may overlap what it writes (distance < length).
            qsizetype from = m_out.size() - qsizetype(distance);
            for (qint64 i = 0; i < length; ++i)
                m_out.append(m_out.at(from++));
        }
    }

    Status fixed()
    {
        static const std::pair<Huffman, Huffman> tables = [] {
            std::array<quint8, FixedLiteralCodes> lengths {};
            for (int i = 0; i < FixedLiteralCodes; ++i)
                lengths[i] = quint8(i < 144 ? 8 : i < 256 ? 9 : i < 280 ? 7 : 8);
            std::pair<Huffman, Huffman> t;
            t.first.build(lengths.data(), FixedLiteralCodes);
            std::array<quint8, MaxDistanceCodes> distances {};
            distances.fill(5);
            t.second.build(distances.data(), MaxDistanceCodes);
            return t;
        }();
        return codes(tables.first, tables.second);
    }

    Status dynamic()
    {
        quint32 hlit = 0, hdist = 0, hclen = 0;
        if (!bits(5, hlit) || !bits(5, hdist) || !bits(4, hclen))
            return zipCorrupt(u"the input ends inside a dynamic block's header"_s);
        const int literalCount = int(hlit) + 257;
        const int distanceCount = int(hdist) + 1;
        if (literalCount > MaxLiteralCodes || distanceCount > MaxDistanceCodes)
            return zipCorrupt(u"a dynamic block declares too many codes"_s);

        std::array<quint8, 19> codeLengthLengths {};
        for (quint32 i = 0; i < hclen + 4; ++i) {
            quint32 len = 0;
            if (!bits(3, len))
                return zipCorrupt(u"the input ends inside the code-length code"_s);
            codeLengthLengths[CodeLengthOrder[i]] = quint8(len);
        }
        Huffman codeLengths;
        if (!codeLengths.build(codeLengthLengths.data(), 19))
            return zipCorrupt(u"an over-subscribed code-length code"_s);

        std::array<quint8, MaxLiteralCodes + MaxDistanceCodes> lengths {};
        int n = 0;
        while (n < literalCount + distanceCount) {
            const int symbol = decode(codeLengths);
            if (symbol < 0)
                return zipCorrupt(u"a code length that is not in the table, or the input ends"_s);
            if (symbol < 16) {
                lengths[n++] = quint8(symbol);
                continue;
            }
            quint8 repeated = 0;
            quint32 times = 0;
            if (symbol == 16) {
                if (n == 0)
                    return zipCorrupt(u"a repeated code length with nothing before it"_s);
                repeated = lengths[n - 1];
                if (!bits(2, times))
                    return zipCorrupt(u"the input ends inside a repeat"_s);
                times += 3;
            } else if (symbol == 17) {
                if (!bits(3, times))
                    return zipCorrupt(u"the input ends inside a repeat"_s);
                times += 3;
            } else {
                if (!bits(7, times))
                    return zipCorrupt(u"the input ends inside a repeat"_s);
                times += 11;
            }
            if (n + int(times) > literalCount + distanceCount)
                return zipCorrupt(u"a repeat runs past the declared code lengths"_s);
            while (times-- > 0)
                lengths[n++] = repeated;
        }
        if (lengths[256] == 0)
            return zipCorrupt(u"a dynamic block without an end-of-block code"_s);

        Huffman literals;
        Huffman distances;
        if (!literals.build(lengths.data(), literalCount)
            || !distances.build(lengths.data() + literalCount, distanceCount))
            return zipCorrupt(u"an over-subscribed literal/length or distance code"_s);
        return codes(literals, distances);
    }

    QByteArrayView m_in;
    qsizetype m_pos = 0;
    quint32 m_bitBuffer = 0;
    int m_bitCount = 0;
    qint64 m_expected;
    QByteArray m_out;
};

} // namespace

Error zipCorrupt(const QString &why)
{
    return Error(u"zip.corrupt"_s,
                 QT_TRANSLATE_NOOP("pasban::Error",
                                   "The ZIP archive is damaged: an entry cannot be read as the archive describes it."),
                 {}, why);
}

Result<QByteArray> inflateRaw(QByteArrayView input, qint64 expectedSize)
{
    if (expectedSize < 0 || expectedSize > qint64(std::numeric_limits<qsizetype>::max() / 2))
        return zipCorrupt(u"an impossible declared size"_s);
    return Inflater(input, expectedSize).run();
}

quint32 crc32(QByteArrayView data)
{
    static const std::array<quint32, 256> table = [] {
        std::array<quint32, 256> t {};
        for (quint32 i = 0; i < 256; ++i) {
            quint32 c = i;
            for (int k = 0; k < 8; ++k)
                c = (c & 1) ? 0xedb88320u ^ (c >> 1) : c >> 1;
            t[i] = c;
        }
        return t;
    }();
    quint32 crc = 0xffffffffu;
    for (const char byte : data)
        crc = table[(crc ^ quint8(byte)) & 0xff] ^ (crc >> 8);
    return crc ^ 0xffffffffu;
}

} // namespace pasban
