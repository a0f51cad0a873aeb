#pragma once

#include "sis/siserror.h"

class QNetworkRequest;

namespace rb {

struct SisRequest;

// How a OneRoster REST server is signed in to: a bearer token (Aeries) or a signature on every
// request (ClassLink). OneRosterRestReader calls these around each request.
class OneRosterAuth
{
public:
    virtual ~OneRosterAuth() = default;

    // Before each request: makes sure there is a valid token (renewing one about to expire).
    virtual bool prepare(SisError *error) = 0;
    // On each attempt of a request: sets the Authorization header (and cookies).
    virtual void sign(QNetworkRequest &request, const SisRequest &what) = 0;
    // After a 401: gets new credentials to try once more. False when there is nothing to renew
    // (the 401 then stands), or with `error` set when renewing failed.
    virtual bool renew(SisError *error) = 0;
};

} // namespace rb
