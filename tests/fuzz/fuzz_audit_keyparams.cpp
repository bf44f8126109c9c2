// The passphrase key store's parameters (salt and scrypt cost), stored in clear in
// the database: an edited value must be refused, never make unlocking hang or
// allocate without bound.
#include "audit/PassphraseKeyStore.h"

#include <QByteArrayView>

#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using Parameters = pasban::audit::PassphraseKeyStore::Parameters;
    const QByteArrayView bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const pasban::Result<Parameters> parameters = Parameters::fromBytes(bytes);
    if (!parameters)
        return 0;
    if (parameters->scrypt.n > (quint64(1) << 20) || parameters->scrypt.r > 32 || parameters->scrypt.p > 16)
        __builtin_trap();
    const pasban::Result<Parameters> again = Parameters::fromBytes(parameters->toBytes());
    if (!again || again->salt != parameters->salt || again->scrypt.n != parameters->scrypt.n)
        __builtin_trap();
    return 0;
}
