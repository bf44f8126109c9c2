#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QByteArrayView>

#include <memory>

namespace pasban::crypto {

// Incremental SHA-2 for data read in pieces (firmware images, exported files),
// so nothing large has to sit in memory at once.
class Hasher
{
public:
    enum class Algorithm { Sha256, Sha512 };

    explicit Hasher(Algorithm algorithm);
    Hasher(Hasher &&other) noexcept;
    Hasher &operator=(Hasher &&other) noexcept;
    ~Hasher();

    [[nodiscard]] Algorithm algorithm() const { return m_algorithm; }

    void addData(QByteArrayView data);
    // The digest of everything added since construction or reset(). More data may be
    // added afterwards. An error if any step failed — a partial digest is never returned.
    [[nodiscard]] Result<QByteArray> result() const;
    void reset();

private:
    struct Context;

    Algorithm m_algorithm;
    std::unique_ptr<Context> m_context;
};

} // namespace pasban::crypto
