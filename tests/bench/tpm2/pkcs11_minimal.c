/*
 * The reference for the create benchmark: the same PKCS#11 calls the tpm2 backend makes for
 * `vscwizard create --generate` (EC P-256), with nothing else around them.
 * Usage: pkcs11_minimal MODULE LABEL  (TPM2_PKCS11_TCTI and TPM2_PKCS11_STORE from the environment, and
 * DBUS_SESSION_BUS_ADDRESS where a "tabrmd:" TCTI names a resource manager on a private bus)
 * Test secrets only: the PIN and SO PIN are fixed here and never printed.
 */
#include <dlfcn.h>
#include <p11-kit/pkcs11.h>
#include <stdio.h>
#include <string.h>

#define CHECK(call)                                                                                                    \
    do {                                                                                                               \
        CK_RV rv_ = (call);                                                                                            \
        if (rv_ != CKR_OK) {                                                                                           \
            fprintf(stderr, "%s: 0x%lx\n", #call, rv_);                                                                \
            return 1;                                                                                                  \
        }                                                                                                              \
    } while (0)

static int findSlot(CK_FUNCTION_LIST* f, const char* label, CK_SLOT_ID* slot)
{
    CK_SLOT_ID slots[256];
    CK_ULONG count = 256;
    if (f->C_GetSlotList(CK_TRUE, slots, &count) != CKR_OK) {
        return 0;
    }
    for (CK_ULONG i = 0; i < count; ++i) {
        CK_TOKEN_INFO info;
        if (f->C_GetTokenInfo(slots[i], &info) != CKR_OK) {
            continue;
        }
        int initialized = (info.flags & CKF_TOKEN_INITIALIZED) != 0;
        if ((!label && !initialized) || (label && initialized && memcmp(info.label, label, 32) == 0)) {
            *slot = slots[i];
            return 1;
        }
    }
    return 0;
}

int main(int argc, char** argv)
{
    if (argc != 3 || strlen(argv[2]) > 32) {
        return 2;
    }
    void* module = dlopen(argv[1], RTLD_NOW);
    CK_C_GetFunctionList getList = NULL;
    if (module) {
        /* The POSIX way to take a function from dlsym without an object-to-function pointer cast. */
        *(void**)(&getList) = dlsym(module, "C_GetFunctionList");
    }
    CK_FUNCTION_LIST* f = NULL;
    if (!getList || getList(&f) != CKR_OK) {
        return 1;
    }
    char label[33];
    memset(label, ' ', 32);
    memcpy(label, argv[2], strlen(argv[2]));
    CK_UTF8CHAR so[] = "87654321";
    CK_UTF8CHAR pin[] = "12345678";
    CK_SLOT_ID slot;
    CK_SESSION_HANDLE session;

    CHECK(f->C_Initialize(NULL));
    if (!findSlot(f, NULL, &slot)) {
        return 1;
    }
    CHECK(f->C_InitToken(slot, so, 8, (CK_UTF8CHAR*)label));
    if (!findSlot(f, label, &slot)) {
        return 1;
    }
    CHECK(f->C_OpenSession(slot, CKF_SERIAL_SESSION | CKF_RW_SESSION, NULL, NULL, &session));
    CHECK(f->C_Login(session, CKU_SO, so, 8));
    CHECK(f->C_InitPIN(session, pin, 8));
    CHECK(f->C_Logout(session));
    CHECK(f->C_CloseSession(session));

    CHECK(f->C_OpenSession(slot, CKF_SERIAL_SESSION | CKF_RW_SESSION, NULL, NULL, &session));
    CHECK(f->C_Login(session, CKU_USER, pin, 8));
    CK_BBOOL yes = CK_TRUE;
    CK_BYTE id[] = {1};
    CK_BYTE params[] = {0x06, 0x08, 0x2a, 0x86, 0x48, 0xce, 0x3d, 0x03, 0x01, 0x07};
    char keyLabel[] = "key";
    CK_ATTRIBUTE pub[] = {{CKA_TOKEN, &yes, 1},
                          {CKA_VERIFY, &yes, 1},
                          {CKA_ID, id, 1},
                          {CKA_LABEL, keyLabel, 3},
                          {CKA_EC_PARAMS, params, sizeof(params)}};
    CK_ATTRIBUTE priv[] = {{CKA_TOKEN, &yes, 1}, {CKA_PRIVATE, &yes, 1}, {CKA_SENSITIVE, &yes, 1},
                           {CKA_SIGN, &yes, 1},  {CKA_ID, id, 1},        {CKA_LABEL, keyLabel, 3}};
    CK_MECHANISM mechanism = {CKM_EC_KEY_PAIR_GEN, NULL, 0};
    CK_OBJECT_HANDLE publicKey, privateKey;
    CHECK(f->C_GenerateKeyPair(session, &mechanism, pub, 5, priv, 6, &publicKey, &privateKey));
    CHECK(f->C_Logout(session));
    CHECK(f->C_CloseSession(session));
    CHECK(f->C_Finalize(NULL));
    return 0;
}
