#pragma once
// Refusals a caller may act on, beyond showing the message: the window asks for a password,
// or opens the store for reading only.
#include "common/OdemaError.h"

namespace odema {

/// The server wants a password it did not get, or refused the one it got.
class PasswordRequired : public OdemaError {
public:
    using OdemaError::OdemaError;
};

/// The store can be read but not written by this user (file permissions, a read-only database
/// role, a failed migration); the message says why and what to do.
class WriteRefused : public OdemaError {
public:
    using OdemaError::OdemaError;
};

} // namespace odema
