// claimscan/claimscan.h — the C++ API in one include.
//
// Stages, in the order data flows: text → article → tag → claim → compare → report.
// engine.h runs them all behind one compiled object. The C ABI is capi/claimscan.h.
#ifndef CLAIMSCAN_CLAIMSCAN_H_
#define CLAIMSCAN_CLAIMSCAN_H_

#include "claimscan/article.h"
#include "claimscan/claim.h"
#include "claimscan/compare.h"
#include "claimscan/datetime.h"
#include "claimscan/engine.h"
#include "claimscan/report.h"
#include "claimscan/span.h"
#include "claimscan/story.h"
#include "claimscan/tag.h"
#include "claimscan/text.h"
#include "claimscan/version.h"

#endif  // CLAIMSCAN_CLAIMSCAN_H_
