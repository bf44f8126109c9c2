#pragma once

#include "Advisory.h"
#include "common/Result.h"

#include <QByteArrayView>

namespace pasban::posture {

// Reads a CSAF 2.0 document (OASIS CSAF v2.0: document, product_tree,
// vulnerabilities) into an Advisory. Everything is outside input: the size, the
// nesting depth, every string's length and every array's length are limited
// before or while reading, each field's JSON type is checked, and any violation
// is an error ("posture.csaf_invalid", the detail names the JSON path), never a
// partial result.
class CsafParser
{
public:
    static constexpr qsizetype MaxDocumentSize = 16 * 1024 * 1024;
    static constexpr int MaxNesting = 48; // JSON containers inside each other
    static constexpr qsizetype MaxStringLength = 64 * 1024; // bytes, as written in the file
    static constexpr int MaxBranchDepth = 16; // product_tree branches inside each other
    static constexpr qsizetype MaxProducts = 20000;
    static constexpr qsizetype MaxVulnerabilities = 10000;
    static constexpr qsizetype MaxArrayLength = 20000; // any other array
    static constexpr qsizetype MaxTrackingIdLength = 200;

    [[nodiscard]] static Result<Advisory> parse(QByteArrayView bytes);

    // The limits that can be checked on the bytes alone (size, nesting, string
    // length), before a JSON parser builds anything.
    [[nodiscard]] static Status checkShape(QByteArrayView bytes);
};

} // namespace pasban::posture
