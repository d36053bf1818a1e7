// Laurel's view of libcrypto (OpenSSL 3). Swift cannot import function-like macros or call variadic
// C functions, so the few that Laurel needs are wrapped here as static inline functions.
#ifndef LAUREL_COPENSSL_SHIM_H
#define LAUREL_COPENSSL_SHIM_H

#include <openssl/bio.h>
#include <openssl/bn.h>
#include <openssl/core_names.h>
#include <openssl/crypto.h>
#include <openssl/ec.h>
#include <openssl/ecdsa.h>
#include <openssl/encoder.h>
#include <openssl/decoder.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/objects.h>
#include <openssl/param_build.h>
#include <openssl/params.h>
#include <openssl/pem.h>
#include <openssl/pkcs12.h>
#include <openssl/rand.h>
#include <openssl/rsa.h>
#include <openssl/x509.h>

static inline void laurel_openssl_free(void *pointer) { OPENSSL_free(pointer); }

static inline int laurel_bn_num_bytes(const BIGNUM *bn) { return BN_num_bytes(bn); }

static inline long laurel_bio_get_mem_data(BIO *bio, char **data) { return BIO_get_mem_data(bio, data); }

// OPENSSL_clear_free is a macro (it passes __FILE__/__LINE__); Laurel uses it for buffers that held
// private key material.
static inline void laurel_openssl_clear_free(void *pointer, size_t length) { OPENSSL_clear_free(pointer, length); }

// The error queue's reason code is extracted with a macro-like inline helper in some builds; this pins
// one spelling for Swift.
static inline int laurel_err_get_reason(unsigned long code) { return ERR_GET_REASON(code); }
static inline int laurel_err_get_lib(unsigned long code) { return ERR_GET_LIB(code); }

// Key selections for EVP_PKEY_fromdata are built from other macros, which Swift does not import.
static inline int laurel_evp_pkey_public_key(void) { return EVP_PKEY_PUBLIC_KEY; }
static inline int laurel_evp_pkey_keypair(void) { return EVP_PKEY_KEYPAIR; }

#endif
