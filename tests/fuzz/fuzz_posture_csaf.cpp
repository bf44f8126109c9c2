// The CSAF 2.0 advisory parser (advisories are outside bytes: downloaded files or
// folders). Whatever parses must be usable: every product has an id, every
// vulnerability's product references are strings, the summary serialises, and
// matching a device against it terminates without touching memory it should not.
#include "posture/AdvisoryIndex.h"
#include "posture/CsafParser.h"
#include "posture/DeviceFacts.h"

#include <QByteArray>

#include <cstdint>

using namespace pasban::posture;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    pasban::Result<Advisory> parsed = CsafParser::parse(bytes);
    if (!parsed) {
        if (parsed.error().code().isEmpty())
            __builtin_trap(); // a refusal always says what it is
        return 0;
    }
    if (parsed->trackingId.isEmpty())
        __builtin_trap();
    for (const AdvisoryProduct &product : parsed->products) {
        if (product.productId.isEmpty())
            __builtin_trap();
        (void)product.versionSpec();
    }
    (void)parsed->toSummaryJson();
    // Match every product's own vendor, name and version against the advisory.
    const AdvisoryIndex index({*parsed});
    for (const AdvisoryProduct &product : index.advisories().first().products) {
        DeviceFacts facts;
        facts.manufacturer = product.vendor;
        facts.model = product.name;
        facts.firmware = product.versionText.left(32);
        for (const AdvisoryMatch &match : index.match(facts)) {
            if (!match.advisory || !match.product)
                __builtin_trap();
        }
    }
    return 0;
}
