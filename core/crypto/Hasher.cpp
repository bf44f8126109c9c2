#include "Hasher.h"

#include "CryptoSupport.h"

#include <openssl/evp.h>

#include <optional>

using namespace Qt::Literals::StringLiterals;

namespace pasban::crypto {

struct Hasher::Context
{
    std::unique_ptr<EVP_MD_CTX, decltype(&EVP_MD_CTX_free)> md {EVP_MD_CTX_new(), &EVP_MD_CTX_free};
    // The first failure, kept so result() can report it instead of a wrong digest.
    std::optional<Error> failure;

    void fail(const QString &operation)
    {
        if (!failure)
            failure = detail::libraryFailure(operation);
    }
};

namespace {

const EVP_MD *mdFor(Hasher::Algorithm algorithm)
{
    return algorithm == Hasher::Algorithm::Sha512 ? EVP_sha512() : EVP_sha256();
}

} // namespace

Hasher::Hasher(Algorithm algorithm)
    : m_algorithm(algorithm)
    , m_context(std::make_unique<Context>())
{
    reset();
}

Hasher::Hasher(Hasher &&other) noexcept = default;
Hasher &Hasher::operator=(Hasher &&other) noexcept = default;
Hasher::~Hasher() = default;

void Hasher::reset()
{
    if (!m_context)
        m_context = std::make_unique<Context>();
    m_context->failure.reset();
    if (!m_context->md)
        m_context->fail(u"EVP_MD_CTX_new"_s);
    else if (EVP_DigestInit_ex2(m_context->md.get(), mdFor(m_algorithm), nullptr) != 1)
        m_context->fail(u"EVP_DigestInit_ex2"_s);
}

void Hasher::addData(QByteArrayView data)
{
    if (!m_context || m_context->failure)
        return;
    if (EVP_DigestUpdate(m_context->md.get(), detail::bytesOf(data), size_t(data.size())) != 1)
        m_context->fail(u"EVP_DigestUpdate"_s);
}

Result<QByteArray> Hasher::result() const
{
    if (!m_context)
        return detail::invalidArgument(u"Hasher used after it was moved from"_s);
    if (m_context->failure)
        return *m_context->failure;

    // Finalise a copy so the caller can keep adding data to this one.
    std::unique_ptr<EVP_MD_CTX, decltype(&EVP_MD_CTX_free)> copy(EVP_MD_CTX_new(), &EVP_MD_CTX_free);
    if (!copy || EVP_MD_CTX_copy_ex(copy.get(), m_context->md.get()) != 1)
        return detail::libraryFailure(u"EVP_MD_CTX_copy_ex"_s);
    QByteArray out(EVP_MAX_MD_SIZE, '\0');
    unsigned int length = 0;
    if (EVP_DigestFinal_ex(copy.get(), reinterpret_cast<unsigned char *>(out.data()), &length) != 1)
        return detail::libraryFailure(u"EVP_DigestFinal_ex"_s);
    out.truncate(length);
    return out;
}

} // namespace pasban::crypto
