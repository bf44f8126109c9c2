#pragma once

// Private to core/crypto: how Certificate.cpp and Cms.cpp reach the library objects
// behind Certificate, CertificateRevocationList and PrivateKey. Only forward
// declarations of OpenSSL's structs here, no OpenSSL header.

struct x509_st;
struct X509_crl_st;
struct evp_pkey_st;

namespace pasban::crypto {
class Certificate;
class CertificateRevocationList;
class PrivateKey;
} // namespace pasban::crypto

namespace pasban::crypto::detail {

struct X509Access
{
    // Borrowed pointers, valid while the object lives.
    static x509_st *x509(const Certificate &certificate);
    static X509_crl_st *crl(const CertificateRevocationList &crl);
    static evp_pkey_st *privateKey(const PrivateKey &key);
    // Takes a reference of its own (X509_up_ref); the caller keeps its one.
    static Certificate share(x509_st *certificate);
};

} // namespace pasban::crypto::detail
